package nl.logboek.it;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.reliability.Processes;
import nl.logboek.team.Computer;
import nl.logboek.team.WithGit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 with real git: a bare repository in a temporary folder and three machines, each its own
 * HOME and process, working offline and syncing in every order, and at the same moment.
 */
class TeamSyncIT extends WithGit {
    Path remote;
    Computer anna;
    Computer bert;
    Computer cor;

    @BeforeEach
    void threeMachines() {
        remote = root.resolve("share/logboek.git");
        anna = new Computer(root, "anna");
        bert = new Computer(root, "bert");
        cor = new Computer(root, "cor");
    }

    /** What the test expects each machine to know: events per writer (absent: never seen that writer). */
    private final Map<Computer, Map<String, Integer>> known = new HashMap<>();
    private final Map<String, Integer> onRemote = new HashMap<>();
    private final Map<Computer, Integer> written = new HashMap<>();

    @Test
    void everyOrderOfSyncsBringsEveryEventToEveryMachine() throws Exception {
        anna.ok("new", "-q", "-c", "hacken", "-t", "Voor het team er was");
        String out = anna.ok("team", "init", remote.toString());
        assertTrue(out.contains("made now"), out);
        bert.ok("team", "join", remote.toString());
        cor.ok("team", "join", remote.toString());
        // anna admits both machines' keys: two lines in her file, sent with her first sync.
        anna.ok("team", "admit", bert.writer());
        anna.ok("team", "admit", cor.writer());
        Set<String> tags = new HashSet<>();
        for (Computer c : List.of(anna, bert, cor)) {
            tags.add(c.writer().substring(0, 2));
            written.put(c, c == anna ? 3 : 0);
            onRemote.put(c.writer(), c == anna ? 1 : 0);
        }
        assertEquals(3, tags.size(), "tags are unique");
        known.put(anna, new HashMap<>(Map.of(anna.writer(), 1)));
        known.put(bert, new HashMap<>(Map.of(anna.writer(), 1, bert.writer(), 0)));
        known.put(cor, new HashMap<>(Map.of(anna.writer(), 1, bert.writer(), 0, cor.writer(), 0)));

        List<List<Computer>> orders = List.of(List.of(anna, bert, cor), List.of(anna, cor, bert), List.of(bert, anna, cor),
                List.of(bert, cor, anna), List.of(cor, anna, bert), List.of(cor, bert, anna));
        int round = 0;
        for (List<Computer> order : orders) {
            round++;
            // Each machine records offline, the next one while the one before it syncs.
            Processes.Running recording = order.get(0).startRecord("ronde " + round);
            for (int k = 0; k < order.size(); k++) {
                Computer.succeed(recording);
                written.merge(order.get(k), 1, Integer::sum);
                if (k + 1 < order.size()) {
                    recording = order.get(k + 1).startRecord("ronde " + round);
                }
                syncAndCheck(order.get(k));
            }
        }
        for (Computer c : List.of(anna, bert, cor)) {
            syncAndCheck(c);
        }

        Map<String, String> files = anna.files();
        assertEquals(4, files.size(), files.keySet().toString());
        for (Computer c : List.of(bert, cor)) {
            assertEquals(files, c.files(), c.user() + " has what anna has, byte for byte");
            assertEquals(anna.ledger(), c.ledger(), c.user() + "'s record of the last sync");
        }
        assertEquals(7 + 1 + 2, anna.files().get(anna.writer() + ".jsonl").lines().count(),
                "header, one before, two admissions, six rounds");
        Computer.succeed(List.of(anna, bert, cor).stream()
                .map(w -> cor.start("--logbook", cor.team().resolve("events").resolve(w.writer() + ".jsonl").toString(), "verify"))
                .toArray(Processes.Running[]::new));
        String tree = Computer.git(remote, "ls-tree", "-r", "--name-only", "main");
        assertEquals(List.of(".gitattributes", ".gitignore", "events/" + anna.writer() + ".jsonl",
                "events/" + bert.writer() + ".jsonl", "events/" + cor.writer() + ".jsonl", "team.json").stream().sorted().toList(),
                tree.lines().sorted().toList());
    }

    @Test
    void twoMachinesSyncingAtTheSameMomentBothLand() {
        anna.ok("team", "init", remote.toString());
        bert.ok("team", "join", remote.toString());
        anna.ok("team", "admit", bert.writer());
        int attempts = 0;
        for (int round = 1; round <= 3; round++) {
            Computer.succeed(anna.startRecord("anna " + round), bert.startRecord("bert " + round));
            Processes.Running a = anna.start("sync", "--json");
            Processes.Running b = bert.start("sync", "--json");
            for (Processes.Run r : List.of(a.await(120), b.await(120))) {
                assertEquals(0, r.exit(), r.describe());
                attempts += Integer.parseInt(r.out().replaceAll("(?s).*\"attempts\" : (\\d+).*", "$1"));
            }
        }
        anna.ok("sync");
        bert.ok("sync");
        assertEquals(anna.files(), bert.files());
        assertEquals(5, anna.files().get(anna.writer() + ".jsonl").lines().count(), "header, her admission of bert, three rounds");
        assertEquals(4, anna.files().get(bert.writer() + ".jsonl").lines().count());
        System.out.println("[team] TeamSyncIT: 3 rounds of two syncs at once took " + attempts + " fetch-merge-push rounds");
    }

    @Test
    void twoMachinesJoiningAtTheSameMomentGetTagsOfTheirOwn() {
        anna.ok("team", "init", remote.toString());
        Processes.Running b = bert.start("team", "join", remote.toString());
        Processes.Running c = cor.start("team", "join", remote.toString());
        for (Processes.Run r : List.of(b.await(120), c.await(120))) {
            assertEquals(0, r.exit(), r.describe());
        }
        assertNotEquals(bert.writer().substring(0, 2), cor.writer().substring(0, 2));
        assertNotEquals(anna.writer().substring(0, 2), cor.writer().substring(0, 2));
        assertNotEquals(anna.writer().substring(0, 2), bert.writer().substring(0, 2));
        String tree = Computer.git(remote, "ls-tree", "-r", "--name-only", "main");
        for (Computer m : List.of(anna, bert, cor)) {
            assertTrue(tree.contains("events/" + m.writer() + ".jsonl"), tree);
        }
        assertEquals(3, tree.lines().filter(l -> l.startsWith("events/")).count(), tree);
    }

    /** Syncs one machine and checks what it says it sent and received against what the others did meanwhile. */
    private void syncAndCheck(Computer c) {
        JsonNode r = c.json("sync", "--json");
        int sent = written.get(c) - onRemote.get(c.writer());
        onRemote.put(c.writer(), written.get(c));
        Map<String, String> expected = new TreeMap<>();
        Map<String, Integer> mine = known.get(c);
        int total = 0;
        for (Map.Entry<String, Integer> w : onRemote.entrySet()) {
            if (w.getKey().equals(c.writer())) {
                continue;
            }
            Integer had = mine.get(w.getKey());
            int events = had == null ? w.getValue() : w.getValue() - had;
            if (had == null || events > 0) {
                expected.put(w.getKey(), events + (had == null ? " joined" : ""));
                total += events;
            }
        }
        Map<String, String> actual = new TreeMap<>();
        r.get("writers").forEach(w -> actual.put(w.get("writer").asText(),
                w.get("events").asInt() + (w.get("joined").asBoolean() ? " joined" : "")));
        String where = c.user() + ": " + r;
        assertEquals(expected, actual, where);
        assertEquals(total, r.get("received").asInt(), where);
        assertEquals(sent, r.get("sent").asInt(), where);
        assertTrue(r.get("ok").asBoolean(), where);
        known.put(c, new LinkedHashMap<>(onRemote));
    }

    /**
     * Issue 9 item 3 with real git: two members act on one incident while both are offline
     * (both escalate; one closes while the other writes a note). After syncing, both machines
     * show the same state, and both see which actions were taken without knowing of each other.
     */
    @Test
    void concurrentOfflineActionsOnOneIncidentEndTheSameOnBothMachines() throws Exception {
        String id = anna.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp").strip();
        anna.ok("team", "init", remote.toString());
        bert.ok("team", "join", remote.toString());
        anna.ok("team", "admit", bert.writer());
        bert.ok("sync");

        anna.ok("escalate", id, "--reason", "meer-partners-nodig");
        bert.ok("escalate", id, "--reason", "meer-partners-nodig");
        bert.ok("annotate", id, "Gesprek met mentor");
        anna.ok("close", id, "--outcome", "Afgerond", "--force", "--reason", "Afgesproken in het team");

        anna.ok("sync");
        bert.ok("sync");
        anna.ok("sync");
        JsonNode onAnna = anna.json("show", id, "--json");
        JsonNode onBert = bert.json("show", id, "--json");
        assertEquals(onAnna, onBert, "the same incident, state and timeline on both machines");
        // The documented rule: the incident's last line in the timeline (time, writer, line) that
        // changes a status decides it; here the actions fall within a second or two of each other.
        String last = null;
        for (JsonNode e : onAnna.path("timeline")) {
            if (java.util.Set.of("created", "escalated", "de-escalated", "closed").contains(e.path("type").asText())) {
                last = e.path("type").asText();
            }
        }
        assertEquals("closed".equals(last) ? "gesloten" : "opgeschaald", onAnna.path("incident").path("status").asText(),
                onAnna.toString());
        int concurrent = 0;
        for (JsonNode e : onAnna.path("timeline")) {
            concurrent += e.has("concurrent_with") ? 1 : 0;
        }
        assertEquals(4, concurrent, "both escalations, the closing and the note: " + onAnna + "\nfiles on bert's machine: " + bert.files());
        assertTrue(anna.ok("show", id).contains("at the same time as"), "text show points them out");
        assertEquals(0, bert.run("verify").exit());
    }
}
