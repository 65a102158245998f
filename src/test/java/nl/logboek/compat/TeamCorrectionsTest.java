package nl.logboek.compat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a team, an incident is folded from the lines of every member's file in the team's timeline:
 * a correction by one member applies to an incident another member recorded, in every view.
 * The fixture is read as anna's machine; `ep240fv8` is bert's incident.
 */
class TeamCorrectionsTest {
    private static final String BERTS = "ep240fv8";

    @TempDir
    Path tmp;

    @Test
    void aCorrectionByOneMemberOfAnothersIncidentIsWhatEveryViewAndEveryReportFormatShows() throws Exception {
        FixtureLogbooksReadTheSameTest.Reader team = new FixtureLogbooksReadTheSameTest.Reader("team-plain", tmp);
        Cli cli = team.cli;
        String berts = Files.readString(team.root.resolve("logboek.team/events/ep-bert-pc.jsonl"));
        cli.ok("amend", BERTS, "--category", "bedreiging", "--severity", "hoog", "--reason", "Er werd ook gedreigd");
        assertEquals(berts, Files.readString(team.root.resolve("logboek.team/events/ep-bert-pc.jsonl")),
                "a member only appends to a file of their own");

        JsonNode incident = Json.MAPPER.readTree(cli.ok("show", BERTS, "--json")).get("incident");
        assertEquals("bedreiging", incident.get("category").asText());
        assertTrue(cli.ok("list").lines().anyMatch(l -> l.startsWith(BERTS) && l.contains("bedreiging")));
        JsonNode report = Json.MAPPER.readTree(cli.ok("report", "--month", "2026-11", "--json"));
        for (JsonNode row : report.get("by_category")) {
            assertTrue(!row.get("id").isNull(), "no incident without a category: " + row);
            if (row.get("id").asText().equals("reputatieschade")) {
                assertEquals(0, row.get("reported").asInt(), "bert's incident is counted as corrected: " + row);
            }
        }
        for (String format : List.of("text", "markdown", "html")) {
            String out = cli.ok("--lang", "nl", "report", "--month", "2026-11", "--format", format);
            assertTrue(!out.contains("niet opgegeven"), format + ":\n" + out);
        }
        String export = cli.ok("export", "--format", "json");
        assertTrue(Json.MAPPER.readTree(export).toString().contains("\"id\":\"" + BERTS + "\""), export);
        cli.ok("verify");
        Cli.Result backup = cli.run("backup", tmp.resolve("backups").toString());
        backup.assertExit(0);
    }
}
