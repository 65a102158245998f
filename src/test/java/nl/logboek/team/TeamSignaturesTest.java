package nl.logboek.team;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import nl.logboek.testutil.Forger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, item 1: a team member's lines count only when signed by a key the team admitted. Cor,
 * a member with write access to the shared repository, forges lines in Bert's name; Anna's and
 * Bert's sync refuse them and verify reports them.
 */
class TeamSignaturesTest extends WithGit {
    Path remote;
    Cli anna;
    Cli bert;
    Cli cor;
    String bertWriter;
    String corWriter;
    String id;

    @BeforeEach
    void team() throws Exception {
        remote = root.resolve("share/logboek.git");
        anna = Members.cli(root, "anna");
        bert = Members.cli(root, "bert");
        cor = Members.cli(root, "cor");
        anna.ok("team", "init", remote.toString());
        String joined = bert.ok("team", "join", remote.toString());
        bertWriter = TeamFolder.find(bert.logbook()).orElseThrow().writer().orElseThrow();
        assertTrue(joined.contains("logboek team admit " + bertWriter), joined);
        cor.ok("team", "join", remote.toString());
        corWriter = TeamFolder.find(cor.logbook()).orElseThrow().writer().orElseThrow();
        anna.ok("team", "admit", bertWriter);
        anna.ok("team", "admit", corWriter);
        anna.ok("sync");
        bert.ok("sync");
        cor.ok("sync");
        id = anna.ok("new", "-q", "-c", "grooming", "-t", "Berichten aan Noor");
        anna.ok("sync");
        bert.ok("sync");
        bert.ok("annotate", id, "Gesprek met Noor gevoerd.");
        bert.ok("sync");
        cor.ok("sync");
        anna.ok("sync");
    }

    private Path fileAt(Cli who, String writer) {
        return TeamFolder.find(who.logbook()).orElseThrow().writerFile(writer);
    }

    private void push(Cli who, String path, String message) {
        Path team = TeamFolder.find(who.logbook()).orElseThrow().root();
        Computer.git(team, "add", path);
        Computer.git(team, "commit", "-q", "-m", message);
        Computer.git(team, "push", "-q", "origin", "HEAD:main");
    }

    @Test
    void aClosingForgedInAnotherMembersFileIsRefusedBySyncAndReportedByVerify() throws Exception {
        // Cor appends a correctly chained 'closed' line with Bert's name to Bert's file and pushes it.
        Path bertsAtCor = fileAt(cor, bertWriter);
        int last = Forger.read(bertsAtCor).size() - 1;
        Forger.appendLike(bertsAtCor, last, l -> l.replace("\"type\":\"annotated\"", "\"type\":\"closed\"")
                .replaceFirst("\"payload\":\\{.*\\}\\}$", "\"payload\":{\"outcome\":\"Opgelost.\"}}"));
        push(cor, "events/" + bertWriter + ".jsonl", "forged");

        byte[] before = Files.readAllBytes(fileAt(anna, bertWriter));
        Cli.Result r = anna.run("sync");
        r.assertExit(3);
        assertTrue(r.err().contains(bertWriter + " (events/" + bertWriter + ".jsonl): line " + (last + 2)
                + " is not signed by the key of " + bertWriter + "; it says it is by bert"), r.describe());
        assertTrue(r.err().contains("none of it was merged"), r.describe());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(fileAt(anna, bertWriter)), "nothing merged");
        assertFalse(anna.ok("show", id).contains("Opgelost"));
        assertEquals(3, bert.run("sync").exit(), "bert's own file on the remote differs from his: refused too");

        // Cor's own copy holds the forged line: verify there names it.
        Cli.Result v = cor.run("verify");
        v.assertExit(1);
        assertTrue(v.out().contains("line " + (last + 2) + ": not signed by the key of writer " + bertWriter), v.out());
    }

    @Test
    void aNewWriterFileNamedLikeAnotherMembersMachineIsFlaggedNotMerged() throws Exception {
        // Cor pushes a new writer file named like Anna's laptop, with Anna's name as author, under a key of his own.
        Path corTeam = TeamFolder.find(cor.logbook()).orElseThrow().root();
        String fake = "zz-anna";
        Path file = corTeam.resolve("events/" + fake + ".jsonl");
        Cli forger = Members.cli(root, "mallory").env("LOGBOEK_FILE", file.toString()).env("LOGBOEK_AUTHOR", "anna");
        forger.ok("new", "-q", "-c", "hacken", "-t", "Noor is dader");
        push(cor, "events/" + fake + ".jsonl", "a new writer");

        Cli.Result r = anna.run("sync");
        r.assertExit(3);
        assertTrue(r.err().contains(fake + " (events/" + fake + ".jsonl): line 1 is signed by a key no member admitted; it says it is by anna"),
                r.describe());
        assertFalse(Files.exists(fileAt(anna, fake)), "never merged");
        assertEquals(3, bert.run("sync").exit());
    }

    @Test
    void aRevokedKeysLaterLinesAreRefusedItsEarlierOnesStay() throws Exception {
        long before = Forger.read(fileAt(anna, corWriter)).size();
        Cli.Result revoked = anna.run("team", "revoke", corWriter).assertExit(0);
        assertTrue(revoked.out().contains("revoked: its lines after line " + before), revoked.out());
        anna.ok("sync");
        cor.ok("annotate", id, "Na het intrekken.");
        cor.ok("sync");
        Cli.Result r = bert.run("sync");
        r.assertExit(3);
        assertTrue(r.err().contains(corWriter + " (events/" + corWriter + ".jsonl): line " + (before + 1)
                + " is signed by a key of " + corWriter + " that a member revoked"), r.describe());
        assertTrue(anna.run("sync").exit() == 3);
    }

    @Test
    void nobodyCanAdmitThemselvesNorAdmitWhileNotAdmitted() throws Exception {
        Cli dirk = Members.cli(root, "dirk");
        dirk.ok("team", "join", remote.toString());
        String dirkWriter = TeamFolder.find(dirk.logbook()).orElseThrow().writer().orElseThrow();
        Cli.Result self = dirk.run("team", "admit", dirkWriter);
        self.assertExit(2);
        assertEquals(1, self.err().lines().count(), self.describe());
        Cli.Result other = dirk.run("team", "admit", bertWriter);
        other.assertExit(1);
        assertTrue(other.err().contains("is not admitted"), other.describe());
        Cli.Result unknown = anna.run("team", "admit", "qq-nobody");
        unknown.assertExit(1);
        assertTrue(unknown.err().contains("No writer qq-nobody"), unknown.describe());
        assertEquals(3, anna.run("sync").exit(), "dirk is not admitted yet");
        anna.ok("team", "admit", dirkWriter.substring(0, 2));
        anna.ok("sync");
    }

    @Test
    void aRotatedKeyCountsForTheTeamThroughTheOldKey() throws Exception {
        String out = bert.ok("rotate-key");
        assertTrue(out.contains("now signs with key"), out);
        bert.ok("annotate", id, "Met de nieuwe sleutel.");
        bert.ok("sync");
        anna.ok("sync");
        assertTrue(anna.ok("show", id).contains("Met de nieuwe sleutel."));
        JsonNode v = Json.MAPPER.readTree(anna.run("verify", "--json").assertExit(0).out());
        assertTrue(v.get("ok").asBoolean(), v.toString());
        List<String> lines = Forger.read(fileAt(anna, bertWriter));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"action\":\"rotate\"")));
    }

    @Test
    void aNewWriterFileWithoutAnySignatureIsRefusedToo() throws Exception {
        Path corTeam = TeamFolder.find(cor.logbook()).orElseThrow().root();
        String fake = "zy-anna-laptop";
        Path file = corTeam.resolve("events/" + fake + ".jsonl");
        Cli forger = Members.cli(root, "mallory").env("LOGBOEK_FILE", file.toString()).env("LOGBOEK_AUTHOR", "anna");
        forger.ok("new", "-q", "-c", "hacken", "-t", "Noor is dader");
        for (int i = 0; i < Forger.read(file).size(); i++) {
            Forger.rewrite(file, i, l -> l.replaceFirst(",\"sig\":\"[^\"]*\"", "").replaceFirst(",\"writer_key\":\"[^\"]*\"", ""));
        }
        push(cor, "events/" + fake + ".jsonl", "a writer file without signatures");
        Cli.Result r = anna.run("sync");
        r.assertExit(3);
        assertTrue(r.err().contains(fake + " (events/" + fake + ".jsonl): line 1 is not signed by the key of " + fake), r.describe());
    }
}
