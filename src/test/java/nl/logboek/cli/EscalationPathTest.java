package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, part 5: `escalate --down` goes back along the way the incident came, and no hint
 * suggests a command that would fail.
 */
class EscalationPathTest {
    @TempDir
    Path home;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
    }

    private String sexting() {
        return cli.ok("new", "-q", "-c", "sexting", "-t", "Foto van Lisa gedeeld", "--person", "Lisa:slachtoffer:leerling");
    }

    private JsonNode incident(String id) throws Exception {
        return Json.MAPPER.readTree(cli.ok("show", id, "--json")).get("incident");
    }

    @Test
    void downAfterAJumpToTheZorgEnVeiligheidshuisReturnsToSchoolNotToALevelItNeverHad() throws Exception {
        String id = sexting();
        cli.ok("escalate", id, "--to", "zorg-en-veiligheidshuis", "--reason", "ouders weigeren toestemming");
        Cli.Result down = cli.run("--lang", "nl", "escalate", id, "--down", "--reason", "doel-bereikt");
        down.assertExit(0);
        assertTrue(down.out().startsWith("Incident " + id + " afgeschaald: Zorg- en Veiligheidshuis -> School."), down.describe());
        assertEquals("school", incident(id).get("level").asText());
        assertEquals("afgeschaald", incident(id).get("status").asText());
        assertEquals("[\"school\"]", Json.MAPPER.readTree(cli.ok("show", id, "--json")).get("ladder_path").toString());
    }

    @Test
    void downGoesBackOneLevelOfTheWayAtATime() throws Exception {
        String id = sexting();
        cli.ok("escalate", id, "--reason", "meer-partners-nodig");
        assertEquals("cjg", incident(id).get("level").asText());
        cli.ok("escalate", id, "--to", "zorg-en-veiligheidshuis", "--reason", "ouders weigeren toestemming");
        cli.ok("escalate", id, "--down", "--reason", "doel-bereikt");
        assertEquals("cjg", incident(id).get("level").asText());
        assertEquals("opgeschaald", incident(id).get("status").asText());
        cli.ok("escalate", id, "--down", "--reason", "doel-bereikt");
        assertEquals("school", incident(id).get("level").asText());
        cli.run("escalate", id, "--down", "--reason", "doel-bereikt").assertExit(2);
    }

    @Test
    void aStepThatPutsTheIncidentAtTheCjgIsOnTheWayBack() throws Exception {
        String id = sexting();
        for (int step = 1; step <= 3; step++) {
            cli.ok("next", id, "--advance", "--reason", "besproken in het zorgoverleg");
        }
        assertEquals("cjg", incident(id).get("level").asText(), "the CJG holds casusregie from step 4");
        cli.ok("escalate", id, "--to", "zorg-en-veiligheidshuis", "--reason", "ouders weigeren toestemming");
        cli.ok("escalate", id, "--down", "--reason", "doel-bereikt");
        assertEquals("cjg", incident(id).get("level").asText());
        cli.ok("escalate", id, "--down", "--reason", "doel-bereikt");
        assertEquals("school", incident(id).get("level").asText());
    }

    @Test
    void downToANamedLevelTakesThePlaceOfTheOneLeftOnTheWay() throws Exception {
        String id = sexting();
        cli.ok("escalate", id, "--to", "zorg-en-veiligheidshuis", "--reason", "ouders weigeren toestemming");
        cli.ok("escalate", id, "--down", "--to", "veilig-thuis", "--reason", "minder partners nodig");
        assertEquals("veilig-thuis", incident(id).get("level").asText());
        cli.ok("escalate", id, "--down", "--reason", "doel-bereikt");
        assertEquals("school", incident(id).get("level").asText(), "the incident came to Veilig Thuis from school");
    }

    @Test
    void nextOnAProtocolWithoutALadderDoesNotSuggestEscalateWhichWouldFail() {
        // A protocol without a ladder (the media protocol, today only added beside a main one) as the incident's own.
        String id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Filmpje over de school");
        cli.ok("amend", id, "--protocol", "media-incident", "--reason", "Het gaat om de pers");
        for (String lang : new String[] {"en", "nl"}) {
            String next = cli.ok("--lang", lang, "next", id);
            assertFalse(next.contains("escalate"), next);
            assertTrue(next.contains("logboek next " + id + " --advance"), next);
        }
        cli.run("escalate", id, "--reason", "ernstig").assertExit(1);
    }



    @Test
    void atTheTopOfTheLadderNextNoLongerSuggestsScalingUp() {
        String id = sexting();
        assertTrue(cli.ok("next", id).contains("'logboek escalate " + id + " --reason ...'"));
        cli.ok("escalate", id, "--to", "zorg-en-veiligheidshuis", "--reason", "ouders weigeren toestemming");
        String next = cli.ok("next", id);
        assertFalse(next.contains("logboek escalate"), next);
        cli.run("escalate", id, "--reason", "meer-partners-nodig").assertExit(2);
        cli.ok("escalate", id, "--down", "--reason", "doel-bereikt");
        assertTrue(cli.ok("next", id).contains("'logboek escalate " + id + " --reason ...'"));
    }

    @Test
    void aSingleCoordinatorsMovesAreNeverAConflict() {
        String id = sexting();
        cli.ok("escalate", id, "--reason", "meer-partners-nodig");
        cli.ok("escalate", id, "--to", "zorg-en-veiligheidshuis", "--reason", "ouders weigeren toestemming");
        cli.ok("escalate", id, "--down", "--reason", "doel-bereikt");
        for (String command : new String[] {"next", "show"}) {
            String out = cli.ok("--lang", "nl", command, id);
            assertFalse(out.contains("Tegelijk"), out);
        }
        // Settling is for conflicts only: --to the level it is at stays refused.
        cli.run("escalate", id, "--to", "cjg", "--reason", "x").assertExit(2);
    }
}
