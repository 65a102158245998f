package nl.logboek.protocol;

/**
 * One thing wrong with a protocol file, precise enough to fix it without reading code.
 *
 * @param line  1-based line number, or 0 when no line applies (a missing directory)
 * @param field path of the offending field, such as {@code steps[2].items[0].text} (indexes
 *              count from 0), or empty when the problem is the file as a whole
 */
public record ProtocolProblem(String file, int line, String field, String message) {

    /** {@code my-protocol.json:14: steps[2].items[0].text: missing "en"}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (!field.isEmpty()) {
            s.append(field).append(": ");
        }
        return s.append(message).toString();
    }
}
