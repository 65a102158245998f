package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.partners.Afsprakenkaart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "partners",
        description = {
                "List the partners you can involve, by id, and what your organisation agreed with them.",
                "Each line says whether a contact and agreements are recorded; 'logboek partners ID' shows them. The ids "
                        + "are those that escalate --partner, consent --partner and export --for take.",
                "The agreements are your afsprakenkaart, made with your partners before any incident: who does what, "
                        + "when you involve whom, when a partner expects to be involved, at which signal who intervenes. "
                        + "They live in afsprakenkaart.json in your config folder ($XDG_CONFIG_HOME/logboek, "
                        + "~/.config/logboek) and, for a team logbook, in the team folder, whose entry for a partner "
                        + "counts over yours. 'logboek partners --init' writes a file to fill in, with every partner and "
                        + "empty fields; see docs/partners.md. 'logboek escalate' shows the partner's agreements."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek partners", "  logboek partners cjg", "  logboek partners --init",
                "  logboek partners --json | jq -r '.partners[] | select(.agreements_recorded) | .id'"})
final class PartnersCommand extends BaseCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "PARTNER", description = "Show this partner's contact and agreements.")
    String id;

    @Option(names = "--init", description = "Write an afsprakenkaart to fill in to your config folder "
            + "(every partner, empty fields; private to you, 0600). An existing file is never replaced.")
    boolean init;

    @Option(names = "--json", description = "Print JSON: {format, files[], partners[]} (docs/json-output.md).")
    boolean json;

    PartnersCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (init) {
            if (id != null) {
                throw LogboekException.usage("partners.init-with-id");
            }
            return init();
        }
        // The afsprakenkaart's own types stay out of this class's fields, signatures and lambdas
        // (picocli reflects over command classes on every start; see docs/architecture.md).
        if (id != null) {
            if (json) {
                Output.json(out(), PartnersJson.partner(PartnersText.find(ctx.afsprakenkaart(), id)));
            } else {
                PartnersText.card(out(), msg(), PartnersText.find(ctx.afsprakenkaart(), id));
            }
            out().flush();
            return 0;
        }
        if (json) {
            Output.json(out(), PartnersJson.partners(ctx.afsprakenkaart()));
            return 0;
        }
        PartnersText.list(out(), msg(), ctx.afsprakenkaart(), Surroundings.afsprakenkaartFile(ctx.app));
        return 0;
    }

    private int init() {
        Path file = Surroundings.afsprakenkaartFile(ctx.app);
        List<nl.logboek.protocol.Partner> base = ctx.protocols().partners();
        Afsprakenkaart.writeTemplate(file, base);
        out().println(msg().get("partners.init-done", file, base.size()));
        out().println(msg().get("partners.init-next"));
        out().flush();
        return 0;
    }
}
