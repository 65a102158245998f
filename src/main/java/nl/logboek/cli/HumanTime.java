package nl.logboek.cli;

import nl.logboek.i18n.Language;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Days and moments as people read them in messages, in the user's time zone and language: Dutch
 * {@code 21-11-2026 09:30} (dd-mm-jjjj uu:mm), English {@code 2026-11-21 09:30}; never an ISO
 * timestamp. JSON and CSV keep ISO 8601.
 */
final class HumanTime {
    private static final DateTimeFormatter MINUTES_EN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter MINUTES_NL = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DAY_NL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private HumanTime() {
    }

    private static boolean dutch(String language) {
        return Language.NL.equals(language);
    }

    /** A moment to the minute, in {@code zone}. */
    static String minutes(OffsetDateTime t, ZoneId zone, String language) {
        if (t == null) {
            return "";
        }
        return (dutch(language) ? MINUTES_NL : MINUTES_EN).format(t.atZoneSameInstant(zone));
    }

    static String day(LocalDate d, String language) {
        if (d == null) {
            return "";
        }
        return dutch(language) ? DAY_NL.format(d) : d.toString();
    }

    /**
     * A day or moment as recorded (ISO): a day as a day, a moment to the minute in {@code zone};
     * anything else (a value from a newer writer) as it is.
     */
    static String moment(String recorded, ZoneId zone, String language) {
        if (recorded == null) {
            return null;
        }
        try {
            if (recorded.length() == 10) {
                return day(LocalDate.parse(recorded), language);
            }
            return minutes(nl.logboek.logbook.IsoTime.parse(recorded), zone, language);
        } catch (DateTimeParseException notADate) {
            return recorded;
        }
    }
}
