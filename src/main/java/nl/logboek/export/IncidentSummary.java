package nl.logboek.export;

import nl.logboek.logbook.Event;
import nl.logboek.logbook.EventType;

import java.time.OffsetDateTime;

/**
 * The little of an incident that decides whether it is exported: what the filters and the
 * private-account rule look at. Status and level are folded exactly as
 * {@link nl.logboek.incident.Incident} folds them, so `export` and `list` select the same incidents.
 */
final class IncidentSummary {
    static final String PRIVATE_ACCOUNT = "prive-account";

    private final String id;
    private final String category;
    private final String source;
    private final OffsetDateTime reportedAt;
    private String status = "open";
    private String level;

    IncidentSummary(Event created) {
        this.id = created.incident();
        this.category = created.text("category");
        this.source = created.text("source");
        this.reportedAt = created.time();
    }

    void apply(Event e) {
        switch (e.type()) {
            case EventType.ESCALATED -> {
                level = e.text("to");
                status = "opgeschaald";
            }
            case EventType.DE_ESCALATED -> {
                level = e.text("to");
                status = e.payload().path("base").asBoolean() ? "afgeschaald" : "opgeschaald";
            }
            case EventType.CLOSED -> status = "gesloten";
            default -> {
                // the other events do not change status or level
            }
        }
    }

    String id() {
        return id;
    }

    String category() {
        return category;
    }

    String source() {
        return source;
    }

    OffsetDateTime reportedAt() {
        return reportedAt;
    }

    String status() {
        return status;
    }

    String level() {
        return level;
    }
}
