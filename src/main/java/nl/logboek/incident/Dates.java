package nl.logboek.incident;

import nl.logboek.LogboekException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Dates and date-times as coordinators type them: 2026-11-20, 2026-11-20T15:30, 2026-11-20 15:30, with or without offset. */
public final class Dates {
    private Dates() {
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
                odt = OffsetDateTime.parse(t);
            } catch (DateTimeParseException e) {
                odt = LocalDateTime.parse(t).atZone(zone).toOffsetDateTime();
            }
            odt = odt.truncatedTo(ChronoUnit.SECONDS);
            if (odt.isAfter(now.plusMinutes(5))) {
                throw LogboekException.usage("date.future", typed);
            }
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(odt);
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
}
