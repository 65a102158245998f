package nl.logboek.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The report as a meeting document: one self-contained HTML file with inline CSS and SVG, laid
 * out for the screen and for A4 paper. It loads nothing: no scripts, fonts, images or style
 * sheets from elsewhere, and its content security policy forbids it, so it can be opened offline
 * and handed out safely.
 *
 * <p>Layout rules the browser test (ReportHtmlRenderedTest) holds it to: a chart's labels stay
 * inside their column (the browser wraps them); a bar of 0 takes no room; dates never wrap; the
 * page is no wider than the window at 1200 px and at the width of A4.
 */
public final class HtmlReport {
    private static final String STYLE = String.join("\n",
            "@page{size:A4 portrait;margin:14mm 14mm 16mm}",
            "*{box-sizing:border-box}",
            "body{font-family:system-ui,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif;color:#1b1b1b;max-width:190mm;"
                    + "margin:1.5rem auto;padding:0 1rem;line-height:1.4;font-size:11pt}",
            "h1{font-size:1.6rem;margin:0 0 .4rem}",
            "h2{font-size:1.2rem;border-bottom:1px solid #bbb;padding-bottom:.2rem;margin:1.6rem 0 .6rem;break-after:avoid}",
            "h3{font-size:1rem;margin:1rem 0 .3rem;break-after:avoid}",
            "p{margin:.3rem 0}",
            ".intro{color:#333}",
            ".quiet{font-weight:bold}",
            ".keys{display:grid;grid-template-columns:repeat(3,1fr);gap:.5rem;margin:.5rem 0}",
            ".key{border:1px solid #c8d3df;border-radius:4px;padding:.4rem .6rem;break-inside:avoid}",
            ".key .v{display:block;font-size:1.7rem;font-weight:bold;color:#1f4e79;font-variant-numeric:tabular-nums}",
            ".key .k{display:block}",
            ".key .p{display:block;color:#555;font-size:.85rem}",
            ".key.alert{border-color:#b00020}",
            ".key.alert .v{color:#b00020}",
            "table{border-collapse:collapse;margin:.4rem 0 1rem;width:100%}",
            "th,td{padding:.2rem .5rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}",
            "th{background:#f2f2f2;font-weight:600}",
            "thead{display:table-header-group}",
            "tr{break-inside:avoid}",
            "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}",
            "td.n{white-space:nowrap}",
            ".date{white-space:nowrap;font-variant-numeric:tabular-nums}",
            ".flag{color:#b00020;font-weight:bold}",
            ".none{color:#555;font-style:italic}",
            ".note{border-left:4px solid #b00020;padding:.3rem .8rem;background:#fff4f4}",
            "figure{margin:.4rem 0;break-inside:avoid}",
            "svg{display:block;max-width:100%;height:auto}",
            "svg text{font-family:system-ui,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif;font-size:12px;fill:#1b1b1b}",
            ".chart .row{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:.2rem .8rem;padding:.15rem 0;"
                    + "border-bottom:1px solid #eee;break-inside:avoid}",
            ".chart .label{overflow-wrap:anywhere;font-size:.9rem;line-height:1.25}",
            ".chart .bar{display:flex;align-items:center;gap:.3rem;min-height:.95rem}",
            ".chart .b{display:block;height:.75rem}",
            ".chart .v{font-size:.8rem;font-variant-numeric:tabular-nums}",
            ".b.cur{background:#1f4e79}.b.prev{background:#9dc3e6}",
            "table.open{font-size:.85em}table.open th,table.open td{padding:.2rem .3rem}",
            "svg .cur{fill:#1f4e79}",
            "svg .prev{fill:#9dc3e6}",
            "svg .closed{fill:#e3a33b}",
            "svg .axis{stroke:#999;stroke-width:1}",
            ".legend span{display:inline-block;margin-right:1rem}",
            ".sw{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-.1rem}",
            ".sw.cur{background:#1f4e79}.sw.prev{background:#9dc3e6}.sw.closed{background:#e3a33b}",
            "@media print{body{margin:0;max-width:none;padding:0;font-size:9.5pt}"
                    + ".newpage{break-before:page}h2{margin-top:.6rem}"
                    + "th{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
                    + ".key,.sw,svg,.b{-webkit-print-color-adjust:exact;print-color-adjust:exact}}");
    /** The width of the trend chart in its own units; it scales down with the page. */
    static final int CHART_WIDTH = 680;

    private final ReportLabels l;
    private final StringBuilder out = new StringBuilder(32768);

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
                .append("<header>\n<h1>").append(esc(title)).append("</h1>\n");
        for (String s : ReportSections.intro(r, l)) {
            boolean quiet = s.equals(l.get("report.quiet"));
            out.append(quiet ? "<p class=\"intro quiet\">" : "<p class=\"intro\">").append(txt(s)).append("</p>\n");
        }
        out.append("</header>\n");

        keyFigures(r);
        trend(r);

        section(l.get("report.summary"), false);
        List<String[]> summary = new ArrayList<>();
        for (ReportSections.SummaryLine s : ReportSections.summary(r, l)) {
            summary.add(new String[] {s.label(), s.current(), s.previous(), s.change()});
        }
        table(new String[] {"", l.get("report.col.period"), l.get("report.col.previous"), l.get("report.col.change")}, "-nnn",
                summary, -1);
        end();

        breakdown(l.get("report.by-category"), r.byCategory(), row -> l.category(row.key()), null, true);
        breakdown(l.get("report.by-protocol"), r.byProtocol(), row -> l.protocol(row.key()), l.get("report.by-protocol-note"), false);
        breakdown(l.get("report.by-platform"), r.byPlatform(), row -> l.platform(row.key()), null, false);
        breakdown(l.get("report.by-severity"), r.bySeverity(), row -> l.severity(row.key()), null, false);
        levels(r);
        escalations(r);
        openCases(r);
        duties(r);
        for (String note : ReportSections.notes(r, l, true)) {
            out.append("<p class=\"note\">").append(txt(note)).append("</p>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void keyFigures(Report r) {
        section(l.get("report.key-figures"), false);
        out.append("<div class=\"keys\">\n");
        for (ReportSections.KeyFigure k : ReportSections.keyFigures(r, l)) {
            out.append(k.alert() ? "<div class=\"key alert\">" : "<div class=\"key\">")
                    .append("<span class=\"v\">").append(k.value()).append("</span>")
                    .append("<span class=\"k\">").append(esc(k.label())).append("</span>");
            if (k.previous() != null) {
                out.append("<span class=\"p\">").append(esc(l.get("report.key.previous", k.previous()))).append("</span>");
            }
            out.append("</div>\n");
        }
        out.append("</div>\n");
        end();
    }

    /** Twelve months of reported and closed incidents as pairs of columns, each with its number. */
    private void trend(Report r) {
        section(l.get("report.trend"), false);
        List<Report.Month> months = r.trend();
        out.append("<p>").append(esc(l.get("report.trend-intro", l.monthLong(months.get(months.size() - 1).month()))))
                .append("</p>\n");
        legend(new String[] {"cur", "closed"}, new String[] {l.get("report.col.reported"), l.get("report.col.closed")});
        int max = ReportSections.trendMax(r);
        int left = 10;
        int slot = (CHART_WIDTH - left) / months.size();
        int room = 120;
        int top = 18;
        int base = top + room;
        int height = base + 36;
        out.append("<figure><svg class=\"trend\" width=\"").append(CHART_WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(esc(l.get("report.trend"))).append("\">\n");
        out.append("<line class=\"axis\" x1=\"").append(left).append("\" y1=\"").append(base).append("\" x2=\"")
                .append(CHART_WIDTH).append("\" y2=\"").append(base).append("\"/>\n");
        for (int m = 0; m < months.size(); m++) {
            Report.Month month = months.get(m);
            int x = left + m * slot;
            int[] values = {month.reported(), month.closed()};
            String[] classes = {"cur", "closed"};
            for (int s = 0; s < 2; s++) {
                int h = scaled(values[s], max, room);
                int bx = x + 8 + s * 20;
                out.append("<rect class=\"").append(classes[s]).append("\" x=\"").append(bx).append("\" y=\"").append(base - h)
                        .append("\" width=\"18\" height=\"").append(h).append("\"><title>").append(esc(l.month(month.month())))
                        .append(": ").append(values[s]).append(' ').append(esc(s == 0 ? l.get("report.col.reported") : l.get("report.col.closed")))
                        .append("</title></rect>");
                out.append("<text x=\"").append(bx + 9).append("\" y=\"").append(base - h - 4)
                        .append("\" text-anchor=\"middle\">").append(values[s]).append("</text>\n");
            }
            String[] name = l.month(month.month()).split(" ");
            out.append("<text class=\"month\" x=\"").append(x + 27).append("\" y=\"").append(base + 15)
                    .append("\" text-anchor=\"middle\">").append(esc(name[0])).append("</text>");
            if (m == 0 || month.month().getMonthValue() == 1) {
                out.append("<text class=\"month\" x=\"").append(x + 27).append("\" y=\"").append(base + 30)
                        .append("\" text-anchor=\"middle\">").append(esc(name.length > 1 ? name[1] : "")).append("</text>");
            }
            out.append('\n');
        }
        out.append("</svg></figure>\n");
        end();
    }

    private static int scaled(int value, int max, int room) {
        if (value <= 0) {
            return 0;
        }
        return (int) Math.max(2, ((long) value * room * 2 + max) / (2L * max));
    }

    private void breakdown(String title, List<Report.Row> all, Function<Report.Row, String> label, String note, boolean newPage) {
        section(title, newPage);
        if (note != null) {
            out.append("<p>").append(esc(note)).append("</p>\n");
        }
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
        String[] series = {l.get("report.col.reported"), l.get("report.col.previous")};
        legend(new String[] {"cur", "prev"}, series);
        chart(title, labels, values, series);
        table(new String[] {"", l.get("report.col.reported"), l.get("report.col.previous"), l.get("report.col.closed"),
                l.get("report.col.open")}, "-nnnn", cells, -1);
        end();
    }

    private void legend(String[] classes, String[] names) {
        out.append("<p class=\"legend\">");
        for (int s = 0; s < classes.length; s++) {
            out.append("<span><span class=\"sw ").append(classes[s]).append("\"></span>").append(esc(names[s])).append("</span>");
        }
        out.append("</p>\n");
    }

    private void levels(Report r) {
        section(l.get("report.by-level"), false);
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
        section(l.get("report.escalations"), false);
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
        section(l.get("report.open-cases", r.openCases().size()), true);
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
                l.get("report.col.level"), l.get("report.col.days-open"), l.get("report.col.idle"), l.get("report.col.overdue"),
                l.get("report.col.flags")));
        align.append("d---nnN-");
        List<String[]> cells = new ArrayList<>();
        for (Report.OpenCase c : r.openCases()) {
            List<String> row = new ArrayList<>();
            if (r.detail()) {
                row.add(c.id());
                row.add(ReportSections.title(c, l));
            }
            row.addAll(List.of(l.date(c.reportedAt()), l.category(c.category()), ReportSections.step(c, l),
                    c.level() == null ? l.get("report.no-level") : l.level(c.protocol(), c.level()),
                    n((int) c.daysOpen()), n((int) c.daysSinceLastAction()), n(c.overdueItems()), ReportSections.flags(c, l)));
            cells.add(row.toArray(String[]::new));
        }
        table("open", header.toArray(String[]::new), align.toString(), cells, header.size() - 1);
        end();
    }

    private void duties(Report r) {
        section(l.get("report.duties"), false);
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
            out.append("<li>").append(txt(ReportSections.itemsOpenLine(i, l))).append("\n<ul>");
            for (String item : i.items()) {
                out.append("<li>").append(esc(l.openItem(i.protocol(), item))).append("</li>");
            }
            out.append("</ul></li>\n");
        }
        out.append("</ul>\n");
    }

    /**
     * A horizontal bar chart: per label one bar for this period and one for the previous period
     * (when two values are given), scaled to the largest value, each with its number. A bar of 0
     * is not drawn and takes no room. The chart is laid out by the browser (a grid of two
     * columns), so a label wraps within its column and is never cut, whatever its length; the
     * full text is also the row's tooltip.
     */
    private void chart(String title, List<String> labels, List<int[]> values, String[] series) {
        int max = 1;
        for (int[] v : values) {
            for (int x : v) {
                max = Math.max(max, x);
            }
        }
        out.append("<figure class=\"chart\" role=\"img\" aria-label=\"").append(esc(title)).append("\">\n");
        for (int i = 0; i < labels.size(); i++) {
            int[] v = values.get(i);
            out.append("<div class=\"row\" title=\"").append(esc(labels.get(i))).append("\"><div class=\"label\">")
                    .append(esc(labels.get(i))).append("</div><div class=\"vals\">");
            boolean any = false;
            for (int s = 0; s < v.length; s++) {
                if (v[s] <= 0) {
                    continue;
                }
                any = true;
                out.append("<div class=\"bar\"><span class=\"b ").append(s == 0 ? "cur" : "prev").append("\" style=\"width:")
                        .append(percent(v[s], max)).append("%\" title=\"").append(esc(series[s])).append(": ").append(v[s])
                        .append("\"></span><span class=\"v\">").append(v[s]).append("</span></div>");
            }
            if (!any) {
                out.append("<div class=\"bar\"><span class=\"v\">0</span></div>");
            }
            out.append("</div></div>\n");
        }
        out.append("</figure>\n");
    }

    /** A bar's share of its column, leaving room for the number beside it: 0.5 % steps, at least 0.5 %. */
    private static String percent(int value, int max) {
        long halves = Math.max(1, ((long) value * 170 + max / 2) / max); // of 85 %, in halves
        return halves % 2 == 0 ? String.valueOf(halves / 2) : (halves / 2) + ".5";
    }

    /**
     * A table; {@code align} has one character per column: '-' text, 'n' number, 'N' a number
     * highlighted unless 0, 'd' a date (never wrapped); column {@code flagColumn} is highlighted.
     */
    private void table(String[] header, String align, List<String[]> rows, int flagColumn) {
        table(null, header, align, rows, flagColumn);
    }

    private void table(String tableClass, String[] header, String align, List<String[]> rows, int flagColumn) {
        out.append(tableClass == null ? "<table>" : "<table class=\"" + tableClass + "\">").append("\n<thead><tr>");
        for (int c = 0; c < header.length; c++) {
            out.append(align.charAt(c) == 'n' || align.charAt(c) == 'N' ? "<th class=\"n\">" : "<th>").append(esc(header[c])).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (String[] row : rows) {
            out.append("<tr>");
            for (int c = 0; c < row.length; c++) {
                char a = align.charAt(c);
                // 'N': a number that asks for action when it is not 0 (overdue items).
                String cls = a == 'n' || a == 'N' && "0".equals(row[c]) ? " class=\"n\"" : a == 'N' ? " class=\"n flag\""
                        : a == 'd' ? " class=\"date\"" : c == flagColumn && !row[c].isEmpty() ? " class=\"flag\"" : "";
                out.append("<td").append(cls).append('>').append(a == 'd' ? esc(row[c]) : txt(row[c])).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void section(String title, boolean newPage) {
        out.append(newPage ? "<section class=\"newpage\">\n<h2>" : "<section>\n<h2>").append(esc(title)).append("</h2>\n");
    }

    private void end() {
        out.append("</section>\n");
    }

    private void none() {
        out.append("<p class=\"none\">").append(esc(l.get("report.none"))).append("</p>\n");
    }

    /** Text for an element's content: escaped, and every date (with its time) kept on one line. */
    static String txt(String s) {
        return DATE.matcher(esc(s)).replaceAll("<span class=\"date\">$0</span>");
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?: \\d{2}:\\d{2})?");

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
