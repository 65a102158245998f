package nl.logboek.team;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** purge --person is refused in a team logbook exactly as purge --expired is. */
class TeamErasureTest extends WithGit {
    @Test
    void purgeByPersonIsRefusedInATeamAsPurgeIs() throws Exception {
        Cli anna = Members.cli(root, "anna");
        anna.ok("team", "init", root.resolve("share/logboek.git").toString(), "--name", "anna-pc");
        anna.clock(Clock.fixed(Instant.parse("2022-03-01T09:00:00Z"), Cli.AMSTERDAM));
        String id = anna.ok("new", "-q", "-c", "hacken", "-t", "Oud", "--person", "Sam de Vries:slachtoffer:leerling");
        anna.ok("close", id, "--outcome", "Klaar", "--force", "--reason", "Afgesproken in het team");
        anna.clock(Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), Cli.AMSTERDAM));
        Path own = TeamFolder.find(Members.logbook(root, "anna")).orElseThrow().ownFile();
        byte[] before = Files.readAllBytes(own);
        Cli.Result expired = anna.run("purge", "--expired", "--yes");
        Cli.Result person = anna.run("purge", "--person", "Sam de Vries", "--reason", "verzoek", "--yes");
        expired.assertExit(2);
        person.assertExit(2);
        assertEquals(expired.err(), person.err(), person.describe());
        assertTrue(person.err().contains("team logbook"), person.describe());
        assertArrayEquals(before, Files.readAllBytes(own));
    }
}
