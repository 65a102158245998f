package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * `level` always has a value where a protocol with a ladder applies: before the first escalation
 * it is the ladder's first level, in every JSON shape and export, never null or empty (issue 17).
 */
class LevelBeforeEscalationTest {
    @TempDir
    Path home;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
    }

    private JsonNode json(String... args) throws Exception {
        return Json.MAPPER.readTree(cli.ok(args));
    }

    @Test
    void aNewIncidentIsAtItsProtocolsFirstLevelInEveryJsonShape() throws Exception {
        JsonNode created = json("new", "--json", "-c", "sexting", "-t", "Foto van Lisa gedeeld", "--person", "Lisa:slachtoffer:leerling");
        String id = created.get("incident").get("id").asText();
        assertEquals("school", created.get("incident").get("level").asText(), "new --json");
        assertEquals("school", json("list", "--json").get("incidents").get(0).get("level").asText(), "list --json");
        assertEquals("school", json("list", "--json", "--sort", "idle").get("incidents").get(0).get("level").asText());
        JsonNode shown = json("show", id, "--json");
        assertEquals("school", shown.get("incident").get("level").asText(), "show --json");
        assertEquals(shown.get("checklist").get("level"), shown.get("incident").get("level"), "as the checklist says");
        assertEquals("school", json("export", "--format", "json").get("incidents").get(0).get("level").asText(), "export json");
        assertEquals("school", json("export", "--format", "jsonl").get("level").asText(), "export jsonl");
    }

    @Test
    void aProtocolsOwnFirstLevelIsShownAndEscalationMovesIt() throws Exception {
        String id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp 2B");
        String csv = cli.ok("export", id);
        assertEquals("team-mentor", csv.split("\r\n")[1].split(",")[7], "the level column of the default CSV: " + csv);
        JsonNode up = json("escalate", id, "--reason", "1", "--json");
        String level = up.get("incident").get("level").asText();
        assertEquals(json("show", id, "--json").get("checklist").get("level").asText(), level);
        assertEquals(false, "team-mentor".equals(level), "moved up: " + level);
    }
}
