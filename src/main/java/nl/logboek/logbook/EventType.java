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
    /** Consent (or another legal ground) to exchange information with a partner, or its refusal. */
    public static final String CONSENT = "consent";
    /** A correction of what was recorded; the original line stays. */
    public static final String AMENDED = "amended";
    /** A tick, a note or evidence recorded in error, taken back; the original line stays. */
    public static final String RETRACTED = "retracted";
    /** A closed incident opened again. */
    public static final String REOPENED = "reopened";
    /** About the logbook: the content of these incidents was removed (retention); lists ids, never content. */
    public static final String PURGE = "purge";

    /** The types that change an incident's status (see incident.Status): its last such line decides it. */
    public static final Set<String> CHANGES_STATUS = Set.of(CREATED, ESCALATED, DE_ESCALATED, CLOSED, REOPENED);

    public static final Set<String> KNOWN = Set.of(LOGBOOK, CREATED, ANNOTATED, ITEMS_DONE, STEP_DONE, ESCALATED,
            DE_ESCALATED, CLOSED, CONSENT, PURGE, AMENDED, RETRACTED, REOPENED);

    /**
     * For a line that changes its incident's status: whether it leaves the incident at the first
     * level of its ladder (the payload's {@code base}; a de-escalation or a reopening).
     */
    public static boolean atBase(Event e) {
        return (DE_ESCALATED.equals(e.type()) || REOPENED.equals(e.type())) && e.payload().path("base").asBoolean();
    }

    /** Types that are about the logbook as a whole, not about one incident. */
    public static boolean aboutLogbook(String type) {
        return LOGBOOK.equals(type) || PURGE.equals(type);
    }

    private EventType() {
    }
}
