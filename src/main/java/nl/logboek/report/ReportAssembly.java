package nl.logboek.report;

import nl.logboek.incident.Vocabulary;
import nl.logboek.privacy.Redactor;
import nl.logboek.privacy.Retention;
import nl.logboek.protocol.Category;
import nl.logboek.protocol.ChecklistItem;
import nl.logboek.protocol.Protocol;
import nl.logboek.protocol.ProtocolRegistry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the state the builder kept per incident into the figures of a report: totals of both
 * periods, breakdowns, the open incidents with their flags, levels and duties, in fixed orders.
 */
final class ReportAssembly {
    private final ReportRequest request;
    private final ProtocolRegistry protocols;
    private final Function<String, ProtocolIndex> indexes;
    private final Collection<CaseState> cases;
    private final Map<String, int[]> partners;
    private final long start;
    private final long end;
    private final long previousStart;
    private final long asOf;
    /** Takes the names out of titles; made once asked for (only with detail). */
    private Redactor titles;
    /** The words a title may show (only with detail and without --titles). */
    private ReportTitles vocabulary;

    /**
     * What a report counts over every incident of the logbook, not only those of its periods: the
     * twelve-month trend and the incidents past their retention period (their ids only with detail).
     * Made from every incident's state ({@link #tally()}), or from the report's cache without
     * passing every incident (ReportBuilder.fromCache).
     */
    record Tally(int[] reported, int[] closed, int expired, List<String> expiredIds) {
    }

    /** The tally over {@code cases}: all the logbook's incidents. */
    Tally tally() {
        long[] starts = monthStarts();
        int[] reported = new int[12];
        int[] closed = new int[12];
        for (CaseState c : cases) {
            count(c, starts, reported, closed);
        }
        Retention retention = new Retention(request.retentionMonths());
        java.time.ZoneId zone = request.period().zone();
        List<String> ids = new ArrayList<>();
        int expired = 0;
        for (CaseState c : cases) {
            if (c.closedAt != CaseState.NEVER && retention.endedBy(c.closedAt, asOf, zone)) {
                expired++;
                if (request.detail()) {
                    ids.add(c.id());
                }
            }
        }
        return new Tally(reported, closed, expired, ids);
    }

    /** Where each month of the trend begins in the report's zone, and (the last entry) where the twelfth ends. */
    long[] monthStarts() {
        return monthStarts(request.period());
    }

    static long[] monthStarts(ReportPeriod period) {
        java.time.ZoneId zone = period.zone();
        java.time.YearMonth first = java.time.YearMonth.from(period.last()).minusMonths(11);
        long[] starts = new long[13];
        for (int m = 0; m <= 12; m++) {
            starts[m] = first.plusMonths(m).atDay(1).atStartOfDay(zone).toEpochSecond();
        }
        return starts;
    }

    /** The trend and retention: from every incident in {@code cases} when null. */
    private Tally tally;

    ReportAssembly(ReportRequest request, ProtocolRegistry protocols, Function<String, ProtocolIndex> indexes,
                   Collection<CaseState> cases, Map<String, int[]> partners) {
        this(request, protocols, indexes, cases, partners, null);
    }

    /**
     * With the tally made elsewhere ({@code tally}): then {@code cases} need only hold the
     * incidents that can count in either period (see CaseState.relevant).
     */
    ReportAssembly(ReportRequest request, ProtocolRegistry protocols, Function<String, ProtocolIndex> indexes,
                   Collection<CaseState> cases, Map<String, int[]> partners, Tally tally) {
        this.tally = tally;
        this.request = request;
        this.protocols = protocols;
        this.indexes = indexes;
        this.cases = cases;
        this.partners = partners;
        this.start = request.period().start().getEpochSecond();
        this.end = request.period().end().getEpochSecond();
        this.previousStart = request.period().previous().start().getEpochSecond();
        this.asOf = request.asOf().getEpochSecond();
    }

    private ProtocolIndex index(String protocolId) {
        return protocolId == null ? null : indexes.apply(protocolId);
    }

    /** Only the incidents that can count in either period are looked at (CaseState.relevant). */
    Report report() {
        Breakdown categories = new Breakdown();
        Breakdown protocolRows = new Breakdown();
        Breakdown platforms = new Breakdown();
        Breakdown severities = new Breakdown();
        Totals current = new Totals();
        Totals previous = new Totals();
        List<CaseState> open = new ArrayList<>();

        for (CaseState c : cases) {
            if (!c.relevant(previousStart, end)) {
                continue;
            }
            boolean reported = in(c.reportedAt, start, end);
            boolean reportedBefore = in(c.reportedAt, previousStart, start);
            boolean closed = in(c.closedAt, start, end);
            boolean openAtEnd = c.openAt(end);
            if (reported || reportedBefore || closed || openAtEnd) {
                categories.add(c.category, reported, reportedBefore, closed, openAtEnd);
                // Under every protocol it follows, the main one and those added beside it.
                if (c.protocols.isEmpty()) {
                    protocolRows.add(c.protocol, reported, reportedBefore, closed, openAtEnd);
                }
                for (String protocol : c.protocols) {
                    protocolRows.add(protocol, reported, reportedBefore, closed, openAtEnd);
                }
                platforms.add(c.platform, reported, reportedBefore, closed, openAtEnd);
                severities.add(c.severity, reported, reportedBefore, closed, openAtEnd);
            }
            current.add(c, start, end, c.upInPeriod, c.downInPeriod);
            previous.add(c, previousStart, start, c.upInPrevious, c.downInPrevious);
            if (openAtEnd) {
                open.add(c);
            }
        }

        List<String> protocolOrder = protocols.all().stream().map(Protocol::id).toList();
        open.sort(Comparator.comparingLong((CaseState c) -> c.lastAction)
                .thenComparingLong(c -> c.reportedAt)
                .thenComparingInt(c -> c.order));
        List<Report.OpenCase> openCases = new ArrayList<>();
        List<Report.ItemsOpen> openWithItemsOpen = new ArrayList<>();
        Map<String, Map<String, Integer>> levels = new HashMap<>();
        Map<String, List<CaseState>> duties = new HashMap<>();
        int notLoaded = 0;
        for (CaseState c : open) {
            ProtocolIndex index = index(c.protocol);
            if (index == null) {
                notLoaded++;
            }
            String level = c.level != null ? c.level : index == null ? null : index.firstLevel();
            if (level != null) {
                levels.computeIfAbsent(c.protocol, k -> new HashMap<>()).merge(level, 1, Integer::sum);
            }
            List<ChecklistItem> itemsOpen = openMandatory(index, c.mandatoryOpen);
            for (ChecklistItem item : itemsOpen) {
                duties.computeIfAbsent(c.protocol + "\u0000" + item.id(), k -> new ArrayList<>()).add(c);
            }
            if (!itemsOpen.isEmpty()) {
                openWithItemsOpen.add(new Report.ItemsOpen(request.detail() ? c.id() : null, c.category, c.protocol, Instant.ofEpochSecond(c.reportedAt),
                        null, itemsOpen.stream().map(ChecklistItem::id).toList()));
            }
            openCases.add(openCase(c, index, level, itemsOpen.size()));
        }
        List<Report.ItemsOpen> closedWithItemsOpen = closedWithItemsOpen();

        ReportPeriod period = request.period();
        Tally t = tally != null ? tally : tally();
        return new Report(period, period.previous(), Instant.ofEpochSecond(asOf), request.staleDays(), request.detail(),
                request.generated(),
                current.figures(),
                previous.figures(),
                categories.rows(Arrays.stream(Category.values()).map(Category::id).toList(), false),
                protocolRows.rows(protocolOrder, false),
                platforms.rowsBySize(Platforms.OTHER),
                severities.rows(Vocabulary.SEVERITY.ids(), true),
                levelRows(levels, protocolOrder),
                partnerRows(),
                openCases, dutyRows(duties, protocolOrder), notLoaded,
                request.retentionMonths(), t.expired(), t.expiredIds(), closedWithItemsOpen, openWithItemsOpen, trend(t),
                request.titles());
    }

    /**
     * Reported and closed per calendar month, the twelve months up to the one the period ends in:
     * from the times of every incident (the tally), so no line is read for it.
     */
    private List<Report.Month> trend(Tally t) {
        java.time.YearMonth first = java.time.YearMonth.from(request.period().last()).minusMonths(11);
        List<Report.Month> months = new ArrayList<>(12);
        for (int m = 0; m < 12; m++) {
            months.add(new Report.Month(first.plusMonths(m), t.reported()[m], t.closed()[m]));
        }
        return months;
    }

    /** Counts one incident in the trend (a method of its own: compiled early, see ReportBuilder.fromCache). */
    private void count(CaseState c, long[] starts, int[] reported, int[] closed) {
        int at = monthIndex(starts, c.reportedAt);
        if (at >= 0 && c.reportedAt < end) {
            reported[at]++;
        }
        if (c.closedAt != CaseState.NEVER && c.closedAt < end) {
            int closedAt = monthIndex(starts, c.closedAt);
            if (closedAt >= 0) {
                closed[closedAt]++;
            }
        }
    }

    /** The month {@code epochSecond} falls in among those beginning at {@code starts} (the last entry the end), or -1. */
    private static int monthIndex(long[] starts, long epochSecond) {
        if (epochSecond < starts[0] || epochSecond >= starts[starts.length - 1]) {
            return -1;
        }
        int m = 0;
        while (epochSecond >= starts[m + 1]) {
            m++;
        }
        return m;
    }

    /**
     * The mandatory items of its protocol that an incident has not done (by the bits of its done
     * items): what a report counts as open. Every list and count of open items goes through here.
     */
    private static List<ChecklistItem> openMandatory(ProtocolIndex index, java.util.BitSet mandatoryOpen) {
        if (index == null || mandatoryOpen == null) {
            return List.of();
        }
        List<ChecklistItem> open = new ArrayList<>();
        for (int i = mandatoryOpen.nextSetBit(0); i >= 0; i = mandatoryOpen.nextSetBit(i + 1)) {
            open.add(index.items().get(i));
        }
        return open;
    }

    /** Incidents closed in the period while mandatory items were open (as recorded by the close), in the order they were closed. */
    private List<Report.ItemsOpen> closedWithItemsOpen() {
        List<Report.ItemsOpen> out = new ArrayList<>();
        cases.stream()
                .filter(c -> in(c.closedAt, start, end) && c.itemsOpenAtClose != null)
                .sorted(Comparator.comparingLong((CaseState c) -> c.closedAt).thenComparingInt(c -> c.order))
                .forEach(c -> out.add(new Report.ItemsOpen(request.detail() ? c.id() : null, c.category, c.protocol, Instant.ofEpochSecond(c.reportedAt),
                        Instant.ofEpochSecond(c.closedAt), c.itemsOpenAtClose)));
        return out;
    }

    private Report.OpenCase openCase(CaseState c, ProtocolIndex index, String level, int dutiesOpen) {
        int current = index == null ? -1 : index.currentStep(c.stepsDone);
        boolean actedBeforeEnd = c.firstAction < end;
        List<Report.Flag> flags = new ArrayList<>();
        if (!actedBeforeEnd && asOf - c.reportedAt > Report.RESPONSE_SECONDS) {
            flags.add(Report.Flag.NO_ACTION_24H);
        }
        long idle = Math.max(0, asOf - c.lastAction);
        if (idle > request.staleDays() * 86_400L) {
            flags.add(Report.Flag.IDLE);
        }
        boolean detail = request.detail();
        String title = detail ? pseudonymised(c) : null;
        Report.TitleShown shown = null;
        if (detail) {
            if (request.titles()) {
                shown = Report.TitleShown.VERBATIM;
            } else {
                if (vocabulary == null) {
                    vocabulary = ReportTitles.of(protocols);
                }
                title = vocabulary.mask(title);
                shown = title == null ? Report.TitleShown.NONE : Report.TitleShown.MASKED;
            }
        }
        return new Report.OpenCase(detail ? c.id() : null, title, c.category, c.protocol,
                index == null ? null : index.stepId(current), current + 1, index == null ? 0 : index.stepCount(),
                level, Instant.ofEpochSecond(c.reportedAt), actedBeforeEnd ? Instant.ofEpochSecond(c.firstAction) : null,
                Instant.ofEpochSecond(c.lastAction), Math.max(0, asOf - c.reportedAt) / 86_400L, idle / 86_400L,
                flags, dutiesOpen, c.overdueItems, shown);
    }

    /**
     * The title with the names of the people of every incident that counts, and of everyone who
     * wrote in them, replaced by "Persoon 1", "Medewerker 1" (one numbering for the whole report):
     * titles are meant to be without names, but a report must not depend on that, and a title
     * may well name someone of another incident.
     */
    private String pseudonymised(CaseState c) {
        if (c.title == null) {
            return null;
        }
        if (titles == null) {
            Set<String> people = new LinkedHashSet<>();
            Set<String> staff = new LinkedHashSet<>();
            cases.stream().filter(o -> o.names != null && o.relevant(previousStart, end)).forEach(o -> {
                people.addAll(o.names);
                staff.addAll(o.authors);
            });
            titles = new Redactor(people, staff, true);
        }
        return titles.label(c.title);
    }

    private List<Report.LevelRow> levelRows(Map<String, Map<String, Integer>> levels, List<String> protocolOrder) {
        List<Report.LevelRow> rows = new ArrayList<>();
        for (String protocol : Breakdown.ordered(levels.keySet(), protocolOrder)) {
            Map<String, Integer> counts = levels.get(protocol);
            if (counts == null) {
                continue;
            }
            ProtocolIndex index = index(protocol);
            counts.keySet().stream()
                    .sorted(Comparator.comparingInt((String l) -> index == null ? Integer.MAX_VALUE : index.level(l))
                            .thenComparing(Comparator.naturalOrder()))
                    .forEach(l -> rows.add(new Report.LevelRow(protocol, l, counts.get(l))));
        }
        return rows;
    }

    private List<Report.PartnerRow> partnerRows() {
        return partners.entrySet().stream()
                .map(e -> new Report.PartnerRow(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt((Report.PartnerRow r) -> r.up() + r.down()).reversed()
                        .thenComparing(Report.PartnerRow::partner, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private List<Report.Duty> dutyRows(Map<String, List<CaseState>> duties, List<String> protocolOrder) {
        List<Report.Duty> rows = new ArrayList<>();
        for (String protocol : protocolOrder) {
            ProtocolIndex index = index(protocol);
            if (index == null) {
                continue;
            }
            for (ChecklistItem item : index.items()) {
                List<CaseState> open = duties.get(protocol + "\u0000" + item.id());
                if (open == null) {
                    continue;
                }
                List<String> ids = request.detail()
                        ? open.stream().sorted(Comparator.comparingInt(c -> c.order)).map(c -> c.id()).toList()
                        : List.of();
                rows.add(new Report.Duty(protocol, item.id(), open.size(), ids));
            }
        }
        return rows;
    }

    private static boolean in(long t, long from, long until) {
        return t >= from && t < until;
    }

    /** The totals of one period, [from, until), summed over the incidents. */
    private static final class Totals {
        private int reported;
        private int closed;
        private int openAtStart;
        private int openAtEnd;
        private int escalations;
        private int deEscalations;
        private int escalated;
        private final List<Long> firstActions = new ArrayList<>();
        private final List<Long> closings = new ArrayList<>();

        void add(CaseState c, long from, long until, int up, int down) {
            escalations += up;
            deEscalations += down;
            escalated += up > 0 ? 1 : 0;
            reported += in(c.reportedAt, from, until) ? 1 : 0;
            openAtStart += c.openAt(from) ? 1 : 0;
            openAtEnd += c.openAt(until) ? 1 : 0;
            if (in(c.closedAt, from, until)) {
                closed++;
                closings.add(Math.max(0, c.closedAt - c.reportedAt));
            }
            if (c.firstAction != CaseState.NEVER && in(c.firstAction, from, until)) {
                // A clock set wrong on another machine can put an action before its report: count it as immediate.
                firstActions.add(Math.max(0, c.firstAction - c.reportedAt));
            }
        }

        Report.Figures figures() {
            return new Report.Figures(reported, closed, openAtStart, openAtEnd, escalations, deEscalations, escalated,
                    Report.Durations.of(firstActions), Report.Durations.of(closings));
        }
    }
}
