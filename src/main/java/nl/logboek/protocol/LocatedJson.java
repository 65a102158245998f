package nl.logboek.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed JSON file that remembers on which line each value starts. Jackson's tree keeps no
 * locations, yet every problem found after binding (an unknown partner, a duplicate id) must name
 * its line; so the tree is built here from the token stream, recording the line per path.
 */
final class LocatedJson {

    private final String file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedJson(String file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /** Parses {@code text}; bad JSON is a {@link ProtocolException} naming line and field. */
    static LocatedJson parse(String file, String text, ObjectMapper mapper) {
        try {
            return parse(file, text, mapper.createParser(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As {@link #parse(String, String, ObjectMapper)} with Jackson's streaming core alone (no ObjectMapper), duplicate keys refused. */
    static LocatedJson parse(String file, String text) {
        try {
            JsonParser parser = nl.logboek.json.JsonTrees.FACTORY.createParser(text);
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            return parse(file, text, parser);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocatedJson parse(String file, String text, JsonParser from) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = from) {
            try {
                if (parser.nextToken() == null) {
                    throw new ProtocolException(new ProtocolProblem(file, 1, "", "the file is empty"));
                }
                JsonNode root = read(parser, "", lines);
                if (parser.nextToken() != null) {
                    int line = parser.currentTokenLocation().getLineNr();
                    throw new ProtocolException(new ProtocolProblem(file, line, "",
                            "invalid JSON: more content after the end of the document"));
                }
                return new LocatedJson(file, root, lines);
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                throw new ProtocolException(new ProtocolProblem(file, line,
                        pathOf(parser.getParsingContext()), "invalid JSON: " + describe(e)));
            }
        } catch (IOException e) {
            // Parsing a String does no I/O; only closing could throw, and there is nothing to close.
            throw new IllegalStateException(e);
        }
    }

    /** Jackson's message without its pointers into the source, which name no file a user knows. */
    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends before every { and [ is closed";
        }
        return message.replaceAll("\\s*\\(start marker at \\[Source:[^]]*]\\)", "");
    }

    String file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    /** The line of the value at {@code path}, or of its nearest ancestor (for a missing field). */
    int lineOf(String path) {
        for (String p = path; ; p = parent(p)) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
        }
    }

    ProtocolProblem problem(String path, String message) {
        return new ProtocolProblem(file, lineOf(path), path, message);
    }

    static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private static JsonNode read(JsonParser p, String path, Map<String, Integer> lines) throws IOException {
        lines.put(path, p.currentTokenLocation().getLineNr());
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    object.set(name, read(p, field(path, name), lines));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                    array.add(read(p, index(path, i), lines));
                }
                return array;
            }
            case VALUE_STRING:
                return nodes.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return nodes.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + token + " at " + path);
        }
    }

    /** The path of the value being parsed, in the same form as the paths recorded per line. */
    private static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
