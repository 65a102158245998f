package nl.logboek.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.json.JsonTrees;
import nl.logboek.partners.Afsprakenkaart;
import nl.logboek.partners.PartnerCard;

/** The --json shapes of `logboek partners` (docs/json-output.md), apart from the command class as JsonViews. */
final class PartnersJson {
    private PartnersJson() {
    }

    /** `partners --json`: {format, files[], partners[]}. */
    static ObjectNode partners(Afsprakenkaart kaart) {
        ObjectNode o = JsonTrees.object();
        o.put("format", 1);
        var files = o.putArray("files");
        kaart.files().forEach(f -> files.add(f.toString()));
        var arr = o.putArray("partners");
        for (PartnerCard c : kaart.all()) {
            arr.add(card(c));
        }
        return o;
    }

    /** `partners ID --json`: {format, partner}. */
    static ObjectNode partner(PartnerCard c) {
        ObjectNode o = JsonTrees.object();
        o.put("format", 1);
        o.set("partner", card(c));
        return o;
    }

    private static ObjectNode card(PartnerCard c) {
        ObjectNode o = JsonTrees.object();
        o.put("id", c.id());
        ObjectNode name = o.putObject("name");
        name.put("nl", c.name().in("nl"));
        name.put("en", c.name().in("en"));
        o.put("in_protocols", c.inProtocols());
        o.put("contact_recorded", c.contact().recorded());
        o.put("agreements_recorded", c.agreements().recorded());
        ObjectNode contact = o.putObject("contact");
        put(contact, "person", c.contact().person());
        put(contact, "phone", c.contact().phone());
        put(contact, "email", c.contact().email());
        put(contact, "notes", c.contact().notes());
        ObjectNode agreements = o.putObject("agreements");
        put(agreements, "who_does_what", c.agreements().whoDoesWhat());
        put(agreements, "involve_when", c.agreements().involveWhen());
        put(agreements, "expects_involvement_when", c.agreements().expectsInvolvementWhen());
        put(agreements, "who_intervenes_when", c.agreements().whoIntervenesWhen());
        o.put("file", c.file() == null ? null : c.file().toString());
        return o;
    }

    /** Not recorded is null, never "". */
    private static void put(ObjectNode o, String key, String value) {
        if (value == null || value.isEmpty()) {
            o.putNull(key);
        } else {
            o.put(key, value);
        }
    }
}
