package nl.logboek.logbook;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a whole file at once: the content goes to a private (0600) temporary file in the
 * target's folder, is forced to disk, and then takes the target's name in one step (a rename over
 * it), after which the folder is forced too. A reader never sees half a file, a failed write leaves
 * what was there, and a temporary file that did not take the name is removed.
 *
 * <pre>{@code
 * try (AtomicFiles.Pending pending = AtomicFiles.to(file).begin()) {
 *     ... write pending.tmp() ...
 *     pending.commit();
 * }
 * }</pre>
 *
 * A writer that needs a step done otherwise says so: {@link #through} a fixed temporary name
 * (removed first, if a crash left it), {@link #mode} other permissions for the finished file,
 * {@link #placedBy} another way to take the name (one that never overwrites, say), and
 * {@link #withoutFsync} for a file that is not forced to disk.
 */
public final class AtomicFiles {
    /** Gives the finished temporary file the target's name. */
    @FunctionalInterface
    public interface Placement {
        void place(Path tmp, Path target) throws IOException;
    }

    /** A rename over the target, in one step. */
    public static final Placement REPLACE = new Placement() { // not a lambda: made on every write
        @Override
        public void place(Path tmp, Path target) throws IOException {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    };

    private final Path target;
    private Path fixedTmp;
    private Set<PosixFilePermission> mode = PrivateFiles.FILE;
    private Placement placement = REPLACE;
    private boolean fsync = true;

    private AtomicFiles(Path target) {
        this.target = target;
    }

    /** A write of the whole of {@code target}. */
    public static AtomicFiles to(Path target) {
        return new AtomicFiles(target);
    }

    /**
     * Writes through this temporary file (beside the target) instead of a fresh one with a name of
     * its own; one that a crash left behind is removed first.
     */
    public AtomicFiles through(Path tmp) {
        this.fixedTmp = tmp;
        return this;
    }

    /** The finished file's permissions, set just before it takes the name; 0600 unless said. */
    public AtomicFiles mode(Set<PosixFilePermission> mode) {
        this.mode = mode;
        return this;
    }

    /** How the finished file takes the target's name; {@link #REPLACE} unless said. */
    public AtomicFiles placedBy(Placement placement) {
        this.placement = placement;
        return this;
    }

    /** Neither the file nor its folder is forced to disk. */
    public AtomicFiles withoutFsync() {
        this.fsync = false;
        return this;
    }

    /** Writes {@code content} as the whole file. */
    public void write(byte[] content) throws IOException {
        try (Pending pending = begin()) {
            Files.write(pending.tmp(), content);
            pending.commit();
        }
    }

    /** Creates the temporary file, empty and private; write it, then {@link Pending#commit}. */
    public Pending begin() throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp;
        if (fixedTmp != null) {
            tmp = fixedTmp;
            Files.deleteIfExists(tmp);
            PrivateFiles.createFile(tmp);
        } else {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp",
                    PosixFilePermissions.asFileAttribute(PrivateFiles.FILE));
            Files.setPosixFilePermissions(tmp, PrivateFiles.FILE);
        }
        return new Pending(tmp, dir);
    }

    /** A temporary file being written; closing it without {@link #commit} removes it. */
    public final class Pending implements AutoCloseable {
        private final Path tmp;
        private final Path dir;
        private boolean committed;

        private Pending(Path tmp, Path dir) {
            this.tmp = tmp;
            this.dir = dir;
        }

        /** The temporary file to write. */
        public Path tmp() {
            return tmp;
        }

        /** Forces the written file to disk, gives it the target's name, and forces the folder. */
        public void commit() throws IOException {
            if (!mode.equals(PrivateFiles.FILE)) {
                Files.setPosixFilePermissions(tmp, mode);
            }
            if (fsync) {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            }
            placement.place(tmp, target);
            committed = true;
            if (fsync) {
                PrivateFiles.syncFolder(dir);
            }
        }

        /**
         * Removes the temporary file unless it took the name. After a placement that left a second
         * name (a hard link) the fresh temporary file is removed too; a fixed name is left alone
         * then, as another writer may already be using it again.
         */
        @Override
        public void close() {
            if (committed && fixedTmp != null) {
                return;
            }
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // At worst a 0600 temporary file is left beside the target.
            }
        }
    }
}
