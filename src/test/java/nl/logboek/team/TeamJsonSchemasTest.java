package nl.logboek.team;

import nl.logboek.testutil.Cli;
import nl.logboek.testutil.Schemas;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON of a team logbook (team status, sync, verify, backup, list) validates against docs/schemas (issue 17, item 7). */
class TeamJsonSchemasTest extends WithGit {
    @Test
    void everyJsonOutputOfATeamLogbookValidatesAgainstItsSchema() throws Exception {
        Path remote = root.resolve("share/logboek.git");
        Cli anna = Members.cli(root, "anna");
        Cli bert = Members.cli(root, "bert");
        anna.ok("team", "init", remote.toString());
        Schemas.assertValid("team-status", anna.ok("team", "status", "--json"));
        bert.ok("team", "join", remote.toString());
        Members.admit(anna, bert);
        TeamFolder folder = TeamFolder.find(bert.logbook()).orElseThrow();
        String id = bert.ok("--logbook", folder.ownFile().toString(), "new", "-q", "-c", "hacken", "-t", "Account overgenomen");
        Schemas.assertValid("team-status", bert.ok("team", "status", "--json"));
        Schemas.assertValid("sync", bert.ok("sync", "--json"));
        Schemas.assertValid("sync", anna.ok("sync", "--json"));
        anna.ok("annotate", id, "Gesprek gevoerd.");
        Schemas.assertValid("sync", anna.ok("sync", "--json"));
        Schemas.assertValid("sync", bert.ok("sync", "--json"));
        String verify = bert.ok("verify", "--json");
        assertTrue(verify.contains("\"writers\""), verify);
        Schemas.assertValid("verify", verify);
        Schemas.assertValid("verify", bert.ok("--logbook", folder.ownFile().toString(), "verify", "--json"));
        Schemas.assertValid("backup", bert.ok("backup", root.resolve("usb").toString(), "--json"));
        Schemas.assertValid("list", bert.ok("list", "--json"));
        Schemas.assertValid("show", bert.ok("show", id, "--json"));
    }
}
