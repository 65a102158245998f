package nl.logboek.it;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.reliability.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many processes at once, mixing new, annotate, escalate (up and down) with list and show: every
 * acknowledged write is in the logbook exactly once, nothing else is, every read succeeds, and the
 * chain verifies.
 */
class ConcurrentCommandsIT {
    static final int LOOPS = 6;
    static final int ROUNDS = 1;

    @TempDir
    Path home;

    @Test
    void sixShellLoopsMixingWritesAndReadsLoseNothingAndDuplicateNothing() throws Exception {
        Processes p = new Processes(home.resolve("lb.jsonl"));
        long start = System.nanoTime();
        // Every write echoes an acknowledgement only after logboek printed its own confirmation.
        List<Processes.Running> loops = new ArrayList<>();
        for (int w = 0; w < LOOPS; w++) {
            String script = """
                    L="$0"; w=%d
                    for r in $(seq 1 %d); do
                      id=$("$L" new -q -c sexting -t "loop $w round $r") || { echo "FAIL new"; continue; }
                      [ -n "$id" ] && echo "NEW $id"
                      out=$("$L" annotate "$id" "tok-$w-$r-a") && [[ $out == *"Note added to incident $id"* ]] && echo "ANN tok-$w-$r-a" || echo "FAIL annotate"
                      out=$("$L" escalate "$id" --reason meer-partners-nodig) && [[ $out == *"escalated"* ]] && echo "ESC $id" || echo "FAIL escalate"
                      "$L" list > /dev/null || echo "FAIL list"
                      "$L" show "$id" --json > /dev/null || echo "FAIL show"
                      out=$("$L" escalate "$id" --down --reason doel-bereikt) && [[ $out == *"scaled down"* ]] && echo "ESC $id" || echo "FAIL escalate-down"
                      out=$("$L" annotate "$id" "tok-$w-$r-b") && [[ $out == *"Note added to incident $id"* ]] && echo "ANN tok-$w-$r-b" || echo "FAIL annotate"
                    done
                    """.formatted(w, ROUNDS);
            loops.add(p.startScript(script));
        }
        Set<String> created = new HashSet<>();
        List<String> notes = new ArrayList<>();
        Map<String, Integer> escalations = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (Processes.Running loop : loops) {
            Processes.Run r = loop.await(240);
            assertEquals(0, r.exit(), r.describe());
            for (String line : r.out().split("\n")) {
                String[] f = line.split(" ", 2);
                switch (f[0]) {
                    case "NEW" -> assertTrue(created.add(f[1]), "an id printed twice: " + f[1]);
                    case "ANN" -> notes.add(f[1]);
                    case "ESC" -> escalations.merge(f[1], 1, Integer::sum);
                    case "FAIL" -> failures.add(f[1] + "\n" + r.err());
                    default -> failures.add("unexpected output: " + line);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(List.of(), failures, "every command of every loop succeeds");
        assertEquals(LOOPS * ROUNDS, created.size());

        // Count, in the file itself, what each acknowledgement stands for.
        Map<String, Integer> createdInFile = new HashMap<>();
        Map<String, Integer> notesInFile = new HashMap<>();
        Map<String, Integer> escalationsInFile = new HashMap<>();
        List<String> lines = Files.readAllLines(p.logbook(), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            JsonNode e = Json.MAPPER.readTree(line);
            String incident = e.get("incident").asText();
            switch (e.get("type").asText()) {
                case "created" -> createdInFile.merge(incident, 1, Integer::sum);
                case "annotated" -> notesInFile.merge(e.at("/payload/text").asText(), 1, Integer::sum);
                case "escalated", "de-escalated" -> escalationsInFile.merge(incident, 1, Integer::sum);
                default -> throw new AssertionError("an event no loop wrote: " + line);
            }
        }
        for (String id : created) {
            assertEquals(1, createdInFile.getOrDefault(id, 0), "incident " + id + " exactly once");
        }
        for (String note : notes) {
            assertEquals(1, notesInFile.getOrDefault(note, 0), "note " + note + " exactly once");
        }
        assertEquals(escalations, escalationsInFile, "every acknowledged escalation once, and no other");
        assertEquals(created, createdInFile.keySet(), "no incident that was not acknowledged");
        assertEquals(notes.size(), notesInFile.size(), "no note that was not acknowledged");
        int writes = created.size() + notes.size() + escalations.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(1 + writes, lines.size(), "the header plus one line per acknowledged write");

        Processes.Run verify = p.run("verify");
        assertEquals(0, verify.exit(), verify.describe());
        System.out.printf("[reliability] ConcurrentCommandsIT: %d shell loops, %d logboek processes (%d writes, %d reads) at once, "
                        + "%d lines, verify OK, %.1f s%n", LOOPS, LOOPS * ROUNDS * 7, writes, LOOPS * ROUNDS * 2, lines.size(), seconds);
    }
}
