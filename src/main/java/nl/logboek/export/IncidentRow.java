package nl.logboek.export;

import nl.logboek.incident.Incident;
import nl.logboek.incident.Person;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One incident as an export row: the incident as {@link Incident} folds it (with its corrections),
 * from the events the export may show. An incident export makes one at a time
 * ({@link IncidentRows}): folded, written, dropped.
 */
final class IncidentRow {
    private final Incident incident;

    IncidentRow(Incident incident) {
        this.incident = incident;
    }

    String id() {
        return incident.id();
    }

    OffsetDateTime reportedAt() {
        return incident.reportedAt();
    }

    String reportedBy() {
        return incident.reportedBy();
    }

    String title() {
        return incident.title();
    }

    String category() {
        return incident.category();
    }

    String protocol() {
        return incident.protocol();
    }

    String status() {
        return incident.status();
    }

    String level(nl.logboek.incident.Levels levels) {
        return levels.of(incident);
    }

    String platform() {
        return incident.platform();
    }

    String occurred() {
        return incident.occurred();
    }

    String severity() {
        return incident.severity();
    }

    String source() {
        return incident.source();
    }

    List<Person> persons() {
        return incident.persons();
    }

    String description() {
        return incident.description();
    }

    List<String> stepsDone() {
        return incident.stepsDone();
    }

    Set<String> itemsDone() {
        return new LinkedHashSet<>(incident.itemsDone().keySet());
    }

    OffsetDateTime closedAt() {
        return incident.closedAt();
    }

    String outcome() {
        return incident.outcome();
    }

    OffsetDateTime lastActivityAt() {
        return incident.lastActivityAt();
    }

    /** The lines behind the row (personal work notes are never folded into it). */
    long events() {
        return incident.lineCount();
    }
}
