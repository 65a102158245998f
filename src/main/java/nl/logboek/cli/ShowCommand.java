package nl.logboek.cli;

import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "show",
        description = "Show one incident with its full timeline.",
        footerHeading = "%nExamples:%n",
        footer = {"  logboek show k7m2", "  logboek show k7m2 --json | jq '.timeline[].type'"})
final class ShowCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident id, or a unique prefix of it.")
    String id;

    @Option(names = "--json", description = "Print JSON (docs/json-output.md).")
    boolean json;

    ShowCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Incident incident = ctx.incidents().get(id);
        if (json) {
            java.util.List<nl.logboek.incident.Checklist> checklists;
            try {
                checklists = nl.logboek.incident.Checklist.all(incident, ctx.protocols());
            } catch (nl.logboek.LogboekException noProtocol) {
                checklists = java.util.List.of(); // recorded before protocols, or its protocol is no longer loaded
            }
            Output.json(out(), IncidentJson.show(incident, checklists, java.time.LocalDate.now(ctx.app.clock()), ctx.levels()));
        } else {
            IncidentText text = new IncidentText(msg(), ctx.app.zone()).withLabelsFrom(ctx.protocols(), incident);
            text.summary(out(), incident);
            text.openFollowUps(out(), incident, java.time.LocalDate.now(ctx.app.clock()));
            text.timeline(out(), incident);
            if (!incident.moveConflicts().isEmpty()) {
                out().println();
                new EscalationText(msg(), ctx.protocols()).conflicts(out(), incident);
            }
            ctx.printChecklist(out(), incident);
        }
        return 0;
    }
}
