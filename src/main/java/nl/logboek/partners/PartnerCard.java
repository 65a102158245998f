package nl.logboek.partners;

import nl.logboek.protocol.LocalizedText;

import java.nio.file.Path;

/**
 * One partner as the organisation knows it: its id and name, whether the protocols know it (only
 * those can be named in {@code escalate --partner} and {@code consent --partner}), and the
 * contact and agreements of the afsprakenkaart file it comes from.
 *
 * @param file the afsprakenkaart that gave the contact and agreements, or null when no file names
 *             this partner
 */
public record PartnerCard(String id, LocalizedText name, boolean inProtocols, Contact contact, Agreements agreements,
                          Path file) {

    public PartnerCard {
        contact = contact == null ? Contact.NONE : contact;
        agreements = agreements == null ? Agreements.NONE : agreements;
    }

    /** Whether the organisation recorded a contact or agreements for this partner. */
    public boolean recorded() {
        return contact.recorded() || agreements.recorded();
    }
}
