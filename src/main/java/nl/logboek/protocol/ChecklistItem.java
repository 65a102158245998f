package nl.logboek.protocol;

/**
 * One thing to do or to answer in a step; the coordinator ticks it by its id, so ids are stable
 * forever.
 *
 * @param mandatory required by law or by the protocol, not left to judgement
 * @param dated     the date on which it was done must be recorded (legal deadlines, escalations)
 * @param consent   ticking it records a consent to share information (from whom, for what
 *                  purpose, with which partner, when)
 * @param source    where the item comes from, when not from the protocol's own source
 */
public record ChecklistItem(String id, LocalizedText text, boolean mandatory, boolean dated,
                            boolean consent, String source) {
}
