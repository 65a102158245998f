package nl.logboek.export;

import nl.logboek.logbook.Event;
import nl.logboek.logbook.EventType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The little of an incident that decides whether it is exported, and how: what the filters, the
 * private-account rule, the consent rule (--for) and the access rule (--access) look at. Status,
 * level and consent are folded exactly as {@link nl.logboek.incident.Incident} folds them, so
 * `export` and `list` select the same incidents and `export --for` follows the same consent rule
 * as {@link nl.logboek.incident.Incident#mayShareWith} (a test compares the two).
 */
final class IncidentSummary {
    static final String PRIVATE_ACCOUNT = "prive-account";

    private final String id;
    private final String category;
    private final String source;
    private final OffsetDateTime reportedAt;
    private final List<String> personNames;
    /** Per partner: whether the latest consent event for it is a refusal. */
    private final Map<String, Boolean> latestRefusal = new HashMap<>();
    private String status = "open";
    private String level;

    IncidentSummary(Event created) {
        this.id = created.incident();
        this.category = created.text("category");
        this.source = created.text("source");
        this.reportedAt = created.time();
        List<String> names = new ArrayList<>();
        created.payload().path("persons").forEach(p -> names.add(p.path("name").asText()));
        this.personNames = Collections.unmodifiableList(names);
    }

    void apply(Event e) {
        status = nl.logboek.incident.Status.after(status, e.type(), e.payload().path("base").asBoolean());
        switch (e.type()) {
            case EventType.ESCALATED, EventType.DE_ESCALATED -> level = e.text("to");
            case EventType.CONSENT -> {
                String partner = e.text("partner");
                if (partner != null) {
                    latestRefusal.put(partner, e.payload().path("refused").asBoolean());
                }
            }
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

    /** Whether the information came from a private account: never shared with a partner (seed 000). */
    boolean fromPrivateAccount() {
        return PRIVATE_ACCOUNT.equals(source);
    }

    /** The names of the people involved, as recorded. */
    List<String> personNames() {
        return personNames;
    }

    /**
     * Whether personal data may go to {@code partner}: the latest consent event for that partner
     * records a ground (consent, legal duty, vital interest) and not a refusal.
     */
    boolean mayShareWith(String partner) {
        Boolean refused = latestRefusal.get(partner);
        return refused != null && !refused;
    }
}
