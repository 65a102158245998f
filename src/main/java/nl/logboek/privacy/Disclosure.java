package nl.logboek.privacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.Event;

/**
 * What an export may show of the logbook. Every value that can identify someone passes through
 * one of these methods on its way out, so a new kind of export (for one partner, for a person
 * asking to see their file) only needs a new Disclosure, not a new writer.
 */
public interface Disclosure {
    /** Everything as recorded: for the coordinator's own use, never for partners. */
    Disclosure FULL = new FullDisclosure();

    /** Whether the export hides who is who. */
    boolean redacted();

    /** Whether an incident whose information came from {@code source} (a source id, may be null) may be in the export. */
    boolean shares(String source);

    /** A person involved, as the export shows them. */
    String person(String name);

    /** A member of staff who recorded something, as the export shows them. */
    String author(String name);

    /** Free text that may name people (title, notes, outcome): as shown, or null when it is left out. */
    String freeText(String text);

    /** Short descriptive text that is kept (platform, channel, regie) but may still contain a name. */
    String label(String text);

    /** An event's payload as the export shows it: a new object, the event is left alone. */
    ObjectNode payload(Event e);
}
