package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Suggestions;
import nl.logboek.partners.Afsprakenkaart;
import nl.logboek.partners.PartnerCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "partners",
        description = {
                "List the partners you can involve, with their ids (for escalate --partner and consent --partner) and "
                        + "whether your organisation recorded a contact or agreements for them; with an ID, show that "
                        + "partner's contact and agreements.",
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
        Afsprakenkaart kaart = ctx.afsprakenkaart();
        if (id != null) {
            PartnerCard card = kaart.byId(id.strip()).orElseThrow(() -> {
                String suggestion = Suggestions.closest(id.strip(), kaart.ids());
                return suggestion == null ? LogboekException.usage("partners.unknown", id)
                        : LogboekException.usage("partners.unknown-suggest", id, suggestion);
            });
            if (json) {
                Output.json(out(), PartnersJson.partner(card));
            } else {
                PartnersText.card(out(), msg(), card);
            }
            out().flush();
            return 0;
        }
        if (json) {
            Output.json(out(), PartnersJson.partners(kaart));
            return 0;
        }
        list(kaart);
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

    private void list(Afsprakenkaart kaart) {
        PrintWriter out = out();
        List<PartnerCard> all = kaart.all();
        int idWidth = Math.max(2, all.stream().mapToInt(c -> c.id().length() + (c.inProtocols() ? 0 : 1)).max().orElse(2));
        String yes = msg().get("partners.yes");
        String no = "-";
        String contactHead = msg().get("partners.column.contact");
        String agreementsHead = msg().get("partners.column.agreements");
        int cw = Math.max(contactHead.length(), yes.length());
        int aw = Math.max(agreementsHead.length(), yes.length());
        String format = "%-" + idWidth + "s  %-" + cw + "s  %-" + aw + "s  %s%n";
        out.printf(format, "ID", contactHead, agreementsHead, msg().get("partners.column.name"));
        int recorded = 0;
        boolean outside = false;
        for (PartnerCard c : all) {
            if (c.recorded()) {
                recorded++;
            }
            outside |= !c.inProtocols();
            out.printf(format, c.id() + (c.inProtocols() ? "" : "*"), c.contact().recorded() ? yes : no,
                    c.agreements().recorded() ? yes : no, PartnersText.name(msg(), c));
        }
        out.println();
        out.println(msg().get(all.size() == 1 ? "partners.count.one" : "partners.count.many", all.size(), recorded));
        if (outside) {
            out.println(msg().get("partners.outside-note"));
        }
        if (kaart.files().isEmpty()) {
            out.println(msg().get("partners.no-file", Surroundings.afsprakenkaartFile(ctx.app)));
        }
        for (Path f : kaart.files()) {
            out.println(msg().get("partners.file", f));
        }
        out.flush();
    }
}
