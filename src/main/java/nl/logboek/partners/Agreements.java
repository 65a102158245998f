package nl.logboek.partners;

/**
 * What the organisation agreed with a partner before any incident, the questions of the
 * afsprakenkaart (Routekaart Samenwerken bij online jeugdcriminaliteit, "Samenwerking en
 * afspraken"): the division of roles (who does what), when the organisation involves this
 * partner, when the partner expects to be involved, and at which signal who intervenes. Every
 * field may be empty.
 */
public record Agreements(String whoDoesWhat, String involveWhen, String expectsInvolvementWhen,
                         String whoIntervenesWhen) {
    public static final Agreements NONE = new Agreements("", "", "", "");

    public Agreements {
        whoDoesWhat = Contact.clean(whoDoesWhat);
        involveWhen = Contact.clean(involveWhen);
        expectsInvolvementWhen = Contact.clean(expectsInvolvementWhen);
        whoIntervenesWhen = Contact.clean(whoIntervenesWhen);
    }

    /** Whether anything is filled in. */
    public boolean recorded() {
        return !(whoDoesWhat.isEmpty() && involveWhen.isEmpty() && expectsInvolvementWhen.isEmpty()
                && whoIntervenesWhen.isEmpty());
    }
}
