package nl.logboek.logbook;

/**
 * What the index knows of a line without reading it: enough to decide whether to read it.
 *
 * @param ordinal the incident's place among all incidents in the order they were created
 *                (0, 1, 2, ...), so that per-incident state can live in arrays; -1 for a line
 *                about the logbook itself
 * @param flag    for a line that marks its incident's state: the bit {@link LineTypes#flag} keeps
 */
public record EventKey(long line, int ordinal, String incident, String type, long epochSecond, boolean flag) {
}
