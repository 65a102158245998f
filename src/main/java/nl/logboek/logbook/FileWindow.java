package nl.logboek.logbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.LinkedHashMap;

/**
 * Reads big-endian values from part of a file through a window that moves as needed, plus a few
 * pages kept for jumps. The index is read this way rather than mapped into memory: a scan of a
 * million records then costs 64 KiB, not the whole file's pages counted against the process.
 * Reading on past the window is a scan (read far ahead); anything else is a jump, which reads the
 * page it lands on and keeps it, since jumps come back to the same few pages (the slots of the
 * incidents active in a period, the lines of one incident).
 */
final class FileWindow {
    static final int SIZE = 1 << 16;
    private static final int PAGE = 1 << 12;
    private static final int PAGES_KEPT = 64;

    private final FileChannel channel;
    private final long base;
    private final long length;
    /** Direct, so that a read goes straight into it (a heap buffer is read through a hidden direct copy). */
    private final ByteBuffer window = ByteBuffer.allocateDirect(SIZE).order(ByteOrder.BIG_ENDIAN);
    /** Where the window starts, relative to {@code base}; -1 while empty. */
    private long start = -1;
    /** The kept pages by where they start, least recently used first. */
    private final LinkedHashMap<Long, ByteBuffer> pages = new LinkedHashMap<>(PAGES_KEPT * 2, 0.75f, true);
    /** What the last access used: the window, or a kept page, and where that starts. */
    private ByteBuffer current;
    private long currentStart;

    /** The {@code length} bytes from {@code base} on. */
    FileWindow(FileChannel channel, long base, long length) {
        this.channel = channel;
        this.base = base;
        this.length = length;
    }

    /** The position in {@link #current} of the {@code n} bytes at {@code at}, reading them if needed. */
    private int at(long at, int n) {
        if (at < 0 || at + n > length) {
            throw new FileView.IndexMismatch(-1);
        }
        if (current != null && at >= currentStart && at + n <= currentStart + current.limit()) {
            return (int) (at - currentStart);
        }
        if (start >= 0 && at >= start && at + n <= start + window.limit()) {
            return use(window, start, at);
        }
        boolean scan = start >= 0 && at >= start + window.limit() && at < start + window.limit() + PAGE;
        long page = at - at % PAGE;
        if (!scan && at + n <= page + PAGE) {
            ByteBuffer kept = pages.get(page);
            if (kept == null) {
                // The least recently used page's buffer is reused: direct memory is only given
                // back when the collector gets round to it.
                if (pages.size() >= PAGES_KEPT) {
                    var eldest = pages.entrySet().iterator();
                    kept = eldest.next().getValue();
                    eldest.remove();
                } else {
                    kept = ByteBuffer.allocateDirect(PAGE).order(ByteOrder.BIG_ENDIAN);
                }
                fill(kept, page, PAGE);
                pages.put(page, kept);
            }
            return use(kept, page, at);
        }
        start = at;
        fill(window, at, SIZE);
        return use(window, start, at);
    }

    private int use(ByteBuffer buffer, long from, long at) {
        current = buffer;
        currentStart = from;
        return (int) (at - from);
    }

    private void fill(ByteBuffer buffer, long from, int size) {
        buffer.clear();
        buffer.limit((int) Math.min(size, length - from));
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, base + from + buffer.position()) < 0) {
                    throw new FileView.IndexMismatch(-1); // the file is shorter than its header said
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte get(long at) {
        return current(at, 1).get((int) (at - currentStart));
    }

    short getShort(long at) {
        return current(at, 2).getShort((int) (at - currentStart));
    }

    int getInt(long at) {
        return current(at, 4).getInt((int) (at - currentStart));
    }

    long getLong(long at) {
        return current(at, 8).getLong((int) (at - currentStart));
    }

    void get(long at, byte[] into) {
        current(at, into.length).get((int) (at - currentStart), into);
    }

    /**
     * The buffer that holds the {@code n} bytes at {@code at}, for reading several values of one
     * record with one lookup; they start at {@link #offsetIn}.
     */
    ByteBuffer holding(long at, int n) {
        return current(at, n);
    }

    /** Where {@code at} is in the buffer {@link #holding} returned last. */
    int offsetIn(long at) {
        return (int) (at - currentStart);
    }

    private ByteBuffer current(long at, int n) {
        at(at, n);
        return current;
    }
}
