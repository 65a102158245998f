package nl.logboek.logbook;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The text of a moment as logboek writes and reads it: ISO 8601 with its offset,
 * {@code 2026-10-05T14:03:00+02:00}, or {@code 2026-10-05T12:03:00Z} in UTC. Both directions are
 * exactly those of {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}; the shapes logboek itself writes
 * (whole seconds, a four-digit year) are done here directly, anything else by that formatter.
 * Initialising {@code DateTimeFormatter} builds every predefined ISO formatter: about 5 ms of a
 * short command's start, and a first parse 2 ms more (docs/benchmarks.md).
 */
public final class IsoTime {
    private IsoTime() {
    }

    /** As {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t)}. */
    public static String format(OffsetDateTime t) {
        int year = t.getYear();
        if (t.getNano() != 0 || year < 0 || year > 9999) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        String offset = t.getOffset().getId();
        char[] c = new char[19];
        put(c, 0, year / 100);
        put(c, 2, year % 100);
        c[4] = '-';
        put(c, 5, t.getMonthValue());
        c[7] = '-';
        put(c, 8, t.getDayOfMonth());
        c[10] = 'T';
        put(c, 11, t.getHour());
        c[13] = ':';
        put(c, 14, t.getMinute());
        c[16] = ':';
        put(c, 17, t.getSecond());
        return new StringBuilder(19 + offset.length()).append(c).append(offset).toString();
    }

    /**
     * As {@code OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME)}, also in what it
     * throws: a date or time that does not exist, or any other text, is refused with the parser's
     * own {@link java.time.format.DateTimeParseException}.
     */
    public static OffsetDateTime parse(String t) {
        int n = t.length();
        boolean utc = n == 20 && t.charAt(19) == 'Z';
        boolean offset = n == 25 && (t.charAt(19) == '+' || t.charAt(19) == '-') && t.charAt(22) == ':';
        if ((utc || offset) && t.charAt(4) == '-' && t.charAt(7) == '-' && t.charAt(10) == 'T' && t.charAt(13) == ':'
                && t.charAt(16) == ':') {
            int year = digits(t, 0, 4);
            int month = digits(t, 5, 2);
            int day = digits(t, 8, 2);
            int hour = digits(t, 11, 2);
            int minute = digits(t, 14, 2);
            int second = digits(t, 17, 2);
            int offsetHours = utc ? 0 : digits(t, 20, 2);
            int offsetMinutes = utc ? 0 : digits(t, 23, 2);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0 && offsetHours >= 0
                    && offsetMinutes >= 0 && offsetMinutes < 60) {
                try {
                    ZoneOffset zone = utc ? ZoneOffset.UTC
                            : ZoneOffset.ofTotalSeconds((t.charAt(19) == '-' ? -60 : 60) * (offsetHours * 60 + offsetMinutes));
                    return OffsetDateTime.of(year, month, day, hour, minute, second, 0, zone);
                } catch (DateTimeException noSuchMoment) {
                    // The parser below refuses it too, with the exception (and message) callers expect.
                }
            }
        }
        return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void put(char[] c, int at, int twoDigits) {
        c[at] = (char) ('0' + twoDigits / 10);
        c[at + 1] = (char) ('0' + twoDigits % 10);
    }

    /** The number written by {@code n} ASCII digits at {@code from}, or -1 if one is not a digit. */
    private static int digits(String s, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
