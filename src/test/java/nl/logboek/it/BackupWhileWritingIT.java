package nl.logboek.it;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.logbook.LogbookVerifier;
import nl.logboek.reliability.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * `logboek backup DIR` while writer processes keep recording: each backup is a complete, verifying
 * copy of the logbook as it was at one moment (its bytes are a prefix of the final logbook), and
 * restoring one is the single documented step.
 *
 * <p>No timing guesses: the writers loop until the test creates a stop file, which it does only
 * after the last backup. Before each backup the test waits (polling, with a deadline) until the
 * writers have added lines beyond the previous copy, and after the last one until they have added
 * lines beyond it; every writer must still be running when each backup ends. So every backup
 * demonstrably holds writers' lines and was followed by more of them while the writers kept going:
 * each was taken mid-write.
 */
class BackupWhileWritingIT {
    static final int WRITERS = 3;
    static final int BACKUPS = 4;
    /** Lines the writers must add before each backup, and after the last backup before they may stop. */
    static final int GROWTH = 2;
    /** A writer loop ends by itself after this many incidents, so that a lost stop signal cannot hang the build. */
    static final int MAX_PER_WRITER = 300;
    /** How long the writers may take to add {@link #GROWTH} lines (a loaded machine starts JVMs slowly). */
    static final Duration DEADLINE = Duration.ofSeconds(120);

    @TempDir
    Path home;

    @Test
    void backupsTakenDuringWritesVerifyAreAPrefixOfTheLogbookAndRestoreInOneStep() throws Exception {
        Path logbook = home.resolve("lb.jsonl");
        Path dir = home.resolve("backups");
        Path stop = home.resolve("stop-writing");
        Processes p = new Processes(logbook);
        Processes.Run first = p.run("new", "-q", "-c", "hacken", "-t", "Eerste");
        assertEquals(0, first.exit(), first.describe());
        long initialLines = lines(Files.readAllBytes(logbook));
        long start = System.nanoTime();
        List<Processes.Running> writers = new ArrayList<>();
        List<Path> backups = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                // $0 is the launcher, $1 the stop file: record incidents until the stop file exists.
                String loop = "n=0; while [ ! -e \"$1\" ] && [ $n -lt " + MAX_PER_WRITER + " ]; do n=$((n+1)); "
                        + "\"$0\" new -q -c cyberpesten -t \"writer " + w + " #$n\" || exit 1; done";
                writers.add(p.start(List.of("bash", "-c", loop, Processes.LAUNCHER.toString(), stop.toString()), Map.of()));
            }
            long copied = initialLines;   // lines in the logbook at the last copy point
            for (int b = 0; b < BACKUPS; b++) {
                waitForLines(logbook, copied + GROWTH, writers, "before backup " + (b + 1));
                long sizeBefore = Files.size(logbook);
                Processes.Run r = p.run("backup", dir.toString(), "--json");
                long sizeAfter = Files.size(logbook);
                assertEquals(0, r.exit(), r.describe());
                assertAllRunning(writers, "when backup " + (b + 1) + " had finished");
                JsonNode j = Json.MAPPER.readTree(r.out());
                assertTrue(j.get("verified").asBoolean());
                Path backup = Path.of(j.get("backup").asText());
                backups.add(backup);
                long size = Files.size(backup);
                assertTrue(sizeBefore <= size && size <= sizeAfter, backup + " (" + size + " bytes) is the logbook at a moment "
                        + "while the backup ran (it had " + sizeBefore + " bytes before, " + sizeAfter + " after)");
                long lines = lines(Files.readAllBytes(backup));
                assertTrue(lines >= copied + GROWTH, backup + " holds the lines the writers added before it: " + lines);
                copied = lines;
            }
            // The writers go on past the last copy point; only then are they told to stop.
            waitForLines(logbook, copied + GROWTH, writers, "after the last backup");
        } finally {
            Files.writeString(stop, "");
            for (Processes.Running w : writers) {
                if (w.alive() && !w.process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                    w.killTree();
                }
            }
        }

        List<String> printed = new ArrayList<>();
        for (Processes.Running w : writers) {
            Processes.Run r = w.await(240);
            assertEquals(0, r.exit(), r.describe());
            printed.addAll(Arrays.asList(r.out().strip().split("\n")));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        byte[] last = Files.readAllBytes(logbook);

        // Nothing lost: every incident a writer was told was recorded is in the logbook, once.
        Set<String> ids = new HashSet<>(printed);
        assertEquals(printed.size(), ids.size(), "every new printed an id of its own: " + printed);
        Set<String> created = new HashSet<>();
        for (String line : new String(last, StandardCharsets.UTF_8).split("\n")) {
            JsonNode e = Json.MAPPER.readTree(line);
            if ("created".equals(e.get("type").asText())) {
                created.add(e.get("incident").asText());
            }
        }
        Set<String> expected = new HashSet<>(ids);
        expected.add(first.out().strip());
        assertEquals(expected, created, "the logbook holds the first incident and every one a writer printed, no other");
        assertEquals(initialLines + printed.size(), lines(last), "one line per incident recorded, nothing else");
        assertTrue(LogbookVerifier.verify(logbook).ok());

        for (Path b : backups) {
            byte[] copy = Files.readAllBytes(b);
            LogbookVerifier.Report report = LogbookVerifier.verify(b);
            assertTrue(report.ok(), b + ": " + report.problems());
            assertTrue(copy.length < last.length && Arrays.equals(copy, Arrays.copyOf(last, copy.length)),
                    b + " is the logbook as it was at one moment while writers kept writing: a proper prefix of the final logbook");
            assertTrue(lines(copy) > initialLines, b + " holds lines the writers wrote");
        }
        assertEquals(BACKUPS, new HashSet<>(backups).size(), "no backup overwrote another");

        // Restore: the documented steps, as a user would type them, while no logboek command runs.
        Path chosen = backups.get(0);
        Processes.Run cp = p.start(List.of("bash", "-c", "cp --backup=numbered \"$0\" \"$1\"", chosen.toString(), logbook.toString()),
                Map.of()).await(30);
        assertEquals(0, cp.exit(), cp.describe());
        assertArrayEquals(Files.readAllBytes(chosen), Files.readAllBytes(logbook));
        assertArrayEquals(last, Files.readAllBytes(home.resolve("lb.jsonl.~1~")), "cp kept the logbook it replaced");
        // This computer saw the longer logbook: every command refuses the older copy until it is accepted.
        Processes.Run refused = p.run("list");
        assertEquals(3, refused.exit(), refused.describe());
        Processes.Run verify = p.run("verify", "--accept-rollback");
        assertEquals(0, verify.exit(), verify.describe());
        Processes.Run more = p.run("new", "-q", "-c", "hacken", "-t", "Na terugzetten");
        assertEquals(0, more.exit(), more.describe());
        assertEquals(0, p.run("verify").exit());
        System.out.printf("[reliability] BackupWhileWritingIT: %d backups during %d writes by %d writer loops, all verify, "
                + "all taken mid-write, restored with cp and verify --accept-rollback, %.1f s%n", BACKUPS, printed.size(), WRITERS, seconds);
    }

    /** Complete lines (a writer may be half-way through one). */
    private static long lines(byte[] content) {
        long n = 0;
        for (byte c : content) {
            n += c == '\n' ? 1 : 0;
        }
        return n;
    }

    /** Polls the logbook until it has {@code atLeast} complete lines; fails at the deadline or when a writer ended. */
    private static void waitForLines(Path logbook, long atLeast, List<Processes.Running> writers, String when) throws IOException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        long seen;
        while ((seen = lines(Files.readAllBytes(logbook))) < atLeast) {
            assertAllRunning(writers, "while waiting for " + atLeast + " lines " + when);
            if (System.nanoTime() > deadline) {
                fail("the writers did not reach " + atLeast + " lines " + when + " within " + DEADLINE.toSeconds() + " s (" + seen + ")");
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());   // poll interval, not a guess at timing
        }
    }

    private static void assertAllRunning(List<Processes.Running> writers, String when) {
        for (Processes.Running w : writers) {
            if (!w.alive()) {
                fail("a writer loop ended " + when + " (before the stop file):" + w.await(10).describe());
            }
        }
    }
}
