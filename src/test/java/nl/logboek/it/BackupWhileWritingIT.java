package nl.logboek.it;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.logbook.LogbookVerifier;
import nl.logboek.reliability.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `logboek backup DIR` while writer processes keep recording: each backup is a complete, verifying
 * copy of the logbook as it was at one moment (its bytes are a prefix of the final logbook), and
 * restoring one is the single documented step.
 */
class BackupWhileWritingIT {
    static final int WRITERS = 3;
    static final int PER_WRITER = 9;
    static final int BACKUPS = 4;

    @TempDir
    Path home;

    @Test
    void backupsTakenDuringWritesVerifyAreAPrefixOfTheLogbookAndRestoreInOneStep() throws Exception {
        Path logbook = home.resolve("lb.jsonl");
        Path dir = home.resolve("backups");
        Processes p = new Processes(logbook);
        assertEquals(0, p.run("new", "-q", "-c", "hacken", "-t", "Eerste").exit());
        long start = System.nanoTime();
        List<Processes.Running> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(p.startScript("for n in $(seq 1 " + PER_WRITER + "); do \"$0\" new -q -c cyberpesten -t \"writer "
                    + w + " #$n\" || exit 1; done"));
        }
        List<Path> backups = new ArrayList<>();
        for (int b = 0; b < BACKUPS; b++) {
            Thread.sleep(1200);
            Processes.Run r = p.run("backup", dir.toString(), "--json");
            assertEquals(0, r.exit(), r.describe());
            JsonNode j = Json.MAPPER.readTree(r.out());
            assertTrue(j.get("verified").asBoolean());
            backups.add(Path.of(j.get("backup").asText()));
        }
        Set<String> printed = new HashSet<>();
        for (Processes.Running w : writers) {
            Processes.Run r = w.await(240);
            assertEquals(0, r.exit(), r.describe());
            printed.addAll(Arrays.asList(r.out().strip().split("\n")));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(WRITERS * PER_WRITER, printed.size());
        byte[] last = Files.readAllBytes(logbook);

        int midWrite = 0;
        for (Path b : backups) {
            byte[] copy = Files.readAllBytes(b);
            LogbookVerifier.Report report = LogbookVerifier.verify(b);
            assertTrue(report.ok(), b + ": " + report.problems());
            assertTrue(copy.length <= last.length && Arrays.equals(copy, Arrays.copyOf(last, copy.length)),
                    b + " is the logbook as it was at one moment: a prefix of the final logbook");
            midWrite += copy.length < last.length ? 1 : 0;
        }
        assertEquals(BACKUPS, new HashSet<>(backups).size(), "no backup overwrote another");
        assertTrue(midWrite >= 1, "at least one backup was taken while the writers were still writing");

        // Restore: the one documented step, as a user would type it, while no logboek command runs.
        Path chosen = backups.get(0);
        Processes.Run cp = p.start(List.of("bash", "-c", "cp --backup=numbered \"$0\" \"$1\"", chosen.toString(), logbook.toString()),
                Map.of()).await(30);
        assertEquals(0, cp.exit(), cp.describe());
        assertArrayEquals(Files.readAllBytes(chosen), Files.readAllBytes(logbook));
        assertArrayEquals(last, Files.readAllBytes(home.resolve("lb.jsonl.~1~")), "cp kept the logbook it replaced");
        Processes.Run verify = p.run("verify");
        assertEquals(0, verify.exit(), verify.describe());
        Processes.Run more = p.run("new", "-q", "-c", "hacken", "-t", "Na terugzetten");
        assertEquals(0, more.exit(), more.describe());
        assertEquals(0, p.run("verify").exit());
        System.out.printf("[reliability] BackupWhileWritingIT: %d backups during %d writes by %d writer loops, all verify, "
                + "%d taken mid-write, restored with one cp, %.1f s%n", BACKUPS, WRITERS * PER_WRITER, WRITERS, midWrite, seconds);
    }
}
