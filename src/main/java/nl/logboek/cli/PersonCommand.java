package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.incident.Incident;
import nl.logboek.incident.Involvement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "person", aliases = "persoon",
        description = {"One person's incidents, oldest first: when reported, the incident, their role, the category, "
                + "the status and the title.",
                "The name is compared without case, accents or extra spaces, with the people each incident has now "
                        + "(after corrections). An unknown name is an error (exit code 2) that offers the closest recorded name."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek person \"Sam de Vries\"",
                "  logboek persoon \"sam de vries\" --json | jq -r '.incidents[].id'"})
final class PersonCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The person's name, as recorded.")
    String name;

    @Option(names = "--json", description = "Print JSON (docs/json-output.md).")
    boolean json;

    PersonCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (name == null || name.isBlank()) {
            throw LogboekException.usage("person.empty");
        }
        List<Involvement.Involved> rows = involved(ctx, name);
        if (json) {
            Output.json(out(), FindingsText.person(name.strip(), rows));
        } else {
            new FindingsText(msg(), ctx.app.zone(), ctx.ansi(), out()).chronology(name.strip(), rows);
        }
        return 0;
    }

    /**
     * The incidents {@code name} is involved in now (after corrections), oldest first, folded
     * compactly; an unknown name is a usage error offering the closest recorded name. Shared by
     * {@code person}, {@code person --export} and {@code purge --person}.
     */
    static List<Involvement.Involved> involved(Context ctx, String name) {
        if (name == null || name.isBlank()) {
            throw LogboekException.usage("person.empty");
        }
        // Who is involved where is read from the lines that record people; only the incidents of
        // this person are then folded whole (status, category, title).
        nl.logboek.incident.IncidentBook book = ctx.incidents();
        List<Incident> everyone = book.people();
        List<Involvement.Involved> found = Involvement.of(name, everyone);
        List<Involvement.Involved> rows = found.isEmpty() ? found
                : Involvement.of(name, book.compact(found.stream().map(r -> r.incident().id()).toList()));
        if (rows.isEmpty()) {
            String near = Involvement.nearest(name, everyone);
            if (near != null) {
                throw LogboekException.usage("person.unknown-near", TerminalText.safe(name.strip()), TerminalText.safe(near));
            }
            throw LogboekException.usage("person.unknown", TerminalText.safe(name.strip()));
        }
        return rows;
    }
}
