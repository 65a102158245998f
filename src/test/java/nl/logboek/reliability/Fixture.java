package nl.logboek.reliability;

import nl.logboek.testutil.Cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shared by the property tests: a real logbook made by logboek itself, fresh folders to run
 * commands in, and the checks that hold for every command on any input.
 */
final class Fixture {
    /** A command may take this long on any input before it counts as hanging. */
    static final Duration HANG = Duration.ofSeconds(20);

    /** What logboek may keep beside the logbook lb.jsonl without changing it: the lock file and the index cache. */
    /** Caches and the lock beside the logbook, and the config folder (HOME is the test's folder), where a read leaves this computer's witness of the logbook. */
    static final Set<String> SIDE_FILES = Set.of(".lb.jsonl.lock", ".lb.jsonl.idx", ".lb.jsonl.ids", ".config");

    final Path root;
    final byte[] logbook;
    /** Incident ids in the base logbook: a cyberpesten, a sexting (escalated once), a hacken. */
    final List<String> ids;
    private final AtomicInteger next = new AtomicInteger();

    private Fixture(Path root, byte[] logbook, List<String> ids) {
        this.root = root;
        this.logbook = logbook;
        this.ids = ids;
    }

    static Fixture create(String name) {
        try {
            Path root = Files.createTempDirectory(name);
            Cli cli = new Cli(root.resolve("base"));
            String a = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp 2B", "--person", "Sam:slachtoffer:leerling");
            cli.ok("annotate", "-q", a, "Gesprek met de mentor; ouders geïnformeerd ✓");
            String b = cli.ok("new", "-q", "-c", "sexting", "-t", "Foto gedeeld");
            cli.ok("escalate", b, "--reason", "meer-partners-nodig");
            cli.ok("annotate", "-q", b, "--done", "1");
            String c = cli.ok("new", "-q", "-c", "hacken", "-t", "Account overgenomen");
            return new Fixture(root, Files.readAllBytes(cli.logbook()), List.of(a, b, c));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty private folder for one command: logbook, lock and side files of a run never meet another run's. */
    Path freshFolder() {
        try {
            Path dir = root.resolve("run-" + next.incrementAndGet());
            Files.createDirectory(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bytes} as a 0600 logbook named lb.jsonl in a fresh folder; returns a Cli on it. */
    Cli cliWith(Path dir, byte[] bytes) {
        try {
            Path file = dir.resolve("lb.jsonl");
            Files.write(file, bytes);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return new Cli(dir).env("LOGBOEK_FILE", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the command, failing if it hangs, crashes, or fails without exactly one line on stderr. */
    static Cli.Result runChecked(Cli cli, String... args) {
        Cli.Result r = assertTimeoutPreemptively(HANG, () -> cli.run(args), () -> "hangs: logboek " + String.join(" ", args));
        assertTrue(r.exit() >= 0 && r.exit() <= 3, r::describe);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("unexpected error"),
                () -> "stack trace or internal error" + r.describe());
        List<String> argList = List.of(args);
        int protocols = argList.indexOf("protocols");
        if (r.exit() == 1 && protocols >= 0 && argList.subList(protocols, argList.size()).contains("check")) {
            // A validator's report names every problem, one per line, and ends with the verdict.
            assertTrue(r.err().strip().endsWith("the protocol is not valid.") || r.err().strip().endsWith("het protocol is niet geldig."),
                    () -> "a check report" + r.describe());
        } else if (r.exit() != 0 && r.err().isEmpty()) {
            // Only verify may fail quietly on stderr: its report of the problems is its output.
            assertTrue(argList.contains("verify") && (r.out().contains("PROBLEMS") || r.out().contains("\"ok\" : false")),
                    () -> "a failure without a message" + r.describe());
        } else if (r.exit() != 0) {
            // An argument the message quotes may itself hold a line break; the message is still one line.
            String err = r.err();
            for (String a : args) {
                if (a.contains("\n") || a.contains("\r")) {
                    err = err.replace(a, "ARG");
                }
            }
            assertEquals(1, err.strip().lines().count(), () -> "a failure is one line on stderr" + r.describe());
        }
        return r;
    }

    /** Names of the files in {@code dir}. */
    static Set<String> names(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            Set<String> n = new TreeSet<>();
            s.forEach(p -> n.add(p.getFileName().toString()));
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isPrefix(byte[] prefix, byte[] of) {
        if (prefix.length > of.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (prefix[i] != of[i]) {
                return false;
            }
        }
        return true;
    }

    void delete() {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // A temporary folder; the OS cleans it up eventually.
        }
    }
}
