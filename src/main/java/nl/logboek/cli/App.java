package nl.logboek.cli;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the program takes from its surroundings, passed in rather than read from globals so
 * tests can run commands in-process with their own environment, clock and terminal.
 *
 * @param terminal whether stdin is a terminal (only then may a command ask questions)
 * @param console  opens the terminal that questions are asked on (tests give a scripted one)
 * @param stdin    standard input, for what a command reads from it (annotate ID -)
 */
public record App(Map<String, String> env, Clock clock, boolean terminal, Supplier<Terminal> console,
                  Supplier<InputStream> stdin) {

    public App(Map<String, String> env, Clock clock, boolean terminal, Supplier<Terminal> console) {
        this(env, clock, terminal, console, new SystemIn());
    }

    public App(Map<String, String> env, Clock clock, boolean terminal) {
        this(env, clock, terminal, new SystemTerminal());
    }

    public static App system() {
        return system(new SystemClock());
    }

    /** This process's surroundings, with the system clock given. */
    static App system(Clock clock) {
        return new App(System.getenv(), clock, System.console() != null);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    // Classes rather than lambdas: every start makes an App, and linking a lambda's call site costs
    // a start more than loading a class from the archive (docs/benchmarks.md).

    /** Standard input. */
    private static final class SystemIn implements Supplier<InputStream> {
        @Override
        public InputStream get() {
            return System.in;
        }
    }

    /** The terminal this process runs in. */
    private static final class SystemTerminal implements Supplier<Terminal> {
        @Override
        public Terminal get() {
            try {
                return TerminalBuilder.builder().system(true).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
