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

    /**
     * The scenario of the defect: anna records an incident, bert (after a sync) adds a note, ticks an
     * item and escalates it, and records one of his own; anna syncs. The report counted bert's
     * incident under "(not given)" in markdown and HTML, with a null category in JSON (its creation
     * was skipped: a line's number in its own file was compared with its place in the timeline).
     */
    @Test
    void aTeamReportCountsEveryMembersIncidentUnderItsCategoryInAllFourFormats() throws Exception {
        FixtureLogbooksReadTheSameTest.Reader team = new FixtureLogbooksReadTheSameTest.Reader("team-plain", tmp);
        for (String month : List.of("2026-11", "2026-12")) {
            for (String lang : List.of("en", "nl")) {
                for (String format : List.of("text", "markdown", "html")) {
                    Cli.Result r = team.cli.run("--lang", lang, "report", "--month", month, "--format", format);
                    r.assertExit(0);
                    assertTrue(!r.out().contains("not given") && !r.out().contains("niet opgegeven")
                            && !r.out().contains("not loaded") && !r.out().contains("niet geladen"), r.describe());
                }
            }
            JsonNode json = Json.MAPPER.readTree(team.cli.ok("report", "--month", month, "--json"));
            for (String breakdown : List.of("by_category", "by_protocol")) {
                json.get(breakdown).forEach(row -> assertTrue(!row.get("id").isNull(), breakdown + ": " + row));
            }
        }
    }
}
