package nl.logboek.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The report as Markdown (GitHub-flavoured tables), to paste into the minutes of a team meeting. */
public final class MarkdownReport {
    private final ReportLabels l;
    private final StringBuilder out = new StringBuilder(4096);

    private MarkdownReport(ReportLabels labels) {
        this.l = labels;
    }

    public static String render(Report r, ReportLabels labels) {
        return new MarkdownReport(labels).write(r);
    }

    private String write(Report r) {
        out.append("# ").append(esc(l.get("report.title", l.period(r.period())))).append("\n\n");
        for (String s : ReportSections.intro(r, l)) {
            out.append("- ").append(esc(s)).append('\n');
        }
        heading(l.get("report.key-figures"));
        List<String[]> keys = new ArrayList<>();
        for (ReportSections.KeyFigure k : ReportSections.keyFigures(r, l)) {
            keys.add(new String[] {k.label(), n(k.value()), k.previous() == null ? "" : n(k.previous())});
        }
        table(new String[] {"", l.get("report.col.period"), l.get("report.col.previous")}, "-::", keys);

        heading(l.get("report.trend"));
        out.append(esc(l.get("report.trend-intro", l.monthLong(r.trend().get(r.trend().size() - 1).month())))).append("\n\n");
        List<String[]> months = new ArrayList<>();
        for (Report.Month m : r.trend()) {
            months.add(new String[] {l.month(m.month()), n(m.reported()), n(m.closed())});
        }
        table(new String[] {l.get("report.col.month"), l.get("report.col.reported"), l.get("report.col.closed")}, "-::", months);

        heading(l.get("report.summary"));
        List<String[]> summary = new ArrayList<>();
        for (ReportSections.SummaryLine s : ReportSections.summary(r, l)) {
            summary.add(new String[] {s.label(), s.current(), s.previous(), s.change()});
        }
        table(new String[] {"", l.get("report.col.period"), l.get("report.col.previous"), l.get("report.col.change")},
                "-:::", summary);
        breakdown(l.get("report.by-category"), r.byCategory(), row -> l.category(row.key()));
        breakdown(l.get("report.by-protocol"), r.byProtocol(), row -> l.protocol(row.key()), l.get("report.by-protocol-note"));
        breakdown(l.get("report.by-platform"), r.byPlatform(), row -> l.platform(row.key()));
        breakdown(l.get("report.by-severity"), r.bySeverity(), row -> l.severity(row.key()));

        heading(l.get("report.by-level"));
        List<String[]> levels = new ArrayList<>();
        for (Report.LevelRow row : r.byLevel()) {
            levels.add(new String[] {l.protocol(row.protocol()), l.level(row.protocol(), row.level()), n(row.openAtEnd())});
        }
        table(new String[] {l.get("report.col.protocol"), l.get("report.col.level"), l.get("report.col.open")}, "--:", levels);

        heading(l.get("report.escalations"));
        Report.Figures f = r.current();
        out.append(esc(l.get("report.escalations-line", f.escalations(), f.deEscalations(), f.escalatedIncidents()))).append('\n');
        if (!r.escalationsByPartner().isEmpty()) {
            out.append('\n');
            List<String[]> partners = new ArrayList<>();
            for (Report.PartnerRow p : r.escalationsByPartner()) {
                partners.add(new String[] {l.partner(p.partner()), n(p.up()), n(p.down())});
            }
            table(new String[] {l.get("report.col.partner"), l.get("report.col.up"), l.get("report.col.down")}, "-::", partners);
        }

        heading(l.get("report.open-cases", r.openCases().size()));
        if (!r.openCases().isEmpty()) {
            out.append(esc(l.get("report.flags-legend", r.staleDays()))).append("\n\n");
        }
        List<String[]> open = new ArrayList<>();
        for (Report.OpenCase c : r.openCases()) {
            List<String> row = new ArrayList<>();
            if (r.detail()) {
                row.add(c.id());
                row.add(ReportSections.title(c, l));
            }
            row.addAll(List.of(l.date(c.reportedAt()), l.category(c.category()), ReportSections.step(c, l),
                    c.level() == null ? l.get("report.no-level") : l.level(c.protocol(), c.level()),
                    n((int) c.daysOpen()), l.get("report.days-short", c.daysSinceLastAction()), n(c.overdueItems()),
                    ReportSections.flags(c, l)));
            open.add(row.toArray(String[]::new));
        }
        List<String> header = new ArrayList<>();
        if (r.detail()) {
            header.add(l.get("report.col.id"));
            header.add(l.get("report.col.title"));
        }
        header.addAll(List.of(l.get("report.col.reported-on"), l.get("report.col.category"), l.get("report.col.step"),
                l.get("report.col.level"), l.get("report.col.days-open"), l.get("report.col.idle"), l.get("report.col.overdue"),
                l.get("report.col.flags")));
        table(header.toArray(String[]::new), (r.detail() ? "--" : "") + "----:::-", open);

        heading(l.get("report.duties"));
        if (ReportSections.anyItemsOpen(r)) {
            out.append(esc(l.get("report.duties-intro"))).append('\n');
            itemsOpen(ReportSections.itemsOpenHeading(r, true, l), r.closedWithItemsOpen());
            itemsOpen(ReportSections.itemsOpenHeading(r, false, l), r.openWithItemsOpen());
        }
        List<String[]> duties = new ArrayList<>();
        for (Report.Duty d : r.openDuties()) {
            List<String> row = new ArrayList<>(List.of(l.protocol(d.protocol()), l.openItem(d.protocol(), d.item()), n(d.open())));
            if (r.detail()) {
                row.add(String.join(", ", d.incidents()));
            }
            duties.add(row.toArray(String[]::new));
        }
        if (!duties.isEmpty()) {
            out.append("\n### ").append(esc(l.get("report.duties-per-item"))).append("\n\n");
        }
        List<String> dutyHeader = new ArrayList<>(List.of(l.get("report.col.protocol"), l.get("report.col.item"), l.get("report.col.open")));
        if (r.detail()) {
            dutyHeader.add(l.get("report.col.incidents"));
        }
        if (!duties.isEmpty() || !ReportSections.anyItemsOpen(r)) {
            table(dutyHeader.toArray(String[]::new), "--:" + (r.detail() ? "-" : ""), duties);
        }

        List<String> notes = ReportSections.notes(r, l, true);
        if (!notes.isEmpty()) {
            out.append('\n');
            for (String note : notes) {
                out.append("> ").append(esc(note)).append('\n');
            }
        }
        return out.toString();
    }

    private void itemsOpen(String title, List<Report.ItemsOpen> incidents) {
        out.append("\n### ").append(esc(title)).append("\n\n");
        for (Report.ItemsOpen i : incidents) {
            out.append("- ").append(esc(ReportSections.itemsOpenLine(i, l))).append('\n');
            for (String item : i.items()) {
                out.append("  - ").append(esc(l.openItem(i.protocol(), item))).append('\n');
            }
        }
    }

    private void breakdown(String title, List<Report.Row> all, Function<Report.Row, String> label) {
        breakdown(title, all, label, null);
    }

    private void breakdown(String title, List<Report.Row> all, Function<Report.Row, String> label, String note) {
        heading(title);
        if (note != null) {
            out.append(esc(note)).append("\n\n");
        }
        List<String[]> rows = new ArrayList<>();
        for (Report.Row row : all) {
            if (!row.empty()) {
                rows.add(new String[] {label.apply(row), n(row.reported()), n(row.reportedPrevious()), n(row.closed()), n(row.openAtEnd())});
            }
        }
        table(new String[] {"", l.get("report.col.reported"), l.get("report.col.previous"), l.get("report.col.closed"),
                l.get("report.col.open")}, "-::::", rows);
    }

    /** A table; {@code align} has one character per column: '-' left, ':' right. No rows: a line saying so. */
    private void table(String[] header, String align, List<String[]> rows) {
        if (rows.isEmpty()) {
            out.append('_').append(esc(l.get("report.none"))).append("_\n");
            return;
        }
        out.append('|');
        for (String h : header) {
            out.append(' ').append(esc(h)).append(" |");
        }
        out.append("\n|");
        for (int c = 0; c < header.length; c++) {
            out.append(align.charAt(c) == ':' ? "---:|" : "---|");
        }
        out.append('\n');
        for (String[] row : rows) {
            out.append('|');
            for (String cell : row) {
                out.append(' ').append(esc(cell)).append(" |");
            }
            out.append('\n');
        }
    }

    private void heading(String title) {
        out.append("\n## ").append(esc(title)).append("\n\n");
    }

    /** Escapes what Markdown would read as markup or as a table cell border, on one line. */
    static String esc(String s) {
        String clean = ReportLabels.clean(s);
        StringBuilder b = new StringBuilder(clean.length() + 8);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if ("\\`*_[]<>|&~".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String n(int value) {
        return String.valueOf(value);
    }
}
