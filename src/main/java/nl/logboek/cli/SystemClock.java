package nl.logboek.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the system's time zone, as {@link Clock#systemDefaultZone()}, with the zone
 * looked up when it is first needed instead of when the program starts. Finding the zone reads
 * the JDK's time-zone database and looks for providers of it on the class path: about 6 ms, which
 * {@link Main} has a thread of its own spend while the command line is being built.
 */
final class SystemClock extends Clock {
    private volatile Clock zoned;

    /** Looks the zone up now, on the calling thread. */
    void findZone() {
        zoned();
    }

    private Clock zoned() {
        Clock c = zoned;
        if (c == null) {
            c = Clock.systemDefaultZone();
            zoned = c;
        }
        return c;
    }

    @Override
    public ZoneId getZone() {
        return zoned().getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SystemClock other && getZone().equals(other.getZone());
    }

    @Override
    public int hashCode() {
        return getZone().hashCode() + 1;
    }

    @Override
    public String toString() {
        return "SystemClock[" + getZone() + "]";
    }
}
