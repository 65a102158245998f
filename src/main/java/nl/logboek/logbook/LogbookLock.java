package nl.logboek.logbook;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The exclusive write lock of one logbook: an OS lock on a side file (so other processes wait)
 * plus a JVM lock (the OS lock is per process). The side file is never read or written, because
 * closing any descriptor of a POSIX-locked file would drop the lock.
 */
final class LogbookLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private LogbookLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path logbook) {
        return logbook.resolveSibling("." + logbook.getFileName() + ".lock");
    }

    static LogbookLock acquire(Path logbook) throws IOException {
        Path lockFile = lockFileOf(logbook).toAbsolutePath().normalize();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(lockFile, p -> new ReentrantLock());
        local.lock();
        FileChannel channel = null;
        try {
            PrivateFiles.createFile(lockFile);
            channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            return new LogbookLock(local, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
