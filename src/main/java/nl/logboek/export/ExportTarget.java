package nl.logboek.export;

import nl.logboek.LogboekException;
import nl.logboek.logbook.AtomicFiles;
import nl.logboek.logbook.PrivateFiles;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file an export is written to (-o). It holds the same personal data as the logbook, so it
 * is created 0600 (missing folders 0700), and it appears whole or not at all: the export goes to
 * a temporary file in the same folder, is forced to disk, and is then renamed into place. An
 * existing file is only replaced when the user said so; without that, even a file that appears
 * while the export runs is left alone.
 */
public final class ExportTarget {
    private final Path file;
    private final boolean replace;
    /** The message when the file exists and may not be replaced. */
    private final String existsKey;

    /** What the body writes into the temporary file. */
    @FunctionalInterface
    public interface Body<T> {
        T writeTo(Writer out) throws IOException;
    }

    /**
     * Checks the target before any work is done; refuses (usage error) a folder, the logbook
     * itself, and an existing file unless {@code replace}.
     */
    public ExportTarget(Path file, boolean replace, Path logbook) {
        this(file, replace, logbook, "export.output-exists");
    }

    /** As above; {@code existsKey} is the message (with the file as {0}) when the file exists. */
    public ExportTarget(Path file, boolean replace, Path logbook, String existsKey) {
        this.file = file.toAbsolutePath().normalize();
        this.replace = replace;
        this.existsKey = existsKey;
        if (Files.isDirectory(this.file)) {
            throw LogboekException.usage("export.output-is-folder", file);
        }
        if (isLogbook(logbook)) {
            throw LogboekException.usage("export.output-is-logbook", file);
        }
        if (!replace && Files.exists(this.file, LinkOption.NOFOLLOW_LINKS)) {
            throw LogboekException.usage(existsKey, file);
        }
    }

    private boolean isLogbook(Path logbook) {
        Path lb = logbook.toAbsolutePath().normalize();
        try {
            return file.equals(lb) || Files.exists(file) && Files.exists(lb) && Files.isSameFile(file, lb);
        } catch (IOException e) {
            return false;
        }
    }

    public Path file() {
        return file;
    }

    public <T> T write(Body<T> body) {
        try {
            PrivateFiles.createFolders(file.getParent());
            try (AtomicFiles.Pending pending = AtomicFiles.to(file).placedBy((tmp, target) -> publish(tmp)).begin()) {
                T result;
                try (Writer out = new BufferedWriter(new OutputStreamWriter(
                        Files.newOutputStream(pending.tmp(), StandardOpenOption.WRITE), StandardCharsets.UTF_8))) {
                    result = body.writeTo(out);
                }
                pending.commit();
                return result;
            }
        } catch (AccessDeniedException e) {
            throw LogboekException.failure("export.no-write-access", file);
        } catch (FileAlreadyExistsException e) {
            // Only creating the folders can get here: a file stands where a folder should be.
            throw LogboekException.failure("export.not-a-folder", e.getFile());
        } catch (IOException e) {
            throw new LogboekException(LogboekException.FAILURE, e, "export.write-failed", file, describe(e));
        }
    }

    private void publish(Path tmp) throws IOException {
        if (replace) {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        try {
            // A hard link is made only if the name is free, in one step: no check-then-rename race.
            Files.createLink(file, tmp);
        } catch (FileAlreadyExistsException e) {
            throw LogboekException.usage(existsKey, file);
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            // Some file systems (FAT, some network shares) have no hard links: check, then rename.
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw LogboekException.usage(existsKey, file);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
