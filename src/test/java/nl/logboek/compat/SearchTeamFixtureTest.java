package nl.logboek.compat;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `search` and `person` read a team logbook (both writers' files) as they read one file, and write nothing. */
class SearchTeamFixtureTest {
    @TempDir
    Path tmp;

    @Test
    void searchAndPersonReadEveryWritersFileAndChangeNoByte() {
        FixtureLogbooksReadTheSameTest.Reader team = new FixtureLogbooksReadTheSameTest.Reader("team-plain", tmp);
        Cli.Result found = team.cli.run("search", "ACCOUNT");
        found.assertExit(0);
        // anna's note and bert's note, and the person "onbekend account".
        assertTrue(found.out().contains("Moeder van Mila belde: het account stuurt"), found.describe());
        assertTrue(found.out().contains("Wijkagent om advies gevraagd; account is aangemeld"), found.describe());
        assertTrue(found.out().contains("involved: onbekend account"), found.describe());

        Cli.Result mila = team.cli.run("person", "mila  JANSEN");
        mila.assertExit(0);
        assertTrue(mila.out().contains("1 incident with mila  JANSEN."), mila.describe());
        Cli.Result yara = team.cli.run("person", "Yara Bos");
        yara.assertExit(0);
        assertEquals(3, yara.out().strip().lines().count(), yara.describe());
        team.assertFixtureUnchanged();
    }
}
