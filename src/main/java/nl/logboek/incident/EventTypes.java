package nl.logboek.incident;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.EventType;
import nl.logboek.logbook.LineTypes;

import java.util.List;
import java.util.Set;

/**
 * The types of the lines about an incident (docs/logbook-format.md), and what the store may know
 * of them ({@link LineTypes}, found by the store through META-INF/services).
 */
public final class EventTypes implements LineTypes {
    public static final String CREATED = EventType.CREATED;
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
    /** Something to do on or by a day (a nagesprek, a call back). */
    public static final String FOLLOW_UP = "follow-up";
    /** A follow-up done. */
    public static final String FOLLOW_UP_DONE = "follow-up-done";
    /** A protocol's question or decision answered. */
    public static final String ANSWERED = "answered";

    /** In the order of their codes in the index: append only. */
    private static final List<String> ALL = List.of(CREATED, ANNOTATED, ITEMS_DONE, STEP_DONE, ESCALATED, DE_ESCALATED,
            CLOSED, CONSENT, AMENDED, RETRACTED, REOPENED, FOLLOW_UP, FOLLOW_UP_DONE, ANSWERED);

    /** The types that change an incident's status (see Status): its last such line decides it. */
    static final Set<String> CHANGES_STATUS = Set.of(CREATED, ESCALATED, DE_ESCALATED, CLOSED, REOPENED);

    /** The one instance the program installs in the store (LineTypes.install). */
    public static final EventTypes INSTANCE = new EventTypes();

    /** For the service loader. */
    public EventTypes() {
    }

    /** Whether a line of this type is a correction of the record rather than something that happened. */
    public static boolean correction(String type) {
        return AMENDED.equals(type) || RETRACTED.equals(type);
    }

    @Override
    public List<String> incidentTypes() {
        return ALL;
    }

    /** The index keeps each incident's last status line, so `list` knows statuses without reading lines. */
    @Override
    public boolean marksState(String type) {
        return CHANGES_STATUS.contains(type);
    }

    /** Kept with a status line: whether it leaves the incident at its ladder's first level (see Status.after). */
    @Override
    public boolean flag(String type, ObjectNode payload) {
        return switch (type) {
            case DE_ESCALATED -> IncidentEvent.Moved.read(type, payload).base();
            case REOPENED -> IncidentEvent.Reopened.read(payload).base();
            default -> false;
        };
    }
}
