package nl.logboek.team;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.reliability.Processes;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One coordinator's machine in the process-level team tests: its own HOME, config folder and
 * logbook path, running the real ./logboek launcher (and, for tampering, plain git) as separate
 * processes.
 */
public final class Computer {
    private final Path home;
    private final String user;
    private final Processes processes;

    public Computer(Path root, String user) {
        this.home = root.resolve(user);
        this.user = user;
        this.processes = new Processes(home.resolve("data").resolve("lb.jsonl"));
    }

    /** Skips the calling test, saying why, where git is not installed. */
    public static void assumeGit() {
        Assumptions.assumeTrue(gitInstalled(), "git is not installed: the team logbook tests run real git and are skipped");
    }

    static boolean gitInstalled() {
        try {
            Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String user() {
        return user;
    }

    public Path home() {
        return home;
    }

    public Path logbook() {
        return processes.logbook();
    }

    public Path team() {
        return home.resolve("data").resolve("lb.team");
    }

    public Path keys() {
        return home.resolve("config").resolve("logboek").resolve("keys");
    }

    public Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("USER", user);
        env.put("HOSTNAME", "pc");
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("LOGBOEK_AUTHOR", user);
        return env;
    }

    public Processes.Run run(String... args) {
        return start(args).await(120);
    }

    public Processes.Running start(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Processes.LAUNCHER.toString());
        cmd.addAll(Arrays.asList(args));
        return processes.start(cmd, env());
    }

    /** Starts recording an incident in the team logbook (the machines' work goes on at once). */
    public Processes.Running startRecord(String title) {
        return start("new", "-q", "-c", "cyberpesten", "-t", title);
    }

    /** Waits for processes started at once; each must succeed. */
    public static void succeed(Processes.Running... running) {
        for (Processes.Running r : running) {
            Processes.Run done = r.await(120);
            assertEquals(0, done.exit(), done.describe());
        }
    }

    /** Runs a command that must succeed; returns its stdout. */
    public String ok(String... args) {
        Processes.Run r = run(args);
        assertEquals(0, r.exit(), user + ":" + r.describe());
        return r.out();
    }

    public JsonNode json(String... args) {
        try {
            return Json.MAPPER.readTree(ok(args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This machine's writer name (after team init or join). */
    public String writer() {
        try {
            return Files.readString(team().resolve(".git/logboek/writer"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path own() {
        return team().resolve("events").resolve(writer() + ".jsonl");
    }

    /** Records an incident in the team logbook (in this machine's own writer file); returns its id. */
    public String record(String title) {
        String id = ok("new", "-q", "-c", "cyberpesten", "-t", title).strip();
        assertEquals(writer().substring(0, 2), id.substring(0, 2), "a writer's ids start with its tag");
        return id;
    }

    /** The team's files here, path to bytes as text: what must end up equal on every machine. */
    public Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try (var list = Files.list(team().resolve("events"))) {
            for (Path f : (Iterable<Path>) list::iterator) {
                if (f.getFileName().toString().endsWith(".jsonl")) {
                    files.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
                }
            }
            files.put("team.json", Files.readString(team().resolve("team.json"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public String ledger() {
        try {
            return Files.readString(team().resolve(".git/logboek/known.json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plain git in {@code dir}, as someone working around logboek would run it; must succeed. */
    public static String git(Path dir, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "user.name=someone",
                "-c", "user.email=someone@example.invalid"));
        cmd.addAll(Arrays.asList(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", cmd) + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
