package nl.logboek.testutil;

import nl.logboek.cli.App;
import nl.logboek.cli.CommandLineFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Runs logboek in-process with its own environment and clock; returns (exit code, out, err). */
public final class Cli {
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    public static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    private final Map<String, String> env = new HashMap<>();
    private Clock clock = Clock.fixed(NOW, AMSTERDAM);
    private byte[] stdin = new byte[0];
    private boolean terminal;

    public Cli(Path home) {
        env.put("HOME", home.toString());
        env.put("LOGBOEK_FILE", home.resolve("data/logboek.jsonl").toString());
        env.put("LOGBOEK_AUTHOR", "Test Coördinator");
        env.put("LANG", "en_GB.UTF-8");
    }

    public Cli env(String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    public Cli clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** What the next commands read on standard input. */
    public Cli stdin(String text) {
        this.stdin = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return this;
    }

    /**
     * Whether stdin counts as a terminal (then a command may open an editor; questions asked with
     * JLine need PromptTest's scripted terminal).
     */
    public Cli terminal(boolean terminal) {
        this.terminal = terminal;
        return this;
    }

    public Path logbook() {
        return Path.of(env.get("LOGBOEK_FILE"));
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineFactory.forArguments(new App(Map.copyOf(env), clock, terminal, () -> {
                    throw new IllegalStateException("no scripted terminal: use PromptTest");
                }, () -> new java.io.ByteArrayInputStream(stdin)),
                new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
        return new Result(code, out.toString(), err.toString(), String.join(" ", args));
    }

    /** Runs a command that must succeed and returns its trimmed stdout. */
    public String ok(String... args) {
        Result r = run(args);
        r.assertExit(0);
        return r.out().strip();
    }

    /**
     * Finishes the current step of {@code id} when all its items are ticked, as `annotate --done`
     * did by itself in releases before 0.2 (tests that built on that call this after ticking).
     */
    public void finishStepIfComplete(String id) {
        try {
            var checklist = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ok("show", id, "--json")).path("checklist");
            var items = checklist.path("items");
            boolean complete = items.size() > 0;
            for (var item : items) {
                complete &= item.path("done").asBoolean();
            }
            if (complete) {
                ok("next", id, "--advance");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public record Result(int exit, String out, String err, String command) {
        public Result assertExit(int expected) {
            if (exit != expected) {
                throw new AssertionError("expected exit " + expected + " but was " + exit + describe());
            }
            return this;
        }

        public String describe() {
            return "\n$ logboek " + command + "\n--- exit: " + exit + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        }
    }
}
