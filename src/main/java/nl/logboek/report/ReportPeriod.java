package nl.logboek.report;

import nl.logboek.LogboekException;
import nl.logboek.incident.Dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The days a report covers, both ends included, in the user's time zone. Boundaries are local
 * midnights, so a month is a calendar month also across a change to or from summer time.
 *
 * @param kind  how it was asked for; decides what "the previous period" is
 * @param id    how the period is named in output: 2026-10, 2026, or 2026-10-05..2026-10-18
 * @param first the first day of the period
 * @param last  the last day of the period (included)
 */
public record ReportPeriod(Kind kind, String id, LocalDate first, LocalDate last, ZoneId zone) {

    public enum Kind {
        MONTH, YEAR, RANGE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ReportPeriod {
        if (last.isBefore(first)) {
            throw LogboekException.usage("report.to-before-from", last, first);
        }
    }

    public static ReportPeriod month(YearMonth month, ZoneId zone) {
        return new ReportPeriod(Kind.MONTH, month.toString(), month.atDay(1), month.atEndOfMonth(), zone);
    }

    public static ReportPeriod year(int year, ZoneId zone) {
        return new ReportPeriod(Kind.YEAR, Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), zone);
    }

    public static ReportPeriod range(LocalDate first, LocalDate last, ZoneId zone) {
        return new ReportPeriod(Kind.RANGE, first + ".." + last, first, last, zone);
    }

    /** The calendar month before the one {@code today} falls in: what a monthly script wants by default. */
    public static ReportPeriod previousMonth(LocalDate today, ZoneId zone) {
        return month(YearMonth.from(today).minusMonths(1), zone);
    }

    /**
     * The period named by the options of `logboek report`: one of --month, --year or --from
     * (with --to, else up to today); the previous calendar month when none is given.
     */
    public static ReportPeriod fromOptions(String month, String year, String from, String to, LocalDate today, ZoneId zone) {
        int given = (month != null ? 1 : 0) + (year != null ? 1 : 0) + (from != null || to != null ? 1 : 0);
        if (given > 1) {
            throw LogboekException.usage("report.period-conflict");
        }
        ReportPeriod period;
        if (month != null) {
            period = parseMonth(month, zone);
        } else if (year != null) {
            period = parseYear(year, zone);
        } else if (to != null && from == null) {
            throw LogboekException.usage("report.to-without-from", to);
        } else if (from != null) {
            LocalDate first = Dates.parseDate("--from", from);
            LocalDate last = to == null ? today : Dates.parseDate("--to", to);
            period = range(first, last, zone);
        } else {
            period = previousMonth(today, zone);
        }
        if (period.first().isAfter(today)) {
            throw LogboekException.usage("report.period-future", period.first(), today);
        }
        return period;
    }

    /** {@code --month 2026-10}. */
    public static ReportPeriod parseMonth(String typed, ZoneId zone) {
        try {
            return month(YearMonth.parse(typed.strip()), zone);
        } catch (DateTimeParseException e) {
            throw LogboekException.usage("report.month-malformed", typed);
        }
    }

    /** {@code --year 2026}. */
    public static ReportPeriod parseYear(String typed, ZoneId zone) {
        String t = typed.strip();
        if (!t.matches("\\d{4}")) {
            throw LogboekException.usage("report.year-malformed", typed);
        }
        return year(Integer.parseInt(t), zone);
    }

    /**
     * The period just before this one: the previous month or year, or for a range the same number
     * of days just before it.
     */
    public ReportPeriod previous() {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(first).minusMonths(1), zone);
            case YEAR -> year(first.getYear() - 1, zone);
            case RANGE -> range(first.minusDays(days()), first.minusDays(1), zone);
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The first moment of the period (local midnight of {@code first}). */
    public Instant start() {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period (local midnight after {@code last}); events at this moment are outside. */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
