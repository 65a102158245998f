package nl.logboek.logbook;

import java.util.Set;

/** The event types this version of the program writes and understands. */
public final class EventType {
    /** First line of every logbook: its id and format. */
    public static final String LOGBOOK = "logbook";
    public static final String CREATED = "created";
    public static final String ANNOTATED = "annotated";
    /** Checklist items ticked off. */
    public static final String ITEMS_DONE = "items-done";
    /** A protocol step finished; the incident moves to the next one. */
    public static final String STEP_DONE = "step-done";
    public static final String ESCALATED = "escalated";
    public static final String DE_ESCALATED = "de-escalated";
    public static final String CLOSED = "closed";

    public static final Set<String> KNOWN = Set.of(LOGBOOK, CREATED, ANNOTATED, ITEMS_DONE, STEP_DONE, ESCALATED,
            DE_ESCALATED, CLOSED);

    private EventType() {
    }
}
