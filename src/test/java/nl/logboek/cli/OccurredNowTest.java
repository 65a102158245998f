package nl.logboek.cli;

import nl.logboek.incident.Dates;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A new incident without --occurred records the moment as it did when that moment was written out and parsed again. */
class OccurredNowTest {
    @Test
    void theMomentOfANewIncidentIsRecordedAsBefore() {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        for (OffsetDateTime now : new OffsetDateTime[] {
                OffsetDateTime.of(2026, 12, 4, 3, 45, 12, 345_678_000, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 12, 4, 3, 45, 0, 0, ZoneOffset.ofHours(1)),
                OffsetDateTime.of(2026, 7, 1, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(2)),
                OffsetDateTime.of(2026, 3, 29, 2, 0, 0, 1, ZoneOffset.ofHoursMinutes(5, 30))}) {
            assertEquals(Dates.parseOccurred("--occurred", now.toString(), amsterdam, now), Dates.occurredNow(now), now.toString());
        }
    }
}
