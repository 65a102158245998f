package nl.logboek.logbook;

import nl.logboek.i18n.Msg;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Splits a part of a logbook file into its lines as {@link Lines} does (strict UTF-8, every line
 * ends in \n, a final line without one is torn) and decodes the lines on all cores: the file is
 * read in chunks of whole lines, each chunk's lines are decoded by a worker (what a line is on its
 * own: its JSON, its hashes, its sealed content), and the handler sees every line in file order on
 * the caller's thread (what a line is after the lines before it: the chain, the references). At
 * most a few chunks are in flight at once, so memory stays flat however long the file is.
 *
 * <p>The first line of a file (the header, which says how to open the lines after it) is decoded
 * and handled before any other line is decoded. A small part is read on the caller's thread alone.
 */
final class ParallelLines {
    /**
     * Bytes read at once and given to one worker (a line longer than this makes a longer chunk):
     * small enough that the chunks in flight stay in the young generation of a small heap.
     * Not final only for tests, which make it small.
     */
    static int chunk = 1 << 18;
    /** Below this many bytes a read stays on the caller's thread: a pool costs more than it saves (tests set 0). */
    static long parallelFrom = 4L << 20;

    private ParallelLines() {
    }

    /**
     * What a worker makes of one complete line that is valid UTF-8 and not empty,
     * {@code utf8[offset, offset + length)} (see {@link #text} for its text). Called on several
     * threads at once: it may not depend on other lines, and what it throws is thrown again by the
     * read when the handler reaches that line.
     */
    interface Decoder<T> {
        T decode(long lineNo, byte[] utf8, int offset, int length);
    }

    /** Sees the lines in file order, on the thread that called {@link #split}. */
    interface Handler<T> {
        /** A complete line with what the decoder made of it; {@code length} is its size in bytes without the newline. */
        void line(long lineNo, T decoded, int length);

        /** A complete line that is empty or not UTF-8. */
        void undecodable(long lineNo, Msg reason, int length);

        /** Bytes after the last newline: a write that did not finish. */
        void torn(long lineNo, byte[] tail);
    }

    /** The text of a line the decoder was given. */
    static String text(byte[] utf8, int offset, int length) {
        return new String(utf8, offset, length, StandardCharsets.UTF_8);
    }

    /**
     * Reads {@code ch} from byte {@code from} to byte {@code to}; the first line there is line
     * {@code linesBefore + 1}.
     */
    static <T> void split(FileChannel ch, long from, long to, long linesBefore, Progress progress,
                          Decoder<T> decoder, Handler<T> handler) throws IOException {
        // On one core a pool only adds work; tests (parallelFrom 0) use one wherever they run.
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        boolean parallel = to - from >= parallelFrom && (Runtime.getRuntime().availableProcessors() > 1 || parallelFrom == 0);
        ExecutorService pool = parallel ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "logboek-lines");
            t.setDaemon(true);
            return t;
        }) : null;
        ArrayDeque<Future<Batch<T>>> inFlight = new ArrayDeque<>();
        int maxInFlight = threads * 2;
        try {
            long pos = from;
            long lineNo = linesBefore;
            byte[] carry = new byte[0];
            boolean headerPending = linesBefore == 0;
            long reported = from;
            while (pos < to) {
                byte[] buf = Arrays.copyOf(carry, carry.length + (int) Math.min(chunk, to - pos));
                int len = carry.length;
                ByteBuffer into = ByteBuffer.wrap(buf, len, buf.length - len);
                while (into.hasRemaining()) {
                    int n = ch.read(into, pos);
                    if (n < 0) {
                        break;
                    }
                    pos += n;
                }
                if (into.hasRemaining()) {
                    to = pos; // the file is shorter than measured: read what is there
                }
                len = into.position();
                if (pos - reported >= (1 << 20) || pos >= to) {
                    reported = pos; // about every megabyte, as before
                    progress.update(pos, to);
                }
                int end = lastNewline(buf, carry.length, len);
                if (end < 0) {
                    carry = Arrays.copyOf(buf, len); // no line ends in this chunk yet: read on
                    continue;
                }
                int start = 0;
                if (headerPending) {
                    // The header says how to open every line after it: decoded and handled first, alone.
                    int first = nextNewline(buf, 0, end + 1);
                    new Batch<>(buf, 0, first + 1, lineNo, decoder).call().handle(handler);
                    lineNo++;
                    start = first + 1;
                    headerPending = false;
                }
                int count = countNewlines(buf, start, end + 1);
                if (count > 0) {
                    Batch<T> batch = new Batch<>(buf, start, end + 1, lineNo, decoder);
                    lineNo += count;
                    if (pool == null) {
                        batch.call().handle(handler);
                    } else {
                        while (inFlight.size() >= maxInFlight) {
                            take(inFlight.poll()).handle(handler);
                        }
                        inFlight.add(pool.submit(batch));
                    }
                }
                carry = Arrays.copyOfRange(buf, end + 1, len);
            }
            while (!inFlight.isEmpty()) {
                take(inFlight.poll()).handle(handler);
            }
            if (carry.length > 0) {
                handler.torn(lineNo + 1, carry);
            }
        } finally {
            if (pool != null) {
                inFlight.forEach(f -> f.cancel(true));
                pool.shutdownNow();
            }
        }
    }

    private static <T> Batch<T> take(Future<Batch<T>> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading the logbook");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    private static int lastNewline(byte[] buf, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int nextNewline(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';

    /** How many of the 8 bytes of {@code word} are newlines (exact: no carries between bytes). */
    private static int newlinesIn(long word) {
        long x = word ^ NEWLINES; // a newline byte becomes 0
        long zero = ~(((x & ~HIGHS) + ~HIGHS) | x) & HIGHS; // the high bit of each zero byte
        return Long.bitCount(zero);
    }

    private static int countNewlines(byte[] buf, int from, int to) {
        int n = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            n += newlinesIn((long) LONGS.get(buf, i));
        }
        for (; i < to; i++) {
            if (buf[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Where the newlines of {@code buf[from, to)} are, in order: eight bytes at a time. */
    static int[] newlines(byte[] buf, int from, int to) {
        int[] at = new int[Math.max(16, (to - from) >> 8)];
        int n = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(buf, i) ^ NEWLINES;
            long zero = ~(((x & ~HIGHS) + ~HIGHS) | x) & HIGHS;
            while (zero != 0) {
                if (n == at.length) {
                    at = Arrays.copyOf(at, n * 2);
                }
                at[n++] = i + (Long.numberOfTrailingZeros(zero) >>> 3);
                zero &= zero - 1;
            }
        }
        for (; i < to; i++) {
            if (buf[i] == '\n') {
                if (n == at.length) {
                    at = Arrays.copyOf(at, n * 2);
                }
                at[n++] = i;
            }
        }
        return Arrays.copyOf(at, n);
    }

    /** A failure of the decoder at one line, thrown again when the handler reaches that line. */
    private record Thrown(RuntimeException e) {
    }

    /** The lines of one chunk (whole lines only) and what the decoder made of each. */
    private static final class Batch<T> implements java.util.concurrent.Callable<Batch<T>> {
        private static final Object EMPTY = new Object();
        private static final Object NOT_UTF8 = new Object();
        private final byte[] buf;
        private final int from;
        private final int to;
        private final long linesBefore;
        private final Decoder<T> decoder;
        private int count;
        private int[] lengths;
        private Object[] decoded;

        Batch(byte[] buf, int from, int to, long linesBefore, Decoder<T> decoder) {
            this.buf = buf;
            this.from = from;
            this.to = to;
            this.linesBefore = linesBefore;
            this.decoder = decoder;
        }

        @Override
        public Batch<T> call() {
            int[] ends = newlines(buf, from, to);
            int n = ends.length;
            lengths = new int[n];
            decoded = new Object[n];
            int start = from;
            for (int i : ends) {
                int len = i - start;
                lengths[count] = len;
                if (len == 0) {
                    decoded[count] = EMPTY;
                } else if (!utf8(buf, start, len)) {
                    decoded[count] = NOT_UTF8;
                } else {
                    try {
                        decoded[count] = decoder.decode(linesBefore + count + 1, buf, start, len);
                    } catch (RuntimeException e) {
                        decoded[count] = new Thrown(e);
                    }
                }
                count++;
                start = i + 1;
            }
            return this;
        }

        @SuppressWarnings("unchecked")
        void handle(Handler<T> handler) {
            for (int i = 0; i < count; i++) {
                long lineNo = linesBefore + i + 1;
                Object d = decoded[i];
                if (d == EMPTY) {
                    handler.undecodable(lineNo, new Msg("damage.empty"), lengths[i]);
                } else if (d == NOT_UTF8) {
                    handler.undecodable(lineNo, new Msg("damage.utf8"), lengths[i]);
                } else if (d instanceof Thrown t) {
                    throw t.e();
                } else {
                    handler.line(lineNo, (T) d, lengths[i]);
                }
            }
        }
    }

    /**
     * Whether {@code b[from, from + len)} is UTF-8 as strictly as {@link Lines} reads it (no
     * overlong forms, no surrogates, nothing above U+10FFFF). Bytes this quick check refuses are
     * given to the JDK's strict decoder, whose word is final.
     */
    static boolean utf8(byte[] b, int from, int len) {
        int to = from + len;
        int i = from;
        while (i < to) {
            if (i + 8 <= to && ((long) LONGS.get(b, i) & HIGHS) == 0) {
                i += 8; // eight ASCII bytes
                continue;
            }
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            if (c >= 0xC2 && c < 0xE0 && i + 1 < to && (b[i + 1] & 0xC0) == 0x80) {
                i += 2;
            } else if (c >= 0xE0 && c < 0xF0 && i + 2 < to && (b[i + 1] & 0xC0) == 0x80 && (b[i + 2] & 0xC0) == 0x80
                    && (c != 0xE0 || (b[i + 1] & 0xFF) >= 0xA0) && (c != 0xED || (b[i + 1] & 0xFF) <= 0x9F)) {
                i += 3;
            } else if (c >= 0xF0 && c < 0xF5 && i + 3 < to && (b[i + 1] & 0xC0) == 0x80 && (b[i + 2] & 0xC0) == 0x80
                    && (b[i + 3] & 0xC0) == 0x80 && (c != 0xF0 || (b[i + 1] & 0xFF) >= 0x90)
                    && (c != 0xF4 || (b[i + 1] & 0xFF) <= 0x8F)) {
                i += 4;
            } else {
                return strictUtf8(b, from, len);
            }
        }
        return true;
    }

    private static boolean strictUtf8(byte[] b, int from, int len) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            utf8.decode(ByteBuffer.wrap(b, from, len));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
