package nl.logboek.cli;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SystemClockTest {
    @Test
    void tellsTheSystemTimeInTheSystemZone() {
        SystemClock clock = new SystemClock();
        assertEquals(ZoneId.systemDefault(), clock.getZone());
        Instant before = Instant.now();
        Instant now = clock.instant();
        assertTrue(!now.isBefore(before) && Duration.between(before, now).toSeconds() < 5, now + " against " + before);
        assertTrue(Math.abs(clock.millis() - System.currentTimeMillis()) < 5000);
    }

    @Test
    void theZoneFoundOnAnotherThreadIsTheOneThisThreadSees() throws InterruptedException {
        SystemClock clock = new SystemClock();
        Thread finder = new Thread(clock::findZone);
        finder.start();
        finder.join();
        assertEquals(Clock.systemDefaultZone().getZone(), clock.getZone());
    }

    @Test
    void inAnotherZoneItIsTheSystemClockOfThatZone() {
        Clock utc = new SystemClock().withZone(ZoneOffset.UTC);
        assertEquals(ZoneOffset.UTC, utc.getZone());
        assertEquals(Clock.system(ZoneOffset.UTC), utc);
    }

    @Test
    void theProcessClockIsASystemClock() {
        App app = App.system();
        assertTrue(app.clock() instanceof SystemClock);
        assertEquals(ZoneId.systemDefault(), app.zone());
    }
}
