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
                "The reason is a criterion id or number from the protocol (see 'logboek protocols show ID'), or free text.",
                "--down goes back along the way the incident came. Going to a partner outside your organisation warns when "
                        + "no ground to share is recorded for it ('logboek consent') or the information comes from a private account."},
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

    @Option(names = "--down", description = "Scale down instead of up: back to the level the incident came from.")
    boolean down;

    @Option(names = "--partner", paramLabel = "PARTNER", description = "The partner involved, if not the level's first "
            + "partner (ids: 'logboek partners'). Its contact and agreements from your afsprakenkaart are shown afterwards.")
    String partner;

    @Option(names = "--json", description = "Print the incident as JSON afterwards.")
    boolean json;

    @Option(names = "--checklist", description = "Print the whole checklist afterwards (as 'logboek next' does), not only what changed.")
    boolean checklist;

    EscalateCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        // Read before anything is recorded: a mistake in the afsprakenkaart refuses the command
        // (exit 2) instead of failing after the escalation was written.
        var kaart = ctx.afsprakenkaart();
        PartnersText.requireKnownToProtocols(kaart, partner);
        java.util.List<nl.logboek.incident.Checklist> before = json || checklist ? java.util.List.of()
                : new ShortAnswer(ctx).before(ctx.incidents().get(id));
        Incident incident = ctx.cases().escalate(id, down, to, reason, partner, ctx.author());
        EscalationText text = new EscalationText(msg(), ctx.protocols());
        var moved = (nl.logboek.incident.IncidentEvent.Moved) incident.entries().get(incident.entries().size() - 1).event();
        if (json) {
            Output.json(out(), IncidentJson.one(incident, ctx.levels()));
        } else {
            ProtocolLabels labels = ProtocolLabels.of(msg(), ctx.protocols(), incident.protocol());
            out().println(msg().get(moved.down() ? "escalate.down-done" : "escalate.up-done",
                    incident.id(), labels.level(moved.from()), labels.level(moved.to())));
            // The partner involved now: named with --partner, or the first partner of the level
            // reached going up. Going down without --partner involves no one new.
            if (moved.partner() != null && (!moved.down() || partner != null)) {
                PartnersText.afterEscalation(out(), msg(), kaart, moved.partner());
            }
            new ShortAnswer(ctx).levelAlreadySaid().print(out(), before, incident, checklist);
        }
        if (!moved.down()) {
            text.warnings(err(), incident, text.reached(incident, partner, moved.to()));
        }
        return 0;
    }
}
