package nl.logboek.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The report as one self-contained HTML file with inline SVG charts, to open in a browser or
 * print. It loads nothing: no scripts, fonts, images or style sheets from elsewhere, and its
 * content security policy forbids it, so it can be opened offline and handed out safely.
 */
public final class HtmlReport {
    private static final String STYLE = String.join("\n",
            "body{font-family:system-ui,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif;color:#1b1b1b;max-width:62rem;margin:2rem auto;padding:0 1rem;line-height:1.4}",
            "h1{font-size:1.6rem;margin-bottom:.3rem}",
            "h2{font-size:1.2rem;border-bottom:1px solid #bbb;padding-bottom:.2rem;margin-top:2rem}",
            "h3{font-size:1rem;margin:1rem 0 .3rem}",
            "ul.intro{padding-left:1.2rem;color:#333}",
            "table{border-collapse:collapse;margin:.5rem 0 1rem}",
            "th,td{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}",
            "th{background:#f2f2f2}",
            "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}",
            ".flag{color:#b00020;font-weight:bold}",
            ".none{color:#555;font-style:italic}",
            ".note{border-left:4px solid #b00020;padding:.3rem .8rem;background:#fff4f4}",
            "svg text{font-family:inherit;font-size:12px;fill:#1b1b1b}",
            "svg .cur{fill:#1f4e79}",
            "svg .prev{fill:#9dc3e6}",
            "@media print{body{margin:0;max-width:none}section{break-inside:avoid}h2{margin-top:1rem}}");
    private static final int CHART_WIDTH = 640;
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_ROOM = 340;

    private final ReportLabels l;
    private final StringBuilder out = new StringBuilder(16384);

    private HtmlReport(ReportLabels labels) {
        this.l = labels;
    }

    public static String render(Report r, ReportLabels labels) {
        return new HtmlReport(labels).write(r);
    }

    private String write(Report r) {
        String title = l.get("report.title", l.period(r.period()));
        out.append("<!DOCTYPE html>\n<html lang=\"").append(l.language()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n<ul class=\"intro\">\n");
        for (String s : ReportSections.intro(r, l)) {
            out.append("<li>").append(esc(s)).append("</li>\n");
        }
        out.append("</ul>\n");

        section(l.get("report.summary"));
        List<String[]> summary = new ArrayList<>();
        for (ReportSections.SummaryLine s : ReportSections.summary(r, l)) {
            summary.add(new String[] {s.label(), s.current(), s.previous(), s.change()});
        }
        table(new String[] {"", l.get("report.col.period"), l.get("report.col.previous"), l.get("report.col.change")}, "-nnn",
                summary, -1);
        end();

        breakdown(l.get("report.by-category"), r.byCategory(), row -> l.category(row.key()));
        breakdown(l.get("report.by-protocol"), r.byProtocol(), row -> l.protocol(row.key()));
        breakdown(l.get("report.by-platform"), r.byPlatform(), row -> l.platform(row.key()));
        breakdown(l.get("report.by-severity"), r.bySeverity(), row -> l.severity(row.key()));
        levels(r);
        escalations(r);
        openCases(r);
        duties(r);
        for (String note : ReportSections.notes(r, l)) {
            out.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void breakdown(String title, List<Report.Row> all, Function<Report.Row, String> label) {
        section(title);
        List<Report.Row> rows = all.stream().filter(r -> !r.empty()).toList();
        if (rows.isEmpty()) {
            none();
            end();
            return;
        }
        List<String> labels = new ArrayList<>();
        List<int[]> values = new ArrayList<>();
        List<String[]> cells = new ArrayList<>();
        for (Report.Row row : rows) {
            String name = label.apply(row);
            labels.add(name);
            values.add(new int[] {row.reported(), row.reportedPrevious()});
            cells.add(new String[] {name, n(row.reported()), n(row.reportedPrevious()), n(row.closed()), n(row.openAtEnd())});
        }
        chart(title, labels, values, new String[] {l.get("report.col.reported"), l.get("report.col.previous")});
        table(new String[] {"", l.get("report.col.reported"), l.get("report.col.previous"), l.get("report.col.closed"),
                l.get("report.col.open")}, "-nnnn", cells, -1);
        end();
    }

    private void levels(Report r) {
        section(l.get("report.by-level"));
        if (r.byLevel().isEmpty()) {
            none();
            end();
            return;
        }
        List<String> labels = new ArrayList<>();
        List<int[]> values = new ArrayList<>();
        List<String[]> cells = new ArrayList<>();
        for (Report.LevelRow row : r.byLevel()) {
            String protocol = l.protocol(row.protocol());
            String level = l.level(row.protocol(), row.level());
            labels.add(level + " (" + protocol + ")");
            values.add(new int[] {row.openAtEnd()});
            cells.add(new String[] {protocol, level, n(row.openAtEnd())});
        }
        chart(l.get("report.by-level"), labels, values, new String[] {l.get("report.col.open")});
        table(new String[] {l.get("report.col.protocol"), l.get("report.col.level"), l.get("report.col.open")}, "--n", cells, -1);
        end();
    }

    private void escalations(Report r) {
        section(l.get("report.escalations"));
        Report.Figures f = r.current();
        out.append("<p>").append(esc(l.get("report.escalations-line", f.escalations(), f.deEscalations(), f.escalatedIncidents())))
                .append("</p>\n");
        if (!r.escalationsByPartner().isEmpty()) {
            List<String[]> cells = new ArrayList<>();
            for (Report.PartnerRow p : r.escalationsByPartner()) {
                cells.add(new String[] {l.partner(p.partner()), n(p.up()), n(p.down())});
            }
            table(new String[] {l.get("report.col.partner"), l.get("report.col.up"), l.get("report.col.down")}, "-nn", cells, -1);
        }
        end();
    }

    private void openCases(Report r) {
        section(l.get("report.open-cases", r.openCases().size()));
        if (r.openCases().isEmpty()) {
            none();
            end();
            return;
        }
        out.append("<p>").append(esc(l.get("report.flags-legend", r.staleDays()))).append("</p>\n");
        List<String> header = new ArrayList<>();
        StringBuilder align = new StringBuilder();
        if (r.detail()) {
            header.add(l.get("report.col.id"));
            header.add(l.get("report.col.title"));
            align.append("--");
        }
        header.addAll(List.of(l.get("report.col.reported-on"), l.get("report.col.category"), l.get("report.col.step"),
                l.get("report.col.idle"), l.get("report.col.flags")));
        align.append("---n-");
        List<String[]> cells = new ArrayList<>();
        for (Report.OpenCase c : r.openCases()) {
            List<String> row = new ArrayList<>();
            if (r.detail()) {
                row.add(c.id());
                row.add(ReportLabels.clean(c.title()));
            }
            row.addAll(List.of(l.date(c.reportedAt()), l.category(c.category()), ReportSections.step(c, l),
                    l.get("report.days-short", c.daysSinceLastAction()), ReportSections.flags(c, l)));
            cells.add(row.toArray(String[]::new));
        }
        table(header.toArray(String[]::new), align.toString(), cells, header.size() - 1);
        end();
    }

    private void duties(Report r) {
        section(l.get("report.duties"));
        if (!ReportSections.anyItemsOpen(r)) {
            none();
            end();
            return;
        }
        out.append("<p>").append(esc(l.get("report.duties-intro"))).append("</p>\n");
        itemsOpen(ReportSections.itemsOpenHeading(r, true, l), r.closedWithItemsOpen());
        itemsOpen(ReportSections.itemsOpenHeading(r, false, l), r.openWithItemsOpen());
        if (r.openDuties().isEmpty()) {
            end();
            return;
        }
        out.append("<h3>").append(esc(l.get("report.duties-per-item"))).append("</h3>\n");
        List<String> header = new ArrayList<>(List.of(l.get("report.col.protocol"), l.get("report.col.item"), l.get("report.col.open")));
        if (r.detail()) {
            header.add(l.get("report.col.incidents"));
        }
        List<String[]> cells = new ArrayList<>();
        for (Report.Duty d : r.openDuties()) {
            List<String> row = new ArrayList<>(List.of(l.protocol(d.protocol()), l.openItem(d.protocol(), d.item()), n(d.open())));
            if (r.detail()) {
                row.add(String.join(", ", d.incidents()));
            }
            cells.add(row.toArray(String[]::new));
        }
        table(header.toArray(String[]::new), "--n" + (r.detail() ? "-" : ""), cells, -1);
        end();
    }

    private void itemsOpen(String title, List<Report.ItemsOpen> incidents) {
        out.append("<h3>").append(esc(title)).append("</h3>\n");
        if (incidents.isEmpty()) {
            return;
        }
        out.append("<ul>\n");
        for (Report.ItemsOpen i : incidents) {
            out.append("<li>").append(esc(ReportSections.itemsOpenLine(i, l))).append("\n<ul>");
            for (String item : i.items()) {
                out.append("<li>").append(esc(l.openItem(i.protocol(), item))).append("</li>");
            }
            out.append("</ul></li>\n");
        }
        out.append("</ul>\n");
    }

    /**
     * A horizontal bar chart: one group of bars per label (this period, and the previous period
     * when two values are given), scaled to the largest value, each bar with its number.
     */
    private void chart(String title, List<String> labels, List<int[]> values, String[] series) {
        int bars = values.get(0).length;
        int group = bars == 1 ? 20 : 30;
        int legend = bars > 1 ? 22 : 0;
        int height = labels.size() * group + legend + 6;
        int max = 1;
        for (int[] v : values) {
            for (int x : v) {
                max = Math.max(max, x);
            }
        }
        out.append("<svg width=\"").append(CHART_WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\">\n");
        if (bars > 1) {
            for (int s = 0; s < bars; s++) {
                int x = LABEL_WIDTH + s * 150;
                out.append("<rect class=\"").append(s == 0 ? "cur" : "prev").append("\" x=\"").append(x)
                        .append("\" y=\"4\" width=\"12\" height=\"12\"/><text x=\"").append(x + 18).append("\" y=\"14\">")
                        .append(esc(series[s])).append("</text>\n");
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            int y = legend + i * group;
            out.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + (bars == 1 ? 14 : 19))
                    .append("\" text-anchor=\"end\">").append(esc(TextReport.fit(labels.get(i), 36))).append("</text>\n");
            for (int s = 0; s < bars; s++) {
                int value = values.get(i)[s];
                int w = (int) (((long) value * BAR_ROOM * 2 + max) / (2L * max));
                int barY = y + 4 + s * 12;
                out.append("<rect class=\"").append(s == 0 ? "cur" : "prev").append("\" x=\"").append(LABEL_WIDTH)
                        .append("\" y=\"").append(barY).append("\" width=\"").append(w).append("\" height=\"11\"/>")
                        .append("<text x=\"").append(LABEL_WIDTH + w + 4).append("\" y=\"").append(barY + 10).append("\">")
                        .append(value).append("</text>\n");
            }
        }
        out.append("</svg>\n");
    }

    /** A table; {@code align} has one character per column: '-' text, 'n' number; column {@code flagColumn} is highlighted. */
    private void table(String[] header, String align, List<String[]> rows, int flagColumn) {
        out.append("<table>\n<thead><tr>");
        for (int c = 0; c < header.length; c++) {
            out.append(align.charAt(c) == 'n' ? "<th class=\"n\">" : "<th>").append(esc(header[c])).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (String[] row : rows) {
            out.append("<tr>");
            for (int c = 0; c < row.length; c++) {
                String cls = align.charAt(c) == 'n' ? " class=\"n\"" : c == flagColumn && !row[c].isEmpty() ? " class=\"flag\"" : "";
                out.append("<td").append(cls).append('>').append(esc(row[c])).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void section(String title) {
        out.append("<section>\n<h2>").append(esc(title)).append("</h2>\n");
    }

    private void end() {
        out.append("</section>\n");
    }

    private void none() {
        out.append("<p class=\"none\">").append(esc(l.get("report.none"))).append("</p>\n");
    }

    static String esc(String s) {
        String clean = ReportLabels.clean(s);
        StringBuilder b = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String n(int value) {
        return String.valueOf(value);
    }
}
