package nl.logboek.incident;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.LogView;
import nl.logboek.logbook.Logbook;

import java.util.Arrays;
import java.util.BitSet;

/**
 * What `search` needs to pass over the incidents that cannot hold a text, kept beside the index as
 * a {@link DerivedRecords} cache ({@code .NAME.words}): per incident, a Bloom filter of every
 * three characters (folded as {@link SearchText} folds them) of every text any of its lines ever
 * held, hashed with a key ({@link KeyedHash}; in an encrypted logbook derived from its key). A text
 * found in a field of an incident is found in one of its lines, so every three characters of it are
 * in the filter: an incident whose filter lacks one cannot match and is not read. A text shorter
 * than three characters is looked for everywhere.
 */
final class IncidentWords {
    /** Changes whenever what the words mean changes: a cache of another format is rebuilt. */
    private static final long FORMAT = 2;
    static final String CACHE = "words";
    /** Hashes per trigram. */
    private static final int K = 4;
    /** Bits per trigram. */
    private static final int BITS_PER = 12;
    private static final int MAX_WORDS = 1024;

    private final DerivedRecords records;
    private final KeyedHash hash;

    private IncidentWords(DerivedRecords records, KeyedHash hash) {
        this.records = records;
        this.hash = hash;
    }

    static IncidentWords of(Logbook logbook, LogView view) {
        if (view.stamp() == null || logbook.isTeam()) {
            return null;
        }
        KeyedHash h = KeyedHash.of(view.cacheKey("logboek cache: words"));
        DerivedRecords r = DerivedRecords.of(logbook, view, CACHE, h.check() ^ FORMAT, (v, ordinals, sink) -> derive(v, ordinals, sink, h));
        return r == null ? null : new IncidentWords(r, h);
    }

    /** A growable list of trigram codes. */
    private static final class Codes {
        long[] a = new long[64];
        int n;

        void add(long c) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = c;
        }
    }

    private static void derive(LogView view, BitSet ordinals, DerivedRecords.Sink sink, KeyedHash h) {
        java.util.Map<Integer, Codes> codes = new java.util.HashMap<>();
        long[] last = new long[ordinals.length()];
        for (int o = ordinals.nextSetBit(0); o >= 0; o = ordinals.nextSetBit(o + 1)) {
            last[o] = view.lastLineOf(o);
        }
        view.keyedEventsOf(ordinals, k -> true, (k, e) -> {
            int o = k.ordinal();
            if (o < 0) {
                return;
            }
            Codes c = codes.computeIfAbsent(o, x -> new Codes());
            if (e.payload() != null) {
                walk(e.payload(), c);
            }
            if (k.line() == last[o]) {
                sink.accept(o, bloom(codes.remove(o), h));
            }
        });
        for (var entry : codes.entrySet()) {
            sink.accept(entry.getKey(), bloom(entry.getValue(), h));
        }
    }

    private static long[] bloom(Codes c, KeyedHash h) {
        long[] sorted = Arrays.copyOf(c.a, c.n);
        Arrays.sort(sorted);
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[unique++] = sorted[i];
            }
        }
        int words = Math.max(1, (int) Math.min(MAX_WORDS, ((long) unique * BITS_PER + 63) / 64));
        long[] bloom = new long[words];
        for (int i = 0; i < unique; i++) {
            set(bloom, h.hash(sorted[i]));
        }
        return bloom;
    }

    /** Every text in a payload: the filter must hold whatever a search may look at. */
    private static void walk(JsonNode node, Codes into) {
        if (node.isTextual()) {
            trigrams(SearchText.normalise(node.textValue()), into);
        } else if (node.isContainerNode()) {
            for (JsonNode child : node) {
                walk(child, into);
            }
        }
    }

    private static void trigrams(String folded, Codes into) {
        for (int i = 0; i + 3 <= folded.length(); i++) {
            into.add(code(folded, i));
        }
    }

    private static long code(String s, int i) {
        return ((long) s.charAt(i) << 32) | ((long) s.charAt(i + 1) << 16) | s.charAt(i + 2);
    }

    private static void set(long[] bloom, long x) {
        long bits = bloom.length * 64L;
        for (int j = 0; j < K; j++) {
            int bit = bit(x, j, bits);
            bloom[bit >>> 6] |= 1L << (bit & 63);
        }
    }

    /** The {@code j}th bit of a hash in a filter of {@code bits} bits (double hashing, multiply-shift). */
    private static int bit(long x, int j, long bits) {
        int h = (int) x + j * ((int) (x >>> 32) | 1);
        return (int) (((h & 0xffffffffL) * bits) >>> 32);
    }

    /**
     * A test of incidents (by ordinal) against a folded needle: false only when the incident surely
     * does not hold it; null when the needle is too short to tell (every incident may).
     */
    java.util.function.IntPredicate mayHold(String folded) {
        if (folded.length() < 3) {
            return null;
        }
        long[] hashes = new long[folded.length() - 2];
        for (int i = 0; i + 3 <= folded.length(); i++) {
            hashes[i] = hash.hash(code(folded, i));
        }
        return o -> {
            int words = records.size(o);
            if (words == 0) {
                return true;
            }
            long bits = words * 64L;
            for (long x : hashes) {
                for (int j = 0; j < K; j++) {
                    int bit = bit(x, j, bits);
                    if ((records.word(o, bit >>> 6) & (1L << (bit & 63))) == 0) {
                        return false;
                    }
                }
            }
            return true;
        };
    }
}
