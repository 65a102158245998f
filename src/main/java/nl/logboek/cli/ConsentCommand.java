package nl.logboek.cli;

import nl.logboek.incident.Dates;
import nl.logboek.incident.Incident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "consent",
        description = {
                "Record consent to exchange information about an incident with a partner (from whom, for which purpose, "
                        + "with which partner, on which date; Stappenplan Sexting & Loverboys, step 3), its refusal, or another legal ground.",
                "'export --for PARTNER' includes personal data only for incidents with a ground recorded for that partner."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  logboek consent k7m2 --partner cjg --from \"moeder van Lisa\" --purpose \"hulp via CJG\"",
                "  logboek consent k7m2 --partner politie --ground wettelijke-plicht --purpose \"melding zedenzaak\"",
                "  logboek consent k7m2 --partner cjg --from \"ouders\" --purpose \"hulp via CJG\" --refused"})
final class ConsentCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident id, or a unique prefix of it.")
    String id;

    @Option(names = "--partner", required = true, paramLabel = "PARTNER", description = "The partner the information goes to (ids: 'logboek partners').")
    String partner;

    @Option(names = "--from", paramLabel = "WHO", description = "Who gave (or refused) consent, by role: e.g. \"ouders\", \"leerling (16+)\".")
    String from;

    @Option(names = "--purpose", required = true, paramLabel = "TEXT", description = "For which purpose the information is shared.")
    String purpose;

    @Option(names = "--ground", paramLabel = "GROUND", defaultValue = "toestemming",
            description = "The legal ground: toestemming (consent, default), wettelijke-plicht (legal duty) or vitaal-belang (vital interest).")
    String ground;

    @Option(names = "--date", paramLabel = "DATE", description = "When consent was given. Default: today.")
    String date;

    @Option(names = "--refused", description = "Consent was asked and refused (a criterion to scale up in the Stappenplan Sexting & Loverboys).")
    boolean refused;

    @Option(names = "--checklist", description = "Print the whole checklist afterwards (as 'logboek next' does), not only what changed.")
    boolean checklist;

    ConsentCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        LocalDate on = date == null ? LocalDate.now(ctx.app.clock()) : Dates.parseDate("--date", date);
        if (on.isAfter(LocalDate.now(ctx.app.clock()))) {
            throw nl.logboek.LogboekException.usage("date.future", date);
        }
        if (ctx.protocols().partner(partner.strip()).isEmpty()) {
            PartnersText.requireKnownToProtocols(ctx.afsprakenkaart(), partner);
        }
        java.util.List<nl.logboek.incident.Checklist> before = checklist ? java.util.List.of()
                : new ShortAnswer(ctx).before(ctx.incidents().get(id));
        Incident incident = ctx.cases().consent(id, partner.strip(), from, purpose, ground.strip(), on, refused, ctx.author());
        // A refusal is a criterion to scale up, where the protocol has a ladder to scale up on.
        boolean ladder = refused && ctx.protocols().byId(incident.protocol())
                .map(p -> nl.logboek.incident.EscalationPath.hasLadder(p.ladder())).orElse(false);
        out().println(msg().get(!refused ? "consent.recorded" : ladder ? "consent.refused-recorded" : "consent.refused-recorded.no-ladder",
                incident.id(), new EscalationText(msg(), ctx.protocols()).partner(partner.strip())));
        new ShortAnswer(ctx).print(out(), before, incident, checklist);
        return 0;
    }
}
