package nl.logboek.report;

import nl.logboek.incident.EventTypes;
import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentEvent;
import nl.logboek.incident.IncidentFolder;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.EventKey;
import nl.logboek.logbook.Logbook;
import nl.logboek.protocol.ProtocolRegistry;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Function;

/**
 * Computes a report in two passes over the index: the keys of every line give each incident's
 * times (reported, first and last action, closed, escalations); then only the lines whose content
 * a figure needs are read and checked: the `created` line of the incidents that matter for the
 * period and the previous one, their escalations, and the progress (steps, items) of those open
 * at the end, and the closings in the period (which mandatory items they left open). Notes are not
 * read (except with detail, for who wrote them). Only a
 * small state per incident is kept (see CaseState); everything else is derived at the end.
 *
 * <p>Events are placed in time by their own time, not by their position in the file, so a
 * logbook written by machines whose clocks differ still gives each event to the right period.
 */
public final class ReportBuilder {
    private final ReportRequest request;
    private final long start;
    private final long end;
    private final long previousStart;
    private final long asOf;
    private final ProtocolRegistry protocols;

    /** Each incident's state, by its ordinal (see EventKey). */
    private final java.util.List<CaseState> cases = new ArrayList<>();
    private final Map<String, ProtocolIndex> indexes = new HashMap<>();
    /** One copy of each repeated string (categories, protocols, levels, ...), however many events carry it. */
    private final Map<String, String> shared = new HashMap<>();
    /** Escalations [up, down] in the period by partner (null key: none recorded). */
    private final Map<String, int[]> partners = new HashMap<>();
    /** The incidents that can count, folded without their lines. */
    private final IncidentFolder folder;
    /** The ordinals of the incidents in {@link #cases} (with the cache, only those of the periods). */
    private final BitSet present = new BitSet();
    /** The ordinals of the incidents {@link #folder} holds lines of. */
    private final BitSet folded = new BitSet();

    public ReportBuilder(ReportRequest request, ProtocolRegistry protocols) {
        this.request = request;
        this.start = request.period().start().getEpochSecond();
        this.end = request.period().end().getEpochSecond();
        this.previousStart = request.period().previous().start().getEpochSecond();
        this.asOf = request.asOf().getEpochSecond();
        this.protocols = protocols;
        this.folder = IncidentFolder.compact(request.detail());
    }

    /**
     * The report over {@code logbook}: an empty one when the logbook does not exist yet (as
     * `list` shows an empty list). Reads through the index only the lines it needs, each checked.
     */
    public static Report of(Logbook logbook, ReportRequest request, ProtocolRegistry protocols) {
        return of(logbook, request, protocols, true);
    }

    /**
     * As {@link #of(Logbook, ReportRequest, ProtocolRegistry)}; with {@code derivedCaches} (and
     * without detail) through the report's cache beside the index ({@link ReportCache}): the
     * times, kinds and states of every incident come from there, and only the lines of the
     * incidents it cannot answer for are read (those open at the end of the period, mostly), so
     * that the cost follows the period rather than the log. The report is the same either way.
     */
    public static Report of(Logbook logbook, ReportRequest request, ProtocolRegistry protocols, boolean derivedCaches) {
        if (!Files.exists(logbook.file())) {
            return new ReportBuilder(request, protocols).build();
        }
        return logbook.withView(view -> {
            // A fresh builder each time: withView runs this again when the index turns out stale.
            ReportBuilder builder = new ReportBuilder(request, protocols);
            ReportCache cache = derivedCaches && !request.detail() ? ReportCache.of(logbook, view) : null;
            if (cache == null) {
                view.keys(builder::note);
                view.keyedEventsOf(builder.relevant(), builder::needs, builder::read);
            } else {
                BitSet read = builder.fromCache(cache, view);
                // Those it cannot answer for: their keys noted and their lines read as without the cache.
                view.keyedEventsFollowing(read, k -> {
                    builder.note(k);
                    return false;
                }, (k, e) -> { });
                builder.keepRelevant(read);
                view.keyedEventsFollowing(read, builder::needs, builder::read);
            }
            return builder.build();
        });
    }

    /**
     * Takes every incident the cache can answer for as {@link #note} and {@link #read} would have
     * made it; returns the ordinals of the others (left empty here): not known to the cache, open
     * at the end of the period (their step, level, duties and idle time need their lines), closed
     * with mandatory items open, or with a category, protocol, severity, platform or partner whose
     * hash is none of the ids this program knows.
     */
    BitSet fromCache(ReportCache cache, nl.logboek.logbook.LogView view) {
        int n = view.incidentCount();
        if (cases.size() < n) {
            cases.addAll(java.util.Collections.nCopies(n - cases.size(), null));
        }
        CacheReading r = new CacheReading(cache, view::incidentId);
        ReportCache.Periods p = cache.periods();
        // The incidents that can count: closed at or after the start of the previous period, or
        // never (a tail of the order by closing), and those reopened at or after the end (whose
        // close before it the order does not show).
        BitSet candidates = new BitSet(n);
        for (int j = p.closedBelow(previousStart); j < p.cases(); j++) {
            int o = p.closedOrdinal(j);
            if (o >= 0 && o < n) {
                candidates.set(o);
            }
        }
        BitSet late = new BitSet(n);
        for (int j = 0; j < p.reopenings(); j++) {
            int o = p.reopened(j);
            if (p.lastReopen(j) >= end && o >= 0 && o < n) {
                late.set(o);
            }
        }
        candidates.or(late);
        r.late = late;
        for (int o = candidates.nextSetBit(0); o >= 0; o = candidates.nextSetBit(o + 1)) {
            r.take(o);
        }
        tally = r.tally(p);
        return r.read;
    }

    /** The trend and retention when made from the cache (null: from every incident, by the assembly). */
    private ReportAssembly.Tally tally;

    /** What taking incidents from the cache needs: the ids by hash, the moves of the incident at hand. */
    private final class CacheReading {
        final ReportCache cache;
        final java.util.function.IntFunction<String> ids;
        final BitSet read = new BitSet();
        final Map<Long, String> categories;
        final Map<Long, String> protocolIds;
        final Map<Long, String> severities;
        final Map<Long, String> platforms;
        Map<Long, String> partnerIds;
        /** The incidents reopened at or after the end: the tally corrects for their close. */
        BitSet late;
        /** For those: when each was closed as the period sees it, and as the order by closing has it. */
        final Map<Integer, long[]> lateClosings = new HashMap<>();
        /** The moves in the period of the incident at hand: their partners, and which were escalations. */
        final java.util.List<String> moves = new ArrayList<>();
        final BitSet movesUp = new BitSet();

        CacheReading(ReportCache cache, java.util.function.IntFunction<String> ids) {
            this.cache = cache;
            this.ids = ids;
            categories = cache.inverse("c:",
                    java.util.Arrays.stream(nl.logboek.protocol.Category.values()).map(nl.logboek.protocol.Category::id).toList());
            protocolIds = cache.inverse("p:", protocols.ids());
            severities = cache.inverse("s:", nl.logboek.incident.Vocabulary.SEVERITY.ids());
            platforms = cache.inverse("f:", Platforms.keys());
        }

        void take(int o) {
            if (!cache.known(o)) {
                read.set(o);
                return;
            }
            if (!cache.isCase(o)) {
                return;
            }
            CaseState c = new CaseState(o, ids, cache.word(o, ReportCache.REPORTED), cache.word(o, ReportCache.CREATED_LINE));
            c.firstAction = cache.word(o, ReportCache.FIRST_ACTION);
            long last = cache.word(o, ReportCache.LAST);
            if (last != Long.MIN_VALUE && last < end) {
                // Exact only when every line is before the end; used only for those open at the end (read).
                c.lastAction = Math.max(c.lastAction, last);
            }
            int added = (int) cache.word(o, ReportCache.ADDED);
            int size = cache.size(o);
            boolean forcedOpen = false;
            boolean partnersKnown = true;
            moves.clear();
            movesUp.clear();
            // As every reopening counted (the order by closing in Periods).
            long closedEver = CaseState.NEVER;
            for (int i = ReportCache.FIXED + added; i < size; i++) {
                long w = cache.word(o, i);
                long t = w >> 8;
                int kind = (int) (w & 0x0f);
                if (kind == ReportCache.CLOSED) {
                    if (c.closedAt == CaseState.NEVER) {
                        c.closedAt = t;
                    }
                    if (closedEver == CaseState.NEVER) {
                        closedEver = t;
                    }
                    forcedOpen |= t < end && (w & ReportCache.FORCED_OPEN) != 0;
                } else if (kind == ReportCache.REOPENED) {
                    if (t < end) {
                        c.closedAt = CaseState.NEVER;
                    }
                    closedEver = CaseState.NEVER;
                } else if (kind == ReportCache.UP || kind == ReportCache.DOWN) {
                    boolean up = kind == ReportCache.UP;
                    long partner = cache.word(o, ++i);
                    if (in(t, start, end)) {
                        c.upInPeriod += up ? 1 : 0;
                        c.downInPeriod += up ? 0 : 1;
                        String p = null;
                        if (partner != 0) {
                            if (partnerIds == null) {
                                partnerIds = cache.inverse("r:", protocols.partners().stream().map(nl.logboek.protocol.Partner::id).toList());
                            }
                            p = partnerIds.get(partner);
                            partnersKnown &= p != null;
                        }
                        movesUp.set(moves.size(), up);
                        moves.add(p);
                    } else if (in(t, previousStart, start)) {
                        c.upInPrevious += up ? 1 : 0;
                        c.downInPrevious += up ? 0 : 1;
                    }
                }
            }
            if (late.get(o)) {
                lateClosings.put(o, new long[] {c.closedAt, closedEver});
            }
            if (c.relevant(previousStart, end) && !describe(c, o, added, forcedOpen, partnersKnown)) {
                read.set(o);
                return;
            }
            cases.set(o, c);
            present.set(o);
        }

        /**
         * The trend and retention of every incident from the orders of {@code p}: counted between
         * bounds, then corrected for the incidents reopened at or after the end (their close as the
         * period sees it is not the one the order has).
         */
        ReportAssembly.Tally tally(ReportCache.Periods p) {
            long[] starts = ReportAssembly.monthStarts(request.period());
            int[] reported = new int[12];
            int[] closed = new int[12];
            for (int m = 0; m < 12; m++) {
                long from = starts[m];
                long until = Math.min(starts[m + 1], end);
                if (until > from) {
                    reported[m] = p.reportedBelow(until) - p.reportedBelow(from);
                    closed[m] = p.closedBelow(until) - p.closedBelow(from);
                }
            }
            nl.logboek.privacy.Retention retention = new nl.logboek.privacy.Retention(request.retentionMonths());
            java.time.ZoneId zone = request.period().zone();
            int expired = expired(p, retention, zone);
            for (long[] both : lateClosings.values()) {
                long seen = both[0];
                long ordered = both[1];
                int was = ordered == CaseState.NEVER || ordered >= end ? -1 : monthIndexOf(starts, ordered);
                int is = seen == CaseState.NEVER || seen >= end ? -1 : monthIndexOf(starts, seen);
                if (was >= 0) {
                    closed[was]--;
                }
                if (is >= 0) {
                    closed[is]++;
                }
                expired -= ordered != CaseState.NEVER && retention.endedBy(ordered, asOf, zone) ? 1 : 0;
                expired += seen != CaseState.NEVER && retention.endedBy(seen, asOf, zone) ? 1 : 0;
            }
            return new ReportAssembly.Tally(reported, closed, expired, java.util.List.of());
        }

        /**
         * How many of the ascending closings {@code closed} passed the retention period by the
         * report's moment, as {@link nl.logboek.privacy.Retention#endedBy} answers for each. That
         * answer is the closing plus a number of calendar months, so it only grows with the
         * closing, up to an hour around a change of summer time: beyond a month and a few days
         * either way it is certain; between those bounds the edge is searched, and only the
         * closings within a day of it are asked one by one.
         */
        private int expired(ReportCache.Periods p, nl.logboek.privacy.Retention retention, java.time.ZoneId zone) {
            long months = request.retentionMonths();
            long surelyEnded = asOf - months * 31L * 86_400L - 3 * 86_400L;
            long surelyNot = asOf - months * 28L * 86_400L + 3 * 86_400L;
            int lo = p.closedBelow(surelyEnded + 1);
            int hi = p.closedBelow(Math.min(surelyNot, CaseState.NEVER - 1) + 1);
            int a = lo;
            int b = hi;
            while (a < b) {
                int mid = (a + b) >>> 1;
                if (retention.endedBy(p.closed(mid), asOf, zone)) {
                    a = mid + 1;
                } else {
                    b = mid;
                }
            }
            // closed[a - 1] ended (when a > lo), closed[a] did not (when a < hi): ask those within a day of them.
            int from = a > lo ? Math.max(lo, p.closedBelow(p.closed(a - 1) - 86_400L)) : lo;
            int to = a < hi ? Math.min(hi, p.closedBelow(p.closed(a) + 86_400L + 1)) : hi;
            int expired = from;
            for (int j = from; j < to; j++) {
                if (retention.endedBy(p.closed(j), asOf, zone)) {
                    expired++;
                }
            }
            return expired;
        }

        /** What it is, from the cache; false when the cache cannot tell what the report would read. */
        private boolean describe(CaseState c, int o, int added, boolean forcedOpen, boolean partnersKnown) {
            if (c.openAt(end) || forcedOpen || !partnersKnown) {
                return false;
            }
            String category = known(categories, cache.word(o, ReportCache.CATEGORY));
            String protocol = known(protocolIds, cache.word(o, ReportCache.PROTOCOL));
            String severity = known(severities, cache.word(o, ReportCache.SEVERITY));
            String platform = known(platforms, cache.word(o, ReportCache.PLATFORM));
            if (category == UNKNOWN || protocol == UNKNOWN || severity == UNKNOWN || platform == UNKNOWN) {
                return false;
            }
            java.util.List<String> all = new ArrayList<>(1 + added);
            if (protocol != null) {
                all.add(protocol);
            }
            for (int j = 0; j < added; j++) {
                String p = known(protocolIds, cache.word(o, ReportCache.FIXED + j));
                if (p == null || p == UNKNOWN) {
                    return false;
                }
                all.add(p);
            }
            c.category = category;
            c.protocol = protocol;
            c.protocols = java.util.List.copyOf(all);
            c.severity = severity;
            c.platform = platform;
            for (int m = 0; m < moves.size(); m++) {
                partners.computeIfAbsent(share(moves.get(m)), x -> new int[2])[movesUp.get(m) ? 0 : 1]++;
            }
            return true;
        }
    }

    /** What {@link #known} gives for a hash that is none of the ids it was given. */
    private static final String UNKNOWN = new String("?");

    /** The id whose hash is {@code word} (null for 0: none given), or {@link #UNKNOWN}. */
    private static String known(Map<Long, String> ids, long word) {
        if (word == 0) {
            return null;
        }
        String id = ids.get(word);
        return id == null ? UNKNOWN : id;
    }

    /**
     * The same report from reading and checking every line of the logbook in one pass: slower,
     * and the measure the short way of {@link #of} is held to.
     */
    public static Report ofEveryLine(Logbook logbook, ReportRequest request, ProtocolRegistry protocols) {
        ReportBuilder builder = new ReportBuilder(request, protocols);
        if (Files.exists(logbook.file())) {
            Map<String, Integer> ordinals = new HashMap<>();
            logbook.read(e -> {
                int ordinal = e.incident() == null ? -1 : ordinals.computeIfAbsent(e.incident(), id -> ordinals.size());
                EventKey k = new EventKey(e.line(), ordinal, e.incident(), e.type(), e.time().toEpochSecond(), false);
                builder.note(k);
                builder.read(k, e);
            });
        }
        return builder.build();
    }

    /** Takes the time and type of one line, in log order. */
    public void note(EventKey k) {
        int ordinal = k.ordinal();
        if (ordinal < 0) {
            return;
        }
        long t = k.epochSecond();
        if (EventTypes.CREATED.equals(k.type())) {
            while (cases.size() <= ordinal) {
                cases.add(null);
            }
            // A second `created` for the same id is not a new incident (verify reports it).
            if (cases.get(ordinal) == null) {
                CaseState c = new CaseState(ordinal, k.incident(), t, k.line());
                if (request.detail()) {
                    c.authors = new LinkedHashSet<>();
                }
                cases.set(ordinal, c);
                present.set(ordinal);
            }
            return;
        }
        CaseState c = caseOf(k);
        if (c == null) {
            return;
        }
        c.firstAction = Math.min(c.firstAction, t);
        if (t < end) {
            c.lastAction = Math.max(c.lastAction, t);
        }
        if (EventTypes.CLOSED.equals(k.type()) && c.closedAt == CaseState.NEVER) {
            c.closedAt = t;
        } else if (EventTypes.REOPENED.equals(k.type()) && t < end) {
            // Open again before the end of the period (a reopening after it does not change the period).
            c.closedAt = CaseState.NEVER;
        }
        boolean up = EventTypes.ESCALATED.equals(k.type());
        if (up || EventTypes.DE_ESCALATED.equals(k.type())) {
            if (in(t, start, end)) {
                c.upInPeriod += up ? 1 : 0;
                c.downInPeriod += up ? 0 : 1;
            } else if (in(t, previousStart, start)) {
                c.upInPrevious += up ? 1 : 0;
                c.downInPrevious += up ? 0 : 1;
            }
        }
    }

    /** The ordinals of the incidents whose lines a figure may need (see CaseState.relevant). */
    BitSet relevant() {
        BitSet out = new BitSet(cases.size());
        for (CaseState c : cases) {
            if (c != null && c.relevant(previousStart, end)) {
                out.set(c.order);
            }
        }
        return out;
    }

    /** Leaves in {@code ordinals} only the incidents that can count (as {@link #relevant}, without passing the others). */
    void keepRelevant(BitSet ordinals) {
        for (int o = ordinals.nextSetBit(0); o >= 0; o = ordinals.nextSetBit(o + 1)) {
            CaseState c = o < cases.size() ? cases.get(o) : null;
            if (c == null || !c.relevant(previousStart, end)) {
                ordinals.clear(o);
            }
        }
    }

    /**
     * Whether a figure needs the content of this line: of the incidents that can count in either
     * period, the lines that change what the report shows of them (folded by {@link Incident}).
     */
    public boolean needs(EventKey k) {
        CaseState c = caseOf(k);
        if (c == null || k.line() < c.createdLine || !c.relevant(previousStart, end)) {
            return false;
        }
        if (request.detail()) {
            return true; // every line: who wrote it is kept out of the titles shown
        }
        // The lines whose content a figure needs; the fold of those gives the figures, and the
        // rest (notes, consents: their times come from the keys) is not read.
        long t = k.epochSecond();
        return switch (k.type()) {
            // What the incident is, as recorded and as corrected whenever that was.
            case EventTypes.CREATED, EventTypes.AMENDED -> true;
            // The partner of those in the period; the level at the end of those still open.
            case EventTypes.ESCALATED, EventTypes.DE_ESCALATED -> t < end && (t >= start || c.openAt(end));
            // Progress only counts for those open at the end (their step and open duties).
            // Answers too: they decide which mandatory items apply (the meldplicht on a suspicion).
            case EventTypes.STEP_DONE, EventTypes.ITEMS_DONE, EventTypes.ANSWERED -> t < end && c.openAt(end);
            case EventTypes.RETRACTED -> c.openAt(end);
            // Which mandatory items a close in the period left open.
            case EventTypes.CLOSED -> t < end && in(c.closedAt, start, end);
            default -> false;
        };
    }

    private CaseState caseOf(EventKey k) {
        int ordinal = k.ordinal();
        return ordinal >= 0 && ordinal < cases.size() ? cases.get(ordinal) : null;
    }

    /**
     * Takes the content of one line, after every key was noted; the lines of one incident come
     * oldest first, and what is kept across incidents (counts by partner) does not depend on
     * the order of incidents. The incident is folded as it stood at the end of the period, with
     * every correction of its record, whenever that was made: a correction says what was true.
     */
    public void read(EventKey k, Event e) {
        CaseState c = caseOf(k);
        if (c == null || k.line() < c.createdLine) {
            return;
        }
        if (c.authors != null && e.author() != null) {
            c.authors.add(e.author());
        }
        long t = e.time().toEpochSecond();
        if (t >= end && !EventTypes.correction(e.type()) && !EventTypes.CREATED.equals(e.type())) {
            return;
        }
        if (t >= start && t < end && IncidentEvent.of(e) instanceof IncidentEvent.Moved moved) {
            partners.computeIfAbsent(share(moved.partner()), p -> new int[2])[moved.down() ? 1 : 0]++;
        }
        folder.accept(e);
        folded.set(k.ordinal());
    }

    /** What a report keeps of a folded incident: ids shared, progress as bit sets, names only with detail. */
    private void describe(CaseState c, Incident i) {
        c.category = share(i.category());
        c.protocol = share(i.protocol());
        c.protocols = i.protocols().stream().map(this::share).toList();
        c.severity = share(i.severity());
        c.platform = share(Platforms.key(i.platform()));
        c.level = share(i.level());
        ProtocolIndex index = index(c.protocol);
        if (index != null) {
            for (String step : i.stepsDone()) {
                int at = index.step(step);
                if (at >= 0) {
                    c.stepsDone = set(c.stepsDone, at);
                }
            }
            for (String item : i.itemsDone().keySet()) {
                int at = index.item(item);
                if (at >= 0) {
                    c.itemsDone = set(c.itemsDone, at);
                }
            }
            // The rule close applies: an item that applies only on an answer not given is not open.
            for (nl.logboek.protocol.ChecklistItem item : nl.logboek.incident.Checklist.of(i, index.protocol, true).openMandatory()) {
                int at = index.item(item.id());
                if (at >= 0) {
                    c.mandatoryOpen = set(c.mandatoryOpen, at);
                }
            }
        }
        if (c.openAt(end)) {
            c.overdueItems = overdueItems(i);
        }
        if (i.isClosed() && i.closing().forced() && !i.closing().openMandatory().isEmpty()) {
            c.itemsOpenAtClose = i.closing().openMandatory().stream().map(this::share).toList();
        }
        if (request.detail()) {
            c.title = i.title();
            c.names = new ArrayList<>();
            i.persons().forEach(p -> c.names.add(p.name()));
        }
    }

    /** Its items with a deadline that were due before the day the report looks from, as the agenda counts them. */
    private int overdueItems(Incident i) {
        java.time.ZoneId zone = request.period().zone();
        java.util.List<nl.logboek.incident.Checklist> checklists = new ArrayList<>();
        for (String id : i.protocols()) {
            ProtocolIndex index = index(id);
            if (index != null) {
                checklists.add(nl.logboek.incident.Checklist.of(i, index.protocol, id.equals(i.protocol())));
            }
        }
        if (checklists.isEmpty()) {
            return 0;
        }
        java.time.LocalDate today = request.asOf().atZone(zone).toLocalDate();
        return (int) new nl.logboek.incident.Agenda(today, zone).deadlines(java.util.List.of(i), x -> checklists)
                .entries().stream().filter(nl.logboek.incident.Agenda.Entry::overdue).count();
    }

    private static BitSet set(BitSet bits, int at) {
        BitSet b = bits == null ? new BitSet() : bits;
        b.set(at);
        return b;
    }

    private String share(String s) {
        return s == null ? null : shared.computeIfAbsent(s, Function.identity());
    }

    private ProtocolIndex index(String protocolId) {
        if (protocolId == null) {
            return null;
        }
        return indexes.computeIfAbsent(protocolId, id -> protocols.byId(id).map(ProtocolIndex::new).orElse(null));
    }

    /** The report of what was noted and read. */
    public Report build() {
        for (int o = folded.nextSetBit(0); o >= 0; o = folded.nextSetBit(o + 1)) {
            CaseState c = o < cases.size() ? cases.get(o) : null;
            Incident i = c == null ? null : folder.get(c.id());
            if (i != null) {
                describe(c, i);
            }
        }
        return new ReportAssembly(request, protocols, this::index,
                present.stream().mapToObj(cases::get).filter(java.util.Objects::nonNull).toList(), partners, tally).report();
    }

    /** The month of the trend {@code t} falls in (see ReportAssembly.monthStarts), or -1. */
    private static int monthIndexOf(long[] starts, long t) {
        for (int m = 0; m < 12; m++) {
            if (t >= starts[m] && t < starts[m + 1]) {
                return m;
            }
        }
        return -1;
    }

    private static boolean in(long t, long from, long until) {
        return t >= from && t < until;
    }
}
