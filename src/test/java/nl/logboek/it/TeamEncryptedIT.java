package nl.logboek.it;

import nl.logboek.logbook.PrivateFiles;
import nl.logboek.reliability.Processes;
import nl.logboek.team.Computer;
import nl.logboek.team.WithGit;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, item 5: an encrypted team pushes only sealed content, and a member joins only with the
 * key on their own machine, which never travels through git.
 */
class TeamEncryptedIT extends WithGit {
    @Test
    void nothingInClearReachesTheRemoteAndJoiningNeedsTheKeyCopiedByHand() throws Exception {
        Path remote = root.resolve("logboek.git");
        Computer anna = new Computer(root, "anna");
        Computer bert = new Computer(root, "bert");
        anna.ok("init", "--encrypt");
        anna.ok("new", "-q", "-c", "cyberpesten", "-t", "Jorinde Vermeulen buitengesloten", "--person", "Jorinde Vermeulen:slachtoffer:leerling");
        String out = anna.ok("team", "init", remote.toString());
        Path annasKey;
        try (var keys = Files.list(anna.keys())) {
            annasKey = keys.findFirst().orElseThrow();
        }
        assertTrue(out.contains("encrypted") && out.contains(annasKey.toString()), out);

        Processes.Run refused = bert.run("team", "join", remote.toString());
        assertEquals(1, refused.exit(), refused.describe());
        assertEquals(1, refused.err().lines().count(), refused.describe());
        assertTrue(refused.err().contains(bert.keys().resolve(annasKey.getFileName()).toString())
                && refused.err().contains("never through git"), refused.describe());
        assertFalse(Files.exists(bert.team()), "nothing is left of the refused join");

        Files.createDirectories(bert.keys(), PosixFilePermissions.asFileAttribute(PrivateFiles.FOLDER));
        Files.copy(annasKey, bert.keys().resolve(annasKey.getFileName()));
        bert.ok("team", "join", remote.toString());
        anna.ok("team", "admit", bert.writer());
        bert.record("Kevin Oosterhuis dreigt met beelden");
        bert.ok("sync");
        anna.record("Moeder van Jorinde gebeld");
        anna.ok("sync");

        String list = anna.ok("list", "--json");
        assertTrue(list.contains("Kevin Oosterhuis dreigt met beelden") && list.contains("Jorinde Vermeulen buitengesloten"),
                "anna opens bert's entries with the team key: " + list);

        String objects = Computer.git(remote, "cat-file", "--batch-all-objects", "--batch");
        assertTrue(objects.contains("\"sealed\""), "the remote holds the sealed lines");
        for (String secret : List.of("Jorinde", "Vermeulen", "buitengesloten", "Kevin", "Oosterhuis", "dreigt", "Moeder", "slachtoffer")) {
            assertFalse(objects.contains(secret), "the remote repository shows \"" + secret + "\"");
        }
    }
}
