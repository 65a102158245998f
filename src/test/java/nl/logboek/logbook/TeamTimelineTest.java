package nl.logboek.logbook;

import nl.logboek.json.JsonTrees;
import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two members of a team logbook, each on their own machine (a folder each; a sync is copying the
 * other's file, which is what git does for files only their writer changes): both end with the
 * same state, and `show` points out what they did without knowing of each other.
 */
class TeamTimelineTest {
    @TempDir
    Path tmp;
    Path anna;
    Path bert;
    Cli annaCli;
    Cli bertCli;

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @BeforeEach
    void twoMachines() throws Exception {
        anna = machine("anna", "k3-anna-laptop");
        bert = machine("bert", "m7-bert-pc");
        sync();
        annaCli = cli("anna", anna);
        bertCli = cli("bert", bert);
    }

    private Path machine(String name, String writer) throws Exception {
        Path root = tmp.resolve(name).resolve("logboek.team");
        Files.createDirectories(root.resolve("events"));
        Files.writeString(root.resolve(TeamLayout.TEAM_FILE), "{\"format\":1,\"logbook_id\":\"teamtest00000000\",\"encryption\":null}");
        Files.createDirectories(TeamLayout.writerFile(root).getParent());
        Files.writeString(TeamLayout.writerFile(root), writer + "\n");
        new Logbook(root.resolve("events").resolve(writer + ".jsonl"), Clock.systemUTC())
                .initializeWriter(name, "teamtest00000000", null, writer);
        return root;
    }

    private Cli cli(String name, Path root) {
        return new Cli(tmp.resolve(name)).env("LOGBOEK_FILE", root.getParent().resolve("logboek.jsonl").toString())
                .env("LOGBOEK_AUTHOR", name);
    }

    private void at(String time) {
        Clock c = Clock.fixed(Instant.parse(time), ZONE);
        annaCli.clock(c);
        bertCli.clock(c);
    }

    /** Each machine gets the other's file as it is now (never its own). */
    private void sync() throws Exception {
        copy(anna, bert, "k3-anna-laptop");
        copy(bert, anna, "m7-bert-pc");
    }

    private static void copy(Path from, Path to, String writer) throws Exception {
        Files.copy(from.resolve("events").resolve(writer + ".jsonl"), to.resolve("events").resolve(writer + ".jsonl"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void concurrentOfflineActionsEndInTheSameStateOnBothMachinesAndShowPointsThemOut() throws Exception {
        at("2026-11-02T09:00:00Z");
        String id = annaCli.ok("new", "-q", "-c", "sexting", "-t", "Foto rondgestuurd");
        assertTrue(id.startsWith("k3"), "anna's ids start with her tag: " + id);
        sync();
        at("2026-11-02T10:00:00Z");
        assertEquals(java.util.List.of(id), ids(bertCli), "bert sees anna's incident after a sync");

        // Both offline: anna escalates and closes, bert escalates and writes a note.
        at("2026-11-03T09:00:00Z");
        annaCli.ok("escalate", id, "--reason", "politie betrokken");
        at("2026-11-03T09:05:00Z");
        bertCli.ok("escalate", id, "--reason", "ouders ingelicht");
        at("2026-11-03T11:00:00Z");
        bertCli.ok("annotate", id, "Gesprek met mentor", "-q");
        at("2026-11-03T12:00:00Z");
        annaCli.ok("close", id, "--outcome", "Afgerond", "--force", "--reason", "Afgesproken in het team");
        String bertsOwn = bertCli.ok("new", "-q", "-c", "hacken", "-t", "Account overgenomen");
        assertTrue(bertsOwn.startsWith("m7"), bertsOwn);

        sync();
        at("2026-11-04T09:00:00Z");
        String onAnna = annaCli.ok("show", id, "--json");
        String onBert = bertCli.ok("show", id, "--json");
        assertEquals(onAnna, onBert, "the same state on both machines");
        JsonNode shown = JsonTrees.parse(onAnna);
        assertEquals("gesloten", shown.path("incident").path("status").asText(), onAnna);
        JsonNode timeline = shown.path("timeline");
        assertEquals(java.util.List.of("created", "escalated", "escalated", "annotated", "closed"),
                java.util.stream.StreamSupport.stream(timeline.spliterator(), false).map(e -> e.path("type").asText()).toList());
        // Anna's escalation and bert's were made without knowing of each other; so were her
        // closing and his note. The creation was seen by both.
        assertFalse(timeline.get(0).has("concurrent_with"), onAnna);
        assertEquals("m7-bert-pc", timeline.get(1).path("concurrent_with").get(0).path("writer").asText(), onAnna);
        assertEquals("k3-anna-laptop", timeline.get(2).path("concurrent_with").get(0).path("writer").asText(), onAnna);
        assertTrue(annaCli.ok("show", id).contains("at the same time as"), "text show points it out");

        assertEquals(annaCli.ok("list", "--json"), bertCli.ok("list", "--json"));
        assertEquals(annaCli.ok("report", "--month", "2026-11"), bertCli.ok("report", "--month", "2026-11"));
        assertEquals(java.util.List.of(id, bertsOwn), ids(annaCli));
    }

    private static java.util.List<String> ids(Cli cli) throws Exception {
        java.util.List<String> out = new java.util.ArrayList<>();
        JsonTrees.parse(cli.ok("list", "--json")).path("incidents").forEach(i -> out.add(i.path("id").asText()));
        return out;
    }

    /** Anna records an incident, a sync brings it to bert, and bert writes a note on it (not synced yet). */
    private String annasIncidentWithBertsNote() throws Exception {
        at("2026-11-02T09:00:00Z");
        String id = annaCli.ok("new", "-q", "-c", "hacken", "-t", "Account");
        sync();
        bertCli.ok("annotate", id, "Notitie", "-q");
        return id;
    }

    @Test
    void aLineAboutAnIncidentNoMemberCreatedIsReportedAsDamage() throws Exception {
        String id = annasIncidentWithBertsNote();
        // Bert's machine loses anna's file (a bad copy): bert's note now refers to nothing.
        Path annas = bert.resolve("events").resolve("k3-anna-laptop.jsonl");
        Files.writeString(annas,
                Files.readAllLines(anna.resolve("events").resolve("k3-anna-laptop.jsonl"), StandardCharsets.UTF_8).get(0) + "\n");
        // Bert's machine saw anna's file whole: the cut is named first, with the lines known and found.
        Cli.Result cut = bertCli.run("list");
        assertEquals(3, cut.exit(), cut.describe());
        assertTrue(cut.err().contains("k3-anna-laptop.jsonl") && cut.err().contains("lines known: 3, lines found: 1"), cut.describe());
        // On a machine that remembers nothing of it, the note that refers to nothing is the damage.
        nl.logboek.logbook.Logbook.deleteCaches(annas);
        try (var w = Files.list(bert.getParent().resolve(".config/logboek/witness"))) {
            for (Path p : w.toList()) {
                Files.delete(p);
            }
        }
        Cli.Result r = bertCli.run("list");
        assertEquals(1, r.exit(), r.describe());
        assertTrue(r.err().contains("m7-bert-pc.jsonl") && r.err().contains(id), r.describe());
    }

    @Test
    void verifyChecksEveryMembersChainAndNamesTheFileOfAnAlteredLine() throws Exception {
        String id = annasIncidentWithBertsNote();
        sync();
        JsonNode ok = JsonTrees.parse(annaCli.ok("verify", "--json"));
        assertTrue(ok.path("ok").asBoolean(), ok.toString());
        assertEquals(2, ok.path("writers").size());

        Path bertsCopy = anna.resolve("events").resolve("m7-bert-pc.jsonl");
        Files.writeString(bertsCopy, Files.readString(bertsCopy).replace("Notitie", "Nodifie"));
        Cli.Result r = annaCli.run("verify", "--json");
        assertEquals(1, r.exit(), r.describe());
        JsonNode report = JsonTrees.parse(r.out());
        assertTrue(report.path("writers").get(0).path("ok").asBoolean(), r.out());
        // Line 2 of bert's file introduces his writer key (its header was written without one here); line 3 is his note.
        assertEquals(3, report.path("writers").get(1).path("problems").get(0).path("line").asLong(), r.out());
        assertEquals(1, annaCli.run("show", id).exit(), "a damaged member file is not read silently");
    }

    /**
     * Bert creates an incident and anna writes a note on it within the same second: by time and
     * writer name (k3 before m7) her note would come first, before there is an incident to hold
     * it. It comes after the creation, in show, list and report alike.
     */
    @Test
    void aLineInTheSameSecondAsTheCreationStillComesAfterIt() throws Exception {
        at("2026-11-02T09:00:00Z");
        String id = bertCli.ok("new", "-q", "-c", "hacken", "-t", "Account");
        sync();
        annaCli.ok("annotate", id, "Direct gebeld", "-q");
        annaCli.ok("escalate", id, "--reason", "meer-partners-nodig");
        sync();
        for (Cli cli : new Cli[] {annaCli, bertCli}) {
            JsonNode timeline = JsonTrees.parse(cli.ok("show", id, "--json")).path("timeline");
            assertEquals(java.util.List.of("created", "annotated", "escalated"),
                    java.util.stream.StreamSupport.stream(timeline.spliterator(), false).map(e -> e.path("type").asText()).toList());
            JsonNode listed = JsonTrees.parse(cli.ok("list", "--json")).path("incidents").get(0);
            assertEquals("opgeschaald", listed.path("status").asText(), listed.toString());
            assertEquals(3, listed.path("events").asInt(), listed.toString());
        }
        JsonNode report = JsonTrees.parse(annaCli.ok("report", "--month", "2026-11", "--format", "json"));
        assertTrue(report.toString().contains("\"escalations\""), report.toString());
    }
}
