package nl.logboek.incident;


/**
 * How an incident's status follows from its events: open until escalated (opgeschaald), back to
 * afgeschaald when scaled down to the first level of the ladder, gesloten when closed. The one
 * place this rule lives: the folded incident, `list` (from the index alone) and `export` use it.
 */
public final class Status {
    public static final String OPEN = "open";
    public static final String CLOSED = "gesloten";
    /** Every status but gesloten: `list`'s default (--status active). */
    public static final java.util.Set<String> ACTIVE = java.util.Set.of(OPEN, "opgeschaald", "afgeschaald");

    private Status() {
    }

    /**
     * The status after an event of {@code type}; {@code base} tells whether a de-escalation or a
     * reopening left the incident at the ladder's first level. Other events leave the status as it was.
     */
    public static String after(String current, String type, boolean base) {
        return switch (type) {
            case EventTypes.CREATED -> OPEN;
            case EventTypes.ESCALATED -> "opgeschaald";
            case EventTypes.DE_ESCALATED -> base ? "afgeschaald" : "opgeschaald";
            case EventTypes.CLOSED -> "gesloten";
            case EventTypes.REOPENED -> base ? OPEN : "opgeschaald";
            default -> current;
        };
    }
}
