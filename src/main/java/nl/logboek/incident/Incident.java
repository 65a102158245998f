package nl.logboek.incident;

import nl.logboek.logbook.Event;
import nl.logboek.logbook.EventType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An incident's state, folded from its events. Never stored: the events are the record. */
public final class Incident {
    private final String id;
    private final Event created;
    private final List<Person> persons;
    private final List<Event> timeline = new ArrayList<>();
    private final Map<String, Event> itemsDone = new LinkedHashMap<>();
    private final List<String> stepsDone = new ArrayList<>();
    private final List<Event> consents = new ArrayList<>();
    private String status = Status.OPEN;
    private String level;
    private Event closed;

    Incident(Event created) {
        this.id = created.incident();
        this.created = created;
        List<Person> ps = new ArrayList<>();
        var node = created.payload().get("persons");
        if (node != null) {
            for (var p : node) {
                ps.add(new Person(p.path("name").asText(), p.path("role").asText(), p.hasNonNull("kind") ? p.get("kind").asText() : null));
            }
        }
        this.persons = Collections.unmodifiableList(ps);
        timeline.add(created);
    }

    void apply(Event e) {
        timeline.add(e);
        status = Status.after(status, e.type(), e.payload().path("base").asBoolean());
        switch (e.type()) {
            case EventType.ITEMS_DONE -> e.payload().path("items").forEach(i -> itemsDone.putIfAbsent(i.asText(), e));
            case EventType.STEP_DONE -> {
                String step = e.text("step");
                if (!stepsDone.contains(step)) {
                    stepsDone.add(step);
                }
            }
            case EventType.ESCALATED, EventType.DE_ESCALATED -> level = e.text("to");
            case EventType.CLOSED -> closed = e;
            case EventType.CONSENT -> consents.add(e);
            default -> {
                // annotated: only the timeline changes
            }
        }
    }

    /** The protocol this incident follows (chosen when it was recorded). */
    public String protocol() {
        return created.text("protocol");
    }

    /** Items ticked off, with the event that ticked each first. */
    public Map<String, Event> itemsDone() {
        return Collections.unmodifiableMap(itemsDone);
    }

    public List<String> stepsDone() {
        return Collections.unmodifiableList(stepsDone);
    }

    /** The escalation level id, or null while at the protocol's first level. */
    public String level() {
        return level;
    }

    /** Consent (or another legal ground) to share with a partner, or its refusal, oldest first. */
    public List<Event> consents() {
        return Collections.unmodifiableList(consents);
    }

    /** Whether personal data may go to this partner: the latest word on it is a ground, not a refusal. */
    public boolean mayShareWith(String partner) {
        Event latest = null;
        for (Event c : consents) {
            if (partner.equals(c.text("partner"))) {
                latest = c;
            }
        }
        return latest != null && !latest.payload().path("refused").asBoolean();
    }

    public boolean isClosed() {
        return closed != null;
    }

    public String outcome() {
        return closed == null ? null : closed.text("outcome");
    }

    public java.time.OffsetDateTime closedAt() {
        return closed == null ? null : closed.time();
    }

    public String id() {
        return id;
    }

    public String title() {
        return created.text("title");
    }

    public String category() {
        return created.text("category");
    }

    public String platform() {
        return created.text("platform");
    }

    /** As recorded: a date (2026-11-20) or a date-time with offset. */
    public String occurred() {
        return created.text("occurred");
    }

    public String description() {
        return created.text("description");
    }

    public String severity() {
        return created.text("severity");
    }

    public String source() {
        return created.text("source");
    }

    public List<Person> persons() {
        return persons;
    }

    public String status() {
        return status;
    }

    public OffsetDateTime reportedAt() {
        return created.time();
    }

    public String reportedBy() {
        return created.author();
    }

    public OffsetDateTime lastActivityAt() {
        return timeline.get(timeline.size() - 1).time();
    }

    /** Every event of this incident, oldest first. */
    public List<Event> timeline() {
        return Collections.unmodifiableList(timeline);
    }
}
