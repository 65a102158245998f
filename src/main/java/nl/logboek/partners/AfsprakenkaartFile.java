package nl.logboek.partners;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.LogboekException;
import nl.logboek.i18n.Msg;
import nl.logboek.json.JsonTrees;
import nl.logboek.protocol.LocalizedText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One afsprakenkaart file (docs/partners.md), read strictly: a mistake is a usage error naming
 * the file, the line and the field, in one line, so that a typo never silently loses an agreement.
 */
final class AfsprakenkaartFile {
    static final int FORMAT = 1;

    static final List<String> TOP = List.of("format", "partners");
    static final List<String> PARTNER = List.of("id", "name", "contact", "agreements");
    static final List<String> CONTACT = List.of("person", "phone", "email", "notes");
    static final List<String> AGREEMENTS = List.of("whoDoesWhat", "involveWhen", "expectsInvolvementWhen",
            "whoIntervenesWhen");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One partner as the file gives it; {@code name} is null when the file gives none. */
    record Entry(String id, LocalizedText name, Contact contact, Agreements agreements) {
    }

    private final Path file;
    private final Map<String, Integer> lines = new HashMap<>();

    private AfsprakenkaartFile(Path file) {
        this.file = file;
    }

    /**
     * The partners of {@code file}, in the order written.
     *
     * @param known the ids of the partners the protocols know: others need a name
     * @throws LogboekException usage (exit 2) for a mistake in the file, naming file, line and field;
     *                          failure (exit 1) when the file cannot be read
     */
    static List<Entry> read(Path file, Set<String> known) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw LogboekException.usage("partners.file-not-utf8", file);
        } catch (IOException e) {
            throw LogboekException.failure("config.unreadable", file, e.getMessage());
        }
        AfsprakenkaartFile f = new AfsprakenkaartFile(file);
        return f.entries(f.parse(text), known);
    }

    // ----- the tree, with the line each value starts on

    private JsonNode parse(String text) {
        try (JsonParser p = JsonTrees.FACTORY.createParser(text)) {
            try {
                if (p.nextToken() == null) {
                    throw problem(1, "", new Msg("partners.problem.empty"));
                }
                JsonNode root = read(p, "");
                if (p.nextToken() != null) {
                    throw problem(p.currentTokenLocation().getLineNr(), "", new Msg("partners.problem.trailing"));
                }
                return root;
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                String message = e.getOriginalMessage();
                Msg what = message.startsWith("Unexpected end-of-input") ? new Msg("partners.problem.unclosed")
                        : new Msg("partners.problem.json", message.replaceAll("\\s*\\(start marker at \\[Source:[^]]*]\\)", "")
                        .replaceAll("[\\r\\n]+", " "));
                throw problem(line, "", what);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e); // parsing a String does no I/O
        }
    }

    private JsonNode read(JsonParser p, String path) throws IOException {
        lines.put(path, p.currentTokenLocation().getLineNr());
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    int line = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    String at = field(path, name);
                    if (object.has(name)) {
                        throw problem(line, at, new Msg("partners.problem.duplicate-field", name));
                    }
                    object.set(name, read(p, at));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                    array.add(read(p, path + "[" + i + "]"));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            default:
                return NODES.nullNode();
        }
    }

    // ----- what the tree must hold

    private List<Entry> entries(JsonNode root, Set<String> known) {
        object(root, "", TOP);
        JsonNode format = root.get("format");
        if (format == null) {
            throw problem("", new Msg("partners.problem.missing", "format"));
        }
        if (!format.isIntegralNumber() || format.asInt() != FORMAT) {
            throw problem("format", new Msg("partners.problem.format", format.toString(), FORMAT));
        }
        JsonNode partners = root.get("partners");
        if (partners == null) {
            throw problem("", new Msg("partners.problem.missing", "partners"));
        }
        if (!partners.isArray()) {
            throw problem("partners", new Msg("partners.problem.not-list"));
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < partners.size(); i++) {
            String at = "partners[" + i + "]";
            JsonNode p = partners.get(i);
            object(p, at, PARTNER);
            String id = text(p, at, "id", true);
            if (!ID.matcher(id).matches()) {
                throw problem(field(at, "id"), new Msg("partners.problem.bad-id", id));
            }
            String first = seen.putIfAbsent(id, at);
            if (first != null) {
                throw problem(field(at, "id"), new Msg("partners.problem.duplicate-id", id, lineOf(first)));
            }
            LocalizedText name = name(p, at);
            if (name == null && !known.contains(id)) {
                throw problem(at, new Msg("partners.problem.name-needed", id));
            }
            Contact contact = Contact.NONE;
            JsonNode c = p.get("contact");
            if (c != null && !c.isNull()) {
                String cat = field(at, "contact");
                object(c, cat, CONTACT);
                contact = new Contact(text(c, cat, "person", false), text(c, cat, "phone", false),
                        text(c, cat, "email", false), text(c, cat, "notes", false));
                if (!contact.email().isEmpty() && !contact.email().matches("[^@\\s]+@[^@\\s]+")) {
                    throw problem(field(cat, "email"), new Msg("partners.problem.email", contact.email()));
                }
            }
            Agreements agreements = Agreements.NONE;
            JsonNode a = p.get("agreements");
            if (a != null && !a.isNull()) {
                String aat = field(at, "agreements");
                object(a, aat, AGREEMENTS);
                agreements = new Agreements(text(a, aat, "whoDoesWhat", false), text(a, aat, "involveWhen", false),
                        text(a, aat, "expectsInvolvementWhen", false), text(a, aat, "whoIntervenesWhen", false));
            }
            entries.add(new Entry(id, name, contact, agreements));
        }
        return entries;
    }

    /** A name: one text for both languages, or {"nl": ..., "en": ...}; null when not given. */
    private LocalizedText name(JsonNode partner, String at) {
        JsonNode n = partner.get("name");
        String nat = field(at, "name");
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            if (n.asText().isBlank()) {
                return null;
            }
            return new LocalizedText(n.asText().strip(), n.asText().strip());
        }
        if (!n.isObject()) {
            throw problem(nat, new Msg("partners.problem.name-shape"));
        }
        object(n, nat, List.of("nl", "en"));
        String nl = text(n, nat, "nl", false);
        String en = text(n, nat, "en", false);
        if (nl.isEmpty() && en.isEmpty()) {
            return null;
        }
        return new LocalizedText(nl.isEmpty() ? en : nl, en.isEmpty() ? nl : en);
    }

    private void object(JsonNode node, String at, List<String> fields) {
        if (!node.isObject()) {
            throw problem(at, new Msg("partners.problem.not-object"));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw problem(field(at, name), new Msg("partners.problem.unknown-field", name, String.join(", ", fields)));
            }
        }
    }

    /** A text field; absent or null is "" unless {@code required}. */
    private String text(JsonNode node, String at, String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw problem(at, new Msg("partners.problem.missing", name));
            }
            return "";
        }
        if (!v.isTextual()) {
            throw problem(field(at, name), new Msg("partners.problem.not-text"));
        }
        if (required && v.asText().isBlank()) {
            throw problem(field(at, name), new Msg("partners.problem.blank"));
        }
        return v.asText().strip();
    }

    private static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private int lineOf(String path) {
        for (String p = path; ; ) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    private LogboekException problem(String path, Msg what) {
        return problem(lineOf(path), path, what);
    }

    private LogboekException problem(int line, String path, Msg what) {
        String where = file + (line > 0 ? ":" + line : "") + (path.isEmpty() ? "" : ": " + path);
        return LogboekException.usage("partners.file-invalid", where, what);
    }
}
