package nl.logboek.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What the human-readable formats (text, markdown, html) say, line for line, so that they differ
 * only in layout: the introduction, the summary lines with their comparison, notes.
 */
final class ReportSections {
    private ReportSections() {
    }

    /** One line of the summary: a label, this period, the previous period, and the change (blank for durations). */
    record SummaryLine(String label, String current, String previous, String change) {
    }

    static List<String> intro(Report r, ReportLabels l) {
        List<String> lines = new ArrayList<>();
        lines.add(l.get("report.period-line", l.days(r.period()), l.zoneName(r.period().zone())));
        ReportPeriod previous = r.previousPeriod();
        // A range is named by its days already; saying them twice would only make the line longer.
        lines.add(previous.kind() == ReportPeriod.Kind.RANGE
                ? l.get("report.compared-range", l.days(previous))
                : l.get("report.compared-line", l.period(previous), l.days(previous)));
        if (!r.complete()) {
            lines.add(l.get("report.not-over", l.dateTime(r.asOf())));
        }
        lines.add(l.get(!r.detail() ? "report.privacy" : r.titlesVerbatim() ? "report.privacy-titles" : "report.privacy-detail"));
        if (r.quiet()) {
            lines.add(l.get("report.quiet"));
        }
        if (r.generated() != null) {
            lines.add(l.get("report.generated", l.dateTime(r.generated())));
        }
        return lines;
    }

    /** One key figure: what it counts, its value, and the previous period's (null when it has none). */
    record KeyFigure(String label, int value, Integer previous, boolean alert) {
    }

    /** The figures at a glance, the same in every format. */
    static List<KeyFigure> keyFigures(Report r, ReportLabels l) {
        Report.Figures c = r.current();
        Report.Figures p = r.previous();
        return List.of(
                new KeyFigure(l.get("report.key.reported"), c.reported(), p.reported(), false),
                new KeyFigure(l.get("report.key.closed"), c.closed(), p.closed(), false),
                new KeyFigure(l.get("report.key.open"), c.openAtEnd(), p.openAtEnd(), false),
                new KeyFigure(l.get("report.key.escalated"), c.escalatedIncidents(), p.escalatedIncidents(), false),
                new KeyFigure(l.get("report.key.duties"), r.openDutyItems(), null, r.openDutyItems() > 0),
                new KeyFigure(l.get("report.key.closed-with-duties"), r.closedWithItemsOpen().size(), null,
                        !r.closedWithItemsOpen().isEmpty()));
    }

    /** The largest count of the trend (at least 1), to scale its bars. */
    static int trendMax(Report r) {
        return Math.max(1, r.trend().stream().mapToInt(m -> Math.max(m.reported(), m.closed())).max().orElse(0));
    }

    /** How an open incident is named with detail: its title as shown, or its category when no title is shown. */
    static String title(Report.OpenCase c, ReportLabels l) {
        return c.title() != null ? ReportLabels.clean(c.title()) : l.get("report.title-withheld", l.category(c.category()));
    }

    /** "niveau: School; 12 dagen open; 1 verlopen punt": what the table of open incidents has no room for in text. */
    static String openCaseFacts(Report.OpenCase c, ReportLabels l) {
        String level = c.level() == null ? l.get("report.no-level") : l.level(c.protocol(), c.level());
        return l.get("report.open-facts", level, c.daysOpen(), c.overdueItems());
    }

    static List<SummaryLine> summary(Report r, ReportLabels l) {
        Report.Figures c = r.current();
        Report.Figures p = r.previous();
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(count(l.get("report.reported"), c.reported(), p.reported()));
        lines.add(count(l.get("report.closed"), c.closed(), p.closed()));
        lines.add(count(l.get("report.open-at-start"), c.openAtStart(), p.openAtStart()));
        lines.add(count(l.get("report.open-at-end"), c.openAtEnd(), p.openAtEnd()));
        lines.add(count(l.get("report.escalations-up"), c.escalations(), p.escalations()));
        lines.add(count(l.get("report.escalations-down"), c.deEscalations(), p.deEscalations()));
        lines.add(count(l.get("report.escalated-incidents"), c.escalatedIncidents(), p.escalatedIncidents()));
        lines.add(new SummaryLine(l.get("report.first-action-within"), within(c.firstAction(), l), within(p.firstAction(), l), ""));
        lines.add(new SummaryLine(l.get("report.first-action-median"), l.duration(c.firstAction().median()),
                l.duration(p.firstAction().median()), ""));
        lines.add(new SummaryLine(l.get("report.first-action-longest"), l.duration(c.firstAction().longest()),
                l.duration(p.firstAction().longest()), ""));
        lines.add(new SummaryLine(l.get("report.closing-median"), l.duration(c.closing().median()),
                l.duration(p.closing().median()), ""));
        lines.add(new SummaryLine(l.get("report.closing-longest"), l.duration(c.closing().longest()),
                l.duration(p.closing().longest()), ""));
        return lines;
    }

    private static SummaryLine count(String label, int current, int previous) {
        return new SummaryLine(label, String.valueOf(current), String.valueOf(previous), change(current - previous));
    }

    static String change(int difference) {
        return difference > 0 ? "+" + difference : String.valueOf(difference);
    }

    private static String within(Report.Durations d, ReportLabels l) {
        return d.count() == 0 ? "-" : l.get("report.n-of", d.within24h(), d.count());
    }

    /** The notes of the text report, for the coordinator at a terminal: with the commands that help. */
    static List<String> notes(Report r, ReportLabels l) {
        return notes(r, l, false);
    }

    /**
     * The notes at the end; in a document for a meeting ({@code document}: markdown, html)
     * worded for the team, without commands.
     */
    static List<String> notes(Report r, ReportLabels l, boolean document) {
        String suffix = document ? "-doc" : "";
        List<String> notes = new ArrayList<>();
        if (r.notLoaded() > 0) {
            notes.add(l.get("report.note-not-loaded" + suffix, r.notLoaded()));
        }
        if (r.expired() > 0) {
            notes.add(l.get("report.note-retention" + suffix, r.expired(), r.retentionMonths())
                    + (r.detail() ? " (" + String.join(", ", r.retentionExpired()) + ")" : ""));
        }
        return notes;
    }

    /** "3/7 Gesprek met ouders", "all steps done", or "protocol not loaded". */
    static String step(Report.OpenCase c, ReportLabels l) {
        if (c.steps() == 0) {
            return l.get("report.step-unknown");
        }
        if (c.step() == null) {
            return l.get("report.step-all-done");
        }
        return c.stepNumber() + "/" + c.steps() + " " + l.step(c.protocol(), c.step());
    }

    static String flags(Report.OpenCase c, ReportLabels l) {
        List<String> words = new ArrayList<>();
        for (Report.Flag f : c.flags()) {
            words.add(l.get("report.flag." + f.id()));
        }
        return String.join(", ", words);
    }

    /** The heading of one list of incidents with mandatory items open, with how many there are. */
    static String itemsOpenHeading(Report r, boolean closed, ReportLabels l) {
        return closed ? l.get("report.duties-closed", r.closedWithItemsOpen().size())
                : l.get("report.duties-open", r.openWithItemsOpen().size());
    }

    /** "Sexting, gesloten op 2026-10-20" (closed) or "Grooming, gemeld op 2026-10-14" (open); the id first with detail. */
    static String itemsOpenLine(Report.ItemsOpen i, ReportLabels l) {
        String line = i.closedAt() != null
                ? l.get("report.duties-closed-line", l.category(i.category()), l.date(i.closedAt()))
                : l.get("report.duties-open-line", l.category(i.category()), l.date(i.reportedAt()));
        return i.id() == null ? line : i.id() + "  " + line;
    }

    /** Whether the section of items open has anything to show. */
    static boolean anyItemsOpen(Report r) {
        return !r.closedWithItemsOpen().isEmpty() || !r.openWithItemsOpen().isEmpty() || !r.openDuties().isEmpty();
    }
}
