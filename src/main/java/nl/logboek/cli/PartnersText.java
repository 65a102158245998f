package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Messages;
import nl.logboek.i18n.Suggestions;
import nl.logboek.partners.Afsprakenkaart;
import nl.logboek.partners.PartnerCard;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The afsprakenkaart as text: the list of partners, one partner's card, and what escalate adds. */
final class PartnersText {
    private PartnersText() {
    }

    static String name(Messages msg, PartnerCard c) {
        return TerminalText.safe(c.name().in(msg.language()));
    }

    /** The partner's contact and agreements, a line per filled-in field, each under {@code indent}. */
    static List<String> details(Messages msg, PartnerCard c) {
        List<String> lines = new ArrayList<>();
        add(lines, msg, "partners.field.person", c.contact().person());
        add(lines, msg, "partners.field.phone", c.contact().phone());
        add(lines, msg, "partners.field.email", c.contact().email());
        add(lines, msg, "partners.field.notes", c.contact().notes());
        add(lines, msg, "partners.field.who-does-what", c.agreements().whoDoesWhat());
        add(lines, msg, "partners.field.involve-when", c.agreements().involveWhen());
        add(lines, msg, "partners.field.expects-involvement-when", c.agreements().expectsInvolvementWhen());
        add(lines, msg, "partners.field.who-intervenes-when", c.agreements().whoIntervenesWhen());
        return lines;
    }

    private static void add(List<String> lines, Messages msg, String key, String value) {
        if (value.isEmpty()) {
            return;
        }
        String text = TerminalText.safe(value.replaceAll("\\s*\\R\\s*", " "));
        lines.add(msg.get(key) + ": " + text);
    }

    /**
     * Refuses a partner that only the afsprakenkaart names where the protocols' partners are
     * required (escalate --partner, consent --partner), saying how to make it known. A partner
     * unknown to both is left to the command's own message.
     */
    static void requireKnownToProtocols(Afsprakenkaart kaart, String partner) {
        if (partner != null) {
            kaart.byId(partner.strip()).filter(c -> !c.inProtocols()).ifPresent(c -> {
                throw LogboekException.usage("partners.only-in-afsprakenkaart", c.id());
            });
        }
    }

    /** The partner {@code id}, or a usage error naming the closest id. */
    static PartnerCard find(Afsprakenkaart kaart, String id) {
        String wanted = id.strip();
        return kaart.byId(wanted).orElseThrow(() -> {
            String suggestion = Suggestions.closest(wanted, kaart.ids());
            return suggestion == null ? LogboekException.usage("partners.unknown", id)
                    : LogboekException.usage("partners.unknown-suggest", id, suggestion);
        });
    }

    /** `partners`: a line per partner (id, contact and agreements recorded, name), then the files read. */
    static void list(PrintWriter out, Messages msg, Afsprakenkaart kaart, Path whereInitWrites) {
        List<PartnerCard> all = kaart.all();
        int idWidth = Math.max(2, all.stream().mapToInt(c -> c.id().length() + (c.inProtocols() ? 0 : 1)).max().orElse(2));
        String yes = msg.get("partners.yes");
        String no = "-";
        String contactHead = msg.get("partners.column.contact");
        String agreementsHead = msg.get("partners.column.agreements");
        int cw = Math.max(contactHead.length(), yes.length());
        int aw = Math.max(agreementsHead.length(), yes.length());
        String format = "%-" + idWidth + "s  %-" + cw + "s  %-" + aw + "s  %s%n";
        out.printf(format, "ID", contactHead, agreementsHead, msg.get("partners.column.name"));
        int recorded = 0;
        boolean outside = false;
        for (PartnerCard c : all) {
            if (c.recorded()) {
                recorded++;
            }
            outside |= !c.inProtocols();
            out.printf(format, c.id() + (c.inProtocols() ? "" : "*"), c.contact().recorded() ? yes : no,
                    c.agreements().recorded() ? yes : no, name(msg, c));
        }
        out.println();
        out.println(msg.get(all.size() == 1 ? "partners.count.one" : "partners.count.many", all.size(), recorded));
        if (outside) {
            out.println(msg.get("partners.outside-note"));
        }
        if (kaart.files().isEmpty()) {
            out.println(msg.get("partners.no-file", whereInitWrites));
        }
        for (Path f : kaart.files()) {
            out.println(msg.get("partners.file", f));
        }
        out.flush();
    }

    /** `partners ID`. */
    static void card(PrintWriter out, Messages msg, PartnerCard c) {
        out.println(c.id() + "  " + name(msg, c));
        List<String> details = details(msg, c);
        if (details.isEmpty()) {
            out.println("  " + msg.get("partners.none-recorded"));
        }
        for (String line : details) {
            out.println("  " + line);
        }
        if (c.file() != null) {
            out.println("  " + msg.get("partners.from-file", c.file()));
        }
        if (!c.inProtocols()) {
            out.println("  " + msg.get("partners.not-in-protocols"));
        }
    }

    /** After an escalation involving {@code partner}: its agreements and contact, or one line on how to record them. */
    static void afterEscalation(PrintWriter out, Messages msg, Afsprakenkaart kaart, String partner) {
        kaart.byId(partner).ifPresent(c -> afterEscalation(out, msg, c));
    }

    private static void afterEscalation(PrintWriter out, Messages msg, PartnerCard c) {
        List<String> details = details(msg, c);
        if (details.isEmpty()) {
            out.println(msg.get("partners.escalate-hint", name(msg, c), c.id()));
            return;
        }
        out.println(msg.get("partners.escalate-heading", name(msg, c)));
        for (String line : details) {
            out.println("  " + line);
        }
    }
}
