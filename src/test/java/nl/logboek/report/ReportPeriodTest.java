package nl.logboek.report;

import nl.logboek.LogboekException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportPeriodTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static ReportPeriod of(String month, String year, String from, String to) {
        return ReportPeriod.fromOptions(month, year, from, to, TODAY, AMSTERDAM);
    }

    @Test
    void aMonthRunsFromLocalMidnightToLocalMidnightAcrossTheEndOfSummerTime() {
        ReportPeriod october = of("2026-10", null, null, null);
        assertEquals(Instant.parse("2026-09-30T22:00:00Z"), october.start());
        assertEquals(Instant.parse("2026-10-31T23:00:00Z"), october.end());
        assertEquals(31, october.days());
        ReportPeriod march = of("2026-03", null, null, null);
        assertEquals(Instant.parse("2026-02-28T23:00:00Z"), march.start());
        assertEquals(Instant.parse("2026-03-31T22:00:00Z"), march.end());
    }

    @Test
    void withoutOptionsTheReportIsOfThePreviousCalendarMonth() {
        assertEquals("2026-10", of(null, null, null, null).id());
        assertEquals("2025-12", ReportPeriod.fromOptions(null, null, null, null, LocalDate.of(2026, 1, 3), AMSTERDAM).id());
    }

    @Test
    void thePreviousPeriodIsTheMonthOrYearBeforeOrAsManyDaysJustBefore() {
        assertEquals("2025-12", of("2026-01", null, null, null).previous().id());
        assertEquals("2025", of(null, "2026", null, null).previous().id());
        ReportPeriod range = of(null, null, "2026-10-05", "2026-10-18");
        assertEquals(14, range.days());
        assertEquals("2026-09-21..2026-10-04", range.previous().id());
        assertEquals(ReportPeriod.Kind.RANGE, range.previous().kind());
    }

    @Test
    void fromWithoutToRunsUntilToday() {
        ReportPeriod p = of(null, null, "2026-11-01", null);
        assertEquals(LocalDate.of(2026, 11, 1), p.first());
        assertEquals(TODAY, p.last());
    }

    @Test
    void aPeriodThatHasBegunMayBeAskedForButNotOneInTheFuture() {
        assertEquals("2026-11", of("2026-11", null, null, null).id());
        assertEquals("2026", of(null, "2026", null, null).id());
        LogboekException e = assertThrows(LogboekException.class, () -> of(null, "2027", null, null));
        assertEquals("report.period-future", e.key());
        assertEquals(LogboekException.USAGE, e.exitCode());
    }

    @Test
    void contradictoryOrMalformedPeriodsAreUsageErrors() {
        assertEquals("report.period-conflict", assertThrows(LogboekException.class, () -> of("2026-10", null, "2026-10-01", null)).key());
        assertEquals("report.to-without-from", assertThrows(LogboekException.class, () -> of(null, null, null, "2026-10-01")).key());
        assertEquals("report.to-before-from",
                assertThrows(LogboekException.class, () -> of(null, null, "2026-10-02", "2026-10-01")).key());
        assertEquals("report.month-malformed", assertThrows(LogboekException.class, () -> of("10-2026", null, null, null)).key());
        assertEquals("report.year-malformed", assertThrows(LogboekException.class, () -> of(null, "twintig", null, null)).key());
    }
}
