package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.export.Export;
import nl.logboek.export.ExportFormat;
import nl.logboek.export.ExportRequest;
import nl.logboek.export.ExportStyle;
import nl.logboek.export.ExportSummary;
import nl.logboek.export.ExportTarget;
import nl.logboek.protocol.Partner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "export",
        description = {
                "Export incidents (one record each) or their events (--events: the full audit trail) as CSV, JSON or "
                        + "JSON Lines, for spreadsheets, scripts and partners. The same logbook and options give the "
                        + "same bytes (docs/export.md).",
                "An export holds names of minors. Use --redact or --for PARTNER before sharing it: people and staff get "
                        + "pseudonyms, free text is left out and incidents from a private account are never included; "
                        + "--for shows names only where consent or another ground is recorded for that partner.",
                "--access NAME makes what that person may see on a request for access (inzageverzoek). Personal work "
                        + "notes (annotate --private) are never exported."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  logboek export --excel -o incidenten.csv",
                "  logboek export --redact --status gesloten --since 2026-09-01 -o cjg.csv",
                "  logboek export --for cjg --status open -o cjg.csv",
                "  logboek export --access \"Sam de Vries\" --format json -o inzage-sam.json",
                "  logboek export k7m2 --events --format json",
                "  logboek export --format jsonl | jq -r 'select(.status == \"open\") | .id'"})
final class ExportCommand extends BaseCommand {
    @Parameters(arity = "0..*", paramLabel = "ID",
            description = "Only these incidents (ids or unique prefixes), together with the filters. Default: all.")
    List<String> ids = new ArrayList<>();

    @Mixin
    FilterOptions filters;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (RFC 4180; the default), json or jsonl (one JSON object per line).")
    String format;

    @Option(names = "--excel", description = "CSV that Dutch Excel opens correctly: ';' between fields, a UTF-8 byte-order mark, "
            + "column names in your language and times as local date-times (yyyy-mm-dd hh:mm) that a spreadsheet reads as dates.")
    boolean excel;

    @Option(names = "--raw", description = "CSV cells exactly as recorded: no apostrophe before a cell that starts with = + - @ "
            + "(a spreadsheet would run it as a formula). For scripts; never open such a file in a spreadsheet.")
    boolean raw;

    @Option(names = "--events", description = "One record per event (the full audit trail) instead of one per incident.")
    boolean events;

    @Option(names = "--redact",
            description = "For sharing: people become Persoon 1, 2, ..., staff Medewerker 1, ...; free text (titles, "
                    + "descriptions, notes, outcomes) is left out; incidents from a private account are left out.")
    boolean redact;

    @Option(names = "--keep-text",
            description = "With --redact: keep free text, with every known name in it replaced by its pseudonym. Read it before sharing.")
    boolean keepText;

    @Option(names = "--for", paramLabel = "PARTNER",
            description = "For this partner (an id as in 'logboek consent --partner'): names and text only of incidents "
                    + "with consent or another ground recorded for PARTNER, every other incident redacted as --redact "
                    + "does, incidents from a private account left out. With --redact: everything redacted.")
    String partner;

    @Option(names = "--access", paramLabel = "NAME",
            description = "For a request for access (inzageverzoek) by the person with this name, as recorded: the "
                    + "incidents they are involved in, with their own name; other people and staff get pseudonyms.")
    String access;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (private to you, 0600; it appears whole or not at all) instead of stdout. "
                    + "An existing file is kept unless --force.")
    String output;

    @Option(names = "--force", description = "With -o: replace FILE if it exists.")
    boolean force;

    ExportCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (force && output == null) {
            throw LogboekException.usage("export.force-needs-output");
        }
        if (partner != null && access != null) {
            throw LogboekException.usage("export.for-and-access");
        }
        String forPartner = partner == null ? null
                : ExportRequest.partner(partner, ctx.protocols().partners().stream().map(Partner::id).toList());
        ExportRequest request = new ExportRequest(ExportFormat.parse(format), excel, events,
                filters.toFilter(ctx.app.zone()), ids, redact, keepText, forPartner, access, raw);
        ExportTarget target = output == null ? null : new ExportTarget(path(output), force, ctx.logbook().file());
        Export export = Export.prepare(ctx.logbook(), request, new ExportStyle(ctx.levels(), ctx.app.zone(), msg()));
        ExportSummary summary;
        if (target == null) {
            try {
                summary = export.writeTo(out());
            } catch (IOException e) {
                throw new LogboekException(LogboekException.FAILURE, e, "export.stdout-failed", e.getMessage());
            }
        } else {
            summary = target.write(export::writeTo);
        }
        warn(summary, request);
        if (target != null) {
            out().println(msg().get("export.written", summary.incidents(), summary.events(), target.file()));
        }
        return 0;
    }

    private void warn(ExportSummary summary, ExportRequest request) {
        if (request.access() != null) {
            err().println(msg().get("export.access-summary", TerminalText.safe(request.access().strip()), summary.incidents()));
        } else if (request.partner() != null) {
            String key = request.redact() ? "export.partner-summary-redacted" : "export.partner-summary";
            err().println(msg().get(key, TerminalText.safe(request.partner()), summary.named(), summary.redacted(), summary.privateLeftOut()));
            // The export goes to a partner for whom none of its incidents has a ground: say so louder than the counts.
            if (!request.redact() && summary.named() == 0 && summary.redacted() > 0 && nl.logboek.privacy.Consents.needsGround(request.partner())) {
                err().println(msg().get(summary.redacted() == 1 ? "export.warn-no-ground.one" : "export.warn-no-ground.many",
                        new EscalationText(msg(), ctx.protocols()).partner(request.partner()), TerminalText.safe(request.partner()), summary.redacted()));
            }
        } else {
            if (summary.containsNames()) {
                err().println(msg().get("export.contains-names"));
            }
            if (summary.privateLeftOut() > 0) {
                err().println(msg().get("export.private-left-out", summary.privateLeftOut()));
            }
        }
        if (summary.keepText() && summary.incidents() > 0) {
            err().println(msg().get("export.keep-text-check"));
        }
        if (summary.personalNotes() > 0) {
            err().println(msg().get("export.personal-notes-left-out", summary.personalNotes()));
        }
        err().flush();
    }

    private static Path path(String typed) {
        try {
            return Path.of(typed);
        } catch (InvalidPathException e) {
            throw LogboekException.usage("export.output-invalid", typed);
        }
    }
}
