package nl.logboek.protocol;

import java.util.List;

/**
 * An entry that completes an item without a separate tick (one fact, one entry): evidence with
 * these fields, an escalation to a level or partner, a scaling down, or a consent for a partner.
 * Exactly one form is given (the validator checks that).
 *
 * @param evidence     evidence fields an {@code annotate --evidence} entry must all record
 * @param escalation   a level id or partner id the escalation reaches; "*" for any escalation
 * @param deescalation any scaling down
 * @param consent      the partner id a consent (or other ground) is recorded for; "*" for any
 */
public record Fulfilment(List<String> evidence, String escalation, Boolean deescalation, String consent) {

    /** The evidence fields an item can ask for, as named in protocol files. */
    public static final List<String> EVIDENCE_FIELDS =
            List.of("postedBy", "channel", "account", "involved", "url", "postedAt", "screenshot");

    public static final String ANY = "*";

    public Fulfilment {
        evidence = Copies.of(evidence);
    }
}
