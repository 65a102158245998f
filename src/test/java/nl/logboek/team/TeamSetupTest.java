package nl.logboek.team;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** team init, team join, team status and sync in-process (with real git): what they make, and what they refuse. */
class TeamSetupTest extends WithGit {
    Path remote;
    Cli anna;
    Cli bert;

    @BeforeEach
    void members() {
        remote = root.resolve("share/logboek.git");
        anna = Members.cli(root, "anna");
        bert = Members.cli(root, "bert");
    }

    private static void assertOneLine(Cli.Result r, int exit, String contains) {
        r.assertExit(exit);
        assertEquals(1, r.err().lines().count(), r.describe());
        assertTrue(r.err().contains(contains), r.describe());
    }

    @Test
    void initWithoutALogbookStartsATeamWhoseFirstWriterFileIsPrivateAndNamed() throws Exception {
        String out = anna.ok("team", "init", remote.toString(), "--name", "Anna op kantoor");
        Path team = Members.team(root, "anna");
        TeamFolder folder = TeamFolder.find(Members.logbook(root, "anna")).orElseThrow();
        assertEquals(team, folder.root());
        String writer = folder.writer().orElseThrow();
        assertTrue(writer.matches("[0-9a-z]{2}-anna-op-kantoor"), writer);
        assertTrue(out.contains("This machine writes as " + writer + "."), out);
        assertEquals(List.of(folder.ownFile()), folder.writerFiles());
        JsonNode header = Json.MAPPER.readTree(Files.readAllLines(folder.ownFile()).get(0));
        assertEquals(folder.logbookId(), header.at("/payload/logbook_id").asText());
        assertEquals(writer, header.at("/payload/writer").asText());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(team)));
        for (Path f : List.of(folder.ownFile(), team.resolve("team.json"), team.resolve(".gitignore"))) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
        }
        assertFalse(Files.exists(Members.logbook(root, "anna")));
        assertTrue(Files.readString(team.resolve(".gitignore")).contains(".*.idx"));
        assertEquals("", Computer.git(team, "status", "--porcelain"), "everything committed");
    }

    @Test
    void initTakesAnExistingLogbookAlongAsTheFirstWritersFile() throws Exception {
        anna.ok("new", "-q", "-c", "hacken", "-t", "Account overgenomen");
        byte[] before = Files.readAllBytes(anna.logbook());
        String id = Json.MAPPER.readTree(Files.readAllLines(anna.logbook()).get(0)).at("/payload/logbook_id").asText();
        anna.ok("team", "init", remote.toString());
        TeamFolder folder = TeamFolder.find(anna.logbook()).orElseThrow();
        assertArrayEquals(before, Files.readAllBytes(folder.ownFile()), "the chain is kept as it was");
        assertEquals(id, folder.logbookId());
        assertFalse(Files.exists(anna.logbook().resolveSibling(".logboek.jsonl.idx")));
        anna.ok("--logbook", folder.ownFile().toString(), "verify");
    }

    @Test
    void initRefusesARemoteWithATeamAlreadyAndChangesNothing() throws Exception {
        anna.ok("team", "init", remote.toString());
        bert.ok("new", "-q", "-c", "hacken", "-t", "Account overgenomen");
        byte[] before = Files.readAllBytes(bert.logbook());
        assertOneLine(bert.run("team", "init", remote.toString()), 1, "join it with 'logboek team join " + remote + "'");
        assertArrayEquals(before, Files.readAllBytes(bert.logbook()));
        assertFalse(Files.exists(Members.team(root, "bert")));
        assertOneLine(anna.run("team", "init", root.resolve("other.git").toString()), 1, "is a team logbook already");
        assertFalse(Files.exists(root.resolve("other.git")));
    }

    @Test
    void initRefusesAnUnreachableRemoteAndAnExistingTeamFolder() throws Exception {
        anna.ok("new", "-q", "-c", "hacken", "-t", "Account overgenomen");
        byte[] before = Files.readAllBytes(anna.logbook());
        assertOneLine(anna.run("team", "init", "file://" + root.resolve("nowhere.git")), 1, "cannot reach");
        Files.createDirectories(Members.team(root, "anna"));
        assertOneLine(anna.run("team", "init", remote.toString()), 1, "exists already");
        assertArrayEquals(before, Files.readAllBytes(anna.logbook()));
        assertFalse(Files.exists(remote));
    }

    @Test
    void joinRefusesAMachineWithEntriesAMissingRemoteAndARepositoryWithoutATeam() throws Exception {
        anna.ok("team", "init", remote.toString());
        bert.ok("new", "-q", "-c", "hacken", "-t", "Account overgenomen");
        assertOneLine(bert.run("team", "join", remote.toString()), 1, "only a machine without entries of its own can join");
        Cli cor = Members.cli(root, "cor");
        assertOneLine(cor.run("team", "join", root.resolve("nowhere.git").toString()), 1, "does not exist");
        Path empty = root.resolve("empty.git");
        Computer.git(root, "init", "-q", "--bare", empty.toString());
        assertOneLine(cor.run("--lang", "nl", "team", "join", empty.toString()), 1, "staat geen teamlogboek");
        assertFalse(Files.exists(Members.team(root, "cor")), "nothing left of the failed joins");
        assertFalse(Files.exists(Members.team(root, "bert")));
    }

    @Test
    void statusSaysWhoWritesWhatAndWhatIsNotSentYet() throws Exception {
        anna.ok("team", "init", remote.toString());
        bert.ok("team", "join", remote.toString());
        TeamFolder folder = TeamFolder.find(bert.logbook()).orElseThrow();
        bert.ok("--logbook", folder.ownFile().toString(), "new", "-q", "-c", "hacken", "-t", "Account overgenomen");
        JsonNode s = Json.MAPPER.readTree(bert.ok("team", "status", "--json"));
        assertEquals(folder.logbookId(), s.get("team").asText());
        assertEquals(folder.writer().orElseThrow(), s.get("writer").asText());
        assertEquals(remote.toString(), s.get("remote").asText());
        assertEquals(2, s.get("writers").size());
        assertEquals(1, s.get("unsent").asInt());
        assertFalse(s.get("encrypted").asBoolean());
        String text = bert.ok("--lang", "nl", "team", "status");
        assertTrue(text.contains("Nog niet verstuurd: 1 gebeurtenis"), text);
        bert.ok("sync");
        assertEquals(0, Json.MAPPER.readTree(bert.ok("team", "status", "--json")).get("unsent").asInt());
    }

    @Test
    void syncRefusesOutsideATeamAnIncompleteOwnLineAndOthersFilesChangedHere() throws Exception {
        assertOneLine(anna.run("sync"), 1, "is not a team logbook");
        anna.ok("team", "init", remote.toString());
        bert.ok("team", "join", remote.toString());
        TeamFolder annas = TeamFolder.find(anna.logbook()).orElseThrow();
        TeamFolder berts = TeamFolder.find(bert.logbook()).orElseThrow();

        Files.writeString(annas.ownFile(), "{\"v\":1,\"seq\"", StandardOpenOption.APPEND);
        assertOneLine(anna.run("sync"), 1, "ends in an incomplete line");
        assertEquals("", Computer.git(annas.root(), "log", "--format=%s", "origin/main..HEAD"), "nothing committed");

        // bert records in anna's file on his machine: only anna's machine writes that file.
        Path annasAtBert = berts.writerFile(annas.writer().orElseThrow());
        // Without anna's key his command is refused (nothing written); a line added by hand is found by sync.
        bert.run("--logbook", annasAtBert.toString(), "new", "-q", "-c", "hacken", "-t", "Verkeerd bestand").assertExit(1);
        nl.logboek.testutil.Forger.appendLike(annasAtBert, 0, l -> l.replace("\"type\":\"logbook\",\"incident\":null", "")
                .replace("\"incident\":null,\"type\":\"logbook\"", "\"incident\":null,\"type\":\"purge\""));
        Cli.Result r = bert.run("sync");
        r.assertExit(3);
        assertTrue(r.err().contains("(events/" + annas.writer().orElseThrow() + ".jsonl): changed on this machine from line 2 on"),
                r.describe());
    }

    @Test
    void teamAloneShowsItsCommandsInTheUsersLanguage() {
        String en = anna.ok("team");
        assertTrue(en.startsWith("Usage: logboek team") && en.contains("status"), en);
        String nl = anna.ok("--lang", "nl", "team");
        assertTrue(nl.startsWith("Gebruik: logboek team") && nl.contains("Een teamlogboek"), nl);
        String help = anna.ok("sync", "--help");
        assertTrue(help.contains("3   The team's history was altered"), help);
    }
}
