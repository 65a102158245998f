package nl.logboek.logbook;

import nl.logboek.json.JsonTrees;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.i18n.Msg;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;

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
    /** The content of a purged line: {"purged":true}. Its content_sha256 still names what was there. */
    public static final String PURGED_MARK = "purged";
    static final String PURGED_CONTENT = "{\"purged\":true}";
    private static final String HASH_FIELD = ",\"hash\":\"";

    private EventCodec() {
    }

    /** The same line with its content removed: the head (and so the chain) is kept as it was. */
    static String purge(String line) {
        int contentStart = contentStart(line, line.indexOf(HASH_FIELD));
        return line.substring(0, contentStart) + PURGED_CONTENT.substring(1);
    }

    private static final String SIG_FIELD = ",\"sig\":\"";

    /**
     * Where a line's content starts (its opening brace left out): after the hash field and, on a
     * signed line, the {@code sig} field that follows it; -1 when the line is not laid out so.
     * {@code at} is where {@code ,"hash":"} starts.
     */
    static int contentStart(String text, int at) {
        int afterHash = at + HASH_FIELD.length() + 64;
        if (at < 0 || afterHash + 2 > text.length() || text.charAt(afterHash) != '"') {
            return -1;
        }
        if (text.startsWith(SIG_FIELD, afterHash + 1)) {
            int end = text.indexOf('"', afterHash + 1 + SIG_FIELD.length());
            return end < 0 || end + 2 > text.length() || text.charAt(end + 1) != ',' ? -1 : end + 2;
        }
        return text.charAt(afterHash + 1) == ',' ? afterHash + 2 : -1;
    }

    /** The {@code sig} field of a line (see WriterKey), or null when the line is not signed. */
    public static String sigOf(String text) {
        int at = text.indexOf(HASH_FIELD);
        int afterHash = at + HASH_FIELD.length() + 64;
        if (at < 0 || !text.startsWith(SIG_FIELD, afterHash + 1)) {
            return null;
        }
        int from = afterHash + 1 + SIG_FIELD.length();
        int end = text.indexOf('"', from);
        return end < 0 ? null : text.substring(from, end);
    }

    /** The {@code hash} field of a line, read by its place, or null. */
    public static String hashOf(String text) {
        int at = text.indexOf(HASH_FIELD);
        return at < 0 || at + HASH_FIELD.length() + 64 > text.length() ? null
                : text.substring(at + HASH_FIELD.length(), at + HASH_FIELD.length() + 64);
    }

    /** An encoded line (with its trailing newline) and the hash the next line must chain to. */
    public record Encoded(String line, String hash) {
    }

    public static Encoded encode(long seq, String incident, String type, OffsetDateTime time,
                                 String prev, String author, ObjectNode payload) {
        return encode(seq, incident, type, time, prev, author, payload, null);
    }

    /** With a sealer, the content is encrypted (the logbook header never is: it says how to decrypt). */
    public static Encoded encode(long seq, String incident, String type, OffsetDateTime time,
                                 String prev, String author, ObjectNode payload, Sealer sealer) {
        return encode(seq, incident, type, time, prev, author, payload, sealer, null);
    }

    /** With a signer, the line carries its writer's signature over its hash (the sig field, after hash). */
    public static Encoded encode(long seq, String incident, String type, OffsetDateTime time,
                                 String prev, String author, ObjectNode payload, Sealer sealer, WriterKey signer) {
        // The header and purge records stay readable: they hold no personal data, and the chain
        // (and which purges were done) must be checkable without the key.
        boolean seal = sealer != null && !sealer.envelopeOnly() && !EventType.aboutLogbook(type);
        // A line about an incident carries a random salt in its content, so that once a purge has
        // removed the content, its content_sha256 (and the line's hash) cannot confirm a guess of what
        // it said. Sealed content needs none: its random nonce does the same.
        String content = content(author, seal || EventType.aboutLogbook(type) ? null : salt(), payload);
        if (seal) {
            String aad = Sealer.associatedData(sealer.logbookId(), seq, incident, type, IsoTime.format(time));
            content = sealed(sealer.seal(content, aad));
        }
        String contentSha = Hashing.sha256(content);
        String head = head(seq, incident, type, time, prev, contentSha);
        String hash = Hashing.sha256(head);
        String sig = signer == null ? "" : SIG_FIELD + signer.sign(hash) + "\"";
        String line = head.substring(0, head.length() - 1) + HASH_FIELD + hash + "\"" + sig + "," + content.substring(1) + "\n";
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
            g.writeStringField("time", IsoTime.format(time));
            g.writeStringField("prev", prev);
            g.writeStringField("content_sha256", contentSha);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Made at the first salt, not when the class is: reading commands need none. */
    private static final class Random {
        static final java.security.SecureRandom SOURCE = new java.security.SecureRandom();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** 128 random bits as 32 hex characters. */
    private static String salt() {
        byte[] b = new byte[16];
        Random.SOURCE.nextBytes(b);
        char[] out = new char[32];
        for (int i = 0; i < b.length; i++) {
            out[2 * i] = HEX[(b[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[b[i] & 0xF];
        }
        return new String(out);
    }

    private static String content(String author, String salt, ObjectNode payload) {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = JsonTrees.FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("author", author);
            if (salt != null) {
                g.writeStringField("salt", salt);
            }
            g.writeFieldName("payload");
            JsonTrees.write(g, payload);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static String sealed(String sealed) {
        StringWriter w = new StringWriter(sealed.length() + 16);
        try (JsonGenerator g = JsonTrees.FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("sealed", sealed);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    public static Event decode(String text, long lineNo) {
        return decode(text, lineNo, null);
    }

    /**
     * Parses and checks one line on its own (the chain between lines is checked by the reader).
     * Sealed content is opened with {@code sealer}; with {@link Sealer#ENVELOPE_ONLY} it is left
     * closed (author null, payload empty) and only the hashes are checked.
     *
     * @throws LineDamage naming what is wrong
     */
    public static Event decode(String text, long lineNo, Sealer sealer) {
        return decode(text, lineNo, sealer, true);
    }

    /**
     * @param checkHashes false only for a line the index vouches for: its hashes and its place in
     *                    the chain were checked when the index was built or extended, and the log
     *                    has not changed since (the index checks the log's ctime and inode)
     */
    static Event decode(String text, long lineNo, Sealer sealer, boolean checkHashes) {
        return decode(text, null, 0, 0, lineNo, sealer, checkHashes);
    }

    /**
     * As {@link #decode(String, long, Sealer, boolean)}, given also the line's bytes as read
     * ({@code utf8[offset, offset + length)}, valid UTF-8, the text's own encoding; or null): its
     * JSON is then parsed and its hashes checked on those bytes, without making more text.
     */
    static Event decode(String text, byte[] utf8, int offset, int length, long lineNo, Sealer sealer, boolean checkHashes) {
        JsonNode tree = null;
        if (utf8 != null) {
            try {
                tree = JsonTrees.parse(utf8, offset, length);
            } catch (IOException | RuntimeException e) {
                tree = null; // parsed again from the text below, for the message it gives
            }
        }
        try {
            if (tree == null) {
                tree = JsonTrees.parse(text);
            }
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
        if (!EventType.known(type)) {
            throw new LineDamage(lineNo, new Msg("damage.type", type));
        }
        OffsetDateTime time;
        String timeText = requireText(tree, "time", lineNo);
        try {
            time = IsoTime.parse(timeText);
        } catch (java.time.DateTimeException e) {
            throw new LineDamage(lineNo, new Msg("damage.field", "time"));
        }
        // A line the index vouches for had its hashes' form checked when it was indexed.
        String prev = checkHashes ? requireHex(tree, "prev", lineNo) : requireText(tree, "prev", lineNo);
        String contentSha = checkHashes ? requireHex(tree, "content_sha256", lineNo) : requireText(tree, "content_sha256", lineNo);
        String hash = checkHashes ? requireHex(tree, "hash", lineNo) : requireText(tree, "hash", lineNo);
        JsonNode sealedNode = tree.get("sealed");
        boolean purged = tree.path(PURGED_MARK).asBoolean(false);
        String author = sealedNode == null && !purged ? requireText(tree, "author", lineNo) : null;
        JsonNode payload = purged ? JsonTrees.object().put(PURGED_MARK, true)
                : sealedNode == null ? tree.get("payload") : JsonTrees.object();
        if (payload == null || !payload.isObject()) {
            throw new LineDamage(lineNo, new Msg("damage.field", "payload"));
        }
        if (sealedNode != null && (!sealedNode.isTextual() || EventType.LOGBOOK.equals(type))) {
            throw new LineDamage(lineNo, new Msg("damage.field", "sealed"));
        }

        // The hashes are checked on the exact text, as written; a reformatted line no longer matches.
        int at = text.indexOf(HASH_FIELD);
        int contentStart = contentStart(text, at);
        if (contentStart < 0) {
            throw new LineDamage(lineNo, new Msg("damage.layout"));
        }
        if (checkHashes || purged) {
            // The head is the text before the hash field, closed by "}"; the content is "{" and the
            // text from contentStart. Both are hashed as their UTF-8 bytes.
            if (purged && (text.length() - contentStart != PURGED_CONTENT.length() - 1
                    || !text.startsWith(PURGED_CONTENT.substring(1), contentStart) || EventType.aboutLogbook(type))) {
                throw new LineDamage(lineNo, new Msg("damage.field", PURGED_MARK));
            }
            if (checkHashes) {
                boolean contentOk;
                boolean headOk;
                if (utf8 == null) {
                    contentOk = purged || Hashing.sha256("{" + text.substring(contentStart)).equals(contentSha);
                    headOk = Hashing.sha256(text.substring(0, at) + "}").equals(hash);
                } else {
                    int to = offset + length;
                    boolean ascii = length == text.length();
                    int headEnd = offset + (ascii ? at : utf8Length(text, at));
                    int contentFrom = offset + (ascii ? contentStart : utf8Length(text, contentStart));
                    contentOk = purged || Hashing.sha256Matches(contentSha, '{', utf8, contentFrom, to, -1);
                    headOk = contentOk && Hashing.sha256Matches(hash, -1, utf8, offset, headEnd, '}');
                }
                // A purged line keeps the digest of what it held, so the chain still verifies; whether
                // the purge is accounted for (a purge event naming the incident) is checked by the reader.
                if (!contentOk) {
                    throw new LineDamage(lineNo, new Msg("damage.content-hash"));
                }
                if (!headOk) {
                    throw new LineDamage(lineNo, new Msg("damage.hash"));
                }
            }
        }
        if (sealedNode != null && !purged && (sealer == null || !sealer.envelopeOnly())) {
            if (sealer == null) {
                throw new LineDamage(lineNo, new Msg("damage.sealed-no-key"));
            }
            String opened = sealer.open(sealedNode.asText(),
                    Sealer.associatedData(sealer.logbookId(), seq, incident, type, timeText));
            if (opened == null) {
                throw new LineDamage(lineNo, new Msg("damage.sealed-wrong"));
            }
            try {
                JsonNode inner = JsonTrees.parse(opened);
                author = inner.path("author").asText(null);
                payload = inner.get("payload");
                if (author == null || payload == null || !payload.isObject()) {
                    throw new LineDamage(lineNo, new Msg("damage.field", "payload"));
                }
            } catch (IOException e) {
                throw new LineDamage(lineNo, new Msg("damage.json", e.getMessage()));
            }
        }
        return new Event(lineNo, version, seq, incident, type, time, author, (ObjectNode) payload, prev, hash);
    }

    static final byte[] HASH_FIELD_BYTES = HASH_FIELD.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final byte[] SIG_FIELD_BYTES = SIG_FIELD.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] PURGED_TAIL = PURGED_CONTENT.substring(1).getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * A line read from its bytes ({@code utf8[offset, offset + length)}, valid UTF-8), as
     * {@link #decode(String, long, Sealer)} reads its text: the same event for a sound line, and
     * for any other the same damage (then the text is made and read the usual way, which names
     * what is wrong). The quick way parses the bytes and checks the hashes on them, without
     * making text of the line or of its parts.
     */
    static Event decode(byte[] utf8, int offset, int length, long lineNo, Sealer sealer) {
        Event e = quick(utf8, offset, length, lineNo, sealer);
        return e != null ? e : decode(new String(utf8, offset, length, java.nio.charset.StandardCharsets.UTF_8), lineNo, sealer);
    }

    /** The event of a sound line; null at anything not so, whatever it is (see decode above). */
    private static Event quick(byte[] b, int offset, int length, long lineNo, Sealer sealer) {
        // As encode writes every line: so the bytes are read as UTF-8, never as another encoding.
        if (length < 5 || b[offset] != '{' || b[offset + 1] != '"' || b[offset + 2] != 'v' || b[offset + 3] != '"') {
            return null;
        }
        LineEnvelope line = LineEnvelope.canonical(b, offset, offset + length);
        if (line == null) {
            try (com.fasterxml.jackson.core.JsonParser p = JsonTrees.FACTORY.createParser(b, offset, length)) {
                line = LineEnvelope.read(p);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        if (line == null) {
            return null;
        }
        long seq = line.seq;
        String incident = line.incident;
        String type = line.type;
        String timeText = line.time;
        String prev = line.prev;
        String contentSha = line.contentSha;
        String hash = line.hash;
        // The hash and (but in a purged line) the content hash are compared below with the
        // lowercase hex of a digest, which fails for anything but 64 hex digits.
        if (type == null || !EventType.known(type) || timeText == null || !Hashing.isHex64(prev)
                || contentSha == null || hash == null) {
            return null;
        }
        OffsetDateTime time;
        try {
            time = IsoTime.parse(timeText);
        } catch (java.time.DateTimeException e) {
            return null;
        }
        boolean purged = line.purged;
        String author = null;
        if (line.sealed == null && !purged) {
            author = line.author;
            if (author == null) {
                return null;
            }
        }
        JsonNode payload = purged ? JsonTrees.object().put(PURGED_MARK, true)
                : line.sealed == null ? line.payload : JsonTrees.object();
        if (payload == null || (line.sealed != null && EventType.LOGBOOK.equals(type))) {
            return null;
        }
        int end = offset + length;
        int at = line.hashAt >= 0 ? line.hashAt : indexOf(b, offset, end, HASH_FIELD_BYTES);
        int contentStart = contentStart(b, end, at);
        if (contentStart < 0) {
            return null;
        }
        if (purged) {
            if (EventType.aboutLogbook(type) || !Hashing.isHex64(contentSha)
                    || !java.util.Arrays.equals(b, contentStart, end, PURGED_TAIL, 0, PURGED_TAIL.length)) {
                return null;
            }
        } else if (!Hashing.sha256Matches(contentSha, '{', b, contentStart, end, -1)) {
            return null;
        }
        if (!Hashing.sha256Matches(hash, -1, b, offset, at, '}')) {
            return null;
        }
        if (line.sealed != null && !purged && (sealer == null || !sealer.envelopeOnly())) {
            if (sealer == null) {
                return null;
            }
            String opened = sealer.open(line.sealed, Sealer.associatedData(sealer.logbookId(), seq, incident, type, timeText));
            if (opened == null) {
                return null;
            }
            JsonNode inner;
            try {
                inner = JsonTrees.parse(opened);
            } catch (IOException e) {
                return null;
            }
            if (inner == null) {
                return null;
            }
            author = inner.path("author").asText(null);
            payload = inner.get("payload");
            if (author == null || payload == null || !payload.isObject()) {
                return null;
            }
        }
        return new Event(lineNo, VERSION, seq, incident, type, time, author, (ObjectNode) payload, prev, hash);
    }

    /**
     * Whether {@code b} holds {@code lit} from {@code i} (before {@code end}). A loop, not
     * Arrays.equals: for a dozen bytes its range checks and call cost more than the comparing
     * (a sixth of the decoding threads' time, docs/benchmarks.md).
     */
    static boolean holds(byte[] b, int i, int end, byte[] lit) {
        if (end - i < lit.length) {
            return false;
        }
        for (int k = 0; k < lit.length; k++) {
            if (b[i + k] != lit[k]) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code pattern} first starts in {@code b[from, to)}, or -1. */
    private static int indexOf(byte[] b, int from, int to, byte[] pattern) {
        byte first = pattern[0];
        outer:
        for (int i = from; i <= to - pattern.length; i++) {
            if (b[i] != first) {
                continue;
            }
            for (int k = 1; k < pattern.length; k++) {
                if (b[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * As {@link #contentStart(String, int)} on bytes ({@code at}: where the hash field starts, or
     * -1); -1 also when a byte between the hash field and the content is not ASCII, where the
     * text's characters and the bytes would not line up.
     */
    static int contentStart(byte[] b, int end, int at) {
        if (at < 0) {
            return -1;
        }
        int afterHash = at + HASH_FIELD_BYTES.length + 64;
        if (afterHash + 2 > end || b[afterHash] != '"') {
            return -1;
        }
        for (int i = at + HASH_FIELD_BYTES.length; i < afterHash; i++) {
            if (b[i] < 0) {
                return -1;
            }
        }
        int from = afterHash + 1;
        if (end - from >= SIG_FIELD_BYTES.length
                && holds(b, from, end, SIG_FIELD_BYTES)) {
            for (int i = from + SIG_FIELD_BYTES.length; i < end; i++) {
                if (b[i] < 0) {
                    return -1;
                }
                if (b[i] == '"') {
                    return i + 2 > end || i + 1 >= end || b[i + 1] != ',' ? -1 : i + 2;
                }
            }
            return -1;
        }
        return b[from] == ',' ? afterHash + 2 : -1;
    }

    /** How many bytes the first {@code chars} characters of {@code text} take in UTF-8. */
    private static int utf8Length(String text, int chars) {
        int n = 0;
        for (int i = 0; i < chars; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < chars && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
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
