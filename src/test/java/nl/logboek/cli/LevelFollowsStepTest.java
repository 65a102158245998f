package nl.logboek.cli;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Level and regie follow the step where the protocol hands regie on (the CJG from step 4 of the sexting plan). */
class LevelFollowsStepTest {
    @TempDir
    Path home;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
    }

    @Test
    void reachingStepFourOfTheSextingPlanPutsTheIncidentAtTheCjgAndAScaleDownIsNotUndoneByTheNextStep() {
        String id = cli.ok("new", "-q", "-c", "sexting", "-t", "Naaktfoto gedeeld", "--person", "Lisa:slachtoffer:leerling");
        for (int i = 0; i < 3; i++) {
            cli.ok("next", id, "--advance", "--reason", "elders vastgelegd");
        }
        String step4 = cli.ok("next", id);
        assertTrue(step4.contains("Step 4 of 7"), step4);
        assertTrue(step4.contains("Level: CJG"), "level and regie agree at step 4:\n" + step4);
        assertFalse(step4.contains("Level: School"), step4);
        assertTrue(cli.ok("list", "--json").contains("\"level\" : \"cjg\""));

        cli.ok("escalate", id, "--down", "--reason", "doel-bereikt");
        cli.ok("next", id, "--advance", "--reason", "afgeschaald");
        String step5 = cli.ok("next", id);
        assertTrue(step5.contains("Step 5 of 7") && step5.contains("Level: School"), step5);
    }

    @Test
    void aProtocolWithoutALadderIsNeverToldToEscalate() {
        String id = cli.ok("new", "-q", "-c", "hacken", "-t", "Account gekaapt", "--protocol", "media-incident");
        String next = cli.ok("next", id);
        assertTrue(next.contains("[media-incident]"), next);
        long hints = next.lines().filter(l -> l.contains("logboek escalate")).count();
        assertTrue(hints == 1, "only the main protocol, which has a ladder, suggests escalate:\n" + next);
        assertTrue(next.contains("--advance --protocol media-incident"), next);
    }
}
