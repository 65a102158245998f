package nl.logboek.privacy;

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
 *
 * <p>For an access request ({@link #forAccess}) one person, the one asking, keeps their name
 * wherever it appears; everyone else is pseudonymised as above, free text is kept with the other
 * names replaced, and what was noted about the account behind a posting (who posted it, the
 * account, who else was involved, the URL) is left out: it identifies someone else in a way name
 * replacement cannot find (a handle such as {@code @alex_oz}).
 */
public final class Redactor implements Disclosure {
    static final String PERSON = "Persoon ";
    static final String STAFF = "Medewerker ";
    /** Replaces a word that belongs to more than one known name. */
    static final String SOME_NAME = "[naam]";

    private final boolean keepText;
    /** The key of the person an access request is for: their name is shown. Null in every other export. */
    private final String subjectKey;
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
        this(personNames, staffNames, keepText, null);
    }

    private Redactor(Collection<String> personNames, Collection<String> staffNames, boolean keepText, String subjectKey) {
        this.keepText = keepText;
        this.subjectKey = subjectKey;
        personNames.forEach(n -> personKeys.add(NameMatcher.key(n)));
        List<String> all = new ArrayList<>(personNames);
        all.addAll(staffNames);
        this.names = new NameMatcher(all);
    }

    /**
     * For an access request by {@code subject} (a person involved, as recorded): their own name is
     * shown, every other person and every member of staff gets a pseudonym, and free text is kept
     * with the other names replaced.
     */
    public static Redactor forAccess(Collection<String> personNames, Collection<String> staffNames, String subject) {
        return new Redactor(personNames, staffNames, true, NameMatcher.key(subject));
    }

    @Override
    public boolean redacted() {
        return true;
    }

    @Override
    public boolean shares(String source) {
        // The person asking gets their own data, also what came from a private account.
        return subjectKey != null || !Sharing.fromPrivateAccount(source);
    }

    @Override
    public String person(String name) {
        String key = NameMatcher.key(name);
        if (key.equals(subjectKey)) {
            return name;
        }
        return pseudonym(persons, PERSON, key);
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
            } else if (m.owner().equals(subjectKey)) {
                sb.append(text, m.start(), m.end());
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
                    text(ev, eo, "posted_by", this::accountDetail);
                    text(ev, eo, "channel", this::label);
                    text(ev, eo, "account", this::accountDetail);
                    text(ev, eo, "involved", this::accountDetail);
                    // A URL usually names the account it points to.
                    text(ev, eo, "url", this::accountDetail);
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
            case EventType.CONSENT -> {
                keep(in, out, "partner");
                keep(in, out, "ground");
                // Who gave consent ("moeder van Lisa") is shown only where names are: the person
                // asking for access sees it with other names replaced; a partner does not see it.
                if (subjectKey != null) {
                    text(in, out, "from", this::label);
                }
                text(in, out, "purpose", this::freeText);
                keep(in, out, "date");
                keep(in, out, "refused");
            }
            default -> {
                // Unknown to this version: nothing of it is shown.
            }
        }
        return out;
    }

    /**
     * What was noted about the account behind a posting: free text for a partner; left out for the
     * person asking for access, since it is about someone else's account.
     */
    private String accountDetail(String text) {
        return subjectKey != null ? null : freeText(text);
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
