package nl.logboek.cli;

import nl.logboek.incident.Incident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "next",
        description = "Print the checklist of the incident's current protocol step: alerts, items (done ones ticked), partners, regie.",
        footerHeading = "%nExamples:%n",
        footer = {"  logboek next k7m2", "  logboek next k7m2 --advance    # this step is finished, go to the next one"})
final class NextCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident id, or a unique prefix of it.")
    String id;

    @Option(names = "--advance", description = "Record that the current step is finished (even with items open) and move to the next step.")
    boolean advance;

    NextCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Incident incident = advance ? ctx.cases().advance(id, ctx.author()) : ctx.incidents().get(id);
        if (advance) {
            out().println(msg().get("next.advanced", incident.id()));
        } else {
            out().println(incident.id() + "  " + incident.title());
        }
        new EscalationText(msg(), ctx.protocols()).conflicts(out(), incident);
        ctx.printChecklist(out(), incident);
        new IncidentText(msg(), ctx.app.zone()).openFollowUps(out(), incident, java.time.LocalDate.now(ctx.app.clock()));
        return 0;
    }
}
