package nl.logboek.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON trees read and written with Jackson's streaming core alone. Building an ObjectMapper costs
 * more than a whole `logboek new` should take, so the logbook's own paths never touch one
 * (see docs/benchmarks.md); only output formatting and protocol files use logbook.Json.MAPPER.
 */
public final class JsonTrees {
    public static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonTrees() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** Parses one JSON value; duplicate keys and anything after the value are errors. */
    public static JsonNode parse(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            return whole(p);
        }
    }

    /**
     * As {@link #parse(String)}, from UTF-8 bytes (quicker: no text is made of the whole). The
     * bytes must be valid UTF-8; an error's message may differ from what {@link #parse(String)}
     * says of the same text, so a caller that shows it parses the text again.
     */
    public static JsonNode parse(byte[] utf8, int offset, int length) throws IOException {
        try (JsonParser p = FACTORY.createParser(utf8, offset, length)) {
            return whole(p);
        }
    }

    /** The one value {@code p} holds, and nothing after it. */
    private static JsonNode whole(JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new JsonParseException(p, "no content");
        }
        JsonNode node = read(p, first);
        if (p.nextToken() != null) {
            throw new JsonParseException(p, "trailing content after the JSON value");
        }
        return node;
    }

    /**
     * The value that begins with {@code first}, the token {@code p} is at, read as {@link #parse}
     * reads it (a field named twice in an object is an error); {@code p} is left at its last token.
     */
    public static JsonNode value(JsonParser p, JsonToken first) throws IOException {
        return read(p, first);
    }

    private static JsonNode read(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    // One lookup a field: replace returns what the name held before.
                    if (o.replace(name, read(p, p.nextToken())) != null) {
                        throw new JsonParseException(p, "duplicate field \"" + name + "\"");
                    }
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                    a.add(read(p, v));
                }
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new JsonParseException(p, "unexpected " + t);
        }
    }

    /** Writes a tree through a generator, in the tree's field order. */
    public static void write(JsonGenerator g, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    g.writeFieldName(f.getKey());
                    write(g, f.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode v : node) {
                    write(g, v);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case NUMBER -> {
                if (node.isInt()) {
                    g.writeNumber(node.intValue());
                } else if (node.isLong()) {
                    g.writeNumber(node.longValue());
                } else if (node.isBigInteger()) {
                    g.writeNumber(node.bigIntegerValue());
                } else {
                    g.writeNumber(node.decimalValue());
                }
            }
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NULL, MISSING -> g.writeNull();
            default -> throw new IOException("cannot write a " + node.getNodeType() + " node");
        }
    }
}
