package nl.logboek.team;

import nl.logboek.logbook.PrivateFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The git side of one team folder, in the terms sync needs: the team's files in a commit, their
 * bytes, commit, fetch, merge and push. Everything happens on branch main, against remote origin.
 */
final class TeamRepository {
    static final String BRANCH = "main";
    static final String REMOTE = "origin";
    static final String FETCHED = REMOTE + "/" + BRANCH;

    private final Git git;
    private final Path root;
    /** Blobs never change, so what was measured once (by blob id) holds for the whole run. */
    private final Map<String, FileState> measured = new HashMap<>();

    TeamRepository(Git git, Path root) {
        this.git = git.in(root);
        this.root = root;
    }

    Git git() {
        return git;
    }

    /** The commit a name stands for, if it exists (origin/main does not before the first fetch). */
    Optional<String> commit(String rev) {
        Git.Output o = git.run("rev-parse", "-q", "--verify", rev + "^{commit}");
        return o.ok() ? Optional.of(o.text().strip()) : Optional.empty();
    }

    /** team.json and every events/ file of a commit: path to blob id (empty if there is no such commit). */
    Map<String, String> files(String rev) {
        Map<String, String> files = new TreeMap<>();
        if (commit(rev).isEmpty()) {
            return files;
        }
        for (String record : git.ok("ls-tree", "-r", "-z", "--full-tree", rev).split("\0")) {
            int tab = record.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String[] meta = record.substring(0, tab).split(" ");
            String path = record.substring(tab + 1);
            if (meta.length == 3 && "blob".equals(meta[1]) && (path.equals(TeamManifest.FILE)
                    || path.startsWith(TeamFolder.EVENTS + "/"))) {
                files.put(path, meta[2]);
            }
        }
        return files;
    }

    /** A blob's size, lines and hash, and the hash of its first {@code prefix} bytes. */
    FileState.Measured measure(String blob, long prefix) {
        FileState.Measured m = blob(blob, in -> FileState.measure(in, prefix));
        measured.put(blob, m.state());
        return m;
    }

    /** What a blob holds, measured elsewhere (the own file, read before it was committed). */
    void remember(String blob, FileState state) {
        measured.put(blob, state);
    }

    FileState state(String blob) {
        FileState known = measured.get(blob);
        return known != null ? known : measure(blob, 0).state();
    }

    /** Where the blob {@code later} stops continuing the blob {@code earlier}; empty when it continues it. */
    Optional<LineDifference> difference(String earlier, String later) {
        return blob(earlier, a -> blob(later, b -> LineDifference.between(a, b)));
    }

    /** Where the file {@code later} stops continuing the blob {@code earlier}; empty when it continues it. */
    Optional<LineDifference> difference(String earlier, Path later) {
        return blob(earlier, a -> {
            try (InputStream b = Files.newInputStream(later)) {
                return LineDifference.between(a, b);
            }
        });
    }

    /** The whole content of a blob. */
    byte[] content(String blob) {
        return blob(blob, InputStream::readAllBytes);
    }

    private interface BlobReader<T> {
        T read(InputStream in) throws IOException;
    }

    private <T> T blob(String id, BlobReader<T> reader) {
        return git.stream(in -> {
            try {
                return reader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "cat-file", "blob", id);
    }

    /** Whether the work tree's version of {@code path} differs from the last commit's. */
    boolean changed(String path) {
        return !git.ok("status", "--porcelain", "-z", "--", path).isEmpty();
    }

    void commit(String message, String... paths) {
        String[] add = new String[paths.length + 2];
        add[0] = "add";
        add[1] = "--";
        System.arraycopy(paths, 0, add, 2, paths.length);
        git.ok(add);
        git.ok("commit", "-q", "--no-verify", "-m", message);
    }

    void fetch() {
        git.ok("fetch", "-q", REMOTE);
    }

    /** What a push came to. */
    enum Push { DONE, REJECTED }

    /**
     * Pushes main. Someone else having pushed meanwhile is no failure but REJECTED: the caller
     * fetches, merges and tries again.
     */
    Push push() {
        Git.Output o = git.run("push", "--porcelain", REMOTE, "HEAD:refs/heads/" + BRANCH);
        if (o.ok()) {
            return Push.DONE;
        }
        // --porcelain: "!\tHEAD:refs/heads/main\t[rejected] (fetch first)", or "[remote rejected] ... (failed to
        // lock)" when two pushes reach a shared folder at the same moment.
        if (o.text().contains("[rejected]") || o.text().contains("[remote rejected]")) {
            return Push.REJECTED;
        }
        throw git.failed(o, "push");
    }

    Optional<String> remoteUrl() {
        Git.Output o = git.run("remote", "get-url", REMOTE);
        return o.ok() ? Optional.of(o.text().strip()) : Optional.empty();
    }

    /**
     * git checks files out with the umask (often 0644); the team's files hold case data and are
     * made private again, like every file logboek writes (the folder itself is already 0700).
     */
    void makePrivate() {
        try {
            Files.setPosixFilePermissions(root, PrivateFiles.FOLDER);
            for (String name : new String[] {TeamManifest.FILE, ".gitignore", ".gitattributes"}) {
                Path f = root.resolve(name);
                if (Files.isRegularFile(f)) {
                    Files.setPosixFilePermissions(f, PrivateFiles.FILE);
                }
            }
            Path events = root.resolve(TeamFolder.EVENTS);
            if (Files.isDirectory(events)) {
                Files.setPosixFilePermissions(events, PrivateFiles.FOLDER);
                try (var files = Files.list(events)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        if (Files.isRegularFile(f)) {
                            Files.setPosixFilePermissions(f, PrivateFiles.FILE);
                        }
                    }
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            // A file system without POSIX permissions (some shared drives): nothing to tighten.
        }
    }
}
