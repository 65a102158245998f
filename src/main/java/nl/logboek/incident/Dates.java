package nl.logboek.incident;

import nl.logboek.LogboekException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Dates and date-times as coordinators type them: 2026-11-20, 2026-11-20T15:30, 2026-11-20 15:30, with or without offset. */
public final class Dates {
    private Dates() {
    }

    /**
     * What {@link #parseOccurred} returns for {@code now}'s own text (what `new` records when no
     * time is given), without writing and parsing it again: parsing a date-time costs a short
     * command about a millisecond of start-up (docs/benchmarks.md).
     */
    public static String occurredNow(OffsetDateTime now) {
        return nl.logboek.logbook.IsoTime.format(now.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A date stays a date; a date-time gets the user's offset when none is given. Returns the ISO text to store. */
    public static String parseOccurred(String option, String typed, ZoneId zone, OffsetDateTime now) {
        String t = typed.strip().replace(' ', 'T');
        try {
            if (t.length() == 10) {
                LocalDate d = LocalDate.parse(t);
                if (d.isAfter(now.atZoneSameInstant(zone).toLocalDate())) {
                    throw LogboekException.usage("date.future", typed);
                }
                return d.toString();
            }
            OffsetDateTime odt;
            try {
                odt = nl.logboek.logbook.IsoTime.parse(t);
            } catch (DateTimeParseException e) {
                odt = LocalDateTime.parse(t).atZone(zone).toOffsetDateTime();
            }
            odt = odt.truncatedTo(ChronoUnit.SECONDS);
            if (odt.isAfter(now.plusMinutes(5))) {
                throw LogboekException.usage("date.future", typed);
            }
            return nl.logboek.logbook.IsoTime.format(odt);
        } catch (DateTimeParseException e) {
            throw LogboekException.usage("date.malformed", option, typed);
        }
    }

    public static LocalDate parseDate(String option, String typed) {
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw LogboekException.usage("date.malformed", option, typed);
        }
    }

    private static final java.util.Map<String, java.time.DayOfWeek> WEEKDAYS = java.util.Map.ofEntries(
            java.util.Map.entry("maandag", java.time.DayOfWeek.MONDAY), java.util.Map.entry("monday", java.time.DayOfWeek.MONDAY),
            java.util.Map.entry("dinsdag", java.time.DayOfWeek.TUESDAY), java.util.Map.entry("tuesday", java.time.DayOfWeek.TUESDAY),
            java.util.Map.entry("woensdag", java.time.DayOfWeek.WEDNESDAY), java.util.Map.entry("wednesday", java.time.DayOfWeek.WEDNESDAY),
            java.util.Map.entry("donderdag", java.time.DayOfWeek.THURSDAY), java.util.Map.entry("thursday", java.time.DayOfWeek.THURSDAY),
            java.util.Map.entry("vrijdag", java.time.DayOfWeek.FRIDAY), java.util.Map.entry("friday", java.time.DayOfWeek.FRIDAY),
            java.util.Map.entry("zaterdag", java.time.DayOfWeek.SATURDAY), java.util.Map.entry("saturday", java.time.DayOfWeek.SATURDAY),
            java.util.Map.entry("zondag", java.time.DayOfWeek.SUNDAY), java.util.Map.entry("sunday", java.time.DayOfWeek.SUNDAY));

    /**
     * The day a follow-up is due, as typed: {@code 2026-11-24}; {@code +3d} or {@code +2w} (days or
     * weeks from {@code today}); or a weekday in Dutch or English ({@code maandag}, {@code monday}:
     * the next such day after today). A day before today, or one the calendar does not have
     * (2026-02-30), is refused.
     */
    public static LocalDate parseDue(String option, String typed, LocalDate today) {
        String t = typed.strip().toLowerCase(java.util.Locale.ROOT);
        LocalDate due;
        java.util.regex.Matcher relative = java.util.regex.Pattern.compile("\\+(\\d{1,4})([dw])").matcher(t);
        if (relative.matches()) {
            int n = Integer.parseInt(relative.group(1));
            due = relative.group(2).equals("d") ? today.plusDays(n) : today.plusWeeks(n);
        } else if (WEEKDAYS.containsKey(t)) {
            due = today.with(java.time.temporal.TemporalAdjusters.next(WEEKDAYS.get(t)));
        } else if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                due = LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw LogboekException.usage("date.due-impossible", option, typed.strip());
            }
        } else {
            throw LogboekException.usage("date.due-malformed", option, typed.strip());
        }
        if (due.isBefore(today)) {
            throw LogboekException.usage("date.due-past", option, typed.strip(), today.toString());
        }
        return due;
    }
}
