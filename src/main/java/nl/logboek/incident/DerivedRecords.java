package nl.logboek.incident;

import nl.logboek.logbook.LogView;
import nl.logboek.logbook.Logbook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * A cache of a few numbers per incident (by ordinal), derived from the log and kept beside its
 * index ({@code .NAME.<name>}, see docs/logbook-format.md#caches-derived-from-the-log): never a
 * record, only a way to skip the incidents that cannot be in an answer. It is used only while
 * the log still begins with the log it was made from (same index generation, the same hash at
 * its last line); then only the incidents with lines after that are derived again; otherwise,
 * or when it is damaged or made with another key, all are. A team logbook has none (null).
 *
 * <p>Layout (big-endian): {@code LBDRV001}, the index generation, lines, the last line's hash
 * (64 ASCII), a check of the key, the number of incidents n, the number of words; then n + 1
 * word offsets (ints), the words (longs), and a CRC-32 of all before it (a long).
 */
public final class DerivedRecords {
    private static final byte[] MAGIC = "LBDRV001".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 8 + 8 + 8 + 64 + 8 + 4 + 4;
    /** How much of the file is read at a time (a multiple of 8). */
    private static final int STEP = 1 << 18;
    /**
     * Derives the words of the incidents of {@code ordinals}; an incident left out gets none
     * (unknown). In one pass over their lines, each incident let go when its last line is passed
     * ({@link LogView#lastLineOf}), so that a rebuild holds little more than what it makes.
     */
    public interface Deriver {
        void derive(LogView view, BitSet ordinals, Sink sink);
    }

    public interface Sink {
        void accept(int ordinal, long[] words);
    }

    private final LogView.Stamp stamp;
    /** Where each incident's words begin in {@code words} (n + 1 entries), for those not in {@code fresh}. */
    /**
     * Arrays, filled from the file in steps by bulk copies: `agenda`, `list --overdue` and `person`
     * look at a word or two of every incident, and a buffer's get (an int or long read big-endian
     * from bytes, several calls deep) costs a cold JVM more per look than the copy costs in all.
     */
    private final int[] start;
    private final long[] words;
    /** Words derived by this command (null: as in {@code words}); null when none were. */
    private final long[][] fresh;
    private final int count;

    private DerivedRecords(LogView.Stamp stamp, int[] start, long[] words, long[][] fresh, int count) {
        this.stamp = stamp;
        this.start = start;
        this.words = words;
        this.fresh = fresh;
        this.count = count;
    }

    /** How many incidents it describes (ordinals 0 to count - 1). */
    public int count() {
        return count;
    }

    /** How many words incident {@code ordinal} has (0: unknown, take it as a candidate). */
    public int size(int ordinal) {
        if (ordinal < 0 || ordinal >= count) {
            return 0;
        }
        if (fresh != null && (ordinal >= start.length - 1 || fresh[ordinal] != null)) {
            return fresh[ordinal] == null ? 0 : fresh[ordinal].length;
        }
        int from = start[ordinal];
        int to = start[ordinal + 1];
        // Offsets out of order (a damaged file its CRC did not catch): unknown, a candidate.
        return from < 0 || to < from || to > words.length ? 0 : to - from;
    }

    public long word(int ordinal, int i) {
        if (fresh != null && (ordinal >= start.length - 1 || fresh[ordinal] != null)) {
            return fresh[ordinal][i];
        }
        return words[start[ordinal] + i];
    }

    /**
     * The cache {@code name} brought up to date with {@code view}, or null when the view has
     * nothing to tie a cache to (a team logbook, a folder without an index).
     */
    public static DerivedRecords of(Logbook logbook, LogView view, String name, long keyCheck, Deriver deriver) {
        LogView.Stamp now = view.stamp();
        if (now == null || logbook.isTeam()) {
            return null;
        }
        int n = view.incidentCount();
        DerivedRecords old = read(logbook.openCache(name), keyCheck);
        BitSet touched = new BitSet(n);
        if (old != null && old.count() <= n && view.continues(old.stamp)) {
            if (old.stamp.equals(now) && old.count() == n) {
                return old;
            }
            view.keysAfter(old.stamp.lines(), k -> {
                if (k.ordinal() >= 0) {
                    touched.set(k.ordinal());
                }
            });
            touched.set(old.count(), n);
        } else {
            old = null;
            touched.set(0, n);
        }
        long[][] blocks = new long[n][];
        if (!touched.isEmpty()) {
            deriver.derive(view, touched, (ordinal, w) -> blocks[ordinal] = w);
        }
        DerivedRecords made = old == null
                ? new DerivedRecords(now, new int[] {0}, new long[0], blocks, n)
                : new DerivedRecords(now, old.start, old.words, overlay(blocks, touched), n);
        long total = 0;
        for (int o = 0; o < n; o++) {
            total += made.size(o);
        }
        if (total > Integer.MAX_VALUE / 8 - HEADER) {
            return made; // beyond what this layout holds: not kept
        }
        long words = total;
        logbook.writeCache(name, out -> {
            try {
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                java.util.zip.CheckedOutputStream checked = new java.util.zip.CheckedOutputStream(out, crc);
                java.io.DataOutputStream data = new java.io.DataOutputStream(checked);
                data.write(MAGIC);
                data.writeLong(now.generation());
                data.writeLong(now.lines());
                data.write(now.lastHash().getBytes(StandardCharsets.US_ASCII));
                data.writeLong(keyCheck);
                data.writeInt(n);
                data.writeInt((int) words);
                int at = 0;
                data.writeInt(0);
                for (int o = 0; o < n; o++) {
                    at += made.size(o);
                    data.writeInt(at);
                }
                for (int o = 0; o < n; o++) {
                    for (int i = 0; i < made.size(o); i++) {
                        data.writeLong(made.word(o, i));
                    }
                }
                data.flush();
                out.write(ByteBuffer.allocate(8).putLong(crc.getValue()).array());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return made;
    }

    /** The words derived for the {@code touched} incidents (the others stay as they were). */
    private static long[][] overlay(long[][] blocks, BitSet touched) {
        for (int o = touched.nextSetBit(0); o >= 0; o = touched.nextSetBit(o + 1)) {
            if (blocks[o] == null) {
                blocks[o] = new long[0];
            }
        }
        return blocks;
    }

    /**
     * The stamp a derived cache's header begins with, after its {@code magic}: the index generation,
     * the lines and the last line's hash it was made from; null when the magic is another's.
     */
    static LogView.Stamp stampAfter(ByteBuffer h, byte[] magic) {
        byte[] found = new byte[magic.length];
        h.get(found);
        if (!java.util.Arrays.equals(found, magic)) {
            return null;
        }
        long generation = h.getLong();
        long lines = h.getLong();
        byte[] hash = new byte[64];
        h.get(hash);
        return new LogView.Stamp(generation, lines, new String(hash, StandardCharsets.US_ASCII));
    }

    /** The cache read from {@code in} (closed here), or null when there is none or it is damaged or of another key. */
    static DerivedRecords read(java.nio.channels.FileChannel in, long keyCheck) {
        if (in == null) {
            return null;
        }
        try (in) {
            long size = in.size();
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            ByteBuffer h = ByteBuffer.allocate(HEADER);
            if (size < HEADER + 12 || !fill(in, h, crc)) {
                return null;
            }
            LogView.Stamp stamp = stampAfter(h, MAGIC);
            if (stamp == null || h.getLong() != keyCheck) {
                return null;
            }
            int n = h.getInt();
            int total = h.getInt();
            if (n < 0 || total < 0 || (long) HEADER + 4L * (n + 1) + 8L * total + 8 != size) {
                return null;
            }
            // The offsets and words in steps of a direct buffer (read into without a copy, checked
            // by the CRC as read), each step copied into the arrays at once (a byte-swapping bulk copy).
            int[] start = new int[n + 1];
            long[] words = new long[total];
            ByteBuffer step = ByteBuffer.allocateDirect(STEP);
            for (int got = 0; got < n + 1; ) {
                step.clear().limit(Math.min(STEP, 4 * (n + 1 - got)));
                if (!fill(in, step, crc)) {
                    return null;
                }
                int k = step.remaining() / 4;
                step.asIntBuffer().get(start, got, k);
                got += k;
            }
            for (int got = 0; got < total; ) {
                step.clear().limit((int) Math.min(STEP, 8L * (total - got)));
                if (!fill(in, step, crc)) {
                    return null;
                }
                int k = step.remaining() / 8;
                step.asLongBuffer().get(words, got, k);
                got += k;
            }
            ByteBuffer tail = ByteBuffer.allocate(8);
            long sum = crc.getValue();
            if (!fill(in, tail, null) || tail.getLong() != sum) {
                return null;
            }
            if (start[0] != 0 || start[n] != total) {
                return null;
            }
            return new DerivedRecords(stamp,
                    start, words, null, n);
        } catch (java.io.IOException | RuntimeException damaged) {
            return null;
        }
    }

    /** Fills {@code b} from where {@code in} stands (false at the end of the file), adds it to {@code crc}, flips it. */
    private static boolean fill(java.nio.channels.FileChannel in, ByteBuffer b, java.util.zip.CRC32 crc) throws java.io.IOException {
        while (b.hasRemaining()) {
            if (in.read(b) < 0) {
                return false;
            }
        }
        b.flip();
        if (crc != null) {
            crc.update(b);
            b.flip();
        }
        return true;
    }
}
