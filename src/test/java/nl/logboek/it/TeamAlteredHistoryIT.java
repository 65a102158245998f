package nl.logboek.it;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.reliability.Processes;
import nl.logboek.team.Computer;
import nl.logboek.team.WithGit;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, item 4: an entry altered or removed on the remote (here with plain git, by a member
 * working around logboek) is reported by the next sync of every other machine, and nothing of it
 * is merged.
 */
class TeamAlteredHistoryIT extends WithGit {
    @Test
    void aLineChangedInOneFileAndOneRemovedFromAnotherAreReportedAndNotMerged() throws Exception {
        Path remote = root.resolve("logboek.git");
        Computer anna = new Computer(root, "anna");
        Computer bert = new Computer(root, "bert");
        Computer cor = new Computer(root, "cor");
        anna.ok("team", "init", remote.toString());
        bert.ok("team", "join", remote.toString());
        cor.ok("team", "join", remote.toString());
        anna.ok("team", "admit", bert.writer());
        anna.ok("team", "admit", cor.writer());
        for (String title : List.of("één", "twee")) {
            Computer.succeed(anna.startRecord("anna " + title), bert.startRecord("bert " + title), cor.startRecord("cor " + title));
        }
        for (Computer c : List.of(anna, bert, cor, anna, bert)) {
            c.ok("sync");
        }

        // anna changes a title in bert's second line and drops cor's last line, and pushes that with git.
        Path bertsFile = anna.team().resolve("events").resolve(bert.writer() + ".jsonl");
        Path corsFile = anna.team().resolve("events").resolve(cor.writer() + ".jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(bertsFile, StandardCharsets.UTF_8));
        lines.set(1, lines.get(1).replace("bert één", "bert EEN"));
        Files.write(bertsFile, lines, StandardCharsets.UTF_8);
        List<String> cors = Files.readAllLines(corsFile, StandardCharsets.UTF_8);
        Files.write(corsFile, cors.subList(0, cors.size() - 1), StandardCharsets.UTF_8);
        Computer.git(anna.team(), "commit", "-q", "-am", "netter gemaakt");
        Computer.git(anna.team(), "push", "-q", "origin", "main");

        cor.record("cor drie");
        Map<String, String> corBefore = cor.files();
        String corHead = Computer.git(cor.team(), "rev-parse", "HEAD");
        String corLedger = cor.ledger();

        // Every other machine, and the one that changed them, finds out at its next sync.
        Processes.Running corSyncing = cor.start("sync");
        Processes.Running bertSyncing = bert.start("sync", "--json");
        Processes.Running bertInDutch = bert.start("--lang", "nl", "sync");
        Processes.Running annaSyncing = anna.start("sync");
        Processes.Run r = corSyncing.await(120);
        assertEquals(3, r.exit(), r.describe());
        List<String> err = r.err().lines().toList();
        assertEquals(3, err.size(), r.describe());
        assertTrue(err.contains("logboek sync: " + bert.writer() + " (events/" + bert.writer() + ".jsonl): line 2 differs from what "
                + "this machine received before."), r.describe());
        assertTrue(err.contains("logboek sync: " + cor.writer() + " (events/" + cor.writer() + ".jsonl), this machine's own file: "
                + "line 3 on the remote differs from what this machine wrote."), r.describe());
        assertTrue(err.get(2).contains("none of it was merged, nothing was sent"), err.get(2));
        assertEquals(corBefore, cor.files(), "nothing merged, the own file unchanged");
        // Only cor's own new event was committed here; the altered commit was fetched, never merged.
        assertEquals("events/" + cor.writer() + ".jsonl", Computer.git(cor.team(), "log", "--format=", "--name-only",
                corHead.strip() + "..HEAD").strip());
        assertTrue(Computer.git(cor.team(), "branch", "--contains", "origin/main").isBlank());
        assertEquals(corLedger, cor.ledger());

        Processes.Run json = bertSyncing.await(120);
        assertEquals(3, json.exit(), json.describe());
        JsonNode altered = Json.MAPPER.readTree(json.out()).get("altered");
        Map<String, String> problems = new TreeMap<>();
        altered.forEach(a -> problems.put(a.get("writer").asText(), a.get("problem").asText() + "@" + a.get("line").asText()));
        assertEquals(Map.of(bert.writer(), "own-changed@2", cor.writer(), "lines-missing@3"), problems);
        // Lines removed from the end come with the numbers: what this machine knew, what is there now.
        altered.forEach(a -> {
            if ("lines-missing".equals(a.get("problem").asText())) {
                assertEquals(2, a.get("lines_found").asLong(), a.toString());
                assertTrue(a.get("lines_known").asLong() >= 3, a.toString());
            }
        });

        Processes.Run dutch = bertInDutch.await(120);
        assertEquals(3, dutch.exit(), dutch.describe());
        assertTrue(dutch.err().contains("regel 3 en alle regels daarna zijn verwijderd") && dutch.err().contains("regels gevonden: 2)"),
                dutch.describe());

        // The one who changed them is told too: those files were changed on that machine.
        Processes.Run own = annaSyncing.await(120);
        assertEquals(3, own.exit(), own.describe());
        assertTrue(own.err().contains("(events/" + bert.writer() + ".jsonl): changed on this machine from line 2 on"), own.describe());
        assertTrue(own.err().contains("(events/" + cor.writer() + ".jsonl): changed on this machine from line 3 on"), own.describe());
    }
}
