package nl.logboek.cli;

import nl.logboek.i18n.Messages;
import nl.logboek.partners.PartnerCard;

import java.io.PrintWriter;
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

    /** After an escalation to {@code c}: its agreements and contact, or one line on how to record them. */
    static void afterEscalation(PrintWriter out, Messages msg, PartnerCard c) {
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
