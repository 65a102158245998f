package nl.logboek.logbook;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The exclusive write lock of one logbook: an OS lock on a side file (so other processes wait)
 * plus a JVM lock (the OS lock is per process). The side file is never read or written, because
 * closing any descriptor of a POSIX-locked file would drop the lock.
 *
 * <p>A logbook may be reached by several names: its real path, a symbolic link, a hard link. The
 * lock follows the file, not the name: the side file {@code .NAME.lock} sits beside the real file
 * (symbolic links resolved), and an existing logbook is also locked by its identity (device and
 * inode) through {@code DEV-INODE.lock} in a private per-user folder ({@code $TMPDIR/logboek-UID},
 * 0700, refused when it is a link or not the user's), which is what makes hard links in other
 * folders wait for each other. Both are taken in that order, always.
 */
final class LogbookLock implements AutoCloseable {
    private static final Map<Object, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final List<Held> held;

    private record Held(ReentrantLock local, FileChannel channel, FileLock lock) {
    }

    private LogbookLock(List<Held> held) {
        this.held = held;
    }

    static Path lockFileOf(Path logbook) {
        return logbook.resolveSibling("." + logbook.getFileName() + ".lock");
    }

    static LogbookLock acquire(Path logbook) throws IOException {
        Path real = realPath(logbook);
        List<Held> held = new ArrayList<>(2);
        try {
            Path byName = lockFileOf(real).toAbsolutePath().normalize();
            held.add(take(byName, byName));
            boolean first = held.get(0).local().getHoldCount() == 1;
            Object identity = identity(real);
            if (identity != null) {
                Path folder = identityFolder(real);
                if (folder != null) {
                    held.add(take(identity, folder.resolve(identity.toString().replace(':', '-') + ".lock")));
                }
            }
            if (first) {
                // Not while this thread already holds it: a purge in progress keeps its copy until it is done.
                Leftovers.removeBeside(real);
            }
            return new LogbookLock(held);
        } catch (IOException | RuntimeException e) {
            release(held);
            throw e;
        }
    }

    /**
     * The file a name stands for: symbolic links resolved, also a link to a file that does not
     * exist yet (the first write creates it there); the name itself when it cannot be resolved.
     */
    static Path realPath(Path logbook) {
        Path p = logbook.toAbsolutePath().normalize();
        for (int hops = 0; hops < 40; hops++) {
            try {
                return p.toRealPath();
            } catch (IOException missing) {
                // The file does not exist (yet): resolve its folder, and follow the name if it is a dangling link.
            }
            try {
                if (Files.isSymbolicLink(p)) {
                    p = p.resolveSibling(Files.readSymbolicLink(p)).toAbsolutePath().normalize();
                    continue;
                }
                Path parent = p.getParent();
                return parent == null ? p : parent.toRealPath().resolve(p.getFileName());
            } catch (IOException e) {
                return p;
            }
        }
        return p;
    }

    /** Device and inode of an existing regular file, as "DEV:INODE"; null when it does not exist or has none. */
    static Object identity(Path real) {
        try {
            Map<String, Object> a = Files.readAttributes(real, "unix:dev,ino");
            return a.get("dev") + ":" + a.get("ino");
        } catch (NoSuchFileException | UnsupportedOperationException e) {
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The private folder for identity locks, made 0700 when missing; null (no identity lock, the
     * lock beside the real file still holds) when it is a link, not a folder, or not owned by the
     * owner of the logbook.
     */
    private static Path identityFolder(Path real) {
        try {
            Object uid = Files.getAttribute(real, "unix:uid");
            Path folder = Path.of(System.getProperty("java.io.tmpdir"), "logboek-" + uid).toAbsolutePath();
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createDirectory(folder, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(PrivateFiles.FOLDER));
                    Files.setPosixFilePermissions(folder, PrivateFiles.FOLDER);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another process made it: checked below
                }
            }
            Map<String, Object> a = Files.readAttributes(folder, "unix:uid,mode,isDirectory", LinkOption.NOFOLLOW_LINKS);
            boolean ours = Boolean.TRUE.equals(a.get("isDirectory")) && uid.equals(a.get("uid"))
                    && (((Integer) a.get("mode")) & 0077) == 0;
            return ours ? folder : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Held take(Object key, Path lockFile) throws IOException {
        ReentrantLock local = IN_PROCESS.get(key); // not computeIfAbsent with a lambda: this runs on every write
        if (local == null) {
            ReentrantLock made = new ReentrantLock();
            local = IN_PROCESS.putIfAbsent(key, made);
            if (local == null) {
                local = made;
            }
        }
        local.lock();
        FileChannel channel = null;
        try {
            PrivateFiles.createFile(lockFile);
            PrivateFiles.requireRegular(lockFile);
            channel = FileChannel.open(lockFile, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            FileLock lock = channel.lock();
            return new Held(local, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

    private static void release(List<Held> held) throws IOException {
        IOException first = null;
        for (int i = held.size() - 1; i >= 0; i--) {
            Held h = held.get(i);
            try {
                h.lock().release();
                h.channel().close();
            } catch (IOException e) {
                first = first == null ? e : first;
            } finally {
                h.local().unlock();
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public void close() throws IOException {
        release(held);
    }
}
