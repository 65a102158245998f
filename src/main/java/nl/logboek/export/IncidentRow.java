package nl.logboek.export;

import nl.logboek.incident.Person;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.EventType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One incident as an export row, folded from its events without keeping them. An incident export
 * makes one at a time ({@link IncidentRows}): folded, written, dropped.
 */
final class IncidentRow {
    private final IncidentSummary summary;
    private final OffsetDateTime reportedAt;
    private final String reportedBy;
    private final String title;
    private final String protocol;
    private final String platform;
    private final String occurred;
    private final String severity;
    private final String source;
    private final String description;
    private final List<Person> persons;
    private final Set<String> stepsDone = new LinkedHashSet<>();
    private final Set<String> itemsDone = new LinkedHashSet<>();
    private OffsetDateTime closedAt;
    private String outcome;
    private OffsetDateTime lastActivityAt;
    private long events = 1;

    IncidentRow(Event created) {
        summary = new IncidentSummary(created, List.of());
        reportedAt = created.time();
        reportedBy = created.author();
        title = created.text("title");
        protocol = created.text("protocol");
        platform = created.text("platform");
        occurred = created.text("occurred");
        severity = created.text("severity");
        source = created.text("source");
        description = created.text("description");
        List<Person> ps = new ArrayList<>();
        created.payload().path("persons").forEach(p -> ps.add(new Person(p.path("name").asText(), p.path("role").asText(),
                p.hasNonNull("kind") ? p.get("kind").asText() : null)));
        persons = Collections.unmodifiableList(ps);
        lastActivityAt = created.time();
    }

    void apply(Event e) {
        summary.apply(e);
        events++;
        lastActivityAt = e.time();
        switch (e.type()) {
            case EventType.ITEMS_DONE -> e.payload().path("items").forEach(i -> itemsDone.add(i.asText()));
            case EventType.STEP_DONE -> stepsDone.add(e.text("step"));
            case EventType.CLOSED -> {
                closedAt = e.time();
                outcome = e.text("outcome");
            }
            default -> {
                // status and level are the summary's; notes add nothing to the row
            }
        }
    }

    String id() {
        return summary.id();
    }

    OffsetDateTime reportedAt() {
        return reportedAt;
    }

    String reportedBy() {
        return reportedBy;
    }

    String title() {
        return title;
    }

    String category() {
        return summary.category();
    }

    String protocol() {
        return protocol;
    }

    String status() {
        return summary.status();
    }

    String level() {
        return summary.level();
    }

    String platform() {
        return platform;
    }

    String occurred() {
        return occurred;
    }

    String severity() {
        return severity;
    }

    String source() {
        return source;
    }

    List<Person> persons() {
        return persons;
    }

    String description() {
        return description;
    }

    Set<String> stepsDone() {
        return Collections.unmodifiableSet(stepsDone);
    }

    Set<String> itemsDone() {
        return Collections.unmodifiableSet(itemsDone);
    }

    OffsetDateTime closedAt() {
        return closedAt;
    }

    String outcome() {
        return outcome;
    }

    OffsetDateTime lastActivityAt() {
        return lastActivityAt;
    }

    long events() {
        return events;
    }
}
