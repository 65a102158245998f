package nl.logboek.logbook;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.OffsetDateTime;

/**
 * One line of the logbook, as read back and checked.
 *
 * @param line     1-based line number in the file it was read from
 * @param incident the incident it belongs to, or null for events about the logbook itself
 */
public record Event(
        long line,
        int version,
        long seq,
        String incident,
        String type,
        OffsetDateTime time,
        String author,
        ObjectNode payload,
        String prev,
        String hash) {

    /** Whether this line's content was removed by a purge (then author is null and payload empty). */
    public boolean purged() {
        return author == null && payload.path(EventCodec.PURGED_MARK).asBoolean();
    }

    public String text(String field) {
        var node = payload.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
