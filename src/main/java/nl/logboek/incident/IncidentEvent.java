package nl.logboek.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.Event;
import nl.logboek.json.JsonTrees;
import nl.logboek.logbook.NewEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one line of the logbook says about an incident, typed: one record per event type and
 * version. These records are the only code that reads or writes payload keys; everything else
 * (the fold in {@link Incident}, the views, reports and exports) works on them.
 *
 * <p>Every type here is version 1 of its payload (docs/logbook-format.md). A later version of a
 * type gets a record of its own beside the old one, so old lines keep being read as written.
 * Writing a record gives the exact payload the program wrote before these records existed (same
 * keys, same order), so a line written now is byte-for-byte what the earlier release wrote.
 */
public sealed interface IncidentEvent {

    /**
     * Stands for a text field that is withheld in a record made to be shown outside the logbook (a
     * redacted export, nl.logboek.privacy.Redactor): {@link #payload()} leaves the field's key out,
     * where a null is written as recorded. Compared by identity, so no text ever equals it; only the
     * privacy rules put it in a record, and such a record is written for the export, never folded
     * or appended.
     */
    String WITHHELD = new String("(withheld)");

    /** The event type on the line ({@link EventType}). */
    String type();

    /** The payload as written on the line. */
    ObjectNode payload();

    /** The line to append for {@code event} about {@code incident}. */
    static NewEvent write(String incident, IncidentEvent event, String author) {
        return new NewEvent(incident, event.type(), author, event.payload());
    }

    /**
     * The typed content of {@code e}. A line whose content a purge removed is {@link Purged}; a type
     * or version this release does not know is {@link Unknown} (kept in the timeline, changes nothing).
     */
    static IncidentEvent of(Event e) {
        if (e.purged()) {
            return new Purged(e.type());
        }
        if (e.version() != 1) {
            return new Unknown(e.type());
        }
        ObjectNode p = e.payload();
        return switch (e.type()) {
            case EventTypes.CREATED -> Created.read(p);
            case EventTypes.ANNOTATED -> Annotated.read(p);
            case EventTypes.ITEMS_DONE -> ItemsDone.read(p);
            case EventTypes.STEP_DONE -> StepDone.read(p);
            case EventTypes.ESCALATED, EventTypes.DE_ESCALATED -> Moved.read(e.type(), p);
            case EventTypes.CLOSED -> Closed.read(p);
            case EventTypes.CONSENT -> Consent.read(p);
            case EventTypes.AMENDED -> Amended.read(p);
            case EventTypes.RETRACTED -> Retracted.read(p);
            case EventTypes.REOPENED -> Reopened.read(p);
            case EventTypes.FOLLOW_UP -> FollowUp.read(p);
            case EventTypes.FOLLOW_UP_DONE -> FollowUpDone.read(p);
            case EventTypes.ANSWERED -> Answered.read(p);
            default -> new Unknown(e.type());
        };
    }

    /** The incident is recorded (type {@code created}). */
    /** @param overlays the protocols added beside the main one when it was recorded */
    record Created(String title, String category, String platform, String occurred, String description,
                   List<Person> persons, String severity, String source, String target, String protocol,
                   List<String> overlays)
            implements IncidentEvent {
        public Created {
            persons = List.copyOf(persons);
            overlays = overlays == null ? List.of() : List.copyOf(overlays);
        }

        public Created(String title, String category, String platform, String occurred, String description,
                       List<Person> persons, String severity, String source, String target, String protocol) {
            this(title, category, platform, occurred, description, persons, severity, source, target, protocol, List.of());
        }

        static Created read(ObjectNode p) {
            List<Person> persons = new ArrayList<>();
            for (JsonNode n : p.path("persons")) {
                persons.add(Fields.person(n));
            }
            return new Created(Fields.text(p, "title"), Fields.text(p, "category"), Fields.text(p, "platform"),
                    Fields.text(p, "occurred"), Fields.text(p, "description"), persons, Fields.text(p, "severity"),
                    Fields.text(p, "source"), Fields.text(p, "target"), Fields.text(p, "protocol"),
                    Fields.texts(p.path("overlays")));
        }

        @Override
        public String type() {
            return EventTypes.CREATED;
        }

        @Override
        public ObjectNode payload() {
            ObjectNode p = JsonTrees.object();
            Fields.put(p, "title", title);
            p.put("category", category);
            Fields.putIfGiven(p, "platform", platform);
            Fields.putIfGiven(p, "occurred", occurred);
            Fields.putIfGiven(p, "description", description);
            ArrayNode ps = p.putArray("persons");
            for (Person person : persons) { // loops, not lambdas: on the way of every `new`
                Fields.person(ps.addObject(), person);
            }
            Fields.putIfGiven(p, "severity", severity);
            Fields.putIfGiven(p, "source", source);
            p.put("target", target);
            p.put("protocol", protocol);
            if (!overlays.isEmpty()) {
                ArrayNode o = p.putArray("overlays");
                for (String overlay : overlays) {
                    o.add(overlay);
                }
            }
            return p;
        }
    }

    /**
     * A note, what was seen of a posting, or both (type {@code annotated}).
     *
     * @param personal a coordinator's own work note: never exported nor handed over on a request for access
     */
    record Annotated(String text, boolean personal, Evidence evidence) implements IncidentEvent {
        static Annotated read(ObjectNode p) {
            Evidence evidence = null;
            if (p.get("evidence") instanceof ObjectNode ev) {
                JsonNode shot = ev.get("screenshot");
                evidence = new Evidence(Fields.text(ev, "posted_by"), Fields.text(ev, "channel"),
                        Fields.text(ev, "account"), Fields.text(ev, "involved"), Fields.text(ev, "url"),
                        Fields.text(ev, "posted_at"),
                        shot == null ? null : Fields.text(shot, "sha256"), shot == null ? null : Fields.text(shot, "path"));
            }
            return new Annotated(Fields.text(p, "text"), p.path("private").asBoolean(false), evidence);
        }

        @Override
        public String type() {
            return EventTypes.ANNOTATED;
        }

        @Override
        public ObjectNode payload() {
            ObjectNode p = JsonTrees.object();
            Fields.putIfGiven(p, "text", text);
            if (personal) {
                p.put("private", true);
            }
            if (evidence != null && !evidence.isEmpty()) {
                ObjectNode o = p.putObject("evidence");
                Fields.putIfGiven(o, "posted_by", evidence.postedBy());
                Fields.putIfGiven(o, "channel", evidence.channel());
                Fields.putIfGiven(o, "account", evidence.account());
                Fields.putIfGiven(o, "involved", evidence.involved());
                Fields.putIfGiven(o, "url", evidence.url());
                Fields.putIfGiven(o, "posted_at", evidence.postedAt());
                if (evidence.screenshotSha256() != null) {
                    ObjectNode s = o.putObject("screenshot");
                    s.put("sha256", evidence.screenshotSha256());
                    Fields.put(s, "path", evidence.screenshotPath());
                }
            }
            return p;
        }
    }

    /**
     * Checklist items ticked off (type {@code items-done}), with the day they were done when given.
     *
     * @param protocol the protocol added beside the main one whose items these are; null for the main protocol
     */
    record ItemsDone(List<String> items, String doneOn, String note, String protocol) implements IncidentEvent {
        public ItemsDone {
            items = List.copyOf(items);
        }

        public ItemsDone(List<String> items, String doneOn, String note) {
            this(items, doneOn, note, null);
        }

        static ItemsDone read(ObjectNode p) {
            return new ItemsDone(Fields.texts(p.path("items")), Fields.text(p, "done_on"), Fields.text(p, "note"),
                    Fields.text(p, "protocol"));
        }

        @Override
        public String type() {
            return EventTypes.ITEMS_DONE;
        }

        @Override
        public ObjectNode payload() {
            ObjectNode p = JsonTrees.object();
            ArrayNode arr = p.putArray("items");
            items.forEach(arr::add);
            Fields.putIfGiven(p, "done_on", doneOn);
            Fields.putIfGiven(p, "note", note);
            Fields.putIfGiven(p, "protocol", protocol);
            return p;
        }
    }

    /**
     * A protocol step finished (type {@code step-done}).
     *
     * @param next the step after it, or null for the last
     * @param how  {@code user} (next --advance) or {@code all-items} (written by earlier releases when
     *             the last item of a step was ticked)
     */
    record StepDone(String step, String next, String how, String protocol, String level, String reason,
                    List<String> leftOpen) implements IncidentEvent {
        /**
         * @param protocol the protocol added beside the main one whose step this is; null for the main protocol
         * @param level    the ladder level the next step puts the incident at (its regie), or null
         * @param reason   why the step was finished with items open, or null
         * @param leftOpen the items left open, by id
         */
        public StepDone {
            leftOpen = leftOpen == null ? List.of() : List.copyOf(leftOpen);
        }

        public StepDone(String step, String next, String how) {
            this(step, next, how, null, null, null, List.of());
        }

        static StepDone read(ObjectNode p) {
            return new StepDone(Fields.text(p, "step"), Fields.text(p, "next"), Fields.text(p, "how"),
                    Fields.text(p, "protocol"), Fields.text(p, "level"), Fields.text(p, "reason"),
                    Fields.texts(p.path("left_open")));
        }

        public boolean byUser() {
            return "user".equals(how);
        }

        @Override
        public String type() {
            return EventTypes.STEP_DONE;
        }

        @Override
        public ObjectNode payload() {
            ObjectNode p = JsonTrees.object();
            p.put("step", step);
            p.put("next", next);
            p.put("how", how);
            Fields.putIfGiven(p, "protocol", protocol);
            Fields.putIfGiven(p, "level", level);
            Fields.putIfGiven(p, "reason", reason);
            if (!leftOpen.isEmpty()) {
                ArrayNode open = p.putArray("left_open");
                leftOpen.forEach(open::add);
            }
            return p;
        }
    }

    /**
     * A move along the escalation ladder: up (type {@code escalated}) or down ({@code de-escalated}).
     *
     * @param criterionId the protocol's criterion met, or null when the reason was free text
     * @param base        whether the move ended on the ladder's first level
     */
    record Moved(boolean down, String from, String to, String partner, String regie, String criterionId,
                 String criterionText, boolean base) implements IncidentEvent {
        static Moved read(String type, ObjectNode p) {
            JsonNode c = p.path("criterion");
            return new Moved(EventTypes.DE_ESCALATED.equals(type), Fields.text(p, "from"), Fields.text(p, "to"),
                    Fields.text(p, "partner"), Fields.text(p, "regie"), Fields.text(c, "id"), Fields.text(c, "text"),
                    p.path("base").asBoolean(false));
        }

        @Override
        public String type() {
            return down ? EventTypes.DE_ESCALATED : EventTypes.ESCALATED;
        }

        @Override
        public ObjectNode payload() {
            ObjectNode p = JsonTrees.object();
            p.put("from", from);
            p.put("to", to);
            p.put("partner", partner);
            p.put("regie", regie);
            ObjectNode c = p.putObject("criterion");
            c.put("id", criterionId);
            Fields.put(c, "text", criterionText);
            p.put("base", base);
            return p;
        }
    }

    /**
     * The incident is closed (type {@code closed}).
     *
     * @param openMandatory the mandatory items still open when it was closed (then {@code forced})
     * @param reason        why it was closed with {@code --force}; null on lines written before a
     *                      forced close needed a reason, and on a close that was not forced
     */
    record Closed(String outcome, boolean forced, List<String> openMandatory, String reason) implements IncidentEvent {
        public Closed {
            openMandatory = List.copyOf(openMandatory);
        }

        static Closed read(ObjectNode p) {
            return new Closed(Fields.text(p, "outcome"), p.path("forced").asBoolean(false),
                    Fields.texts(p.path("open_mandatory")), Fields.text(p, "reason"));
        }

        @Override
        public String type() {
            return EventTypes.CLOSED;
        }

        @Override
        public ObjectNode payload() {
            ObjectNode p = JsonTrees.object();
            Fields.put(p, "outcome", outcome);
            p.put("forced", forced);
            ArrayNode arr = p.putArray("open_mandatory");
            openMandatory.forEach(arr::add);
            Fields.putIfGiven(p, "reason", reason);
            return p;
        }
    }

    /**
     * Consent (or another legal ground) to exchange information with a partner, or its refusal
     * (type {@code consent}).
     *
     * @param from who gave it; null for a ground other than consent
     * @param date the day it was given (ISO date)
     */
    record Consent(String partner, String ground, String from, String purpose, String date, boolean refused)
            implements IncidentEvent {
        static Consent read(ObjectNode p) {
            return new Consent(Fields.text(p, "partner"), Fields.text(p, "ground"), Fields.text(p, "from"),
                    Fields.text(p, "purpose"), Fields.text(p, "date"), p.path("refused").asBoolean(false));
        }

        @Override
        public String type() {
            return EventTypes.CONSENT;
        }

        @Override
        public ObjectNode payload() {
            ObjectNode p = JsonTrees.object();
            p.put("partner", partner);
            p.put("ground", ground);
            Fields.put(p, "from", from);
            Fields.put(p, "purpose", purpose);
            p.put("date", date);
            p.put("refused", refused);
            return p;
        }
    }

    /**
     * A correction of what was recorded (type {@code amended}): the original line stays as it was.
     *
     * @param fields        new values of the incident's fields, by field; a null value clears the field
     * @param addPersons    people added
     * @param removePersons names of people removed
     * @param keptItems     on a protocol switch: ticked items that the new protocol has too (kept)
     * @param droppedItems  on a protocol switch: ticked items the new protocol does not have
     */
    record Amended(String reason, Map<Field, String> fields, List<Person> addPersons, List<String> removePersons,
                   List<String> keptItems, List<String> droppedItems, List<String> addProtocols,
                   List<String> removeProtocols) implements IncidentEvent {
        /** The fields a correction can change, by their key on the line. */
        public enum Field {
            TITLE("title"), CATEGORY("category"), SEVERITY("severity"), PLATFORM("platform"), OCCURRED("occurred"),
            DESCRIPTION("description"), PROTOCOL("protocol"), SOURCE("source");

            private final String key;

            Field(String key) {
                this.key = key;
            }

            /** The field's name on the line and in --json output. */
            public String key() {
                return key;
            }
        }

        public Amended {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            addPersons = List.copyOf(addPersons);
            removePersons = List.copyOf(removePersons);
            keptItems = List.copyOf(keptItems);
            droppedItems = List.copyOf(droppedItems);
            addProtocols = addProtocols == null ? List.of() : List.copyOf(addProtocols);
            removeProtocols = removeProtocols == null ? List.of() : List.copyOf(removeProtocols);
        }

        public Amended(String reason, Map<Field, String> fields, List<Person> addPersons, List<String> removePersons,
                       List<String> keptItems, List<String> droppedItems) {
            this(reason, fields, addPersons, removePersons, keptItems, droppedItems, List.of(), List.of());
        }

        static Amended read(ObjectNode p) {
            Map<Field, String> fields = new LinkedHashMap<>();
            JsonNode set = p.path("set");
            for (Field f : Field.values()) {
                if (set.has(f.key())) {
                    fields.put(f, Fields.text(set, f.key()));
                }
            }
            List<Person> add = new ArrayList<>();
            for (JsonNode n : p.path("add_persons")) {
                add.add(Fields.person(n));
            }
            return new Amended(Fields.text(p, "reason"), fields, add, Fields.texts(p.path("remove_persons")),
                    Fields.texts(p.path("kept_items")), Fields.texts(p.path("dropped_items")),
                    Fields.texts(p.path("add_protocols")), Fields.texts(p.path("remove_protocols")));
        }

        public boolean switchesProtocol() {
            return fields.containsKey(Field.PROTOCOL);
        }

        @Override
        public String type() {
            return EventTypes.AMENDED;
        }

        @Override
        public ObjectNode payload() {
            ObjectNode p = JsonTrees.object();
            Fields.put(p, "reason", reason);
            ObjectNode set = p.putObject("set");
            fields.forEach((f, v) -> Fields.put(set, f.key(), v));
            ArrayNode add = p.putArray("add_persons");
            addPersons.forEach(person -> Fields.person(add.addObject(), person));
            ArrayNode remove = p.putArray("remove_persons");
            removePersons.forEach(remove::add);
            if (switchesProtocol()) {
                ArrayNode kept = p.putArray("kept_items");
                keptItems.forEach(kept::add);
                ArrayNode dropped = p.putArray("dropped_items");
                droppedItems.forEach(dropped::add);
            }
            if (!addProtocols.isEmpty()) {
                ArrayNode a = p.putArray("add_protocols");
                addProtocols.forEach(a::add);
            }
            if (!removeProtocols.isEmpty()) {
                ArrayNode r = p.putArray("remove_protocols");
                removeProtocols.forEach(r::add);
            }
            return p;
        }
    }

    /**
     * Something recorded in error is taken back (type {@code retracted}): a tick ({@code item}), or
     * a note or evidence entry, named by the hash of its line ({@code entry}, stable however the
     * timeline of a team is later merged). The retracted line stays in the logbook.
     *
     * @param entrySeq the entry's sequence number in its writer's file, for people reading the line
     */
    record Retracted(String reason, String item, String entry, Long entrySeq) implements IncidentEvent {
        static Retracted read(ObjectNode p) {
            JsonNode e = p.path("entry");
            return new Retracted(Fields.text(p, "reason"), Fields.text(p, "item"), Fields.text(e, "hash"),
                    e.hasNonNull("seq") ? e.get("seq").asLong() : null);
        }

        @Override
        public String type() {
            return EventTypes.RETRACTED;
        }

        @Override
        public ObjectNode payload() {
            ObjectNode p = JsonTrees.object();
            Fields.put(p, "reason", reason);
            if (item != null) {
                p.put("item", item);
            }
            if (entry != null) {
                ObjectNode e = p.putObject("entry");
                e.put("hash", entry);
                e.put("seq", entrySeq);
            }
            return p;
        }
    }

    /**
     * A closed incident is opened again (type {@code reopened}).
     *
     * @param base whether the incident is then at the first level of its ladder (so its status is
     *             open, not escalated)
     */
    record Reopened(String reason, boolean base) implements IncidentEvent {
        static Reopened read(ObjectNode p) {
            return new Reopened(Fields.text(p, "reason"), p.path("base").asBoolean(false));
        }

        @Override
        public String type() {
            return EventTypes.REOPENED;
        }

        @Override
        public ObjectNode payload() {
            ObjectNode p = JsonTrees.object();
            Fields.put(p, "reason", reason);
            p.put("base", base);
            return p;
        }
    }

    /**
     * Something to do on or by a day: a nagesprek, a call back (type {@code follow-up}).
     *
     * @param due the day (ISO date)
     */
    record FollowUp(String due, String text) implements IncidentEvent {
        static FollowUp read(ObjectNode p) {
            return new FollowUp(Fields.text(p, "due"), Fields.text(p, "text"));
        }

        @Override
        public String type() {
            return EventTypes.FOLLOW_UP;
        }

        @Override
        public ObjectNode payload() {
            ObjectNode p = JsonTrees.object();
            p.put("due", due);
            Fields.put(p, "text", text);
            return p;
        }
    }

    /**
     * A follow-up is done (type {@code follow-up-done}), named by the hash of its line (stable
     * however the timeline of a team is later merged).
     *
     * @param followUpSeq the follow-up line's sequence number in its writer's file, for people reading the line
     * @param note        what came of it, or null
     */
    record FollowUpDone(String followUp, Long followUpSeq, String note) implements IncidentEvent {
        static FollowUpDone read(ObjectNode p) {
            JsonNode f = p.path("follow_up");
            return new FollowUpDone(Fields.text(f, "hash"), f.hasNonNull("seq") ? f.get("seq").asLong() : null,
                    Fields.text(p, "note"));
        }

        @Override
        public String type() {
            return EventTypes.FOLLOW_UP_DONE;
        }

        @Override
        public ObjectNode payload() {
            ObjectNode p = JsonTrees.object();
            ObjectNode f = p.putObject("follow_up");
            f.put("hash", followUp);
            f.put("seq", followUpSeq);
            Fields.putIfGiven(p, "note", note);
            return p;
        }
    }

    /** A line whose content a purge removed (retention): only that it was there is known. */
    /**
     * A question or decision of a protocol answered (type {@code answered}); a later answer to the
     * same item replaces it, and both stay in the timeline.
     *
     * @param protocol the protocol whose item it is
     * @param answer   ja, nee, twijfel, onbekend, or a decision's option id
     * @param text     what the coordinator added to the answer, or null
     */
    record Answered(String protocol, String item, String answer, String text) implements IncidentEvent {
        static Answered read(ObjectNode p) {
            return new Answered(Fields.text(p, "protocol"), Fields.text(p, "item"), Fields.text(p, "answer"),
                    Fields.text(p, "text"));
        }

        @Override
        public String type() {
            return EventTypes.ANSWERED;
        }

        @Override
        public ObjectNode payload() {
            ObjectNode p = JsonTrees.object();
            p.put("protocol", protocol);
            p.put("item", item);
            p.put("answer", answer);
            Fields.putIfGiven(p, "text", text);
            return p;
        }
    }

    record Purged(String type) implements IncidentEvent {
        @Override
        public ObjectNode payload() {
            return JsonTrees.object();
        }
    }

    /** A line of a type or version this release does not know: kept in the timeline, changes nothing. */
    record Unknown(String type) implements IncidentEvent {
        @Override
        public ObjectNode payload() {
            return JsonTrees.object();
        }
    }

    /** Reading and writing the payload fields shared by several types. */
    final class Fields {
        private Fields() {
        }

        static String text(JsonNode o, String field) {
            JsonNode n = o.get(field);
            return n == null || n.isNull() ? null : n.asText();
        }

        static List<String> texts(JsonNode array) {
            List<String> out = new ArrayList<>();
            for (JsonNode n : array) { // a loop, not a lambda: read on the way of every write (docs/benchmarks.md)
                out.add(n.asText());
            }
            return out;
        }

        static Person person(JsonNode n) {
            return new Person(n.path("name").asText(), n.path("role").asText(), text(n, "kind"));
        }

        static void person(ObjectNode o, Person p) {
            o.put("name", p.name());
            o.put("role", p.role());
            putIfGiven(o, "kind", p.kind());
        }

        static void putIfGiven(ObjectNode o, String field, String value) {
            if (value != null && value != WITHHELD && !value.isBlank()) {
                o.put(field, value);
            }
        }

        /** The field as it is, null included; left out when it is {@link #WITHHELD}. */
        static void put(ObjectNode o, String field, String value) {
            if (value != WITHHELD) {
                o.put(field, value);
            }
        }
    }
}
