package nl.logboek.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.EventType;
import nl.logboek.logbook.Json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Redaction for sharing (AVG: data minimisation). People involved become "Persoon 1", "Persoon 2",
 * staff who recorded something "Medewerker 1", ..., numbered in the order they first appear in
 * the export, so the same person keeps one pseudonym throughout one export and two exports cannot
 * be linked by number. Free text may name anyone, so it is left out unless it is explicitly kept;
 * kept text has every known name replaced. Incidents whose information came from a private
 * account are never shared (seed 000).
 *
 * <p>Event payloads are copied field by field from a list of what each event type may show:
 * a field this class does not know, in a known or a future event type, is left out rather than
 * leaked. A new event type or payload field must be added here to appear in redacted exports.
 */
public final class Redactor implements Disclosure {
    static final String PERSON = "Persoon ";
    static final String STAFF = "Medewerker ";
    /** Replaces a word that belongs to more than one known name. */
    static final String SOME_NAME = "[naam]";

    private final boolean keepText;
    private final NameMatcher names;
    private final Set<String> personKeys = new HashSet<>();
    private final Map<String, String> persons = new HashMap<>();
    private final Map<String, String> staff = new HashMap<>();

    /**
     * @param personNames every name of a person involved that kept text may mention
     * @param staffNames  every author that kept text may mention
     * @param keepText    keep free text (with the names replaced) instead of leaving it out
     */
    public Redactor(Collection<String> personNames, Collection<String> staffNames, boolean keepText) {
        this.keepText = keepText;
        personNames.forEach(n -> personKeys.add(NameMatcher.key(n)));
        List<String> all = new ArrayList<>(personNames);
        all.addAll(staffNames);
        this.names = new NameMatcher(all);
    }

    @Override
    public boolean redacted() {
        return true;
    }

    @Override
    public boolean shares(String source) {
        return !IncidentSummary.PRIVATE_ACCOUNT.equals(source);
    }

    @Override
    public String person(String name) {
        return pseudonym(persons, PERSON, NameMatcher.key(name));
    }

    @Override
    public String author(String name) {
        return pseudonym(staff, STAFF, NameMatcher.key(name));
    }

    private static String pseudonym(Map<String, String> known, String prefix, String key) {
        return known.computeIfAbsent(key, k -> prefix + (known.size() + 1));
    }

    @Override
    public String freeText(String text) {
        return keepText ? label(text) : null;
    }

    @Override
    public String label(String text) {
        if (text == null) {
            return null;
        }
        List<NameMatcher.Match> found = names.find(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (NameMatcher.Match m : found) {
            sb.append(text, at, m.start());
            if (m.owner() == null) {
                sb.append(SOME_NAME);
            } else if (personKeys.contains(m.owner())) {
                sb.append(pseudonym(persons, PERSON, m.owner()));
            } else {
                sb.append(pseudonym(staff, STAFF, m.owner()));
            }
            at = m.end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    @Override
    public ObjectNode payload(String type, ObjectNode in) {
        ObjectNode out = Json.object();
        switch (type) {
            case EventType.CREATED -> {
                text(in, out, "title", this::freeText);
                keep(in, out, "category");
                text(in, out, "platform", this::label);
                keep(in, out, "occurred");
                text(in, out, "description", this::freeText);
                if (in.has("persons")) {
                    ArrayNode ps = out.putArray("persons");
                    for (JsonNode p : in.get("persons")) {
                        ObjectNode po = ps.addObject();
                        po.put("name", person(p.path("name").asText()));
                        keep(p, po, "role");
                        keep(p, po, "kind");
                    }
                }
                keep(in, out, "severity");
                keep(in, out, "source");
                keep(in, out, "target");
                keep(in, out, "protocol");
            }
            case EventType.ANNOTATED -> {
                text(in, out, "text", this::freeText);
                if (in.get("evidence") instanceof ObjectNode ev) {
                    ObjectNode eo = out.putObject("evidence");
                    text(ev, eo, "posted_by", this::freeText);
                    text(ev, eo, "channel", this::label);
                    text(ev, eo, "account", this::freeText);
                    text(ev, eo, "involved", this::freeText);
                    // A URL usually names the account it points to.
                    text(ev, eo, "url", this::freeText);
                    text(ev, eo, "posted_at", this::label);
                    if (ev.get("screenshot") instanceof ObjectNode shot) {
                        // The fingerprint proves which file it was; the local path often holds a user name.
                        keep(shot, eo.putObject("screenshot"), "sha256");
                    }
                }
            }
            case EventType.ITEMS_DONE -> {
                keep(in, out, "items");
                keep(in, out, "done_on");
                text(in, out, "note", this::freeText);
            }
            case EventType.STEP_DONE -> {
                keep(in, out, "step");
                keep(in, out, "next");
                keep(in, out, "how");
            }
            case EventType.ESCALATED, EventType.DE_ESCALATED -> {
                keep(in, out, "from");
                keep(in, out, "to");
                keep(in, out, "partner");
                text(in, out, "regie", this::label);
                if (in.get("criterion") instanceof ObjectNode c) {
                    ObjectNode co = out.putObject("criterion");
                    keep(c, co, "id");
                    text(c, co, "text", this::freeText);
                }
                keep(in, out, "base");
            }
            case EventType.CLOSED -> {
                text(in, out, "outcome", this::freeText);
                keep(in, out, "forced");
                keep(in, out, "open_mandatory");
            }
            default -> {
                // Unknown to this version: nothing of it is shown.
            }
        }
        return out;
    }

    private static void keep(JsonNode in, ObjectNode out, String field) {
        if (in.has(field)) {
            out.set(field, in.get(field).deepCopy());
        }
    }

    /** A text field through {@code show}; left out when it shows nothing. A recorded null stays null. */
    private static void text(JsonNode in, ObjectNode out, String field, UnaryOperator<String> show) {
        JsonNode v = in.get(field);
        if (v == null) {
            return;
        }
        if (v.isNull()) {
            out.putNull(field);
            return;
        }
        String shown = show.apply(v.asText());
        if (shown != null) {
            out.put(field, shown);
        }
    }
}
