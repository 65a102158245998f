package nl.logboek.cli;

import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentFilter;
import nl.logboek.incident.IncidentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "list",
        description = "List incidents, oldest first.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  logboek list --status open",
                "  logboek list --category sexting,sextortion --since 2026-09-01",
                "  logboek list --json | jq -r '.incidents[].id'"})
final class ListCommand extends BaseCommand {
    @Mixin
    FilterOptions filters;

    @Option(names = "--json", description = "Print JSON (docs/json-output.md).")
    boolean json;

    ListCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        IncidentFilter filter = filters.toFilter(ctx.app.zone());
        List<Incident> found = ctx.incidents().list(filter);
        if (json) {
            Output.json(out(), IncidentJson.list(found));
        } else {
            new IncidentText(msg(), ctx.app.zone()).table(out(), found);
        }
        return 0;
    }
}
