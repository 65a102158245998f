package nl.logboek.protocol;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Binds the shipped protocol and partner files to their records by hand, without Jackson's
 * ObjectMapper: building a mapper and its deserializers (reflection, annotations, generated
 * accessors) cost a report more than everything it does with the protocols (issue 18). The shipped
 * files are tested in the build; this binder reads the same fields to the same records as
 * {@link JsonBinder} does ({@code ShippedBinderTest} compares the two on every shipped file), and
 * is strict in the same way: a field a record does not have, or a value of the wrong kind, fails
 * (as a build error: a user's own protocols are bound by {@link JsonBinder}, with its messages).
 */
final class ShippedBinder {
    private final String file;

    ShippedBinder(String file) {
        this.file = file;
    }

    Protocol protocol(JsonNode n) {
        only(n, "", "format", "id", "title", "description", "source", "overlay", "priority", "appliesTo", "addWhen",
                "partnerGroups", "alerts", "steps", "ladder");
        return new Protocol(integer(n, "format"), text(n, "id"), localized(n.get("title"), "title"),
                localized(n.get("description"), "description"), text(n, "source"), bool(n, "overlay"), integer(n, "priority"),
                list(n, "appliesTo", this::appliesTo), list(n, "addWhen", this::appliesTo), list(n, "partnerGroups", this::partnerGroup),
                list(n, "alerts", this::alert), list(n, "steps", this::step), ladder(n.get("ladder")));
    }

    PartnerFile partners(JsonNode n) {
        only(n, "", "format", "partners");
        return new PartnerFile(integer(n, "format"), list(n, "partners", p -> {
            only(p, "partners[]", "id", "name");
            return new Partner(text(p, "id"), localized(p.get("name"), "name"));
        }));
    }

    private AppliesTo appliesTo(JsonNode n) {
        only(n, "appliesTo", "categories", "targets", "involves", "because");
        return new AppliesTo(texts(n, "categories"), texts(n, "targets"), list(n, "involves", i -> {
            only(i, "involves", "role", "kind");
            return new Involves(text(i, "role"), text(i, "kind"));
        }), localized(n.get("because"), "because"));
    }

    private PartnerGroup partnerGroup(JsonNode n) {
        only(n, "partnerGroups", "id", "title", "partners");
        return new PartnerGroup(text(n, "id"), localized(n.get("title"), "title"), texts(n, "partners"));
    }

    private Alert alert(JsonNode n) {
        only(n, "alerts", "id", "kind", "text", "law", "source", "categories", "when");
        return new Alert(text(n, "id"), constant(n, "kind", AlertKind.values()), localized(n.get("text"), "text"),
                localized(n.get("law"), "law"), text(n, "source"), texts(n, "categories"), condition(n.get("when")));
    }

    private Step step(JsonNode n) {
        only(n, "steps", "id", "title", "description", "regie", "partners", "alerts", "items", "when");
        return new Step(text(n, "id"), localized(n.get("title"), "title"), localized(n.get("description"), "description"),
                text(n, "regie"), texts(n, "partners"), list(n, "alerts", this::alert), list(n, "items", this::item),
                condition(n.get("when")));
    }

    private ChecklistItem item(JsonNode n) {
        only(n, "items", "id", "kind", "text", "options", "when", "duty", "law", "mandatory", "dated", "consent", "source",
                "fulfilledBy", "notBefore", "deadline");
        return new ChecklistItem(text(n, "id"), constant(n, "kind", ItemKind.values()), localized(n.get("text"), "text"),
                list(n, "options", o -> {
                    only(o, "options", "id", "text");
                    return new Option(text(o, "id"), localized(o.get("text"), "text"));
                }),
                condition(n.get("when")), constant(n, "duty", Duty.values()), localized(n.get("law"), "law"),
                bool(n, "mandatory"), bool(n, "dated"), bool(n, "consent"), text(n, "source"),
                list(n, "fulfilledBy", f -> {
                    only(f, "fulfilledBy", "evidence", "escalation", "deescalation", "consent");
                    JsonNode d = f.get("deescalation");
                    return new Fulfilment(texts(f, "evidence"), text(f, "escalation"),
                            d == null || d.isNull() ? null : bool(f, "deescalation"), text(f, "consent"));
                }),
                texts(n, "notBefore"), deadline(n.get("deadline")));
    }

    private Deadline deadline(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        only(n, "deadline", "within", "after", "source");
        return new Deadline(text(n, "within"), text(n, "after"), text(n, "source"));
    }

    private Condition condition(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        only(n, "when", "answer", "is", "all", "any");
        return new Condition(text(n, "answer"), texts(n, "is"), list(n, "all", this::condition), list(n, "any", this::condition));
    }

    private Ladder ladder(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        only(n, "ladder", "levels", "up", "down", "afterDown");
        return new Ladder(list(n, "levels", l -> {
            only(l, "levels", "id", "title", "regie", "optional", "partners", "tasks", "source");
            return new Level(text(l, "id"), localized(l.get("title"), "title"), localized(l.get("regie"), "regie"),
                    bool(l, "optional"), texts(l, "partners"), list(l, "tasks", t -> localized(t, "tasks")), text(l, "source"));
        }), list(n, "up", this::criterion), list(n, "down", this::criterion), localized(n.get("afterDown"), "afterDown"));
    }

    private Criterion criterion(JsonNode n) {
        only(n, "criterion", "id", "text", "source");
        return new Criterion(text(n, "id"), localized(n.get("text"), "text"), text(n, "source"));
    }

    private LocalizedText localized(JsonNode n, String field) {
        if (n == null || n.isNull()) {
            return null;
        }
        only(n, field, "nl", "en");
        return new LocalizedText(text(n, "nl"), text(n, "en"));
    }

    // ----- values

    /** Fails on a field the record does not have (as JsonBinder's FAIL_ON_UNKNOWN_PROPERTIES). */
    private void only(JsonNode n, String where, String... fields) {
        if (!n.isObject()) {
            throw wrong(where, "an object");
        }
        Set<String> known = Set.of(fields);
        for (Iterator<String> names = n.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw wrong(where + "." + name, "no such field");
            }
        }
    }

    private String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw wrong(field, "a text");
        }
        return v.textValue();
    }

    private boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw wrong(field, "true or false");
        }
        return v.booleanValue();
    }

    private Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        // LocatedJson keeps whole numbers as BigIntegers; one beyond an int is not a whole number of a protocol.
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw wrong(field, "a whole number");
        }
        return v.intValue();
    }

    private <E extends Enum<E>> E constant(JsonNode n, String field, E[] values) {
        String v = text(n, field);
        if (v == null) {
            return null;
        }
        for (E e : values) {
            if (e.name().toLowerCase(java.util.Locale.ROOT).equals(v)) {
                return e;
            }
        }
        throw wrong(field, "one of " + java.util.Arrays.toString(values));
    }

    private List<String> texts(JsonNode n, String field) {
        return list(n, field, v -> {
            if (!v.isTextual()) {
                throw wrong(field, "a text");
            }
            return v.textValue();
        });
    }

    private <T> List<T> list(JsonNode n, String field, Function<JsonNode, T> element) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            throw wrong(field, "a list");
        }
        List<T> out = new ArrayList<>(v.size());
        for (JsonNode e : v) {
            out.add(element.apply(e));
        }
        return out;
    }

    private IllegalStateException wrong(String where, String expected) {
        return new IllegalStateException("shipped file " + file + ": " + where + ": expected " + expected
                + " (a build error: run mvn -B verify)");
    }
}
