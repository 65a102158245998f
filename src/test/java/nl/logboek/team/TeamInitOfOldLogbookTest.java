package nl.logboek.team;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A logbook written before signatures becomes a team logbook: `team init` gives it its first
 * writer key (a key line by the one who runs it) instead of failing on an empty list of lines to write.
 */
class TeamInitOfOldLogbookTest extends WithGit {
    @Test
    void aLogbookWrittenBeforeSignaturesBecomesATeamLogbookWithAKeyLineAndVerifies() throws Exception {
        Path remote = root.resolve("share/logboek.git");
        Cli anna = Members.cli(root, "anna");
        Files.createDirectories(anna.logbook().getParent());
        Files.copy(getClass().getResourceAsStream("/compat/single-plain/logboek.jsonl"), anna.logbook());
        String out = anna.ok("team", "init", remote.toString());
        assertTrue(out.contains(remote.toString()), out);
        String verify = anna.ok("verify");
        assertTrue(verify.contains("before signatures"), verify);
        String id = anna.ok("new", "-q", "-c", "hacken", "-t", "Account overgenomen");
        assertTrue(anna.ok("show", id).contains("Account overgenomen"));
        anna.ok("sync");
    }
}
