package nl.logboek.export;

import nl.logboek.incident.Incident;
import nl.logboek.privacy.Consents;
import nl.logboek.privacy.Sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The little of an incident that decides whether it is exported, and how: what the filters, the
 * private-account rule, the consent rule (--for) and the access rule (--access) look at, taken
 * from the incident as {@link Incident} folds it, so `export` and `list` select the same incidents
 * and `export --for` follows the consent rule ({@link Consents}).
 *
 * <p>The export keeps one of these for every incident in the logbook between its passes, so it
 * holds no text it does not need: the report time as a number, strings from a vocabulary
 * (category, status, level) shared by all incidents, the names only when the export looks at
 * them, and consents only for an incident that has any.
 */
final class IncidentSummary implements Sharing.Facts {
    private final String id;
    private final String category;
    private final boolean fromPrivateAccount;
    private final long reportedAt;
    private final List<String> personNames;
    private final Consents consents;
    private final String status;
    private final String level;

    /**
     * What the export needs of a folded incident.
     *
     * @param personNames the names of the people involved now (after corrections), or none when
     *                    the export does not look at them
     */
    IncidentSummary(Incident i, List<String> personNames) {
        this.id = i.id();
        this.category = shared(i.category());
        this.fromPrivateAccount = Sharing.fromPrivateAccount(i.source());
        this.reportedAt = i.reportedAt().toEpochSecond();
        this.personNames = personNames;
        this.status = shared(i.status());
        this.level = shared(i.level());
        this.consents = Consents.of(i.consents());
    }

    /**
     * One instance of a string from a vocabulary (a category, a level id): without it every
     * incident would hold its own copy of the same few words.
     */
    private static String shared(String vocabularyWord) {
        return vocabularyWord == null ? null : vocabularyWord.intern();
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
    @Override
    public boolean fromPrivateAccount() {
        return fromPrivateAccount;
    }

    /** The names of the people involved, as recorded and corrected; empty when the export does not look at them. */
    @Override
    public List<String> personNames() {
        return personNames;
    }

    /** Whether personal data may go to {@code partner}: the latest consent event for that partner records a ground. */
    @Override
    public boolean mayShareWith(String partner) {
        return consents.allowSharingWith(partner);
    }
}
