package nl.logboek.cli;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/**
 * What the program takes from its surroundings, passed in rather than read from globals so
 * tests can run commands in-process with their own environment, clock and terminal.
 *
 * @param terminal whether stdin is a terminal (only then may a command ask questions)
 */
public record App(Map<String, String> env, Clock clock, boolean terminal) {

    public static App system() {
        return new App(System.getenv(), Clock.systemDefaultZone(), System.console() != null);
    }

    public ZoneId zone() {
        return clock.getZone();
    }
}
