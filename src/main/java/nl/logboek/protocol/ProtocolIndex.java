package nl.logboek.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.json.JsonTrees;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The index of the shipped protocols, {@code index.jsonl}: one JSON object a line, one line a
 * shipped protocol file, holding the file's name and its {@link ProtocolRegistry.Header header}
 * (what choosing a protocol for a new incident needs of it), for example
 * <pre>{"file":"meldcode.json","id":"meldcode","priority":90,"overlay":true,"appliesTo":[{"categories":["grooming"],"targets":[]}]}</pre>
 * Directories inside a jar cannot be listed, so a file not named here is not shipped; and with
 * the headers at hand, `new -q` reads this one small resource instead of parsing every protocol
 * file (issue 8). The protocol files stay the source of truth: the index is made from them by
 * {@link #line} and a test fails when the checked-in index differs from what they give.
 *
 * <p>Lines are read and written with Jackson's streaming core alone, as the store does (an
 * ObjectMapper costs more than a whole `new -q`), but with a reader of its own: protocols do not
 * depend on the store (ArchitectureTest).
 */
final class ProtocolIndex {

    /** The index's file name, beside the shipped protocol files. */
    static final String FILE = "index.jsonl";

    /** One line of the index: a shipped protocol file and its header. */
    record Entry(String file, ProtocolRegistry.Header header) {
    }

    private ProtocolIndex() {
    }

    /**
     * The header of a protocol file's tree, or of an index line's: the same fields, with the
     * defaults the binder applies to a protocol that leaves one out ({@link Protocol#DEFAULT_PRIORITY},
     * not an overlay).
     */
    static ProtocolRegistry.Header header(JsonNode tree) {
        return new ProtocolRegistry.Header(tree.path("id").asText(),
                tree.path("priority").asInt(Protocol.DEFAULT_PRIORITY), tree.path("overlay").asBoolean(false),
                rules(tree.path("appliesTo")), rules(tree.path("addWhen")),
                tree.has("file") ? tree.path("deadlines").asBoolean(false) : deadlines(tree, false),
                tree.has("file") ? tree.path("deadlinesAfterAnswers").asBoolean(false) : deadlines(tree, true));
    }

    /**
     * Of a protocol file's tree: whether an item has a deadline ({@code afterAnswers} false), or
     * whether, besides, every such item has a condition on it or on its step (true); as
     * {@link ProtocolRegistry.Header#of} finds in the bound protocol.
     */
    private static boolean deadlines(JsonNode protocol, boolean afterAnswers) {
        boolean any = false;
        boolean conditional = true;
        for (JsonNode step : protocol.path("steps")) {
            for (JsonNode item : step.path("items")) {
                if (item.has("deadline")) {
                    any = true;
                    conditional &= item.hasNonNull("when") || step.hasNonNull("when");
                }
            }
        }
        return afterAnswers ? any && conditional : any;
    }

    private static List<AppliesTo> rules(JsonNode array) {
        List<AppliesTo> rules = new ArrayList<>();
        for (JsonNode a : array) {
            List<Involves> involves = new ArrayList<>();
            for (JsonNode i : a.path("involves")) {
                involves.add(new Involves(i.path("role").textValue(), i.path("kind").textValue()));
            }
            JsonNode because = a.path("because");
            rules.add(new AppliesTo(texts(a.path("categories")), texts(a.path("targets")), involves,
                    because.isObject() ? new LocalizedText(because.path("nl").textValue(), because.path("en").textValue()) : null));
        }
        return List.copyOf(rules);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (JsonNode t : array) {
            texts.add(t.asText());
        }
        return texts;
    }

    /**
     * The index line (without line break) of the protocol file {@code file} whose tree is
     * {@code protocol}: fields always in this order and all written, defaults too, with no white
     * space, so that the same files always give the same index.
     */
    static String line(String file, JsonNode protocol) {
        return line(file, header(protocol));
    }

    /** The index line of a header: also how a bound protocol is compared with its index line. */
    static String line(String file, ProtocolRegistry.Header h) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonTrees.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("file", file);
            g.writeStringField("id", h.id());
            g.writeNumberField("priority", h.priority());
            g.writeBooleanField("overlay", h.overlay());
            writeRules(g, "appliesTo", h.appliesTo());
            if (!h.addWhen().isEmpty()) {
                writeRules(g, "addWhen", h.addWhen());
            }
            if (h.deadlines()) {
                g.writeBooleanField("deadlines", true);
            }
            if (h.deadlinesAfterAnswers()) {
                g.writeBooleanField("deadlinesAfterAnswers", true);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Rules as the file gives them; optional parts only when present, so old index lines stay as they were. */
    private static void writeRules(JsonGenerator g, String field, List<AppliesTo> rules) throws IOException {
        g.writeArrayFieldStart(field);
        for (AppliesTo a : rules) {
            g.writeStartObject();
            writeTexts(g, "categories", a.categories());
            writeTexts(g, "targets", a.targets());
            if (!a.involves().isEmpty()) {
                g.writeArrayFieldStart("involves");
                for (Involves i : a.involves()) {
                    g.writeStartObject();
                    if (i.role() != null) {
                        g.writeStringField("role", i.role());
                    }
                    if (i.kind() != null) {
                        g.writeStringField("kind", i.kind());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (a.because() != null) {
                g.writeObjectFieldStart("because");
                g.writeStringField("nl", a.because().nl());
                g.writeStringField("en", a.because().en());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeTexts(JsonGenerator g, String field, List<String> texts) throws IOException {
        g.writeArrayFieldStart(field);
        for (String t : texts) {
            g.writeString(t);
        }
        g.writeEndArray();
    }

    /**
     * The entries of an index, in its order; blank lines are passed over. The index ships inside
     * the jar, so a line that is not what {@link #line} writes is a build error, not a user's.
     *
     * @param name  the index's name, for messages
     * @throws IllegalStateException naming the index and the line
     */
    static List<Entry> parse(String name, String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode tree;
            try {
                tree = JsonTrees.parse(lines[i]);
            } catch (IOException e) {
                throw new IllegalStateException(name + " line " + (i + 1) + " is not JSON: " + e.getMessage(), e);
            }
            if (!tree.path("file").isTextual() || !tree.path("id").isTextual() || !tree.path("priority").isInt()
                    || !tree.path("overlay").isBoolean() || !tree.path("appliesTo").isArray()) {
                throw new IllegalStateException(name + " line " + (i + 1) + " is not a shipped protocol's header"
                        + " (file, id, priority, overlay, appliesTo): " + lines[i].strip());
            }
            entries.add(new Entry(tree.path("file").textValue(), header(tree)));
        }
        return List.copyOf(entries);
    }

}
