package nl.logboek.privacy;

import nl.logboek.incident.Incident;

import java.time.Instant;
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

    /**
     * Whether the period of an incident closed at {@code closedAt} had ended by {@code asOf} (both in
     * seconds since the epoch), with the months counted in {@code zone}: the report's question, asked
     * of every closed incident. Unlike {@link #expiresAt}, which adds the months to the closing time
     * with the offset it was recorded with, this follows the zone's clock changes: around a change to
     * or from summer time the two answers can be an hour apart.
     */
    public boolean endedBy(long closedAt, long asOf, ZoneId zone) {
        // Months are 28 to 31 days (and a day 23 to 25 hours): only closings near the edge need the
        // calendar, which a report over a hundred thousand cases would otherwise ask for each.
        long surelyEnded = asOf - months * 31L * 86_400L - 2 * 3_600L;
        long surelyNot = asOf - months * 28L * 86_400L + 2 * 3_600L;
        if (closedAt > surelyNot) {
            return false;
        }
        return closedAt <= surelyEnded || Instant.ofEpochSecond(closedAt).atZone(zone).plusMonths(months).toEpochSecond() <= asOf;
    }

    public static String describe(OffsetDateTime t, ZoneId zone) {
        return t.atZoneSameInstant(zone).toLocalDate().toString();
    }
}
