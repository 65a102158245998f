package nl.logboek.logbook;

/**
 * What the index knows of a line without reading it: enough to decide whether to read it.
 *
 * @param base for a de-escalation: whether it went back to the first level of the ladder
 */
public record EventKey(long line, String incident, String type, long epochSecond, boolean base) {
}
