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

    /**
     * One person's incidents on a request for erasure (AVG art. 17), split by this period: those
     * whose period has ended, which may be purged whole, and those still kept (open, or closed with
     * the period running: {@code expiresAt} says until when, null while open). A purge can only
     * empty whole lines, and a person's data is spread over an incident's lines, so erasure is per
     * incident; what the law still requires to be kept (art. 17(3)(b)) is kept.
     */
    public record Erasure(List<Due> erasable, List<Kept> kept) {
    }

    /** An incident of a request for erasure whose retention period has not ended. */
    public record Kept(String id, String category, String status, OffsetDateTime expiresAt) {
    }

    public Erasure erasure(Collection<Incident> involved, OffsetDateTime now) {
        List<Due> erasable = expired(involved, now);
        java.util.Set<String> ids = new java.util.HashSet<>();
        erasable.forEach(d -> ids.add(d.id()));
        List<Kept> kept = new ArrayList<>();
        for (Incident i : involved) {
            if (!ids.contains(i.id())) {
                kept.add(new Kept(i.id(), i.category(), i.status(), expiresAt(i)));
            }
        }
        return new Erasure(erasable, kept);
    }

    /**
     * Whether {@code text} (a reason to be kept in the purge record) holds {@code name}: compared
     * without case, accents or punctuation, as whole words. A purge record outlives the purge, so
     * it must not name the person whose data it removed.
     */
    public static boolean names(String text, String name) {
        String t = " " + words(text) + " ";
        String n = words(name);
        return !n.isBlank() && t.contains(" " + n + " ");
    }

    private static String words(String s) {
        return nl.logboek.incident.SearchText.normalise(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public OffsetDateTime expiresAt(Incident i) {
        return expiresAt(i.closedAt());
    }

    /** When the period of an incident closed at {@code closedAt} ends (null when not closed). */
    public OffsetDateTime expiresAt(OffsetDateTime closedAt) {
        return closedAt == null ? null : closedAt.plusMonths(months);
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
