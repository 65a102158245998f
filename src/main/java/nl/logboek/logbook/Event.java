package nl.logboek.logbook;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.OffsetDateTime;

/**
 * One line of the logbook, as read back and checked.
 *
 * @param line     1-based line number in the file it was read from
 * @param incident the incident it belongs to, or null for events about the logbook itself
 * @param writer   in a team logbook, the member (and machine) whose file it was read from; null
 *                 in a logbook of one file
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
        String hash,
        String writer) {

    public Event(long line, int version, long seq, String incident, String type, OffsetDateTime time, String author,
                 ObjectNode payload, String prev, String hash) {
        this(line, version, seq, incident, type, time, author, payload, prev, hash, null);
    }

    /** The same event, as read from the file of this team member (see TeamView). */
    Event fromWriter(String name) {
        return new Event(line, version, seq, incident, type, time, author, payload, prev, hash, name);
    }

    /** Whether this line's content was removed by a purge (then author is null and payload empty). */
    public boolean purged() {
        return author == null && payload.path(EventCodec.PURGED_MARK).asBoolean();
    }

    public String text(String field) {
        var node = payload.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
