package nl.logboek.incident;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The organisation's retention period (bewaartermijn): how long a closed incident is kept. The
 * default, two years after closing, follows common Dutch pupil-file practice (domain.md).
 */
public record Retention(int months) {
    public static final int DEFAULT_MONTHS = 24;

    /** A closed incident and when its retention period ends (or ended). */
    public record Due(String id, String category, OffsetDateTime closedAt, OffsetDateTime expiresAt) {
    }

    public OffsetDateTime expiresAt(Incident i) {
        return i.closedAt() == null ? null : i.closedAt().plusMonths(months);
    }

    /** Closed incidents whose retention period ended on or before {@code now}, oldest first. */
    public List<Due> expired(Collection<Incident> incidents, OffsetDateTime now) {
        return due(incidents, now, now);
    }

    /** Closed incidents whose period ends after {@code now} but on or before {@code until}. */
    public List<Due> expiringBetween(Collection<Incident> incidents, OffsetDateTime now, OffsetDateTime until) {
        List<Due> all = due(incidents, now.plusMonths(months * 0L), until);
        all.removeIf(d -> !d.expiresAt().isAfter(now));
        return all;
    }

    private List<Due> due(Collection<Incident> incidents, OffsetDateTime now, OffsetDateTime until) {
        List<Due> out = new ArrayList<>();
        for (Incident i : incidents) {
            OffsetDateTime end = expiresAt(i);
            if (end != null && !end.isAfter(until)) {
                out.add(new Due(i.id(), i.category(), i.closedAt(), end));
            }
        }
        out.sort(java.util.Comparator.comparing(Due::expiresAt).thenComparing(Due::id));
        return out;
    }

    public static String describe(OffsetDateTime t, ZoneId zone) {
        return t.atZoneSameInstant(zone).toLocalDate().toString();
    }
}
