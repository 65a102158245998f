package nl.logboek.team;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The team's afsprakenkaart (docs/partners.md): committed once in the team folder by a member, it
 * reaches the others with 'logboek sync', counts over their own card for the partners it names, and
 * sync goes on as before.
 */
class TeamAfsprakenkaartTest extends WithGit {
    @Test
    void aCardCommittedInTheTeamFolderReachesEveryMemberBySyncAndCountsOverTheirOwn() throws Exception {
        Path remote = root.resolve("share/logboek.git");
        Cli anna = Members.cli(root, "anna");
        Cli bert = Members.cli(root, "bert");
        anna.ok("team", "init", remote.toString(), "--name", "anna-pc");
        bert.ok("team", "join", remote.toString(), "--name", "bert-pc");
        Members.admit(anna, bert);

        // Bert's own card, on his machine only.
        Path own = root.resolve("bert/config/logboek/afsprakenkaart.json");
        Files.createDirectories(own.getParent());
        Files.writeString(own, """
                {"format": 1, "partners": [
                  {"id": "cjg", "contact": {"person": "Oud contact van Bert"}},
                  {"id": "wijkagent", "contact": {"phone": "06 1111 2222"}}
                ]}
                """);

        Path annaTeam = Members.team(root, "anna");
        Files.writeString(annaTeam.resolve("afsprakenkaart.json"), """
                {"format": 1, "partners": [
                  {"id": "cjg", "contact": {"person": "Fatima el Amrani", "phone": "030 123 4567"},
                   "agreements": {"involveWhen": "Bij elk sextingincident met een leerling onder de 16."}}
                ]}
                """);
        Computer.git(annaTeam, "add", "afsprakenkaart.json");
        Computer.git(annaTeam, "commit", "-q", "-m", "Afsprakenkaart van het zorgteam");
        anna.ok("sync");
        bert.ok("sync");

        String cjg = bert.ok("partners", "cjg");
        assertTrue(cjg.contains("Contact person: Fatima el Amrani"), cjg);
        assertFalse(cjg.contains("Oud contact van Bert"), cjg);
        assertTrue(cjg.contains("From: " + Members.team(root, "bert").resolve("afsprakenkaart.json")), cjg);
        assertTrue(bert.ok("partners", "wijkagent").contains("Phone: 06 1111 2222"), "his own partners stay");

        // Recording and syncing go on as before, on both machines.
        bert.ok("new", "-q", "-c", "hacken", "-t", "Account overgenomen");
        bert.ok("sync");
        anna.ok("sync");
        assertTrue(anna.ok("list").contains("Account overgenomen"));
        assertTrue(anna.ok("verify").length() > 0);
    }
}
