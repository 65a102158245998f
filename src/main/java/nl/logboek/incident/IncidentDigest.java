package nl.logboek.incident;

import nl.logboek.logbook.LogView;
import nl.logboek.logbook.Logbook;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What `agenda`, `list --overdue` and `person` need to know of every incident to pass over the
 * ones that cannot be in their answer, kept beside the index as a {@link DerivedRecords} cache
 * ({@code .NAME.digest}): per incident, from its compact fold, whether it is closed and when, the
 * time of its last line, the day of its earliest open follow-up, and the names of everyone it
 * ever recorded (also those a correction removed) as a small Bloom filter of keyed hashes. It only
 * ever narrows down: each command still folds the incidents that pass and decides on those.
 */
final class IncidentDigest {
    /** Changes whenever what the words mean changes: a cache of another format is rebuilt. */
    private static final long FORMAT = 4;
    static final String CACHE = "digest";

    /** Flags in the low 32 bits, the closing's offset (seconds) in the high 32. */
    private static final int FLAGS = 0;
    private static final int LAST = 1;
    private static final int CLOSED_AT = 2;
    private static final int DUE = 3;
    private static final int NAMES = 4;
    private static final int NAME_WORDS = 2;
    /** The protocols it follows (main and added), as a Bloom filter: the agenda's deadlines. */
    private static final int PROTOCOLS = NAMES + NAME_WORDS;
    private static final int WORDS = PROTOCOLS + 1;

    private static final long KNOWN = 1;
    private static final long CLOSED = 2;
    /** An open follow-up whose day is not written yyyy-mm-dd: the incident is always a candidate. */
    private static final long ODD_DUE = 4;
    /** Some line of it is a correction (amended): its people or title may differ from its report. */
    private static final long CORRECTED = 8;
    private static final long NO_DUE = Long.MAX_VALUE;

    private final DerivedRecords records;
    private final KeyedHash hash;

    private IncidentDigest(DerivedRecords records, KeyedHash hash) {
        this.records = records;
        this.hash = hash;
    }

    /** The digest brought up to date with {@code view}, or null when the logbook has none (a team). */
    static IncidentDigest of(Logbook logbook, LogView view) {
        if (view.stamp() == null || logbook.isTeam()) {
            return null;
        }
        KeyedHash h = KeyedHash.of(view.cacheKey("logboek cache: names"));
        DerivedRecords r = DerivedRecords.of(logbook, view, CACHE, h.check() ^ FORMAT, (v, ordinals, sink) -> derive(v, ordinals, sink, h));
        return r == null ? null : new IncidentDigest(r, h);
    }

    private static void derive(LogView view, BitSet ordinals, DerivedRecords.Sink sink, KeyedHash h) {
        IncidentFolder folder = IncidentFolder.compact(true);
        Map<String, Set<String>> names = new HashMap<>();
        Set<String> corrected = new HashSet<>();
        long[] last = new long[ordinals.length()];
        for (int o = ordinals.nextSetBit(0); o >= 0; o = ordinals.nextSetBit(o + 1)) {
            last[o] = view.lastLineOf(o);
        }
        Map<String, Integer> ordinalOf = new HashMap<>();
        view.keyedEventsOf(ordinals, k -> true, (k, e) -> {
            if (k.ordinal() < 0) {
                return;
            }
            folder.accept(e);
            if (EventTypes.CREATED.equals(e.type()) || EventTypes.AMENDED.equals(e.type())) {
                Set<String> of = names.computeIfAbsent(e.incident(), id -> new HashSet<>());
                IncidentEvent typed = IncidentEvent.of(e);
                if (typed instanceof IncidentEvent.Created c) {
                    c.persons().forEach(p -> of.add(p.name()));
                } else if (typed instanceof IncidentEvent.Amended a) {
                    a.addPersons().forEach(p -> of.add(p.name()));
                    of.addAll(a.removePersons());
                }
                if (EventTypes.AMENDED.equals(e.type())) {
                    corrected.add(e.incident());
                }
            }
            if (k.line() == last[k.ordinal()]) {
                Incident i = folder.remove(e.incident());
                Set<String> n = names.remove(e.incident());
                ordinalOf.remove(e.incident());
                if (i != null) {
                    sink.accept(k.ordinal(), summary(i, n, corrected.remove(e.incident()), h));
                }
            } else {
                ordinalOf.putIfAbsent(e.incident(), k.ordinal());
            }
        });
        for (Incident i : folder.incidents()) {
            Integer o = ordinalOf.get(i.id());
            if (o != null) {
                sink.accept(o, summary(i, names.get(i.id()), corrected.contains(i.id()), h));
            }
        }
    }

    private static long[] summary(Incident i, Set<String> names, boolean corrected, KeyedHash h) {
        long[] w = new long[WORDS];
        w[FLAGS] = KNOWN | (corrected ? CORRECTED : 0);
        w[LAST] = i.lastActivityAt().toEpochSecond();
        if (i.isClosed()) {
            w[FLAGS] |= CLOSED;
            w[CLOSED_AT] = i.closedAt().toEpochSecond();
            w[FLAGS] |= (long) i.closedAt().getOffset().getTotalSeconds() << 32;
        }
        long due = NO_DUE;
        for (Incident.FollowUp f : i.openFollowUps()) {
            if (f.due() == null) {
                continue;
            }
            if (!f.due().matches("\\d{4}-\\d{2}-\\d{2}")) {
                w[FLAGS] |= ODD_DUE;
                continue;
            }
            try {
                due = Math.min(due, LocalDate.parse(f.due()).toEpochDay());
            } catch (RuntimeException notADay) {
                w[FLAGS] |= ODD_DUE;
            }
        }
        w[DUE] = due;
        for (String p : i.protocols()) {
            w[PROTOCOLS] |= protocolBits(h, p);
        }
        for (String name : names == null ? Set.<String>of() : names) {
            long x = h.hash("n:" + SearchText.normalise(name));
            for (int j = 0; j < 4; j++) {
                int bit = (int) ((x >>> (j * 8)) & 0x7f);
                w[NAMES + bit / 64] |= 1L << (bit % 64);
            }
        }
        return w;
    }

    private static long protocolBits(KeyedHash h, String protocol) {
        long x = h.hash("p:" + protocol);
        long bits = 0;
        for (int j = 0; j < 3; j++) {
            bits |= 1L << ((x >>> (j * 8)) & 0x3f);
        }
        return bits;
    }

    /**
     * The agenda's pass over every incident ({@link IncidentBook#forAgenda}), as one call an
     * incident that reads each word once: whether it is known, closed and when (before
     * {@code surelyEndedBefore}, by {@code closedBy}, or after), or not closed and may have an entry
     * on the agenda: an open follow-up due by {@code lastDay} (epoch day), a last line before
     * {@code idleBefore} (epoch seconds), or a protocol of {@code withDeadlines} it may follow.
     */
    AgendaPass agendaPass(long lastDay, long idleBefore, IncidentBook.ClosedWindow window,
                          java.util.Collection<String> withDeadlines) {
        long[] masks = new long[withDeadlines.size()];
        int m = 0;
        for (String p : withDeadlines) {
            masks[m++] = protocolBits(hash, p);
        }
        return new AgendaPass(records, lastDay, idleBefore, window, masks);
    }

    static final class AgendaPass {
        /** Not on the agenda: not closed and neither due, idle nor following a protocol with deadlines; or closed after the window. */
        static final int NONE = 0;
        /** Not closed (or not known): fold it. */
        static final int ACTIVE = 1;
        /** Closed within the window: its retention period may end this week. */
        static final int IN_WINDOW = 2;
        /** Closed so long ago that its retention period surely ended before today. */
        static final int ENDED = 3;

        private final DerivedRecords records;
        private final long lastDay;
        private final long idleBefore;
        private final long surelyEndedBefore;
        private final long closedBy;
        private final int months;
        private final long startOfToday;
        private final long afterWeek;
        private final long[] masks;

        private AgendaPass(DerivedRecords records, long lastDay, long idleBefore, IncidentBook.ClosedWindow window,
                           long[] masks) {
            this.records = records;
            this.lastDay = lastDay;
            this.idleBefore = idleBefore;
            this.surelyEndedBefore = window.surelyEndedBefore();
            this.closedBy = window.closedBy();
            this.months = window.months();
            this.startOfToday = window.startOfToday();
            this.afterWeek = window.afterWeek();
            this.masks = masks;
        }

        /**
         * When the retention period of an incident closed at {@code closedAt} (epoch seconds, at
         * {@code offset} seconds from UTC) ends: the closing's date and time, {@code months} later
         * (java.time's plusMonths: the day kept, or the month's last), at the same offset.
         */
        static long periodEnd(long closedAt, int offset, int months) {
            long local = closedAt + offset;
            long day = Math.floorDiv(local, 86_400L);
            long time = Math.floorMod(local, 86_400L);
            return LocalDate.ofEpochDay(day).plusMonths(months).toEpochDay() * 86_400L + time - offset;
        }

        int sort(int o) {
            if (records.size(o) != WORDS) {
                return ACTIVE;
            }
            long flags = records.word(o, FLAGS);
            if ((flags & KNOWN) == 0) {
                return ACTIVE;
            }
            if ((flags & CLOSED) != 0) {
                long at = records.word(o, CLOSED_AT);
                if (at < surelyEndedBefore) {
                    return ENDED;
                }
                if (at > closedBy) {
                    return NONE;
                }
                if (months < 0) {
                    return IN_WINDOW;
                }
                long ends = periodEnd(at, (int) (flags >> 32), months);
                return ends < startOfToday ? ENDED : ends >= afterWeek ? NONE : IN_WINDOW;
            }
            if ((flags & ODD_DUE) != 0 || records.word(o, DUE) <= lastDay || records.word(o, LAST) < idleBefore) {
                return ACTIVE;
            }
            if (masks.length > 0) {
                long w = records.word(o, PROTOCOLS);
                for (long mask : masks) {
                    if ((w & mask) == mask) {
                        return ACTIVE;
                    }
                }
            }
            return NONE;
        }
    }

    /** Whether the digest knows this incident (else take it as a candidate of anything). */
    boolean known(int o) {
        return records.size(o) == WORDS && (records.word(o, FLAGS) & KNOWN) != 0;
    }

    /** Whether an incident may have an open follow-up due before {@code today}. */
    boolean mayBeOverdue(int o, LocalDate today) {
        return mayBeOverdue(o, today.toEpochDay());
    }

    /** As {@link #mayBeOverdue(int, LocalDate)}, with today as an epoch day. */
    boolean mayBeOverdue(int o, long today) {
        if (!known(o)) {
            return true;
        }
        return (records.word(o, FLAGS) & ODD_DUE) != 0 || records.word(o, DUE) < today;
    }

    /** Whether the incident is known never to have been corrected (then its created line tells its people and title). */
    boolean uncorrected(int o) {
        return known(o) && (records.word(o, FLAGS) & CORRECTED) == 0;
    }

    /** Whether the incident is known closed; then {@link #closedAt} tells when. */
    boolean closed(int o) {
        return known(o) && (records.word(o, FLAGS) & CLOSED) != 0;
    }

    OffsetDateTime closedAt(int o) {
        return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(records.word(o, CLOSED_AT)),
                ZoneOffset.ofTotalSeconds((int) (records.word(o, FLAGS) >> 32)));
    }

    /** A test of names against this digest: whether an incident may record {@code name} (folded as `person` folds it). */
    java.util.function.IntPredicate mayName(String name) {
        long x = hash.hash("n:" + SearchText.normalise(name));
        long[] mask = new long[NAME_WORDS];
        for (int j = 0; j < 4; j++) {
            int bit = (int) ((x >>> (j * 8)) & 0x7f);
            mask[bit / 64] |= 1L << (bit % 64);
        }
        return o -> {
            if (!known(o)) {
                return true;
            }
            for (int j = 0; j < NAME_WORDS; j++) {
                if ((records.word(o, NAMES + j) & mask[j]) != mask[j]) {
                    return false;
                }
            }
            return true;
        };
    }
}
