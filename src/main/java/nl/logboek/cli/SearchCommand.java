package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.incident.IncidentFilter;
import nl.logboek.incident.IncidentSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "search", aliases = "zoek",
        description = {"Find a text in titles, descriptions, people, notes (your personal notes too, marked), "
                + "evidence, item notes, outcomes, consents and correction reasons, oldest incident first.",
                "Case, accents and runs of spaces do not count; the text is taken literally (no patterns). "
                        + "Exit code 0 when something was found, 1 when nothing was."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek search \"groepsapp 2b\"",
                "  logboek zoek zoe --status open",
                "  logboek search bangalijst --json | jq -r '.matches[].incident' | sort -u"})
final class SearchCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "TEXT", description = "What to look for.")
    String text;

    @Mixin
    FilterOptions filters;

    @Option(names = "--json", description = "Print JSON (docs/json-output.md).")
    boolean json;

    SearchCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (text == null || text.isBlank()) {
            throw LogboekException.usage("search.empty");
        }
        IncidentFilter filter = filters.toFilter(ctx.app.zone());
        IncidentSearch search = new IncidentSearch(text);
        if (search.needle().isEmpty()) {
            throw LogboekException.usage("search.empty");
        }
        // Text is printed as it is found; JSON needs every match first.
        List<IncidentSearch.Match> found = new ArrayList<>();
        int[] count = {0};
        FindingsText view = json ? null : new FindingsText(msg(), ctx.app.zone(), ctx.ansi(), out());
        ctx.incidents().search(filter, search.needle(), search::in, matches -> {
            for (IncidentSearch.Match m : matches) {
                if (view == null) {
                    found.add(m);
                } else {
                    view.print(m);
                }
                count[0]++;
            }
        });
        if (json) {
            Output.json(out(), FindingsText.json(text, found));
        } else {
            out().flush();
            if (count[0] == 0) {
                err().println(msg().get("search.none", TerminalText.safe(text.strip())));
            }
        }
        return count[0] == 0 ? 1 : 0;
    }
}
