package nl.logboek.export;

import nl.logboek.incident.Status;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 *
 * <p>The first pass keeps one of these for every incident in the logbook (a status is only known
 * at the end), so it holds no text it does not need: the report time as a number, strings from a
 * vocabulary (category, status, level) shared by all incidents, the names only when the export
 * looks at them, and consents only for an incident that has any.
 */
final class IncidentSummary {
    static final String PRIVATE_ACCOUNT = "prive-account";

    private final String id;
    private final String category;
    private final boolean fromPrivateAccount;
    private final long reportedAt;
    private final List<String> personNames;
    /** Per partner: whether the latest consent event for it is a refusal; null until the first consent. */
    private Map<String, Boolean> latestRefusal;
    private String status = Status.OPEN;
    private String level;

    /** With the names of the people involved as recorded. */
    IncidentSummary(Event created) {
        this(created, namesOf(created));
    }

    /** @param personNames the names of the people involved, or none when the export does not look at them */
    IncidentSummary(Event created, List<String> personNames) {
        this.id = created.incident();
        this.category = shared(created.text("category"));
        this.fromPrivateAccount = PRIVATE_ACCOUNT.equals(created.text("source"));
        this.reportedAt = created.time().toEpochSecond();
        this.personNames = personNames;
    }

    /** The names of the people involved in the incident {@code created} records, in the order recorded. */
    static List<String> namesOf(Event created) {
        List<String> names = new ArrayList<>();
        created.payload().path("persons").forEach(p -> names.add(p.path("name").asText()));
        return Collections.unmodifiableList(names);
    }

    /**
     * One instance of a string from a vocabulary (a category, a level id): without it every
     * incident would hold its own copy of the same few words.
     */
    private static String shared(String vocabularyWord) {
        return vocabularyWord == null ? null : vocabularyWord.intern();
    }

    void apply(Event e) {
        status = Status.after(status, e.type(), e.payload().path("base").asBoolean());
        switch (e.type()) {
            case EventType.ESCALATED, EventType.DE_ESCALATED -> level = shared(e.text("to"));
            case EventType.CONSENT -> {
                String partner = e.text("partner");
                if (partner != null) {
                    if (latestRefusal == null) {
                        latestRefusal = new HashMap<>(2);
                    }
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

    /** The day the incident was recorded, in {@code zone}: what --since and --until compare. */
    LocalDate reportedOn(ZoneId zone) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(reportedAt), zone);
    }

    String status() {
        return status;
    }

    String level() {
        return level;
    }

    /** Whether the information came from a private account: never shared with a partner (seed 000). */
    boolean fromPrivateAccount() {
        return fromPrivateAccount;
    }

    /** The names of the people involved, as recorded; empty when the export does not look at them. */
    List<String> personNames() {
        return personNames;
    }

    /**
     * Whether personal data may go to {@code partner}: the latest consent event for that partner
     * records a ground (consent, legal duty, vital interest) and not a refusal.
     */
    boolean mayShareWith(String partner) {
        Boolean refused = latestRefusal == null ? null : latestRefusal.get(partner);
        return refused != null && !refused;
    }
}
