package nl.logboek.team;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tags are unique even when two machines join before either has pushed: both fetched the team
 * when the tag was free and both picked it; the second push is refused, and the second machine
 * makes its still empty file again under another tag.
 */
class TagClaimTest extends WithGit {
    @Test
    void theSecondOfTwoMachinesPickingOneTagPicksAnotherAfterItsPushIsRefused() throws Exception {
        String remote = root.resolve("logboek.git").toString();
        TeamInit.run(Members.machine(root, "anna", Members.scripted(0)), Members.logbook(root, "anna"), remote, null);

        Machine bert = Members.machine(root, "bert", Members.scripted(1));
        Machine cor = Members.machine(root, "cor", Members.scripted(1, 1, 2, 2));
        Git git = Git.locate(bert.env());
        TeamJoin bertJoining = TeamJoin.clone(bert, git, Members.team(root, "bert"), Remote.parse(remote), remote);
        TeamJoin corJoining = TeamJoin.clone(cor, git, Members.team(root, "cor"), Remote.parse(remote), remote);
        assertEquals("11-bert-pc", bertJoining.claim("bert-pc").writer());
        TeamJoin.Result c = corJoining.claim("cor-pc");

        assertEquals("22-cor-pc", c.writer());
        TeamFolder cors = TeamFolder.find(Members.logbook(root, "cor")).orElseThrow();
        assertEquals("22-cor-pc", cors.writer().orElseThrow());
        assertEquals(List.of("00-anna-pc.jsonl", "11-bert-pc.jsonl", "22-cor-pc.jsonl"),
                cors.writerFiles().stream().map(p -> p.getFileName().toString()).toList());
        assertFalse(Files.exists(cors.writerFile("11-cor-pc")), "the file under the taken tag is gone");
        JsonNode header = Json.MAPPER.readTree(Files.readAllLines(cors.ownFile()).get(0));
        assertEquals("22-cor-pc", header.at("/payload/writer").asText(), "the header names the writer it ended up as");
        String pushed = Computer.git(Path.of(remote), "ls-tree", "-r", "--name-only", "main");
        assertTrue(pushed.contains("events/22-cor-pc.jsonl") && !pushed.contains("11-cor-pc"), pushed);
    }
}
