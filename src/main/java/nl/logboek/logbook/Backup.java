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

/**
 * A consistent copy of a logbook while other commands keep working. The copy is taken under the
 * logbook's write lock, so no append is half-way (readers normally go on). It is written to a
 * private temporary file, forced to disk, checked line by line, and only then renamed into place:
 * a file with a backup's name is always complete and always verifies. If anything fails, the
 * temporary file is removed and nothing else has changed.
 */
public final class Backup {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private Backup() {
    }

    /** What was written: the backup file and what it holds. */
    public record Result(Path logbook, Path backup, long bytes, long lines, long events, long incidents, String headHash) {
    }

    /** Copies {@code logbook} into {@code dir} (created 0700 if missing) as NAME-YYYYMMDDTHHMMSS.jsonl. */
    public static Result create(Path logbook, Path dir, Clock clock) {
        if (Files.isDirectory(logbook)) {
            throw LogboekException.usage("logbook.is-folder", logbook);
        }
        if (!Files.exists(logbook)) {
            throw LogboekException.failure("backup.no-logbook", logbook);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw LogboekException.usage("backup.dir-is-file", dir);
        }
        Path abs = dir.toAbsolutePath().normalize();
        Path firstCreated = firstMissing(abs);
        Path temp = null;
        boolean done = false;
        try {
            try (LogbookLock ignored = LogbookLock.acquire(logbook)) {
                // Check the original first: a backup of a damaged logbook would later be restored as
                // "the last good copy". Permissions (line 0) concern the original, not the copy.
                LogbookVerifier.Report original = LogbookVerifier.verify(logbook);
                LogbookVerifier.Problem first = firstLineProblem(original);
                if (first != null) {
                    throw LogboekException.failure(first.reason().key().equals("damage.torn") ? "backup.torn" : "backup.damaged",
                            logbook, first.line(), first.reason());
                }
                PrivateFiles.createFolders(abs);
                temp = Files.createTempFile(abs, "." + baseName(logbook) + "-", ".tmp",
                        PosixFilePermissions.asFileAttribute(PrivateFiles.FILE));
                Files.setPosixFilePermissions(temp, PrivateFiles.FILE);
                copy(logbook, temp);
            }
            // The copy is ours alone from here on: check what is on disk, then give it its name.
            LogbookVerifier.Report copy = LogbookVerifier.verify(temp);
            LogbookVerifier.Problem bad = copy.problems().isEmpty() ? null : copy.problems().get(0);
            if (bad != null) {
                throw LogboekException.failure("backup.copy-damaged", abs, bad.line(), bad.reason());
            }
            Path target = moveIntoPlace(temp, abs, baseName(logbook) + "-" + STAMP.format(LocalDateTime.now(clock)));
            temp = null;
            PrivateFiles.syncFolder(abs);
            done = true;
            return new Result(logbook, target, Files.size(target), copy.lines(), copy.events(), copy.incidents(), copy.headHash());
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
            if (temp != null) {
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

    private static LogbookVerifier.Problem firstLineProblem(LogbookVerifier.Report report) {
        for (LogbookVerifier.Problem p : report.problems()) {
            if (p.line() > 0) {
                return p;
            }
        }
        return null;
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
    private static Path moveIntoPlace(Path temp, Path dir, String stem) throws IOException {
        for (int n = 1; ; n++) {
            Path target = dir.resolve(n == 1 ? stem + ".jsonl" : stem + "-" + n + ".jsonl");
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
