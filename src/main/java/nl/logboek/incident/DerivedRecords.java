package nl.logboek.incident;

import nl.logboek.logbook.LogView;
import nl.logboek.logbook.Logbook;

import java.nio.ByteBuffer;
import java.nio.LongBuffer;
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
final class DerivedRecords {
    private static final byte[] MAGIC = "LBDRV001".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 8 + 8 + 8 + 64 + 8 + 4 + 4;
    /** How many incidents are derived at once: the memory a rebuild holds does not grow with the logbook. */
    static final int BATCH = 4096;

    /** Derives the words of the incidents of {@code ordinals}; an incident left out gets none (unknown). */
    interface Deriver {
        void derive(LogView view, BitSet ordinals, Sink sink);
    }

    interface Sink {
        void accept(int ordinal, long[] words);
    }

    private final LogView.Stamp stamp;
    private final int[] start;
    private final LongBuffer words;

    private DerivedRecords(LogView.Stamp stamp, int[] start, LongBuffer words) {
        this.stamp = stamp;
        this.start = start;
        this.words = words;
    }

    /** How many incidents it describes (ordinals 0 to count - 1). */
    int count() {
        return start.length - 1;
    }

    /** How many words incident {@code ordinal} has (0: unknown, take it as a candidate). */
    int size(int ordinal) {
        return ordinal < 0 || ordinal >= count() ? 0 : start[ordinal + 1] - start[ordinal];
    }

    long word(int ordinal, int i) {
        return words.get(start[ordinal] + i);
    }

    /**
     * The cache {@code name} brought up to date with {@code view}, or null when the view has
     * nothing to tie a cache to (a team logbook, a folder without an index).
     */
    static DerivedRecords of(Logbook logbook, LogView view, String name, long keyCheck, Deriver deriver) {
        LogView.Stamp now = view.stamp();
        if (now == null || logbook.isTeam()) {
            return null;
        }
        int n = view.incidentCount();
        DerivedRecords old = parse(logbook.readCache(name), keyCheck);
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
        BitSet batch = new BitSet(n);
        int taken = 0;
        for (int o = touched.nextSetBit(0); o >= 0; o = touched.nextSetBit(o + 1)) {
            batch.set(o);
            if (++taken == BATCH) {
                deriver.derive(view, batch, (ordinal, w) -> blocks[ordinal] = w);
                batch.clear();
                taken = 0;
            }
        }
        if (taken > 0) {
            deriver.derive(view, batch, (ordinal, w) -> blocks[ordinal] = w);
        }
        int[] start = new int[n + 1];
        long total = 0;
        for (int o = 0; o < n; o++) {
            total += touched.get(o) ? blocks[o] == null ? 0 : blocks[o].length : old.size(o);
            if (total > Integer.MAX_VALUE / 8 - HEADER) {
                return null; // beyond what this layout holds: no cache
            }
            start[o + 1] = (int) total;
        }
        ByteBuffer out = ByteBuffer.allocate(HEADER + 4 * (n + 1) + 8 * (int) total + 8);
        out.put(MAGIC).putLong(now.generation()).putLong(now.lines())
                .put(now.lastHash().getBytes(StandardCharsets.US_ASCII)).putLong(keyCheck).putInt(n).putInt((int) total);
        for (int s : start) {
            out.putInt(s);
        }
        int wordsAt = out.position();
        for (int o = 0; o < n; o++) {
            if (touched.get(o)) {
                if (blocks[o] != null) {
                    for (long w : blocks[o]) {
                        out.putLong(w);
                    }
                }
            } else {
                for (int i = 0; i < old.size(o); i++) {
                    out.putLong(old.word(o, i));
                }
            }
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(out.array(), 0, out.position());
        out.putLong(crc.getValue());
        logbook.writeCache(name, out.array());
        return new DerivedRecords(now, start, ByteBuffer.wrap(out.array(), wordsAt, 8 * (int) total).slice().asLongBuffer());
    }

    /** The cache in {@code bytes}, or null when there is none or it is damaged or of another key. */
    static DerivedRecords parse(byte[] bytes, long keyCheck) {
        try {
            if (bytes == null || bytes.length < HEADER + 12) {
                return null;
            }
            ByteBuffer b = ByteBuffer.wrap(bytes);
            byte[] magic = new byte[8];
            b.get(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                return null;
            }
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            if (b.getLong(bytes.length - 8) != crc.getValue()) {
                return null;
            }
            long generation = b.getLong();
            long lines = b.getLong();
            byte[] hash = new byte[64];
            b.get(hash);
            if (b.getLong() != keyCheck) {
                return null;
            }
            int n = b.getInt();
            int total = b.getInt();
            if (n < 0 || total < 0 || (long) HEADER + 4L * (n + 1) + 8L * total + 8 != bytes.length) {
                return null;
            }
            int[] start = new int[n + 1];
            for (int o = 0; o <= n; o++) {
                start[o] = b.getInt();
                if (start[o] < (o == 0 ? 0 : start[o - 1]) || start[o] > total || (o == 0 && start[o] != 0)) {
                    return null;
                }
            }
            if (start[n] != total) {
                return null;
            }
            LongBuffer words = ByteBuffer.wrap(bytes, b.position(), 8 * total).slice().asLongBuffer();
            return new DerivedRecords(new LogView.Stamp(generation, lines, new String(hash, StandardCharsets.US_ASCII)),
                    start, words);
        } catch (RuntimeException damaged) {
            return null;
        }
    }
}
