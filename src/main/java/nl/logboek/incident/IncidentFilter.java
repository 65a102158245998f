package nl.logboek.incident;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The filters that list and export share. Dates select on the day an incident was reported
 * (recorded), in the user's time zone, both ends inclusive.
 */
public record IncidentFilter(Set<String> statuses, Set<String> categories, LocalDate since, LocalDate until, ZoneId zone)
        implements Predicate<Incident> {

    public boolean admitsStatus(String status) {
        return statuses.isEmpty() || statuses.contains(status);
    }

    public boolean admitsReportDay(java.time.Instant reported) {
        if (since == null && until == null) {
            return true; // no day to compare: a hundred thousand incidents need no zone's rules
        }
        LocalDate day = reported.atZone(zone).toLocalDate();
        return (since == null || !day.isBefore(since)) && (until == null || !day.isAfter(until));
    }

    @Override
    public boolean test(Incident i) {
        if (!statuses.isEmpty() && !statuses.contains(i.status())) {
            return false;
        }
        if (!categories.isEmpty() && !categories.contains(i.category())) {
            return false;
        }
        LocalDate day = i.reportedAt().atZoneSameInstant(zone).toLocalDate();
        return (since == null || !day.isBefore(since)) && (until == null || !day.isAfter(until));
    }
}
