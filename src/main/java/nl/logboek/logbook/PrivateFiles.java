package nl.logboek.logbook;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files that hold case data are private to their owner: 0600 files in 0700 folders we create. */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Creates the missing folders up to {@code dir}, each 0700; existing ones are left alone. */
    public static void createFolders(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            return;
        }
        Path parent = abs.getParent();
        if (parent != null) {
            createFolders(parent);
        }
        try {
            Files.createDirectory(abs, PosixFilePermissions.asFileAttribute(FOLDER));
            Files.setPosixFilePermissions(abs, FOLDER); // the umask may have taken bits away, never adds
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(abs)) {
                throw e;
            }
        }
    }

    /** Creates an empty 0600 file unless it exists; returns whether it created it. */
    public static boolean createFile(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            Files.setPosixFilePermissions(file, FILE);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    /**
     * Refuses a path that exists but is not a regular file or folder: a FIFO, a device or a
     * socket. Reading one could hang (a FIFO without a writer) or never end ({@code /dev/zero}),
     * so it is named in one line (exit 1) before anything opens it. Only the attributes are read,
     * which never blocks; a missing path or a folder is left to the caller.
     */
    public static void requireRegular(Path file) {
        if (!isOther(file)) {
            return;
        }
        throw nl.logboek.LogboekException.failure("file.not-regular", file);
    }

    /** Whether {@code file} exists (links followed) as something other than a regular file or a folder. */
    public static boolean isOther(Path file) {
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return !a.isRegularFile() && !a.isDirectory();
        } catch (IOException e) {
            return false;
        }
    }

    /** Makes a new directory entry durable, so a created file survives a crash. */
    public static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir.toAbsolutePath(), StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // Not every file system lets a folder be synced; the file's own fsync still holds.
        }
    }
}
