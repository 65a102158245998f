package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.report.HtmlReport;
import nl.logboek.report.JsonReport;
import nl.logboek.report.MarkdownReport;
import nl.logboek.report.Report;
import nl.logboek.report.ReportBuilder;
import nl.logboek.report.ReportFile;
import nl.logboek.report.ReportFormat;
import nl.logboek.report.ReportLabels;
import nl.logboek.report.ReportPeriod;
import nl.logboek.report.ReportRequest;
import nl.logboek.report.ReportStyle;
import nl.logboek.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "report",
        description = {
                "Summarise a period for the team meeting: incidents reported, closed and open; counts by category, "
                        + "protocol, platform, severity and escalation level; escalations with partners; time to first "
                        + "action and to closing; open incidents with their current step and idle time; mandatory items open "
                        + "(incidents closed with them open, and those still open); "
                        + "all compared with the previous period.",
                "The report names no people: only figures, and with --detail incident ids and the words of their titles that are in a fixed word list. The same logbook "
                        + "and options give the same output, byte for byte (docs/report-schema.md)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  logboek report                                  # last month, on the terminal",
                "  logboek report --month 2026-10 --format markdown > notulen-oktober.md",
                "  logboek report --year 2026 --format html -o jaarverslag-2026.html",
                "  logboek report --from 2026-09-01 --to 2026-12-31 --json | jq .totals"})
final class ReportCommand extends BaseCommand {
    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The calendar month to report on. Default: the previous month.")
    String month;

    @Option(names = "--year", paramLabel = "YYYY", description = "The calendar year to report on.")
    String year;

    @Option(names = "--from", paramLabel = "DATE", description = "The first day to report on (yyyy-mm-dd).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "The last day to report on (yyyy-mm-dd), included. Default with --from: today.")
    String to;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "text (aligned tables and bar charts; the default), markdown (for meeting minutes), "
                    + "json (for scripts, docs/report-schema.md) or html (one self-contained file to open or print).")
    String format;

    @Option(names = "--json", description = "Short for --format json.")
    boolean json;

    @Option(names = "--detail", description = "Also show the ids of incidents, and of their titles only the words of the protocols "
            + "and of a list of common words (never names, notes or descriptions).")
    boolean detail;

    @Option(names = "--titles", description = "With --detail: show titles as typed, with only the names of the people recorded "
            + "as involved replaced. Prints a warning: keep such a report within the team.")
    boolean titles;

    @Option(names = "--stale-days", paramLabel = "N", defaultValue = "14",
            description = "Flag open incidents with no action for more than N days (\"always act\"). Default: ${DEFAULT-VALUE}.")
    String staleDays;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (private to you, 0600) instead of printing it. An existing file is kept unless --force.")
    Path output;

    @Option(names = "--force", description = "With -o: replace FILE if it exists.")
    boolean force;

    @Option(names = "--stamp", description = "State when the report was made (the output then differs from run to run).")
    boolean stamp;

    ReportCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        ReportFormat chosen = format == null ? (json ? ReportFormat.JSON : ReportFormat.TEXT) : ReportFormat.parse(format);
        if (json && chosen != ReportFormat.JSON) {
            throw LogboekException.usage("report.format-conflict", format);
        }
        int stale = ReportRequest.parseStaleDays(staleDays);
        if (force && output == null) {
            throw LogboekException.usage("report.force-without-output");
        }
        if (titles && !detail) {
            throw LogboekException.usage("report.titles-without-detail");
        }
        Instant now = ctx.app.clock().instant();
        ReportPeriod period = ReportPeriod.fromOptions(month, year, from, to, LocalDate.now(ctx.app.clock()), ctx.app.zone());
        if (output != null) {
            ReportFile.check(output, ctx.logbook().file(), force);
        }
        Report report = ReportBuilder.of(ctx.logbook(), new ReportRequest(period, now, stale, detail, stamp ? now : null,
                ctx.retention().months(), titles),
                ctx.protocols(), !"off".equals(ctx.app.env().get(Surroundings.DERIVED_CACHES_ENV)));
        if (titles) {
            err().println(msg().get("report.titles-warning"));
        }
        ReportLabels labels = new ReportLabels(msg(), ctx.protocols(), ctx.app.zone());
        String text = switch (chosen) {
            case TEXT -> TextReport.render(report, labels, style());
            case MARKDOWN -> MarkdownReport.render(report, labels);
            case JSON -> JsonReport.render(report, labels);
            case HTML -> HtmlReport.render(report, labels);
        };
        if (output != null) {
            ReportFile.write(output, text, force);
            out().println(msg().get("report.written", output));
        } else {
            out().print(text);
        }
        out().flush();
        return 0;
    }

    /** Colour only for a person at a terminal: never into a file, a pipe, or with NO_COLOR (Context.ansi). */
    private ReportStyle style() {
        Ansi ansi = ctx.ansi();
        if (output != null) {
            return ReportStyle.PLAIN; // a file is always UTF-8
        }
        if (!utf8()) {
            return ansi.enabled() ? colour(ansi).ascii() : ReportStyle.ASCII;
        }
        if (!ansi.enabled()) {
            return ReportStyle.PLAIN;
        }
        return colour(ansi);
    }

    /**
     * Whether the locale's character set is UTF-8, as the C library decides it: LC_ALL, else
     * LC_CTYPE, else LANG; none set (or C/POSIX) is not. Without it bars are drawn with '#'.
     */
    private boolean utf8() {
        String locale = null;
        for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
            String v = ctx.app.env().get(name);
            if (v != null && !v.isBlank()) {
                locale = v;
                break;
            }
        }
        if (locale == null) {
            return false;
        }
        String l = locale.toLowerCase(java.util.Locale.ROOT);
        return l.contains("utf-8") || l.contains("utf8");
    }

    private static ReportStyle colour(Ansi ansi) {
        // apply() styles the text as it is; it does not read markup, so "@|" in a label stays harmless.
        return new ReportStyle() {
            @Override
            public String heading(String text) {
                return ansi.apply(text, List.of(Ansi.Style.bold)).toString();
            }

            @Override
            public String alert(String text) {
                return ansi.apply(text, List.of(Ansi.Style.bold, Ansi.Style.fg_red)).toString();
            }
        };
    }
}
