package nl.logboek.logbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Reads big-endian values from part of a file through a small window that moves as needed.
 * The index is read this way rather than mapped into memory: a scan of a million records then
 * costs 64 KiB of memory instead of the whole file's pages counted against the process.
 */
final class FileWindow {
    private static final int SIZE = 1 << 16;
    /** What a jump elsewhere reads: one page around the value (following one incident's lines jumps). */
    private static final int PAGE = 1 << 12;
    private final FileChannel channel;
    private final long base;
    private final long length;
    /** Direct, so that a read goes straight into it (a heap buffer is read through a hidden direct copy). */
    private final ByteBuffer window = ByteBuffer.allocateDirect(SIZE).order(ByteOrder.BIG_ENDIAN);
    /** Where the window starts, relative to {@code base}; -1 while empty. */
    private long start = -1;

    /** The {@code length} bytes from {@code base} on. */
    FileWindow(FileChannel channel, long base, long length) {
        this.channel = channel;
        this.base = base;
        this.length = length;
    }

    /** The window's position of the {@code n} bytes at {@code at}, moving the window there if needed. */
    private int at(long at, int n) {
        if (at < 0 || at + n > length) {
            throw new FileView.IndexMismatch(-1);
        }
        if (start < 0 || at < start || at + n > start + window.limit()) {
            // Reading on from the window's end is a scan: read ahead a lot. Anything else is a
            // jump: read the page it is on.
            boolean scan = start >= 0 && at >= start + window.limit() && at < start + window.limit() + PAGE;
            long from = scan ? at : Math.max(0, Math.min(at - at % PAGE, at + n - PAGE));
            int size = scan ? SIZE : PAGE;
            start = from;
            window.clear();
            window.limit((int) Math.min(size, length - from));
            try {
                while (window.hasRemaining()) {
                    if (channel.read(window, base + start + window.position()) < 0) {
                        throw new FileView.IndexMismatch(-1); // the file is shorter than its header said
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (int) (at - start);
    }

    byte get(long at) {
        return window.get(at(at, 1));
    }

    short getShort(long at) {
        return window.getShort(at(at, 2));
    }

    int getInt(long at) {
        return window.getInt(at(at, 4));
    }

    long getLong(long at) {
        return window.getLong(at(at, 8));
    }

    void get(long at, byte[] into) {
        window.get(at(at, into.length), into);
    }
}
