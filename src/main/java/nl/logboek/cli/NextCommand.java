package nl.logboek.cli;

import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "next",
        description = "Print the checklist of the incident's current protocol step: alerts, items (done ones ticked), partners, regie.",
        footerHeading = "%nExamples:%n",
        footer = {"  logboek next k7m2", "  logboek next k7m2 --advance    # this step is finished, go to the next one",
                "  logboek next k7m2 --json | jq -r '.checklist.items[] | select(.done | not) | .id'"})
final class NextCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident id, or a unique prefix of it.")
    String id;

    @Option(names = "--advance", description = "Record that the current step is finished and move to the next step; with items open, --reason is required.")
    boolean advance;

    @Option(names = "--protocol", paramLabel = "PROTOCOL",
            description = "With --advance: the protocol added beside the main one whose step is finished (default: the main protocol).")
    String protocol;

    @Option(names = "--reason", paramLabel = "TEXT", description = "With --advance: why the step is finished with items still open (recorded with the items left open).")
    String reason;

    @Option(names = "--json", description = "Print the checklist as JSON: {format, incident, checklist, checklists} (docs/json-output.md).")
    boolean json;

    NextCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (!advance && (protocol != null || reason != null)) {
            throw nl.logboek.LogboekException.usage("next.advance-only");
        }
        Incident incident = advance ? ctx.cases().advance(id, protocol, reason, ctx.author()) : ctx.incidents().get(id);
        if (json) {
            java.util.List<nl.logboek.incident.Checklist> checklists;
            try {
                checklists = nl.logboek.incident.Checklist.all(incident, ctx.protocols());
            } catch (nl.logboek.LogboekException noProtocol) {
                checklists = java.util.List.of(); // recorded before protocols, or its protocol is no longer loaded
            }
            Output.json(out(), nl.logboek.incident.IncidentJson.next(incident, checklists));
            return 0;
        }
        if (advance) {
            IncidentEvent.StepDone done = (IncidentEvent.StepDone) incident.entries().get(incident.entries().size() - 1).event();
            if (done.leftOpen().isEmpty()) {
                out().println(msg().get("next.advanced", incident.id()));
            } else {
                // The items by their text, as the checklist showed them.
                ProtocolLabels labels = ProtocolLabels.of(msg(), ctx.protocols(), incident.protocol());
                out().println(msg().get("next.advanced-open", incident.id(), String.join("; ", done.leftOpen().stream()
                        .map(item -> labels.itemInSentence(done.protocol() == null ? item : done.protocol() + ":" + item)).toList())));
            }
        } else {
            out().println(incident.id() + "  " + TerminalText.safe(incident.title()));
        }
        new EscalationText(msg(), ctx.protocols()).conflicts(out(), incident);
        ctx.printChecklist(out(), incident);
        new IncidentText(msg(), ctx.app.zone()).openFollowUps(out(), incident, java.time.LocalDate.now(ctx.app.clock()));
        return 0;
    }
}
