package nl.logboek.team;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * verify and backup of a team logbook agree (with real git, in-process): anna records an incident,
 * bert writes a note and escalates it, both sync. Each member's file is an ordinary logbook that
 * can be checked on its own; the team's backup holds every writer file and team.json.
 */
class TeamBackupTest extends WithGit {
    Path remote;
    Cli anna;
    Cli bert;
    String id;

    @BeforeEach
    void annaRecordsBertNotesAndEscalatesBothSync() {
        remote = root.resolve("share/logboek.git");
        anna = Members.cli(root, "anna");
        bert = Members.cli(root, "bert");
        id = anna.ok("new", "-q", "-c", "sexting", "-t", "Foto gedeeld", "--person", "Lisa:slachtoffer:leerling");
        anna.ok("team", "init", remote.toString(), "--name", "anna-pc");
        bert.ok("team", "join", remote.toString(), "--name", "bert-pc");
        Members.admit(anna, bert);
        bert.ok("annotate", id, "notitie");
        bert.ok("escalate", id, "--reason", "test");
        bert.ok("sync");
        anna.ok("sync");
        bert.ok("sync"); // receives anna's admission of his key
    }

    private static String writer(Path team) throws Exception {
        return Files.readString(team.resolve(".git/logboek/writer"), StandardCharsets.UTF_8).strip();
    }

    private static List<Path> filesIn(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).sorted().toList();
        }
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void backupSucceedsFromBothSidesHoldsEveryWriterFileAndVerifies() throws Exception {
        Path annaTeam = Members.team(root, "anna");
        Path bertTeam = Members.team(root, "bert");
        String annaWriter = writer(annaTeam);
        String bertWriter = writer(bertTeam);
        anna.ok("verify");
        bert.ok("verify");

        for (Cli member : List.of(anna, bert)) {
            Path team = member == anna ? annaTeam : bertTeam;
            Path dir = root.resolve(member == anna ? "anna-usb" : "bert-usb");
            Cli.Result r = member.run("backup", dir.toString()).assertExit(0);
            Path backup = dir.resolve("logboek-20261121T103000.team");
            assertEquals(List.of(backup, backup.resolve("events"), backup.resolve("events/" + annaWriter + ".jsonl"),
                    backup.resolve("events/" + bertWriter + ".jsonl"), backup.resolve("team.json")).stream().sorted().toList(),
                    filesIn(dir), r.describe());
            for (String f : List.of("team.json", "events/" + annaWriter + ".jsonl", "events/" + bertWriter + ".jsonl")) {
                assertArrayEquals(Files.readAllBytes(team.resolve(f)), Files.readAllBytes(backup.resolve(f)), f);
                assertEquals("rw-------", perms(backup.resolve(f)), f);
            }
            assertEquals("rwx------", perms(backup));
            assertEquals("rwx------", perms(backup.resolve("events")));
            String own = member == anna ? annaWriter : bertWriter;
            assertTrue(r.out().contains("Backup written: " + backup), r.describe());
            assertTrue(r.out().contains("Writer files: 2 (and team.json)"), r.describe());
            assertTrue(r.out().contains("chain head of " + own + " (this machine): "), r.describe());
            assertTrue(r.out().contains("cp --backup=numbered " + backup.resolve("events/" + own + ".jsonl") + " "
                    + team.resolve("events/" + own + ".jsonl")), r.describe());
            assertEquals("", r.err());
            // The backup is itself a team logbook that verify checks as a whole, and never repairs.
            member.run("--logbook", backup.toString(), "verify").assertExit(0);
            Cli.Result repair = member.run("--logbook", backup.toString(), "verify", "--repair").assertExit(2);
            assertEquals(1, repair.err().strip().lines().count(), repair.describe());
        }

        JsonNode j = Json.MAPPER.readTree(bert.run("backup", root.resolve("json").toString(), "--json").assertExit(0).out());
        assertEquals(2, j.get("writers").size());
        assertEquals(6, j.get("events").asInt(), "anna: header, creation and her admission of bert's key; bert: header, note, escalation");
        assertEquals(1, j.get("incidents").asInt());
        JsonNode bertsCopy = j.get("writers").get(annaWriter.compareTo(bertWriter) < 0 ? 1 : 0);
        assertEquals(bertWriter, bertsCopy.get("writer").asText());
        assertTrue(bertsCopy.get("own").asBoolean());
        assertEquals(bertsCopy.get("head").asText(), j.get("head").asText());
    }

    @Test
    void oneMembersFileIsCheckedOnItsOwnAndSaysWhatIsLeftToTheTeamsCheck() throws Exception {
        Path annaTeam = Members.team(root, "anna");
        Path bertsFile = annaTeam.resolve("events/" + writer(Members.team(root, "bert")) + ".jsonl");
        Cli.Result r = anna.run("--logbook", bertsFile.toString(), "verify").assertExit(0);
        assertTrue(r.out().contains("OK: every line and the whole chain check out."), r.describe());
        assertTrue(r.out().contains("2 lines refer to incidents that other members recorded; those are checked by "
                + "'logboek --logbook " + annaTeam + " verify'"), r.describe());
        assertEquals("", r.err());

        JsonNode j = Json.MAPPER.readTree(anna.run("--logbook", bertsFile.toString(), "verify", "--json").assertExit(0).out());
        assertTrue(j.get("ok").asBoolean());
        assertEquals(2, j.get("other_members_lines").asInt());
        assertEquals(annaTeam.toString(), j.get("team").asText());

        Cli.Result nl = anna.run("--lang", "nl", "--logbook", bertsFile.toString(), "verify").assertExit(0);
        assertTrue(nl.out().contains("2 regels gaan over incidenten die andere teamleden hebben vastgelegd; die controleer je met "
                + "'logboek --logbook " + annaTeam + " verify'"), nl.describe());

        // The same file outside a team folder is a plain logbook again: it never created the incident.
        Path copy = root.resolve("kopie.jsonl");
        Files.copy(bertsFile, copy);
        Cli.Result plain = anna.run("--logbook", copy.toString(), "verify").assertExit(1);
        assertTrue(plain.out().contains("line 2: refers to incident " + id + ", which was not created before this line"),
                plain.describe());
        assertFalse(plain.out().contains("other members"), plain.describe());
    }

    @Test
    void aLineAboutAnIncidentNoMembersFileCreatesIsRefusedByVerifyAndBackupAtTheSameLine() throws Exception {
        // On bert's machine anna's file loses every line after its header (a valid chain, cut short).
        Path bertTeam = Members.team(root, "bert");
        Path annasFile = bertTeam.resolve("events/" + writer(Members.team(root, "anna")) + ".jsonl");
        Path bertsFile = bertTeam.resolve("events/" + writer(bertTeam) + ".jsonl");
        Files.writeString(annasFile, Files.readAllLines(annasFile, StandardCharsets.UTF_8).get(0) + "\n", StandardCharsets.UTF_8);

        // Bert's machine saw anna's file whole: the cut itself is named first, and no backup is made.
        Cli.Result cut = bert.run("backup", root.resolve("usb").toString()).assertExit(3);
        assertTrue(cut.err().contains(annasFile + " is shorter") && cut.err().contains("lines known: 2, lines found: 1"), cut.describe());
        assertFalse(Files.exists(root.resolve("usb")));
        // A machine that never saw it finds the line that refers to nothing.
        nl.logboek.logbook.Logbook.deleteCaches(annasFile);
        try (var w = Files.list(root.resolve("bert/config/logboek/witness"))) {
            for (Path p : w.toList()) {
                Files.delete(p);
            }
        }

        String problem = "line 2: refers to incident " + id + ", which was not created before this line";
        Cli.Result verify = bert.run("verify").assertExit(1);
        assertTrue(verify.out().contains("Logbook: " + bertsFile), verify.describe());
        assertTrue(verify.out().contains(problem), verify.describe());

        Path dir = root.resolve("usb");
        byte[] before = Files.readAllBytes(bertsFile);
        Cli.Result backup = bert.run("backup", dir.toString()).assertExit(1);
        assertEquals(1, backup.err().strip().lines().count(), backup.describe());
        assertTrue(backup.err().contains(bertsFile + ", " + problem + ". No backup was made"), backup.describe());
        assertEquals("", backup.out());
        assertFalse(Files.exists(dir), "no backup, no temporary folder, no folder made");
        assertArrayEquals(before, Files.readAllBytes(bertsFile));
    }

    @Test
    void theOwnFileIsRestoredFromTheTeamBackupAndTheTeamSyncsOn() throws Exception {
        Path bertTeam = Members.team(root, "bert");
        String own = "events/" + writer(bertTeam) + ".jsonl";
        Path dir = root.resolve("usb");
        bert.ok("backup", dir.toString());
        Path saved = dir.resolve("logboek-20261121T103000.team").resolve(own);

        List<String> lines = Files.readAllLines(bertTeam.resolve(own), StandardCharsets.UTF_8);
        lines.set(1, lines.get(1).replace("notitie", "Notitie"));
        Files.write(bertTeam.resolve(own), lines, StandardCharsets.UTF_8);
        bert.run("verify").assertExit(1);

        Files.copy(saved, bertTeam.resolve(own), StandardCopyOption.REPLACE_EXISTING);
        bert.ok("verify");
        bert.ok("annotate", id, "na het terugzetten");
        bert.ok("sync");
        anna.ok("sync");
        anna.ok("verify");
        assertTrue(anna.ok("show", id).contains("na het terugzetten"));
    }

    @Test
    void repairMovesAnIncompleteLastLineAsideInAFileAboutAnotherMembersIncident() throws Exception {
        // Bert's file refers to anna's incident: that is no damage for the repair to stop at.
        Path bertsFile = Members.team(root, "bert").resolve("events/" + writer(Members.team(root, "bert")) + ".jsonl");
        byte[] sound = Files.readAllBytes(bertsFile);
        Files.write(bertsFile, "{\"v\":1,\"seq\":4".getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
        bert.run("verify").assertExit(1);
        Cli.Result r = bert.run("verify", "--repair").assertExit(0);
        assertTrue(r.out().contains("Moved the incomplete line 4"), r.describe());
        assertArrayEquals(sound, Files.readAllBytes(bertsFile));
    }
}
