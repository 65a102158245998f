package nl.logboek.incident;

import nl.logboek.logbook.Event;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An incident's state, folded from its events. Never stored: the events are the record. */
public final class Incident {
    private final String id;
    private final Event created;
    private final List<Person> persons;
    private final List<Event> timeline = new ArrayList<>();
    private String status = "open";

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
