package nl.logboek.logbook;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.i18n.Msg;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Writes and reads one logbook line. A line is a head (envelope fields plus the SHA-256 of the
 * content), the hash of that head, and the content (author and payload):
 *
 * <pre>{"v":1,"seq":N,"incident":..,"type":..,"time":..,"prev":..,"content_sha256":..,"hash":..,"author":..,"payload":{..}}</pre>
 *
 * The hash covers the exact bytes of the head, so the chain can be checked with text tools alone;
 * the content is covered through its own digest, so that later features (encryption, purge) can
 * replace the content without breaking the chain. See docs/logbook-format.md.
 */
public final class EventCodec {
    public static final int VERSION = 1;
    private static final String HASH_FIELD = ",\"hash\":\"";
    static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private EventCodec() {
    }

    /** An encoded line (with its trailing newline) and the hash the next line must chain to. */
    public record Encoded(String line, String hash) {
    }

    public static Encoded encode(long seq, String incident, String type, OffsetDateTime time,
                                 String prev, String author, ObjectNode payload) {
        String content = content(author, payload);
        String contentSha = Hashing.sha256(content);
        String head = head(seq, incident, type, time, prev, contentSha);
        String hash = Hashing.sha256(head);
        String line = head.substring(0, head.length() - 1) + HASH_FIELD + hash + "\"," + content.substring(1) + "\n";
        return new Encoded(line, hash);
    }

    private static String head(long seq, String incident, String type, OffsetDateTime time, String prev, String contentSha) {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = JsonTrees.FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("v", VERSION);
            g.writeNumberField("seq", seq);
            g.writeStringField("incident", incident);
            g.writeStringField("type", type);
            g.writeStringField("time", TIME.format(time));
            g.writeStringField("prev", prev);
            g.writeStringField("content_sha256", contentSha);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static String content(String author, ObjectNode payload) {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = JsonTrees.FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("author", author);
            g.writeFieldName("payload");
            JsonTrees.write(g, payload);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * Parses and checks one line on its own (the chain between lines is checked by the reader).
     *
     * @throws LineDamage naming what is wrong
     */
    public static Event decode(String text, long lineNo) {
        JsonNode tree;
        try {
            tree = JsonTrees.parse(text);
        } catch (JsonProcessingException e) {
            throw new LineDamage(lineNo, new Msg("damage.json", e.getOriginalMessage()));
        } catch (IOException e) {
            throw new LineDamage(lineNo, new Msg("damage.json", e.getMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw new LineDamage(lineNo, new Msg("damage.not-object"));
        }
        int version = requireInt(tree, "v", lineNo);
        if (version != VERSION) {
            throw new LineDamage(lineNo, new Msg("damage.version", version, VERSION));
        }
        long seq = requireLong(tree, "seq", lineNo);
        JsonNode incidentNode = tree.get("incident");
        if (incidentNode == null || !(incidentNode.isNull() || incidentNode.isTextual())) {
            throw new LineDamage(lineNo, new Msg("damage.field", "incident"));
        }
        String incident = incidentNode.isNull() ? null : incidentNode.asText();
        String type = requireText(tree, "type", lineNo);
        if (!EventType.KNOWN.contains(type)) {
            throw new LineDamage(lineNo, new Msg("damage.type", type));
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(requireText(tree, "time", lineNo), TIME);
        } catch (DateTimeParseException e) {
            throw new LineDamage(lineNo, new Msg("damage.field", "time"));
        }
        String prev = requireHex(tree, "prev", lineNo);
        String contentSha = requireHex(tree, "content_sha256", lineNo);
        String hash = requireHex(tree, "hash", lineNo);
        String author = requireText(tree, "author", lineNo);
        JsonNode payload = tree.get("payload");
        if (payload == null || !payload.isObject()) {
            throw new LineDamage(lineNo, new Msg("damage.field", "payload"));
        }

        // The hashes are checked on the exact text, as written; a reformatted line no longer matches.
        int at = text.indexOf(HASH_FIELD);
        int contentStart = at + HASH_FIELD.length() + 64 + 2;
        if (at < 0 || contentStart > text.length() || !text.startsWith("\",", at + HASH_FIELD.length() + 64)) {
            throw new LineDamage(lineNo, new Msg("damage.layout"));
        }
        String head = text.substring(0, at) + "}";
        String content = "{" + text.substring(contentStart);
        if (!Hashing.sha256(content).equals(contentSha)) {
            throw new LineDamage(lineNo, new Msg("damage.content-hash"));
        }
        if (!Hashing.sha256(head).equals(hash)) {
            throw new LineDamage(lineNo, new Msg("damage.hash"));
        }
        return new Event(lineNo, version, seq, incident, type, time, author, (ObjectNode) payload, prev, hash);
    }

    private static int requireInt(JsonNode tree, String field, long lineNo) {
        JsonNode n = tree.get(field);
        if (n == null || !n.isInt()) {
            throw new LineDamage(lineNo, new Msg("damage.field", field));
        }
        return n.intValue();
    }

    private static long requireLong(JsonNode tree, String field, long lineNo) {
        JsonNode n = tree.get(field);
        if (n == null || !n.canConvertToLong() || !n.isIntegralNumber()) {
            throw new LineDamage(lineNo, new Msg("damage.field", field));
        }
        return n.longValue();
    }

    private static String requireText(JsonNode tree, String field, long lineNo) {
        JsonNode n = tree.get(field);
        if (n == null || !n.isTextual()) {
            throw new LineDamage(lineNo, new Msg("damage.field", field));
        }
        return n.asText();
    }

    private static String requireHex(JsonNode tree, String field, long lineNo) {
        String s = requireText(tree, field, lineNo);
        if (!Hashing.isHex64(s)) {
            throw new LineDamage(lineNo, new Msg("damage.field", field));
        }
        return s;
    }
}
