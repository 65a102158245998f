package nl.logboek.cli;

import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "reopen",
        description = {"Open a closed incident again, for instance when it was closed too soon or the problem came back.",
                "It continues where it stood in its protocol and on the escalation ladder; the close stays in the timeline."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek reopen k7m2 --reason \"Pesten is na de vakantie opnieuw begonnen\""})
final class ReopenCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident id, or a unique prefix of it.")
    String id;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is reopened (required).")
    String reason;

    @Option(names = "--json", description = "Print the incident as JSON afterwards.")
    boolean json;

    ReopenCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Incident incident = ctx.cases().reopen(id, reason, ctx.author());
        if (json) {
            Output.json(out(), IncidentJson.one(incident, ctx.levels()));
            return 0;
        }
        out().println(msg().get("reopen.done", incident.id()));
        ctx.printChecklist(out(), incident);
        return 0;
    }
}
