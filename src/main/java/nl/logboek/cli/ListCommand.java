package nl.logboek.cli;

import nl.logboek.protocol.Category;
import nl.logboek.incident.Dates;
import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentFilter;
import nl.logboek.incident.IncidentJson;
import nl.logboek.incident.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "list",
        description = "List incidents, oldest first.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  logboek list --status open",
                "  logboek list --category sexting,sextortion --since 2026-09-01",
                "  logboek list --json | jq -r '.incidents[].id'"})
final class ListCommand extends BaseCommand {
    @Option(names = "--status", paramLabel = "STATUS", split = ",",
            description = "Only these statuses: open, opgeschaald, afgeschaald, gesloten.")
    List<String> statuses = new ArrayList<>();

    @Option(names = {"-c", "--category"}, paramLabel = "CATEGORY", split = ",",
            completionCandidates = NewCommand.CategoryCandidates.class, description = "Only these categories.")
    List<String> categories = new ArrayList<>();

    @Option(names = "--since", paramLabel = "DATE", description = "Only incidents reported on or after DATE (yyyy-mm-dd).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only incidents reported on or before DATE (yyyy-mm-dd).")
    String until;

    @Option(names = "--json", description = "Print JSON (docs/json-output.md).")
    boolean json;

    ListCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        IncidentFilter filter = filter(statuses, categories, since, until, ctx);
        List<Incident> found = ctx.incidents().list(filter);
        if (json) {
            Output.json(out(), IncidentJson.list(found));
        } else {
            new IncidentText(msg(), ctx.app.zone()).table(out(), found);
        }
        return 0;
    }

    static IncidentFilter filter(List<String> statuses, List<String> categories, String since, String until, Context ctx) {
        Set<String> st = new LinkedHashSet<>();
        statuses.forEach(s -> st.add(Vocabulary.STATUS.parse(s)));
        Set<String> cats = new LinkedHashSet<>();
        categories.forEach(c -> cats.add(Category.parse(c).id()));
        return new IncidentFilter(st, cats,
                since == null ? null : Dates.parseDate("--since", since),
                until == null ? null : Dates.parseDate("--until", until),
                ctx.app.zone());
    }
}
