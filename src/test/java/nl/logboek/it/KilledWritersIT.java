package nl.logboek.it;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.reliability.Processes;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writers killed with SIGKILL at random moments (seeded; the seed is in every failure message): every
 * id or confirmation a killed or finished process printed is in the logbook, exactly once, and the
 * logbook verifies (or only a torn tail is reported and verify --repair restores a passing logbook).
 * Then a crash in the middle of a line, made at the byte level, and its repair.
 */
class KilledWritersIT {
    static final int SLOTS = 3;
    static final int PER_SLOT = 18;
    static final int CALIBRATE = 2;
    static final Pattern ID = Pattern.compile("[0-9a-z]{8}");

    @TempDir
    Path home;

    record Outcome(String kind, String marker, boolean killed, int exit, String out, long delayMs) {
    }

    @Test
    void everyIdAKilledOrFinishedWriterPrintedIsInTheLogbookOnceAndTheChainVerifies() throws Exception {
        long seed = Long.getLong("logboek.crash.seed", System.nanoTime());
        String s = " (seed " + seed + "; rerun with -Dlogboek.crash.seed=" + seed + ")";
        Path logbook = home.resolve("lb.jsonl");
        Processes p = new Processes(logbook);
        String target = new Cli(home).env("LOGBOEK_FILE", logbook.toString()).ok("new", "-q", "-c", "cyberpesten", "-t", "Notities");
        long start = System.nanoTime();

        ExecutorService pool = Executors.newFixedThreadPool(SLOTS);
        List<Future<List<Outcome>>> slots = new ArrayList<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            Random random = new Random(seed + slot);
            int n = slot;
            slots.add(pool.submit(() -> runSlot(p, n, random, target)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<List<Outcome>> f : slots) {
            outcomes.addAll(f.get());
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;

        // verify passes, or only a torn tail is reported and --repair restores a passing logbook.
        int repairs = 0;
        Processes.Run verify = p.run("verify", "--json");
        if (verify.exit() != 0) {
            JsonNode problems = Json.MAPPER.readTree(verify.out()).get("problems");
            assertEquals(1, problems.size(), verify.describe() + s);
            assertEquals("damage.torn", problems.get(0).get("code").asText(), verify.describe() + s);
            assertEquals(0, p.run("verify", "--repair").exit(), s);
            repairs++;
            verify = p.run("verify");
        }
        assertEquals(0, verify.exit(), verify.describe() + s);

        Map<String, Integer> createdIds = new HashMap<>();
        Map<String, Integer> titles = new HashMap<>();
        Map<String, Integer> notes = new HashMap<>();
        for (String line : Files.readAllLines(logbook, StandardCharsets.UTF_8)) {
            JsonNode e = Json.MAPPER.readTree(line);
            if ("created".equals(e.get("type").asText())) {
                createdIds.merge(e.get("incident").asText(), 1, Integer::sum);
                titles.merge(e.at("/payload/title").asText(), 1, Integer::sum);
            } else if ("annotated".equals(e.get("type").asText())) {
                notes.merge(e.at("/payload/text").asText(), 1, Integer::sum);
            }
        }
        int kills = 0;
        int acknowledged = 0;
        int acknowledgedByKilled = 0;
        int writtenUnacknowledged = 0;
        for (Outcome o : outcomes) {
            kills += o.killed() ? 1 : 0;
            boolean acked;
            int present;
            if (o.kind().equals("new")) {
                List<String> printed = completeLines(o.out()).stream().filter(l -> ID.matcher(l).matches()).toList();
                acked = !printed.isEmpty();
                for (String id : printed) {
                    assertEquals(1, createdIds.getOrDefault(id, 0), "printed id " + id + " is in the logbook exactly once: " + o + s);
                }
                present = titles.getOrDefault(o.marker(), 0);
            } else {
                acked = o.out().contains("Note added to incident " + target);
                present = notes.getOrDefault(o.marker(), 0);
            }
            assertTrue(present <= 1, "written at most once: " + o + s);
            if (acked) {
                assertEquals(1, present, "acknowledged, so present: " + o + s);
                acknowledged++;
                acknowledgedByKilled += o.killed() ? 1 : 0;
            } else if (present == 1) {
                writtenUnacknowledged++; // killed after the fsync, before the print: allowed, never counted on
            }
            if (!o.killed()) {
                assertEquals(0, o.exit(), "a writer that was not killed succeeds: " + o + s);
            }
        }
        assertTrue(kills >= 10, "the test really killed writers: " + kills + s);
        long maxDelay = outcomes.stream().mapToLong(Outcome::delayMs).max().orElse(0);
        System.out.printf("[reliability] KilledWritersIT: seed %d, %d writer processes (%d slots at once), %d killed with SIGKILL "
                        + "after 0-%d ms, "
                        + "%d acknowledged writes all present once (%d of them printed by a process killed afterwards), "
                        + "%d written but killed before printing, %d torn tails repaired, %.1f s%n",
                seed, outcomes.size(), SLOTS, kills, maxDelay, acknowledged, acknowledgedByKilled, writtenUnacknowledged, repairs, seconds);
    }

    /**
     * One writer after the other. The first CALIBRATE run to the end and are timed; after that most are
     * killed at a random moment up to the fastest of those times, so kills land all through a writer's life: the launcher
     * (bash), the JVM's start, the read and the append under the lock, the print, the exit.
     */
    private static List<Outcome> runSlot(Processes p, int slot, Random random, String target) {
        List<Outcome> outcomes = new ArrayList<>();
        long timed = Long.MAX_VALUE; // the fastest calibrating run: the first ones start cold
        for (int i = 0; i < PER_SLOT; i++) {
            boolean note = random.nextInt(3) == 0;
            String marker = (note ? "note" : "title") + " s" + slot + " n" + i;
            List<String> cmd = new ArrayList<>(List.of(Processes.LAUNCHER.toString()));
            cmd.addAll(note ? List.of("annotate", target, marker) : List.of("new", "-q", "-c", "cyberpesten", "-t", marker));
            boolean kill = i >= CALIBRATE && random.nextInt(5) != 0;
            double fraction = random.nextDouble();
            long started = System.nanoTime();
            Processes.Running running = p.start(cmd, Map.of());
            boolean killed = false;
            long delay = 0;
            if (kill) {
                delay = (long) (fraction * timed / 1_000_000);
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (running.alive()) {
                    running.killTree();
                    killed = true;
                }
            }
            Processes.Run r = running.await(120);
            if (Boolean.getBoolean("logboek.crash.trace")) {
                System.out.printf("slot %d #%d: delay %d ms, killed %s, ran %d ms, exit %d%n", slot, i, delay, killed,
                        (System.nanoTime() - started) / 1_000_000, r.exit());
            }
            if (i < CALIBRATE) {
                timed = Math.min(timed, System.nanoTime() - started);
            }
            outcomes.add(new Outcome(note ? "annotate" : "new", marker, killed, r.exit(), r.out(), delay));
        }
        return outcomes;
    }

    /** Lines that ended in a newline: a line cut off by the kill was not printed in full. */
    private static List<String> completeLines(String out) {
        int end = out.lastIndexOf('\n');
        return end < 0 ? List.of() : Arrays.asList(out.substring(0, end).split("\n"));
    }

    @Test
    void aLineTornInTheMiddleIsReportedByEveryCommandAndRepairMovesItAsideKeepingACopy() throws Exception {
        long seed = Long.getLong("logboek.crash.seed", System.nanoTime());
        String s = " (seed " + seed + ")";
        Path logbook = home.resolve("lb.jsonl");
        Processes p = new Processes(logbook);
        Cli cli = new Cli(home).env("LOGBOEK_FILE", logbook.toString());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(cli.ok("new", "-q", "-c", "hacken", "-t", "Account " + i));
        }
        byte[] good = Files.readAllBytes(logbook);
        long lines = Files.readAllLines(logbook).size();

        // The exact line logboek would append next, made by logboek on a copy; a crash leaves a prefix of it.
        Path copy = home.resolve("copy.jsonl");
        Files.copy(logbook, copy);
        assertEquals(0, p.run("--logbook", copy.toString(), "new", "-q", "-c", "bedreiging", "-t", "Dreiging").exit());
        byte[] copied = Files.readAllBytes(copy);
        byte[] next = Arrays.copyOfRange(copied, good.length, copied.length);
        int cut = 1 + new Random(seed).nextInt(next.length - 2);
        byte[] torn = Arrays.copyOf(next, cut);
        Files.write(logbook, torn, StandardOpenOption.APPEND);
        byte[] damaged = Files.readAllBytes(logbook);

        Processes.Run list = p.run("list");
        assertEquals(1, list.exit(), list.describe() + s);
        assertEquals(1, list.err().strip().lines().count(), list.describe());
        assertTrue(list.err().contains("line " + (lines + 1)) && list.err().contains("verify --repair"), list.describe());
        assertEquals("", list.out(), "no partial list");
        Processes.Run write = p.run("new", "-q", "-c", "hacken", "-t", "Na de crash");
        assertEquals(1, write.exit(), write.describe());
        assertArrayEquals(damaged, Files.readAllBytes(logbook), "a write refuses to chain onto a torn line");

        JsonNode v = Json.MAPPER.readTree(p.run("verify", "--json").out());
        assertEquals(1, v.get("problems").size(), v.toPrettyString());
        assertEquals("damage.torn", v.at("/problems/0/code").asText());
        assertEquals(lines + 1, v.at("/problems/0/line").asLong());

        Processes.Run repair = p.run("verify", "--repair");
        assertEquals(0, repair.exit(), repair.describe() + s);
        assertTrue(repair.out().contains("Moved the incomplete line " + (lines + 1)), repair.describe());
        assertArrayEquals(good, Files.readAllBytes(logbook), "cut back to the last complete line");
        try (Stream<Path> files = Files.list(home)) {
            List<Path> side = new ArrayList<>(files.filter(f -> f.getFileName().toString().matches("lb\\.jsonl\\.\\d{8}T\\d{6}\\.(backup|torn)")).toList());
            Collections.sort(side);
            assertEquals(2, side.size(), side.toString());
            assertArrayEquals(damaged, Files.readAllBytes(side.get(0)), "the backup is the whole file as it was");
            assertArrayEquals(torn, Files.readAllBytes(side.get(1)), "the side file holds the torn bytes");
        }
        String after = p.run("new", "-q", "-c", "hacken", "-t", "Na herstel").out().strip();
        assertTrue(ID.matcher(after).matches(), after);
        Processes.Run listed = p.run("list");
        assertEquals(0, listed.exit(), listed.describe());
        for (String id : ids) {
            assertTrue(listed.out().contains(id), id + listed.describe());
        }
        assertEquals(0, p.run("verify").exit());
        System.out.printf("[reliability] KilledWritersIT torn line: line %d cut after byte %d of %d, reported by list/new/verify, repaired%n",
                lines + 1, cut, next.length);
    }
}
