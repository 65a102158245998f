package nl.logboek.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.LogboekException;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.EventType;
import nl.logboek.logbook.IncidentIds;
import nl.logboek.logbook.Logbook;
import nl.logboek.logbook.PrivateFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * team init: turns this machine's logbook into the first writer of a team logbook and pushes it to
 * an empty shared repository. Everything is built beside the logbook and pushed before the plain
 * logbook file is removed, so a failure at any step leaves things as they were.
 */
public final class TeamInit {
    /** The lines every team folder ignores: what logboek keeps beside a logbook file for this machine only. */
    static final String GITIGNORE = """
            # What logboek keeps beside each logbook file for this machine only: the lock, the index (a cache),
            # files being written, and what 'verify --repair' and 'purge' set aside. Never shared.
            .*.lock
            .*.idx
            .*.ids
            *.tmp
            .*.purge-tmp
            *.pre-purge
            *.backup
            *.backup.*
            *.torn
            *.torn.*
            """;
    /** Writer files are hashed byte for byte: git must never convert their line endings. */
    static final String GITATTRIBUTES = "* -text\n";

    /** What was made. */
    public record Result(Path folder, String writer, String logbookId, boolean encrypted, long events,
                         String remote, boolean remoteCreated) {
    }

    private final Machine machine;
    private final Path logbook;
    private final Remote remote;
    private final Git git;
    /** Decided before anything is made: whether the remote is a folder that team init makes. */
    private final boolean createRemote;

    private TeamInit(Machine machine, Path logbook, Remote remote, Git git) {
        this.machine = machine;
        this.logbook = logbook;
        this.remote = remote;
        this.git = git;
        this.createRemote = remote.creatable();
    }

    public static Result run(Machine machine, Path logbookPath, String remoteGiven, String name) {
        Path logbook = logbookPath.toAbsolutePath().normalize();
        Path folder = TeamSetup.newFolderFor(logbook);
        Git git = Git.locate(machine.env());
        Remote remote = Remote.parse(remoteGiven);
        if (!remote.creatable()) {
            refuseUnusable(git, remote, remoteGiven);
        }
        TeamInit init = new TeamInit(machine, logbook, remote, git);
        WriterName writer = new WriterName(WriterName.newTag(machine.random(), Set.of()), machine.slug(name));
        if (size(logbook) == 0) {
            return TeamSetup.replacePlainLogbook(logbook, init.buildOrUndo(folder, writer, null), folder);
        }
        Header header = Header.of(machine, logbook);
        // Held until the file is in the team folder and gone from here: nothing is appended in between.
        return new Logbook(logbook, machine.clock(), machine.keys()).withLock(
                () -> TeamSetup.replacePlainLogbook(logbook, init.buildOrUndo(folder, writer, header), folder));
    }

    /** Builds and pushes the team folder; a failure on the way removes whatever was made. */
    private Result buildOrUndo(Path folder, WriterName writer, Header header) {
        try {
            return build(folder, writer, header);
        } catch (RuntimeException e) {
            TeamSetup.deleteTree(folder);
            if (createRemote) {
                TeamSetup.deleteTree(remote.path());
            }
            throw e;
        }
    }

    /** An existing remote must be reachable and hold no branch main yet (a team logbook there is joined, not made). */
    private static void refuseUnusable(Git git, Remote remote, String given) {
        Git.Output o = git.run("ls-remote", "--heads", remote.url(), TeamRepository.BRANCH);
        if (!o.ok()) {
            throw LogboekException.failure("team.remote-unreachable", given, o.summary());
        }
        if (!o.text().isBlank()) {
            throw LogboekException.failure("team.remote-not-empty", given);
        }
    }

    /** The first line of the logbook being turned into a team (the whole file is read, so a damaged one is refused). */
    private record Header(String logbookId, ObjectNode encryption, long events) {
        static Header of(Machine machine, Path file) {
            Event[] first = new Event[1];
            long[] lines = {0};
            new Logbook(file, machine.clock(), machine.keys()).read(e -> {
                if (lines[0]++ == 0) {
                    first[0] = e;
                }
            });
            if (first[0] == null || !EventType.LOGBOOK.equals(first[0].type())) {
                throw LogboekException.failure("team.no-header", file);
            }
            JsonNode enc = first[0].payload().get("encryption");
            return new Header(first[0].payload().path("logbook_id").asText(),
                    enc != null && enc.isObject() ? (ObjectNode) enc : null, lines[0] - 1);
        }
    }

    private Result build(Path folder, WriterName writer, Header header) {
        try {
            PrivateFiles.createFolders(folder.resolve(TeamFolder.EVENTS));
            Git here = git.in(folder).as(machine.author(), writer.toString());
            here.ok("init", "-q", "-b", TeamRepository.BRANCH);
            Path own = folder.resolve(TeamFolder.EVENTS).resolve(writer.fileName());
            String id;
            ObjectNode encryption;
            if (header != null) {
                copy(logbook, own);
                id = header.logbookId();
                encryption = header.encryption();
            } else {
                id = IncidentIds.random(machine.random(), 16);
                encryption = null;
                new Logbook(own, machine.clock(), machine.keys()).initializeWriter(machine.author(), id, null, writer.toString());
            }
            // The founder's key: the one its file is signed with (a file written before signatures gets one now).
            String founderKey = new Logbook(own, machine.clock(), machine.keys()).signingKey(machine.author());
            new TeamManifest(id, encryption, OffsetDateTime.now(machine.clock()).truncatedTo(ChronoUnit.SECONDS), writer.toString(),
                    founderKey).writeTo(folder);
            write(folder.resolve(".gitignore"), GITIGNORE);
            write(folder.resolve(".gitattributes"), GITATTRIBUTES);
            TeamSetup.writeWriter(folder, writer);

            TeamRepository repo = new TeamRepository(here, folder);
            repo.commit("logboek: team logbook " + id + " started by " + writer, TeamManifest.FILE, ".gitignore",
                    ".gitattributes", TeamFolder.pathOf(writer.toString()));
            if (createRemote) {
                // Group members may read and write it (a shared drive), nobody else: it holds case data.
                git.ok("init", "-q", "--bare", "--shared=0660", "-b", TeamRepository.BRANCH, remote.url());
            }
            here.ok("remote", "add", TeamRepository.REMOTE, remote.url());
            if (repo.push() == TeamRepository.Push.REJECTED) {
                throw LogboekException.failure("team.remote-not-empty", remote.url());
            }
            TeamSetup.afterPush(repo, TeamFolder.open(folder));
            return new Result(folder, writer.toString(), id, encryption != null, header == null ? 0 : header.events(),
                    remote.url(), createRemote);
        } catch (IOException e) {
            throw LogboekException.failure("team.file-unwritable", folder, e.getMessage());
        }
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        PrivateFiles.createFile(to);
        try (InputStream in = Files.newInputStream(from); OutputStream out = Files.newOutputStream(to, StandardOpenOption.WRITE)) {
            in.transferTo(out);
        }
    }

    private static void write(Path file, String text) throws IOException {
        PrivateFiles.createFile(file);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
