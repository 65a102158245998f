package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.incident.Incident;
import nl.logboek.incident.Involvement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import nl.logboek.export.AccessFile;
import nl.logboek.export.ExportTarget;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "person", aliases = "persoon",
        description = {"One person's incidents, oldest first: when reported, the incident, their role, the category, "
                + "the status and the title.",
                "The name is compared without case, accents or extra spaces, with the people each incident has now "
                        + "(after corrections), and with those a correction removed (marked so: the record still holds "
                        + "them). An unknown name is an error (exit code 2) that offers the closest recorded name.",
                "--export FILE answers a request for access (inzageverzoek, AVG art. 15): everything recorded about the "
                        + "person, per incident their role and the whole timeline with corrections, other people and staff "
                        + "pseudonymised, personal work notes left out; as JSON (FILE ending in .json) or as a readable "
                        + "Markdown document in the language of --lang (docs/export.md)."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek person \"Sam de Vries\"",
                "  logboek persoon \"sam de vries\" --json | jq -r '.incidents[].id'",
                "  logboek person \"Sam de Vries\" --export inzage-sam.md",
                "  logboek person \"Sam de Vries\" --export inzage-sam.json"})
final class PersonCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The person's name, as recorded.")
    String name;

    @Option(names = "--json", description = "Print JSON (docs/json-output.md).")
    boolean json;

    @Option(names = "--export", paramLabel = "FILE",
            description = "Write everything recorded about the person to FILE, for a request for access: other people and "
                    + "staff pseudonymised, personal work notes left out. FILE must not exist; it is written private "
                    + "(0600) and whole.")
    String export;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "With --export: json or markdown. Default: json when FILE ends in .json, else markdown.")
    String format;

    PersonCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (name == null || name.isBlank()) {
            throw LogboekException.usage("person.empty");
        }
        if (export != null) {
            return export();
        }
        if (format != null) {
            throw LogboekException.usage("person.export-needs-file");
        }
        List<Involvement.Row> rows = chronology(ctx, name);
        if (json) {
            Output.json(out(), FindingsText.person(name.strip(), rows));
        } else {
            new FindingsText(msg(), ctx.app.zone(), ctx.ansi(), out()).chronology(name.strip(), rows);
        }
        return 0;
    }

    private int export() {
        if (json) {
            throw LogboekException.usage("person.export-json");
        }
        boolean asJson = asJson();
        Path file;
        try {
            file = Path.of(export);
        } catch (InvalidPathException e) {
            throw LogboekException.usage("export.output-invalid", export);
        }
        ExportTarget target = new ExportTarget(file, false, ctx.logbook().file(), "person.export-exists");
        List<Involvement.Involved> rows = involved(ctx, name);
        // The name as recorded (first) is the one shown; the incidents are folded whole, oldest first.
        String subject = rows.get(0).recordedName();
        List<Incident> incidents = new ArrayList<>();
        for (Involvement.Involved r : rows) {
            incidents.add(ctx.incidents().get(r.incident().id()));
        }
        AccessFile access = AccessFile.of(ctx.logbook(), subject, incidents);
        OffsetDateTime now = OffsetDateTime.now(ctx.app.clock()).withNano(0);
        String logbook = String.valueOf(ctx.logbook().file().getFileName());
        target.write(out -> {
            if (asJson) {
                access.writeJson(out, now, logbook);
            } else {
                access.writeMarkdown(out, msg(), ctx.app.zone(), now, logbook, ctx.protocols());
            }
            return null;
        });
        out().println(msg().get("person.export-written", TerminalText.safe(subject), access.incidents(), target.file()));
        return 0;
    }

    private boolean asJson() {
        if (format == null) {
            return export.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        }
        return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> true;
            case "markdown", "md" -> false;
            default -> throw LogboekException.usage("person.export-format", format);
        };
    }

    /**
     * The incidents {@code name} is involved in now (after corrections), oldest first, folded
     * compactly; an unknown name is a usage error offering the closest recorded name. Shared by
     * {@code person}, {@code person --export} and {@code purge --person}.
     */
    /** As {@link #involved}, with only what the chronology shows read (see IncidentBook.chronology). */
    static List<Involvement.Row> chronology(Context ctx, String name) {
        if (name == null || name.isBlank()) {
            throw LogboekException.usage("person.empty");
        }
        List<Involvement.Row> rows = ctx.incidents().chronology(name);
        if (rows.isEmpty()) {
            throw unknown(ctx, name);
        }
        return rows;
    }

    /** The error for a name no incident records: with the closest recorded name, when one is close. */
    private static LogboekException unknown(Context ctx, String name) {
        String near = ctx.incidents().nearest(name);
        if (near != null) {
            return LogboekException.usage("person.unknown-near", TerminalText.safe(name.strip()), TerminalText.safe(near));
        }
        return LogboekException.usage("person.unknown", TerminalText.safe(name.strip()));
    }

    static List<Involvement.Involved> involved(Context ctx, String name) {
        if (name == null || name.isBlank()) {
            throw LogboekException.usage("person.empty");
        }
        // Who is involved where is read from the lines that record people; only the incidents of
        // this person are then folded whole (status, category, title).
        // With the digest beside the index, only the incidents that may record the name are read.
        // Also the incidents a correction removed the person from: the record still holds the name.
        nl.logboek.incident.IncidentBook book = ctx.incidents();
        List<Involvement.Involved> rows = Involvement.recorded(name, book.involving(name));
        if (rows.isEmpty()) {
            throw unknown(ctx, name);
        }
        return rows;
    }
}
