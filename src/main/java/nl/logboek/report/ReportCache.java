package nl.logboek.report;

import nl.logboek.incident.DerivedRecords;
import nl.logboek.incident.EventTypes;
import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentEvent;
import nl.logboek.incident.IncidentFolder;
import nl.logboek.incident.KeyedHash;
import nl.logboek.logbook.EventKey;
import nl.logboek.logbook.LogView;
import nl.logboek.logbook.Logbook;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report of any period needs of each incident, so that a report reads the lines only of
 * the incidents it cannot answer from here (those open at the end of its period, mostly): kept
 * beside the index as a derived cache ({@code .NAME.report}, a {@link DerivedRecords}), made from
 * the index keys of the incident's lines and from the fold of its recorded and corrected lines,
 * the same lines and the same fold the report reads without it.
 *
 * <p>Per incident: when it was reported (and its created line), its first action and its last line
 * (any time), the lines that change its state in a period's figures (closed, reopened, escalated,
 * de-escalated: their time and kind, in log order; for a close whether it was forced with
 * mandatory items open, for a move its partner), and what it is (category, protocol and the
 * protocols added, severity, the platform as the report counts it). Those words are never text:
 * each is a keyed hash ({@link KeyedHash}, keyed from the logbook's key when it is encrypted),
 * which the report turns back into an id by hashing the ids it knows; one it does not know makes
 * the report read that incident's lines, as without the cache.
 */
final class ReportCache {
    static final String CACHE = "report";
    /** Changes whenever what the words mean changes: a cache of another format is rebuilt. */
    private static final long FORMAT = 1;

    static final int FLAGS = 0;
    static final int REPORTED = 1;
    static final int CREATED_LINE = 2;
    static final int FIRST_ACTION = 3;
    /** The latest time of any of its lines but the created one (Long.MIN_VALUE: none). */
    static final int LAST = 4;
    static final int CATEGORY = 5;
    static final int PROTOCOL = 6;
    static final int SEVERITY = 7;
    static final int PLATFORM = 8;
    /** How many protocols it follows beside its main one; their hashes follow, then the state lines. */
    static final int ADDED = 9;
    static final int FIXED = 10;

    static final long KNOWN = 1;
    /** It has a created line (an incident without one is no incident to a report). */
    static final long CASE = 2;

    /** A state line: its time in the high bits, its kind in the low byte. */
    static final int CLOSED = 1;
    static final int REOPENED = 2;
    static final int UP = 3;
    static final int DOWN = 4;
    /** On a close: forced with mandatory items open (the report then lists it: read from its lines). */
    static final int FORCED_OPEN = 0x10;

    private final DerivedRecords records;
    private final KeyedHash hash;
    private final Periods periods;

    private ReportCache(DerivedRecords records, KeyedHash hash, Periods periods) {
        this.records = records;
        this.hash = hash;
        this.periods = periods;
    }

    /** The cache brought up to date with {@code view}, or null when there is none to tie to (a team). */
    static ReportCache of(Logbook logbook, LogView view) {
        LogView.Stamp stamp = view.stamp();
        if (stamp == null || logbook.isTeam()) {
            return null;
        }
        KeyedHash h = KeyedHash.of(view.cacheKey("logboek cache: report"));
        long check = h.check() ^ FORMAT;
        DerivedRecords r = DerivedRecords.of(logbook, view, CACHE, check, (v, ordinals, sink) -> derive(v, ordinals, sink, h));
        if (r == null) {
            return null;
        }
        Periods p = Periods.read(logbook.openCache(Periods.CACHE), stamp, check, r.count());
        if (p == null) {
            p = Periods.of(r);
            if (p == null) {
                return null;
            }
            p.write(logbook, stamp, check);
        }
        return new ReportCache(r, h, p);
    }

    Periods periods() {
        return periods;
    }

    /**
     * Every incident's times in the orders a period needs (kept as {@code .NAME.periods}, made from
     * the words of all incidents and tied to the same state of the log): when each was reported,
     * sorted; the incidents by when they were last closed (as if every reopening counted; open
     * ones last), so that those that can count in a period are a tail of that order; and the
     * incidents ever reopened, with their latest reopening, whose close a period before it sees
     * otherwise. With these a report finds the incidents of its period, and counts the trend and
     * the retention, without passing every incident.
     */
    static final class Periods {
        static final String CACHE = "periods";
        private static final byte[] MAGIC = "LBPER001".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private static final int HEADER = 8 + 8 + 8 + 64 + 8 + 4 + 4;

        /**
         * The orders as they are kept (big-endian): c reporting times ascending, c closing times
         * ascending, the c incidents of those closings, r latest reopenings, the r incidents of
         * those. Read in place: a report looks at a few of the entries, and copying them all into
         * arrays costs a cold JVM more than the report's own work.
         */
        private final java.nio.ByteBuffer data;
        private final int cases;
        private final int reopenings;
        /** The number of incidents: an ordinal at or beyond it is not taken (a damaged file the check missed). */
        private final int incidents;

        private Periods(java.nio.ByteBuffer data, int cases, int reopenings, int incidents) {
            this.data = data;
            this.cases = cases;
            this.reopenings = reopenings;
            this.incidents = incidents;
        }

        int cases() {
            return cases;
        }

        long reported(int i) {
            return data.getLong(8 * i);
        }

        long closed(int i) {
            return data.getLong(8 * cases + 8 * i);
        }

        /** The incident of closing {@code i}, or -1 when the number is not an incident's. */
        int closedOrdinal(int i) {
            int o = data.getInt(16 * cases + 4 * i);
            return o >= 0 && o < incidents ? o : -1;
        }

        int reopenings() {
            return reopenings;
        }

        long lastReopen(int j) {
            return data.getLong(20 * cases + 8 * j);
        }

        /** The incident of reopening {@code j}, or -1 as {@link #closedOrdinal}. */
        int reopened(int j) {
            int o = data.getInt(20 * cases + 8 * reopenings + 4 * j);
            return o >= 0 && o < incidents ? o : -1;
        }

        /** How many reporting times are below {@code t}. */
        int reportedBelow(long t) {
            return below(0, t);
        }

        /** How many closing times are below {@code t}. */
        int closedBelow(long t) {
            return below(8 * cases, t);
        }

        private int below(int at, long t) {
            int lo = 0;
            int hi = cases;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (data.getLong(at + 8 * mid) < t) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Made from every incident's words: a pass over all of them, once after the log changed. Null when one is not known. */
        static Periods of(DerivedRecords r) {
            int n = r.count();
            long[] reported = new long[n];
            long[] closed = new long[n];
            int[] ordinals = new int[n];
            int cases = 0;
            List<long[]> reopenings = new ArrayList<>();
            for (int o = 0; o < n; o++) {
                if (r.size(o) == 0) {
                    return null; // not known: the report reads every incident as without the cache
                }
                if (r.size(o) < FIXED || (r.word(o, FLAGS) & CASE) == 0) {
                    continue;
                }
                reported[cases] = r.word(o, REPORTED);
                long closedAt = CaseState.NEVER;
                long reopen = Long.MIN_VALUE;
                for (int i = FIXED + (int) r.word(o, ADDED); i < r.size(o); i++) {
                    long w = r.word(o, i);
                    int kind = (int) (w & 0x0f);
                    if (kind == CLOSED && closedAt == CaseState.NEVER) {
                        closedAt = w >> 8;
                    } else if (kind == REOPENED) {
                        closedAt = CaseState.NEVER;
                        reopen = Math.max(reopen, w >> 8);
                    } else if (kind == UP || kind == DOWN) {
                        i++;
                    }
                }
                closed[cases] = closedAt;
                ordinals[cases] = o;
                cases++;
                if (reopen != Long.MIN_VALUE) {
                    reopenings.add(new long[] {o, reopen});
                }
            }
            java.util.Arrays.sort(reported, 0, cases);
            sort(closed, ordinals, 0, cases - 1);
            int k = reopenings.size();
            java.nio.ByteBuffer data = java.nio.ByteBuffer.allocate(20 * cases + 12 * k);
            for (int i = 0; i < cases; i++) {
                data.putLong(reported[i]);
            }
            for (int i = 0; i < cases; i++) {
                data.putLong(closed[i]);
            }
            for (int i = 0; i < cases; i++) {
                data.putInt(ordinals[i]);
            }
            for (long[] x : reopenings) {
                data.putLong(x[1]);
            }
            for (long[] x : reopenings) {
                data.putInt((int) x[0]);
            }
            return new Periods(data.clear(), cases, k, n);
        }

        /** Sorts {@code keys[from..to]} ascending, moving {@code values} along (a quicksort; ties in any order). */
        private static void sort(long[] keys, int[] values, int from, int to) {
            while (from < to) {
                long pivot = keys[(from + to) >>> 1];
                int i = from;
                int j = to;
                while (i <= j) {
                    while (keys[i] < pivot) {
                        i++;
                    }
                    while (keys[j] > pivot) {
                        j--;
                    }
                    if (i <= j) {
                        long x = keys[i];
                        keys[i] = keys[j];
                        keys[j] = x;
                        int v = values[i];
                        values[i] = values[j];
                        values[j] = v;
                        i++;
                        j--;
                    }
                }
                // The smaller side by recursion, the larger by the loop: a shallow stack.
                if (j - from < to - i) {
                    sort(keys, values, from, j);
                    from = i;
                } else {
                    sort(keys, values, i, to);
                    to = j;
                }
            }
        }

        void write(Logbook logbook, LogView.Stamp stamp, long check) {
            logbook.writeCache(CACHE, out -> {
                try {
                    java.nio.ByteBuffer h = java.nio.ByteBuffer.allocate(HEADER);
                    h.put(MAGIC).putLong(stamp.generation()).putLong(stamp.lines())
                            .put(stamp.lastHash().getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                            .putLong(check).putInt(cases).putInt(reopenings);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(h.array(), 0, HEADER);
                    crc.update(data.array(), data.arrayOffset(), data.capacity());
                    out.write(h.array(), 0, HEADER);
                    out.write(data.array(), data.arrayOffset(), data.capacity());
                    out.write(java.nio.ByteBuffer.allocate(8).putLong(crc.getValue()).array());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        /**
         * The periods read from {@code in} (closed here), or null when there are none, or they
         * are damaged, of another key or format, or not of the log as {@code stamp} shows it.
         */
        static Periods read(java.nio.channels.FileChannel in, LogView.Stamp stamp, long check, int incidents) {
            if (in == null) {
                return null;
            }
            try (in) {
                long size = in.size();
                if (size < HEADER + 8 || size > Integer.MAX_VALUE) {
                    return null;
                }
                java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate((int) size);
                while (b.hasRemaining()) {
                    if (in.read(b) < 0) {
                        return null;
                    }
                }
                b.flip();
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(b.array(), 0, (int) size - 8);
                if (b.getLong((int) size - 8) != crc.getValue()) {
                    return null;
                }
                byte[] magic = new byte[8];
                b.get(magic);
                byte[] hash = new byte[64];
                long generation = b.getLong();
                long lines = b.getLong();
                b.get(hash);
                if (!java.util.Arrays.equals(magic, MAGIC) || b.getLong() != check
                        || !new LogView.Stamp(generation, lines, new String(hash, java.nio.charset.StandardCharsets.US_ASCII)).equals(stamp)) {
                    return null;
                }
                int cases = b.getInt();
                int reopenings = b.getInt();
                if (cases < 0 || reopenings < 0 || cases > incidents || reopenings > cases
                        || (long) HEADER + 20L * cases + 12L * reopenings + 8 != size) {
                    return null;
                }
                return new Periods(b.position(HEADER).slice().limit(20 * cases + 12 * reopenings), cases, reopenings, incidents);
            } catch (java.io.IOException | RuntimeException damaged) {
                return null;
            }
        }
    }

    int count() {
        return records.count();
    }

    /** Whether the cache knows incident {@code o}: else the report reads it as without the cache. */
    boolean known(int o) {
        return records.size(o) >= 1 && (records.word(o, FLAGS) & KNOWN) != 0;
    }

    boolean isCase(int o) {
        return (records.word(o, FLAGS) & CASE) != 0;
    }

    int size(int o) {
        return records.size(o);
    }

    long word(int o, int i) {
        return records.word(o, i);
    }

    long hash(String kind, String value) {
        return value == null ? 0 : hash.hash(kind + value);
    }

    /** Ids by their hash, for turning the words back into ids: {@code kind} as in the words. */
    Map<Long, String> inverse(String kind, Collection<String> ids) {
        Map<Long, String> out = new HashMap<>();
        for (String id : ids) {
            out.put(hash(kind, id), id);
        }
        return out;
    }

    /** One incident as it is derived. */
    private static final class Draft {
        final long reported;
        final long createdLine;
        long firstAction = CaseState.NEVER;
        long last = Long.MIN_VALUE;
        /** The state lines; a move is followed by its partner's hash. */
        long[] states = new long[4];
        int used;
        /** Where the partner or the forced flag of the line read next goes (-1: none). */
        int pending = -1;

        Draft(long reported, long createdLine) {
            this.reported = reported;
            this.createdLine = createdLine;
        }

        void add(long w) {
            if (used == states.length) {
                states = java.util.Arrays.copyOf(states, used * 2);
            }
            states[used++] = w;
        }
    }

    /**
     * Derives the words of {@code ordinals} in one pass: every key is noted as the report notes it
     * (a line before the created one is not the incident's; a second created line is no action),
     * and only the created, amended, closed and moved lines are read.
     */
    private static void derive(LogView view, BitSet ordinals, DerivedRecords.Sink sink, KeyedHash h) {
        IncidentFolder folder = IncidentFolder.compact(false);
        Map<Integer, Draft> drafts = new HashMap<>();
        long[] lastLine = new long[ordinals.length()];
        for (int o = ordinals.nextSetBit(0); o >= 0; o = ordinals.nextSetBit(o + 1)) {
            lastLine[o] = view.lastLineOf(o);
        }
        BitSet done = new BitSet();
        // The test of each key notes it (keys come per incident in log order, each line's content
        // right after its key when it is wanted).
        view.keyedEventsOf(ordinals, k -> {
            int o = k.ordinal();
            if (o < 0 || !ordinals.get(o)) {
                return false;
            }
            boolean wanted = note(drafts, k);
            if (!wanted && k.line() == lastLine[o]) {
                finish(o, drafts, folder, view, sink, h, done);
            }
            return wanted;
        }, (k, e) -> {
            int o = k.ordinal();
            Draft d = drafts.get(o);
            if (d != null) {
                IncidentEvent typed = IncidentEvent.of(e);
                if (typed instanceof IncidentEvent.Moved moved && d.pending >= 0) {
                    d.states[d.pending] = hash(h, "r:", moved.partner());
                } else if (typed instanceof IncidentEvent.Closed c && d.pending >= 0) {
                    if (c.forced() && !c.openMandatory().isEmpty()) {
                        d.states[d.pending] |= FORCED_OPEN;
                    }
                } else if (EventTypes.CREATED.equals(e.type()) || EventTypes.AMENDED.equals(e.type())) {
                    folder.accept(e);
                }
                d.pending = -1;
            }
            if (k.line() == lastLine[o]) {
                finish(o, drafts, folder, view, sink, h, done);
            }
        });
        // Those whose last line the view could not tell.
        for (Integer o : new ArrayList<>(drafts.keySet())) {
            finish(o, drafts, folder, view, sink, h, done);
        }
        for (int o = ordinals.nextSetBit(0); o >= 0; o = ordinals.nextSetBit(o + 1)) {
            if (!done.get(o)) {
                sink.accept(o, new long[] {KNOWN}); // no created line: no incident to a report
            }
        }
    }

    /** Notes one key; whether its line's content is needed. */
    private static boolean note(Map<Integer, Draft> drafts, EventKey k) {
        int o = k.ordinal();
        Draft d = drafts.get(o);
        if (EventTypes.CREATED.equals(k.type())) {
            if (d == null) {
                drafts.put(o, new Draft(k.epochSecond(), k.line()));
            }
            return true; // folded as the report folds it (a second created line too)
        }
        if (d == null) {
            return false;
        }
        long t = k.epochSecond();
        d.firstAction = Math.min(d.firstAction, t);
        d.last = Math.max(d.last, t);
        String type = k.type();
        if (EventTypes.CLOSED.equals(type)) {
            d.add(t << 8 | CLOSED);
            d.pending = d.used - 1;
            return true;
        }
        if (EventTypes.REOPENED.equals(type)) {
            d.add(t << 8 | REOPENED);
            return false;
        }
        boolean up = EventTypes.ESCALATED.equals(type);
        if (up || EventTypes.DE_ESCALATED.equals(type)) {
            d.add(t << 8 | (up ? UP : DOWN));
            d.add(0);
            d.pending = d.used - 1;
            return true;
        }
        return EventTypes.AMENDED.equals(type);
    }

    private static void finish(int o, Map<Integer, Draft> drafts, IncidentFolder folder, LogView view,
                               DerivedRecords.Sink sink, KeyedHash h, BitSet done) {
        Draft d = drafts.remove(o);
        if (d == null) {
            return;
        }
        Incident i = folder.remove(view.incidentId(o));
        List<String> protocols = i == null ? List.of() : i.protocols();
        List<String> added = protocols.isEmpty() ? List.of() : protocols.subList(1, protocols.size());
        boolean mainFirst = i != null && i.protocol() != null;
        if (!mainFirst) {
            added = protocols; // no main protocol: every one is added
        }
        long[] w = new long[FIXED + added.size() + d.used];
        w[FLAGS] = KNOWN | CASE;
        w[REPORTED] = d.reported;
        w[CREATED_LINE] = d.createdLine;
        w[FIRST_ACTION] = d.firstAction;
        w[LAST] = d.last;
        if (i != null) {
            w[CATEGORY] = hash(h, "c:", i.category());
            w[PROTOCOL] = hash(h, "p:", i.protocol());
            w[SEVERITY] = hash(h, "s:", i.severity());
            w[PLATFORM] = hash(h, "f:", Platforms.key(i.platform()));
        }
        w[ADDED] = added.size();
        for (int j = 0; j < added.size(); j++) {
            w[FIXED + j] = hash(h, "p:", added.get(j));
        }
        System.arraycopy(d.states, 0, w, FIXED + added.size(), d.used);
        sink.accept(o, w);
        done.set(o);
    }

    private static long hash(KeyedHash h, String kind, String value) {
        return value == null ? 0 : h.hash(kind + value);
    }
}
