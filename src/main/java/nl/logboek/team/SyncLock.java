package nl.logboek.team;

import nl.logboek.LogboekException;
import nl.logboek.logbook.PrivateFiles;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One sync at a time per team folder: two at once on one machine would fight over git's index
 * and the ledger. A second one waits for the first.
 */
final class SyncLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private SyncLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static SyncLock acquire(TeamFolder team) {
        Path file = team.localDir().resolve("sync.lock");
        FileChannel channel = null;
        try {
            PrivateFiles.createFolders(file.getParent());
            PrivateFiles.createFile(file);
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            return new SyncLock(channel, channel.lock());
        } catch (IOException e) {
            closeQuietly(channel);
            throw LogboekException.failure("team.file-unwritable", file, e.getMessage());
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // Closing a channel we failed to lock: nothing to release.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases the lock as well.
        }
        closeQuietly(channel);
    }
}
