package nl.logboek.logbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.json.JsonTrees;

import java.io.IOException;

/**
 * The fields of a line, read from its bytes for {@link EventCodec}'s quick reading: the payload
 * alone is made a tree, and the hashes, signature and salt are not kept as a tree's text (about a
 * third of what reading a line made, and of the young collections of a long read,
 * docs/benchmarks.md). Only for the line as encode writes it: a field it does not write, one named
 * twice, or a value of another type than it writes makes {@link #canonical} and {@link #read}
 * return null, and the line is then read the usual way, which says what is wrong.
 */
final class LineEnvelope {
    long seq;
    String incident;
    String type;
    String time;
    String prev;
    String contentSha;
    String hash;
    String author;
    String sealed;
    boolean purged;
    ObjectNode payload;
    /** Where the hash field begins, when {@link #canonical} found it; else -1 (searched for). */
    int hashAt = -1;

    private static final byte[] HEAD = ascii("{\"v\":1,\"seq\":");
    private static final byte[] INCIDENT = ascii(",\"incident\":");
    private static final byte[] NULL = ascii("null");
    private static final byte[] TYPE = ascii(",\"type\":\"");
    private static final byte[] TIME = ascii(",\"time\":\"");
    private static final byte[] PREV = ascii(",\"prev\":\"");
    private static final byte[] CONTENT_SHA = ascii(",\"content_sha256\":\"");
    private static final byte[] AUTHOR = ascii("\"author\":\"");
    private static final byte[] SALT = ascii(",\"salt\":\"");
    private static final byte[] PAYLOAD = ascii(",\"payload\":");

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * The line read byte by byte, as encode lays it out: its fields in encode's order, without
     * space, every text but the author's and the payload's plain ASCII (no escape), the number
     * of at most 18 digits; the payload alone parsed (as a tree). Null for anything else,
     * which the parser then reads. Where it gives an envelope, the parser's reading gives the
     * same one: a text with neither quote nor backslash nor control character means what it
     * says, the names are encode's and each is there once.
     */
    static LineEnvelope canonical(byte[] b, int from, int end) {
        int i = literal(b, from, end, HEAD);
        if (i < 0) {
            return null;
        }
        long seq = 0;
        int digits = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            seq = seq * 10 + (b[i] - '0');
            i++;
            digits++;
        }
        if (digits == 0 || digits > 18 || (digits > 1 && b[i - digits] == '0')) {
            return null;
        }
        LineEnvelope e = new LineEnvelope();
        e.seq = seq;
        i = literal(b, i, end, INCIDENT);
        if (i < 0) {
            return null;
        }
        int n = literal(b, i, end, NULL);
        if (n >= 0) {
            i = n;
        } else {
            if (i >= end || b[i] != '"') {
                return null;
            }
            int close = plain(b, i + 1, end);
            if (close < 0) {
                return null;
            }
            e.incident = latin1(b, i + 1, close);
            i = close + 1;
        }
        byte[][] fields = {TYPE, TIME, PREV, CONTENT_SHA};
        String[] values = new String[4];
        for (int f = 0; f < fields.length; f++) {
            i = literal(b, i, end, fields[f]);
            int close = i < 0 ? -1 : plain(b, i, end);
            if (close < 0) {
                return null;
            }
            values[f] = latin1(b, i, close);
            i = close + 1;
        }
        e.type = values[0];
        e.time = values[1];
        e.prev = values[2];
        e.contentSha = values[3];
        int hashFrom = literal(b, i, end, EventCodec.HASH_FIELD_BYTES);
        int hashClose = hashFrom < 0 ? -1 : plain(b, hashFrom, end);
        if (hashClose < 0) {
            return null;
        }
        e.hash = latin1(b, hashFrom, hashClose);
        e.hashAt = i;
        int sig = literal(b, hashClose + 1, end, EventCodec.SIG_FIELD_BYTES);
        if (sig >= 0 && plain(b, sig, end) < 0) {
            return null;
        }
        int content = EventCodec.contentStart(b, end, i);
        if (content < 0) {
            return null;
        }
        i = literal(b, content, end, AUTHOR);
        int authorClose = i < 0 ? -1 : authorEnd(b, i, end);
        if (authorClose < 0) {
            return null;
        }
        e.author = new String(b, i, authorClose - i, java.nio.charset.StandardCharsets.UTF_8);
        i = authorClose + 1;
        int salt = literal(b, i, end, SALT);
        if (salt >= 0) {
            int saltClose = plain(b, salt, end);
            if (saltClose < 0) {
                return null;
            }
            i = saltClose + 1;
        }
        i = literal(b, i, end, PAYLOAD);
        if (i < 0 || i >= end - 1 || b[i] != '{' || b[end - 1] != '}') {
            return null;
        }
        try {
            JsonNode payload = JsonTrees.parse(b, i, end - 1 - i);
            if (!(payload instanceof ObjectNode)) {
                return null;
            }
            e.payload = (ObjectNode) payload;
        } catch (IOException | RuntimeException notCanonical) {
            return null;
        }
        return e;
    }

    /** Where {@code lit} ends if {@code b} holds it at {@code i}; else -1. */
    private static int literal(byte[] b, int i, int end, byte[] lit) {
        return i >= 0 && EventCodec.holds(b, i, end, lit) ? i + lit.length : -1;
    }

    /** The closing quote of a text of printable ASCII without quote or backslash from {@code i}; else -1. */
    private static int plain(byte[] b, int i, int end) {
        for (; i < end; i++) {
            byte c = b[i];
            if (c == '"') {
                return i;
            }
            if (c < 0x20 || c == '\\' || c == 0x7F) {
                return -1;
            }
        }
        return -1;
    }

    /** As {@link #plain}, letting through the bytes of other characters (the line is valid UTF-8). */
    private static int authorEnd(byte[] b, int i, int end) {
        for (; i < end; i++) {
            byte c = b[i];
            if (c == '"') {
                return i;
            }
            if (c >= 0 && (c < 0x20 || c == '\\')) {
                return -1;
            }
        }
        return -1;
    }

    private static String latin1(byte[] b, int from, int to) {
        return new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static LineEnvelope read(com.fasterxml.jackson.core.JsonParser p) throws IOException {
        if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
            return null;
        }
        LineEnvelope e = new LineEnvelope();
        int seen = 0;
        for (com.fasterxml.jackson.core.JsonToken k = p.nextToken(); k != com.fasterxml.jackson.core.JsonToken.END_OBJECT;
             k = p.nextToken()) {
            String name = p.currentName();
            int field = field(name);
            if (field < 0 || (seen & (1 << field)) != 0) {
                return null;
            }
            seen |= 1 << field;
            com.fasterxml.jackson.core.JsonToken t = p.nextToken();
            boolean text = t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING;
            switch (field) {
                case 0 -> {
                    if (t != com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT
                            || p.getNumberType() != com.fasterxml.jackson.core.JsonParser.NumberType.INT
                            || p.getIntValue() != EventCodec.VERSION) {
                        return null;
                    }
                }
                case 1 -> {
                    if (t != com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT
                            || p.getNumberType() == com.fasterxml.jackson.core.JsonParser.NumberType.BIG_INTEGER) {
                        return null;
                    }
                    e.seq = p.getLongValue();
                }
                case 2 -> {
                    if (!text && t != com.fasterxml.jackson.core.JsonToken.VALUE_NULL) {
                        return null;
                    }
                    e.incident = text ? p.getText() : null;
                }
                case 11 -> {
                    if (t != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                        return null;
                    }
                    e.payload = (ObjectNode) JsonTrees.value(p, t);
                }
                case 13 -> {
                    if (t != com.fasterxml.jackson.core.JsonToken.VALUE_TRUE && t != com.fasterxml.jackson.core.JsonToken.VALUE_FALSE) {
                        return null;
                    }
                    e.purged = t == com.fasterxml.jackson.core.JsonToken.VALUE_TRUE;
                }
                default -> {
                    if (!text) {
                        return null;
                    }
                    switch (field) {
                        case 3 -> e.type = p.getText();
                        case 4 -> e.time = p.getText();
                        case 5 -> e.prev = p.getText();
                        case 6 -> e.contentSha = p.getText();
                        case 7 -> e.hash = p.getText();
                        case 9 -> e.author = p.getText();
                        case 12 -> e.sealed = p.getText();
                        default -> {
                            // sig and salt: checked elsewhere, or only hashed; their text is not needed here
                        }
                    }
                }
            }
        }
        if ((seen & 0b11) != 0b11 || (seen & (1 << 2)) == 0 || p.nextToken() != null) {
            return null;
        }
        return e;
    }

    /** Each field encode writes, by a number of its own; -1 for any other name. */
    private static int field(String name) {
        return switch (name) {
            case "v" -> 0;
            case "seq" -> 1;
            case "incident" -> 2;
            case "type" -> 3;
            case "time" -> 4;
            case "prev" -> 5;
            case "content_sha256" -> 6;
            case "hash" -> 7;
            case "sig" -> 8;
            case "author" -> 9;
            case "salt" -> 10;
            case "payload" -> 11;
            case "sealed" -> 12;
            case EventCodec.PURGED_MARK -> 13;
            default -> -1;
        };
    }
}
