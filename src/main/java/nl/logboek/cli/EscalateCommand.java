package nl.logboek.cli;

import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "escalate",
        description = {
                "Scale an incident up one level of its protocol's escalation ladder (or down with --down, or to a named "
                        + "level with --to), recording the partner, who now holds regie, and the criterion met.",
                "The reason is a criterion id or number from the protocol (see 'logboek protocols show ID'), or free text."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  logboek escalate k7m2 --reason meer-partners-nodig",
                "  logboek escalate k7m2 --to zorg-en-veiligheidshuis --reason \"ouders weigeren toestemming\"",
                "  logboek escalate k7m2 --down --reason doel-bereikt"})
final class EscalateCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident id, or a unique prefix of it.")
    String id;

    @Option(names = "--reason", paramLabel = "CRITERION|TEXT", description = "Why: a criterion id or number of the protocol, or free text (required).")
    String reason;

    @Option(names = "--to", paramLabel = "LEVEL", description = "Go straight to this level of the ladder.")
    String to;

    @Option(names = "--down", description = "Scale down instead of up.")
    boolean down;

    @Option(names = "--partner", paramLabel = "PARTNER", description = "The partner involved, if not the level's first partner.")
    String partner;

    @Option(names = "--json", description = "Print the incident as JSON afterwards.")
    boolean json;

    EscalateCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Incident incident = ctx.cases().escalate(id, down, to, reason, partner, ctx.author());
        if (json) {
            Output.json(out(), IncidentJson.one(incident));
        } else {
            var moved = (nl.logboek.incident.IncidentEvent.Moved) incident.entries().get(incident.entries().size() - 1).event();
            out().println(msg().get(moved.down() ? "escalate.down-done" : "escalate.up-done",
                    incident.id(), TerminalText.safe(moved.from()), TerminalText.safe(moved.to())));
            ctx.printChecklist(out(), incident);
        }
        return 0;
    }
}
