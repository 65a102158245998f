package nl.logboek.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The report for a terminal or a plain-text mail: aligned tables and bar charts drawn with
 * characters, never wider than 80 columns. Headings and flags are marked only through the
 * ReportStyle given; the command gives colour only on a terminal and never with NO_COLOR.
 */
public final class TextReport {
    static final int WIDTH = TextTable.WIDTH;

    private final ReportLabels l;
    private final ReportStyle style;
    private final StringBuilder out = new StringBuilder(4096);

    private TextReport(ReportLabels labels, ReportStyle style) {
        this.l = labels;
        this.style = style;
    }

    /** The report as plain text, with headings and flags marked by {@code style} (ReportStyle.PLAIN: unmarked). */
    public static String render(Report r, ReportLabels labels, ReportStyle style) {
        return new TextReport(labels, style).write(r);
    }

    private String write(Report r) {
        wrapped(l.get("report.title", l.period(r.period())), "").forEach(s -> line(style.heading(s)));
        for (String s : ReportSections.intro(r, l)) {
            wrap(s, "");
        }
        keyFigures(r);
        trend(r);
        summary(r);
        breakdown(l.get("report.by-category"), r.byCategory(), row -> l.category(row.key()));
        heading(l.get("report.by-protocol"));
        wrap(l.get("report.by-protocol-note"), "");
        rows(r.byProtocol(), row -> l.protocol(row.key()));
        breakdown(l.get("report.by-platform"), r.byPlatform(), row -> l.platform(row.key()));
        breakdown(l.get("report.by-severity"), r.bySeverity(), row -> l.severity(row.key()));
        levels(r);
        escalations(r);
        openCases(r);
        duties(r);
        for (String note : ReportSections.notes(r, l)) {
            out.append('\n');
            wrap(note, "");
        }
        return out.toString();
    }

    private void summary(Report r) {
        heading(l.get("report.summary"));
        TextTable t = new TextTable("", l.get("report.col.period"), l.get("report.col.previous"), l.get("report.col.change"))
                .right(1, 2, 3).wrapping(0);
        for (ReportSections.SummaryLine s : ReportSections.summary(r, l)) {
            t.row(s.label(), s.current(), s.previous(), s.change());
        }
        print(t);
    }

    private void keyFigures(Report r) {
        heading(l.get("report.key-figures"));
        TextTable t = new TextTable("", l.get("report.col.period"), l.get("report.col.previous")).right(1, 2).wrapping(0);
        for (ReportSections.KeyFigure k : ReportSections.keyFigures(r, l)) {
            // Only a figure that asks for action is marked, and only when it is not 0.
            t.row(k.label(), n(k.value()), k.previous() == null ? "" : n(k.previous()));
        }
        print(t);
    }

    private void trend(Report r) {
        heading(l.get("report.trend"));
        wrap(l.get("report.trend-intro", l.monthLong(r.trend().get(r.trend().size() - 1).month())), "");
        TextTable t = new TextTable(l.get("report.col.month"), l.get("report.col.reported"), l.get("report.col.closed"))
                .right(1, 2).withBars();
        for (Report.Month m : r.trend()) {
            t.row(m.reported(), l.month(m.month()), n(m.reported()), n(m.closed()));
        }
        print(t);
    }

    private void breakdown(String title, List<Report.Row> all, Function<Report.Row, String> label) {
        heading(title);
        rows(all, label);
    }

    private void rows(List<Report.Row> all, Function<Report.Row, String> label) {
        List<Report.Row> rows = all.stream().filter(r -> !r.empty()).toList();
        if (rows.isEmpty()) {
            line("  " + l.get("report.none"));
            return;
        }
        TextTable t = new TextTable("", l.get("report.col.reported"), l.get("report.col.previous"), l.get("report.col.closed"),
                l.get("report.col.open")).right(1, 2, 3, 4).wrapping(0).withBars();
        for (Report.Row row : rows) {
            t.row(row.reported(), label.apply(row), n(row.reported()), n(row.reportedPrevious()), n(row.closed()), n(row.openAtEnd()));
        }
        print(t);
    }

    private void levels(Report r) {
        heading(l.get("report.by-level"));
        if (r.byLevel().isEmpty()) {
            line("  " + l.get("report.none"));
            return;
        }
        TextTable t = new TextTable(l.get("report.col.protocol"), l.get("report.col.level"), l.get("report.col.open"))
                .right(2).wrapping(0, 1).withBars();
        String protocol = null;
        for (Report.LevelRow row : r.byLevel()) {
            // The protocol is named on its first level only, so that its levels read as one group.
            String name = row.protocol().equals(protocol) ? "" : l.protocol(row.protocol());
            protocol = row.protocol();
            t.row(row.openAtEnd(), name, l.level(row.protocol(), row.level()), n(row.openAtEnd()));
        }
        print(t);
    }

    private void escalations(Report r) {
        heading(l.get("report.escalations"));
        Report.Figures f = r.current();
        wrap(l.get("report.escalations-line", f.escalations(), f.deEscalations(), f.escalatedIncidents()), "");
        if (r.escalationsByPartner().isEmpty()) {
            return;
        }
        TextTable t = new TextTable(l.get("report.col.partner"), l.get("report.col.up"), l.get("report.col.down"))
                .right(1, 2).wrapping(0);
        for (Report.PartnerRow p : r.escalationsByPartner()) {
            t.row(l.partner(p.partner()), n(p.up()), n(p.down()));
        }
        print(t);
    }

    private void openCases(Report r) {
        heading(l.get("report.open-cases", r.openCases().size()));
        if (r.openCases().isEmpty()) {
            line("  " + l.get("report.none"));
            return;
        }
        wrap(l.get("report.flags-legend", r.staleDays()), "");
        TextTable t = new TextTable(l.get("report.col.reported-on"), l.get("report.col.category"), l.get("report.col.step"),
                l.get("report.col.idle"), l.get("report.col.flags")).right(3).wrapping(1, 2).alert(4);
        for (Report.OpenCase c : r.openCases()) {
            t.row(l.date(c.reportedAt()), l.category(c.category()), ReportSections.step(c, l),
                    l.get("report.days-short", c.daysSinceLastAction()), ReportSections.flags(c, l));
            if (c.id() != null) {
                t.note(c.id() + "  " + ReportSections.title(c, l));
            }
            t.note(ReportSections.openCaseFacts(c, l));
        }
        print(t);
    }

    private void duties(Report r) {
        heading(l.get("report.duties"));
        if (!ReportSections.anyItemsOpen(r)) {
            line("  " + l.get("report.none"));
            return;
        }
        wrap(l.get("report.duties-intro"), "");
        itemsOpen(ReportSections.itemsOpenHeading(r, true, l), r.closedWithItemsOpen());
        itemsOpen(ReportSections.itemsOpenHeading(r, false, l), r.openWithItemsOpen());
        if (r.openDuties().isEmpty()) {
            return;
        }
        out.append('\n');
        wrap(l.get("report.duties-per-item"), "");
        String protocol = null;
        int countWidth = r.openDuties().stream().mapToInt(d -> n(d.open()).length()).max().orElse(1);
        String indent = " ".repeat(countWidth + 4);
        for (Report.Duty d : r.openDuties()) {
            if (!d.protocol().equals(protocol)) {
                protocol = d.protocol();
                wrap(l.protocol(protocol), "");
            }
            String count = " ".repeat(countWidth - n(d.open()).length()) + n(d.open());
            wrap("  " + count + "  " + l.openItem(d.protocol(), d.item()), indent);
            if (!d.incidents().isEmpty()) {
                wrap(indent + String.join(", ", d.incidents()), indent);
            }
        }
    }

    private void itemsOpen(String title, List<Report.ItemsOpen> incidents) {
        out.append('\n');
        wrap(title, "");
        for (Report.ItemsOpen i : incidents) {
            wrap("  " + ReportSections.itemsOpenLine(i, l), "    ");
            for (String item : i.items()) {
                wrap("    - " + l.openItem(i.protocol(), item), "      ");
            }
        }
    }

    private void print(TextTable t) {
        t.render(style).forEach(this::line);
    }

    private void heading(String title) {
        out.append('\n');
        List<String> lines = wrapped(title, "");
        lines.forEach(s -> line(style.heading(s)));
        line(style.rule().repeat(lines.stream().mapToInt(TextReport::width).max().orElse(0)));
    }

    /** Prints text in lines of at most 80 columns, breaking at spaces; continuation lines get {@code indent}. */
    private void wrap(String text, String indent) {
        wrapped(text, indent).forEach(this::line);
    }

    private static List<String> wrapped(String text, String indent) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        String prefix = "";
        while (width(prefix + rest) > WIDTH) {
            String candidate = prefix + rest;
            int cut = candidate.offsetByCodePoints(0, WIDTH);
            int space = candidate.lastIndexOf(' ', cut);
            if (space <= prefix.length() + 1 || space <= 0) {
                lines.add(fit(candidate, WIDTH));
                return lines;
            }
            lines.add(candidate.substring(0, space).stripTrailing());
            rest = candidate.substring(space + 1).stripLeading();
            prefix = indent;
        }
        lines.add(prefix + rest);
        return lines;
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private static String n(int value) {
        return String.valueOf(value);
    }

    static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Shortens to {@code max} columns, ending in an ellipsis when something was cut. */
    static String fit(String s, int max) {
        if (width(s) <= max) {
            return s;
        }
        if (max <= 1) {
            return s.substring(0, s.offsetByCodePoints(0, Math.max(0, max)));
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)).stripTrailing() + "\u2026";
    }
}
