package nl.logboek.logbook;

import nl.logboek.LogboekException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A consistent copy of a logbook while other commands keep working. The copy is taken under the
 * logbook's write lock, so no append is half-way (readers normally go on). It is written to a
 * private temporary file, forced to disk, checked line by line, and only then renamed into place:
 * a file with a backup's name is always complete and always verifies. If anything fails, the
 * temporary file is removed and nothing else has changed.
 *
 * <p>Whether a logbook (and its copy) is sound is decided by {@link LogbookVerifier}, by the rule
 * {@code verify} reports by: a plain logbook's, one member's file's on its own, or, for a whole
 * team logbook ({@link #createTeam}), the team's.
 */
public final class Backup {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private Backup() {
    }

    /**
     * What was written: the backup and what it holds. Of a team logbook, {@code backup} is a folder,
     * the counts are those of all writer files together, {@code headHash} is this machine's own
     * file's chain head, and {@code writers} says what was copied of each writer file (empty for a
     * logbook of one file).
     */
    public record Result(Path logbook, Path backup, long bytes, long lines, long events, long incidents, String headHash,
                         List<Writer> writers, LogbookVerifier.Sealed sealed) {
        public boolean team() {
            return !writers.isEmpty();
        }
    }

    /** One writer file in the backup of a team logbook: its copy and what it holds. */
    public record Writer(String writer, Path copy, long bytes, long lines, long events, long incidents, String headHash,
                         boolean own) {
    }

    /** Copies {@code logbook} into {@code dir} (created 0700 if missing) as NAME-YYYYMMDDTHHMMSS.jsonl. */
    public static Result create(Path logbook, Path dir, Clock clock) {
        return create(logbook, dir, clock, null);
    }

    /** With {@code keys}, an encrypted logbook's sealed lines are opened and checked, as verify does with the key. */
    public static Result create(Path logbook, Path dir, Clock clock, KeySource keys) {
        if (Files.isDirectory(logbook)) {
            throw LogboekException.usage("logbook.is-folder", logbook);
        }
        if (!Files.exists(logbook)) {
            throw LogboekException.failure("backup.no-logbook", logbook);
        }
        PrivateFiles.requireRegular(logbook);
        PrivateFiles.requireRegular(dir);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw LogboekException.usage("backup.dir-is-file", dir);
        }
        Path abs = dir.toAbsolutePath().normalize();
        Path firstCreated = firstMissing(abs);
        // One member's file of a team logbook is checked as such, the original and its copy alike.
        Path team = TeamLayout.teamOfMember(logbook).orElse(null);
        Path temp = null;
        boolean done = false;
        try {
            try (LogbookLock ignored = LogbookLock.acquire(logbook)) {
                // Check the original first: a backup of a damaged logbook would later be restored as
                // "the last good copy". Permissions (line 0) concern the original, not the copy.
                refuseDamaged(LogbookVerifier.verify(logbook, team, keys));
                PrivateFiles.createFolders(abs);
                Leftovers.removeBackupTemps(abs, baseName(logbook));
                temp = Files.createTempFile(abs, "." + baseName(logbook) + "-", ".tmp",
                        PosixFilePermissions.asFileAttribute(PrivateFiles.FILE));
                Files.setPosixFilePermissions(temp, PrivateFiles.FILE);
                copy(logbook, temp);
            }
            // The copy is ours alone from here on: check what is on disk, then give it its name.
            LogbookVerifier.Report copy = LogbookVerifier.verify(temp, team, keys);
            LogbookVerifier.Problem bad = copy.problems().isEmpty() ? null : copy.problems().get(0);
            if (bad != null) {
                throw LogboekException.failure("backup.copy-damaged", abs, bad.line(), bad.reason());
            }
            Path target = moveIntoPlace(temp, abs, baseName(logbook) + "-" + STAMP.format(LocalDateTime.now(clock)), ".jsonl");
            temp = null;
            PrivateFiles.syncFolder(abs);
            done = true;
            return new Result(logbook, target, Files.size(target), copy.lines(), copy.events(), copy.incidents(), copy.headHash(),
                    List.of(), copy.sealed());
        } catch (AccessDeniedException e) {
            throw LogboekException.failure("backup.no-access", e.getFile() == null ? dir : e.getFile());
        } catch (IOException e) {
            throw new LogboekException(LogboekException.FAILURE, e, "backup.write-failed", dir, describe(e));
        } finally {
            if (!done) {
                cleanUp(temp, abs, firstCreated);
            }
        }
    }

    /**
     * Copies a team logbook into {@code dir} as the folder NAME-YYYYMMDDTHHMMSS.team (NAME: the team
     * folder's name without .team): {@code team.json} and every writer file in {@code events/}, as
     * in the team folder, so that the copy is itself a team logbook that {@code verify} can check.
     * Every writer file is locked while the files are checked and copied (in the order of their
     * names, as sync locks them), so the copy is one moment of the whole team logbook. The team
     * logbook, and then the copy, must be sound by the team rule ({@link LogbookVerifier#verifyTeam});
     * only then does the folder get its name.
     *
     * @param root the team folder
     * @param own  this machine's own writer file (its chain head is the one reported)
     */
    public static Result createTeam(Path root, Path own, Path dir, Clock clock) {
        return createTeam(root, own, dir, clock, null);
    }

    /** With {@code keys}, the sealed lines of an encrypted team are opened and checked, as verify does with the key. */
    public static Result createTeam(Path root, Path own, Path dir, Clock clock, KeySource keys) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw LogboekException.usage("backup.dir-is-file", dir);
        }
        Path abs = dir.toAbsolutePath().normalize();
        Path firstCreated = firstMissing(abs);
        String stem = teamName(root);
        Path temp = null;
        boolean done = false;
        try {
            List<Path> copies = new ArrayList<>();
            List<Path> members;
            try (Locks locked = Locks.ofTeam(root)) {
                members = locked.files;
                for (LogbookVerifier.Report r : LogbookVerifier.verifyTeam(members, TeamLayout.writerOf(own), keys)) {
                    refuseDamaged(r);
                }
                PrivateFiles.createFolders(abs);
                Leftovers.removeBackupTemps(abs, stem);
                temp = Files.createTempDirectory(abs, "." + stem + "-", PosixFilePermissions.asFileAttribute(PrivateFiles.FOLDER));
                Files.setPosixFilePermissions(temp, PrivateFiles.FOLDER);
                Path events = temp.resolve(TeamLayout.EVENTS);
                Files.createDirectory(events, PosixFilePermissions.asFileAttribute(PrivateFiles.FOLDER));
                Files.setPosixFilePermissions(events, PrivateFiles.FOLDER);
                copyNew(root.resolve(TeamLayout.TEAM_FILE), temp.resolve(TeamLayout.TEAM_FILE));
                for (Path member : members) {
                    Path copy = events.resolve(member.getFileName().toString());
                    copyNew(member, copy);
                    copies.add(copy);
                }
                PrivateFiles.syncFolder(events);
                PrivateFiles.syncFolder(temp);
            }
            // The copy is ours alone from here on: check it by the same rule, then give it its name.
            List<LogbookVerifier.Report> checked = LogbookVerifier.verifyTeam(copies, TeamLayout.writerOf(own), keys);
            for (LogbookVerifier.Report r : checked) {
                if (!r.problems().isEmpty()) {
                    LogbookVerifier.Problem bad = r.problems().get(0);
                    throw LogboekException.failure("backup.copy-damaged", abs, bad.line(), bad.reason());
                }
            }
            Path target = moveIntoPlace(temp, abs, stem + "-" + STAMP.format(LocalDateTime.now(clock)), ".team");
            temp = null;
            PrivateFiles.syncFolder(abs);
            done = true;
            List<Writer> writers = new ArrayList<>();
            long bytes = Files.size(target.resolve(TeamLayout.TEAM_FILE));
            long lines = 0;
            long events = 0;
            long incidents = 0;
            String ownHead = null;
            for (int i = 0; i < members.size(); i++) {
                LogbookVerifier.Report r = checked.get(i);
                Path copy = target.resolve(TeamLayout.EVENTS).resolve(members.get(i).getFileName().toString());
                boolean isOwn = own != null && members.get(i).toAbsolutePath().normalize().equals(own.toAbsolutePath().normalize());
                long size = Files.size(copy);
                writers.add(new Writer(TeamLayout.writerOf(members.get(i)), copy, size, r.lines(), r.events(), r.incidents(),
                        r.headHash(), isOwn));
                bytes += size;
                lines += r.lines();
                events += r.events();
                incidents += r.incidents();
                ownHead = isOwn ? r.headHash() : ownHead;
            }
            return new Result(root, target, bytes, lines, events, incidents, ownHead, List.copyOf(writers),
                    checked.stream().map(LogbookVerifier.Report::sealed).filter(x -> x != LogbookVerifier.Sealed.NONE).findFirst()
                            .orElse(LogbookVerifier.Sealed.NONE));
        } catch (AccessDeniedException e) {
            throw LogboekException.failure("backup.no-access", e.getFile() == null ? dir : e.getFile());
        } catch (IOException e) {
            throw new LogboekException(LogboekException.FAILURE, e, "backup.write-failed", dir, describe(e));
        } finally {
            if (!done) {
                cleanUp(temp, abs, firstCreated);
            }
        }
    }

    /**
     * The write locks of every writer file of a team, taken in the order of the files' names (the
     * order sync takes them in, so that neither waits for the other forever). A writer file that
     * arrives while the locks are taken (a sync merging a new member's file) makes them be taken
     * again, with it.
     */
    private static final class Locks implements AutoCloseable {
        private static final int ATTEMPTS = 5;
        final List<Path> files;
        private final List<LogbookLock> held = new ArrayList<>();

        private Locks(List<Path> files) {
            this.files = files;
        }

        static Locks ofTeam(Path root) throws IOException {
            for (int attempt = 1; ; attempt++) {
                Locks locks = new Locks(byName(TeamLayout.of(root).members()));
                try {
                    for (Path f : locks.files) {
                        locks.held.add(LogbookLock.acquire(f));
                    }
                } catch (IOException | RuntimeException e) {
                    locks.close();
                    throw e;
                }
                if (attempt == ATTEMPTS || byName(TeamLayout.of(root).members()).equals(locks.files)) {
                    return locks;
                }
                locks.close();
            }
        }

        private static List<Path> byName(List<Path> files) {
            List<Path> sorted = new ArrayList<>(files);
            sorted.sort(java.util.Comparator.comparing(p -> p.getFileName().toString()));
            return List.copyOf(sorted);
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (int i = held.size() - 1; i >= 0; i--) {
                try {
                    held.get(i).close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            held.clear();
            if (first != null) {
                throw first;
            }
        }
    }

    /** "logboek" for the team folder logboek.team. */
    static String teamName(Path root) {
        String name = root.toAbsolutePath().normalize().getFileName().toString();
        return name.endsWith(".team") && name.length() > ".team".length() ? name.substring(0, name.length() - ".team".length()) : name;
    }

    /** Copies {@code from} to the new private file {@code to}. */
    private static void copyNew(Path from, Path to) throws IOException {
        Files.createFile(to, PosixFilePermissions.asFileAttribute(PrivateFiles.FILE));
        Files.setPosixFilePermissions(to, PrivateFiles.FILE);
        copy(from, to);
    }

    /** The highest folder on the way to {@code dir} that does not exist yet (null if {@code dir} exists). */
    private static Path firstMissing(Path dir) {
        Path missing = null;
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /** After a failure: removes our unfinished copy and the (then empty) folders this backup created. */
    private static void cleanUp(Path temp, Path dir, Path firstCreated) {
        try {
            if (temp != null && Files.isDirectory(temp, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                deleteCopy(temp); // our own unfinished copy of a team logbook, never the team folder
            } else if (temp != null) {
                Files.deleteIfExists(temp); // our own unfinished copy, never the logbook
            }
            if (firstCreated != null) {
                for (Path p = dir; p != null && p.startsWith(firstCreated); p = p.getParent()) {
                    Files.deleteIfExists(p); // fails on a folder that is not empty, which is then kept
                }
            }
        } catch (IOException ignored) {
            // Leftovers are private (0600 file, 0700 folders); the error that got us here matters more.
        }
    }

    /** Removes the temporary folder of a team backup: the files it made in it, then the folders. */
    private static void deleteCopy(Path temp) throws IOException {
        Path events = temp.resolve(TeamLayout.EVENTS);
        if (Files.isDirectory(events, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (java.util.stream.Stream<Path> files = Files.list(events)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(events);
        }
        Files.deleteIfExists(temp.resolve(TeamLayout.TEAM_FILE));
        Files.deleteIfExists(temp);
    }

    /** Refuses a logbook with damage at a line (its permissions, line 0, concern the original only). */
    private static void refuseDamaged(LogbookVerifier.Report report) {
        LogbookVerifier.Problem first = report.firstLineProblem();
        if (first != null) {
            throw LogboekException.failure(first.reason().key().equals("damage.torn") ? "backup.torn" : "backup.damaged",
                    report.file(), first.line(), first.reason());
        }
    }

    /** Copies every byte and forces the copy to disk. */
    private static void copy(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.WRITE)) {
            long size = in.size();
            long done = 0;
            while (done < size) {
                long n = in.transferTo(done, size - done, out);
                if (n <= 0) {
                    throw new IOException("the logbook became shorter while it was copied");
                }
                done += n;
            }
            out.force(true);
        }
    }

    /** Renames into place without ever replacing an existing file (two backups in one second get -2, -3, ...). */
    private static Path moveIntoPlace(Path temp, Path dir, String stem, String suffix) throws IOException {
        for (int n = 1; ; n++) {
            Path target = dir.resolve(n == 1 ? stem + suffix : stem + "-" + n + suffix);
            if (Files.exists(target)) {
                continue;
            }
            try {
                return Files.move(temp, target);
            } catch (FileAlreadyExistsException raced) {
                // Someone took the name between the check and the move: try the next one.
            }
        }
    }

    /** "logboek" for logboek.jsonl, so backups of different logbooks in one folder keep apart. */
    static String baseName(Path logbook) {
        String name = logbook.getFileName().toString();
        return name.endsWith(".jsonl") && name.length() > ".jsonl".length() ? name.substring(0, name.length() - ".jsonl".length()) : name;
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
