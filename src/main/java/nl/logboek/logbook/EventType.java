package nl.logboek.logbook;

import java.util.Set;

/** The event types this version of the program writes and understands. */
public final class EventType {
    /** First line of every logbook: its id and format. */
    public static final String LOGBOOK = "logbook";
    public static final String CREATED = "created";
    public static final String ANNOTATED = "annotated";

    public static final Set<String> KNOWN = Set.of(LOGBOOK, CREATED, ANNOTATED);

    private EventType() {
    }
}
