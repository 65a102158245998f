package nl.logboek.cli;

import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "close",
        description = {"Close an incident with its outcome.",
                "Refuses while mandatory items (such as the meld- en aangifteplicht) are open, unless --force; "
                        + "a forced close records which items were still open."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek close k7m2 --outcome \"Gesprekken gevoerd, excuses aangeboden, rust in de klas\""})
final class CloseCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident id, or a unique prefix of it.")
    String id;

    @Option(names = "--outcome", paramLabel = "TEXT", description = "How it ended (required).")
    String outcome;

    @Option(names = "--force", description = "Close even though mandatory items are open (they are recorded as open).")
    boolean force;

    @Option(names = "--json", description = "Print the incident as JSON afterwards.")
    boolean json;

    CloseCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Incident incident = ctx.cases().close(id, outcome, force, ctx.author());
        if (incident.closing().forced()) {
            err().println(msg().get("close.forced-warning", incident.id(), String.join(", ", incident.closing().openMandatory())));
        }
        if (json) {
            Output.json(out(), IncidentJson.one(incident));
        } else {
            out().println(msg().get("close.done", incident.id()));
        }
        return 0;
    }
}
