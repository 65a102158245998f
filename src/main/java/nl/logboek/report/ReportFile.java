package nl.logboek.report;

import nl.logboek.LogboekException;
import nl.logboek.logbook.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report to a file the way case data must be written: private to its owner (0600), and
 * all at once, so a reader never sees half a report and a failed write leaves what was there.
 */
public final class ReportFile {
    private ReportFile() {
    }

    /**
     * Refuses what is wrong before anything is computed: the logbook itself as target, a missing
     * folder, an existing file without {@code force}.
     */
    public static void check(Path target, Path logbook, boolean force) {
        Path abs = target.toAbsolutePath().normalize();
        if (abs.equals(logbook.toAbsolutePath().normalize()) || sameFile(abs, logbook)) {
            throw LogboekException.usage("report.output-is-logbook", target);
        }
        Path folder = abs.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw LogboekException.usage("report.output-no-folder", target);
        }
        if (Files.isDirectory(abs)) {
            throw LogboekException.usage("report.output-is-folder", target);
        }
        if (!force && Files.exists(abs, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw LogboekException.usage("report.output-exists", target);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes {@code text} to a private temporary file beside the target, forces it to disk, then puts it in place. */
    public static void write(Path target, String text, boolean force) {
        Path abs = target.toAbsolutePath().normalize();
        try {
            AtomicFiles.to(abs).placedBy(force ? ReportFile::replace : ReportFile::placeNew)
                    .write(text.getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            throw LogboekException.usage("report.output-exists", target);
        } catch (IOException e) {
            throw new LogboekException(LogboekException.FAILURE, e, "report.output-failed", target, describe(e));
        }
    }

    /**
     * Puts the file in place only if the name is free. A hard link is made only when it is, so
     * there is no moment at which another file could be overwritten; where the file system has
     * no hard links, a plain move, which still refuses an existing name.
     */
    private static void placeNew(Path tmp, Path abs) throws IOException {
        try {
            Files.createLink(abs, tmp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            Files.move(tmp, abs);
            return;
        }
        Files.delete(tmp);
    }

    private static void replace(Path tmp, Path abs) throws IOException {
        try {
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
