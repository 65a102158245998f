package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Corrections never rewrite a line: amend, retract and reopen append one, and every view uses it. */
class CorrectionsTest {
    @TempDir
    Path home;
    Cli cli;
    String id;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
        id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp 2B", "-p", "WhatsApp",
                "--person", "Sam de Vris:slachtoffer:leerling", "--person", "Alex:dader:leerling");
    }

    private JsonNode json(String... args) throws Exception {
        return Json.MAPPER.readTree(cli.ok(args));
    }

    private JsonNode incident() throws Exception {
        return json("show", id, "--json").get("incident");
    }

    private List<String> lines() throws Exception {
        return Files.readAllLines(cli.logbook());
    }

    @Test
    void doneGivenTwiceIsRefusedAndNeverTicksTheNextStepsItem() throws Exception {
        // Step 1 of the pupils' protocol has one item: ticking it completes the step, but does not finish it.
        cli.ok("annotate", id, "--done", "1");
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result again = cli.run("annotate", id, "--done", "1");
        again.assertExit(2);
        assertTrue(again.err().contains("already done: 1"), again.describe());
        assertEquals(1, again.err().strip().lines().count(), again.describe());
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()), "nothing written");
        JsonNode show = json("show", id, "--json");
        assertEquals(1, show.at("/checklist/step_number").asInt(), "still at step 1");
        assertEquals(0, show.at("/incident/steps_done").size());
        assertEquals(List.of("gereageerd-op-voorval"), texts(show.at("/incident/items_done")));
        assertTrue(cli.ok("next", id).contains("'logboek next " + id + " --advance'"), "the checklist says how to finish the step");
    }

    @Test
    void amendCorrectsTheRecordKeepsTheOriginalLineAndEveryViewUsesTheCorrection() throws Exception {
        List<String> before = lines();
        String out = cli.ok("amend", id, "--category", "sexting", "--remove-person", "Sam de Vris",
                "--add-person", "Sam de Vries:slachtoffer:leerling", "--severity", "hoog", "--platform", "",
                "--reason", "Naam verkeerd gespeld; bleek om een naaktfoto te gaan");
        assertTrue(out.contains("Incident " + id + " corrected."), out);
        List<String> after = lines();
        assertEquals(before, after.subList(0, before.size()), "every earlier line stays as it was");
        assertEquals(before.size() + 1, after.size());
        assertTrue(after.get(after.size() - 1).contains("\"type\":\"amended\""));

        JsonNode i = incident();
        assertEquals("sexting", i.get("category").asText());
        assertEquals("hoog", i.get("severity").asText());
        assertTrue(i.get("platform").isNull(), "an empty value clears an optional field");
        assertEquals(List.of("Alex", "Sam de Vries"), names(i));
        assertEquals("ongewenst-gedrag-leerlingen", i.get("protocol").asText(), "the protocol is only changed when asked");

        JsonNode corrections = json("show", id, "--json").get("corrections");
        assertEquals("category", corrections.get(0).get("field").asText());
        assertEquals("cyberpesten", corrections.get(0).get("before").asText());
        assertEquals("sexting", corrections.get(0).get("after").asText());
        assertEquals("Naam verkeerd gespeld; bleek om een naaktfoto te gaan", corrections.get(0).get("reason").asText());
        String show = cli.ok("show", id);
        assertTrue(show.contains("Sexting") && show.contains("(corrected)"), show);
        assertTrue(show.contains("Category: cyberpesten -> sexting"), show);
        assertTrue(show.contains("involved removed: Sam de Vris") && show.contains("involved added: Sam de Vries"), show);
        assertTrue(show.contains("reason: Naam verkeerd gespeld; bleek om een naaktfoto te gaan"), show);

        assertTrue(cli.ok("list").contains("sexting"), "list");
        JsonNode row = Json.MAPPER.readTree(cli.ok("export", "--format", "json")).at("/incidents/0");
        assertEquals("sexting", row.get("category").asText(), row.toString());
        JsonNode events = Json.MAPPER.readTree(cli.ok("export", "--events", "--format", "json")).get("events");
        assertEquals("cyberpesten", events.get(0).at("/payload/category").asText(), "the original stays in --events");
        assertEquals("amended", events.get(events.size() - 1).get("type").asText());
        JsonNode report = json("report", "--month", "2026-11", "--json");
        assertTrue(report.toString().contains("\"id\":\"sexting\",\"label\":\"Sexting / spreading nude images\",\"reported\":1"), report.toString());
    }

    @Test
    void aProtocolSwitchKeepsTheTicksTheNewProtocolHasAndNamesTheOthers() throws Exception {
        cli.ok("annotate", id, "--done", "1");
        Cli.Result r = cli.run("amend", id, "--protocol", "sexting-loverboys", "--reason", "Past beter");
        r.assertExit(0);
        assertTrue(r.err().contains("no longer count, because the new protocol does not have their item: Responded to the incident,"), r.describe());
        JsonNode show = json("show", id, "--json");
        assertEquals("sexting-loverboys", show.at("/incident/protocol").asText());
        assertEquals(0, show.at("/incident/items_done").size());
        assertEquals("sexting-loverboys", show.at("/checklist/protocol").asText());
        assertEquals(1, show.at("/checklist/step_number").asInt());
    }

    @Test
    void retractTakesBackATickAndMarksANoteWithoutDeletingEither() throws Exception {
        cli.ok("annotate", id, "Gesprek met de verkeerde klas");
        cli.ok("annotate", id, "--done", "gereageerd-op-voorval");
        String out = cli.ok("retract", id, "--item", "1", "--reason", "Per ongeluk afgevinkt");
        assertTrue(out.contains("[ ] 1."), "the item is open again:\n" + out);
        assertEquals(0, incident().get("items_done").size());
        cli.run("retract", id, "--item", "1", "--reason", "nog eens").assertExit(2);

        cli.ok("retract", id, "--entry", "2", "--reason", "Hoorde bij een ander incident");
        assertEquals("Hoorde bij een ander incident", json("show", id, "--json").at("/timeline/1/retracted/reason").asText());
        String show = cli.ok("show", id);
        assertTrue(show.contains("Gesprek met de verkeerde klas"), "the note stays:\n" + show);
        assertTrue(show.contains("! recorded in error (taken back") && show.contains("Hoorde bij een ander incident"), show);
        cli.run("retract", id, "--entry", "2", "--reason", "nog eens").assertExit(2);
        cli.run("retract", id, "--entry", "1", "--reason", "geen notitie").assertExit(2);

        String own = cli.ok("export", "--events", "--format", "json");
        assertTrue(own.contains("Gesprek met de verkeerde klas"), "the coordinator's own --events export keeps every line");
        String shared = cli.ok("export", "--events", "--format", "json", "--redact", "--keep-text");
        assertFalse(shared.contains("verkeerde klas"), "a shared export leaves a note recorded in error out:\n" + shared);
    }

    @Test
    void reopenOpensAClosedIncidentWhereItStood() throws Exception {
        cli.ok("close", id, "--force", "--reason", "Afgesproken in het team", "--outcome", "Opgelost");
        assertEquals("gesloten", incident().get("status").asText());
        cli.ok("reopen", id, "--reason", "Pesten begon opnieuw");
        JsonNode i = incident();
        assertEquals("open", i.get("status").asText());
        assertTrue(i.get("closed_at").isNull());
        assertTrue(cli.ok("list", "--status", "open").contains(id), "list reads the status from the index");
        cli.ok("annotate", id, "--done", "1");
        cli.run("reopen", id, "--reason", "nog eens").assertExit(2);
    }

    @Test
    void badInputIsOneLineOnStderrAndLeavesTheLogbookUnchanged() throws Exception {
        cli.ok("annotate", id, "Een notitie");
        byte[] before = Files.readAllBytes(cli.logbook());
        List<Object[]> cases = List.of(
                new Object[] {1, new String[] {"amend", "zzzzzzzz", "--title", "x", "--reason", "r"}},
                new Object[] {2, new String[] {"amend", id, "--title", "x"}},
                new Object[] {2, new String[] {"amend", id, "--reason", "r"}},
                new Object[] {2, new String[] {"amend", id, "--category", "pesten-online", "--reason", "r"}},
                new Object[] {2, new String[] {"amend", id, "--protocol", "bestaat-niet", "--reason", "r"}},
                new Object[] {2, new String[] {"amend", id, "--remove-person", "Niemand", "--reason", "r"}},
                new Object[] {2, new String[] {"amend", id, "--title", "Groepsapp 2B", "--reason", "r"}},
                new Object[] {2, new String[] {"amend", id, "--title", " ", "--reason", "r"}},
                new Object[] {2, new String[] {"retract", id, "--item", "1", "--reason", "nooit afgevinkt"}},
                new Object[] {2, new String[] {"retract", id, "--item", "1"}},
                new Object[] {2, new String[] {"retract", id, "--reason", "r"}},
                new Object[] {2, new String[] {"retract", id, "--entry", "9", "--reason", "r"}},
                new Object[] {1, new String[] {"retract", "zzzzzzzz", "--entry", "2", "--reason", "r"}},
                new Object[] {2, new String[] {"reopen", id, "--reason", "staat al open"}},
                new Object[] {2, new String[] {"reopen", id}},
                new Object[] {1, new String[] {"reopen", "zzzzzzzz", "--reason", "r"}});
        for (Object[] c : cases) {
            for (String lang : List.of("en", "nl")) {
                List<String> args = new ArrayList<>(List.of("--lang", lang));
                args.addAll(List.of((String[]) c[1]));
                Cli.Result r = cli.run(args.toArray(String[]::new));
                r.assertExit((Integer) c[0]);
                assertEquals(1, r.err().strip().lines().count(), "one line" + r.describe());
                assertEquals("", r.out(), r.describe());
                assertFalse(r.err().contains("Exception"), r.describe());
                assertArrayEquals(before, Files.readAllBytes(cli.logbook()), "unchanged" + r.describe());
            }
        }
    }

    @Test
    void correctionsPrintTheIncidentAsJsonForScripts() throws Exception {
        JsonNode amended = json("amend", id, "--title", "Groepsapp 2B (klas 2)", "--reason", "Klas erbij", "--json");
        assertEquals(1, amended.get("format").asInt());
        assertEquals("Groepsapp 2B (klas 2)", amended.at("/incident/title").asText());
        cli.ok("annotate", id, "--done", "1");
        assertEquals(0, json("retract", id, "--item", "1", "--reason", "mis", "--json").at("/incident/items_done").size());
        cli.ok("close", id, "--force", "--reason", "Afgesproken in het team", "--outcome", "x");
        assertEquals("open", json("reopen", id, "--reason", "y", "--json").at("/incident/status").asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> names(JsonNode incident) {
        List<String> out = new ArrayList<>();
        incident.get("persons").forEach(p -> out.add(p.get("name").asText()));
        return out;
    }

    @Test
    void aReportCountsAReopenedIncidentAsOpenOnlyFromItsReopening() throws Exception {
        cli.clock(java.time.Clock.fixed(java.time.Instant.parse("2026-10-05T09:00:00Z"), Cli.AMSTERDAM));
        String october = cli.ok("new", "-q", "-c", "hacken", "-t", "Account overgenomen");
        cli.ok("close", october, "--force", "--reason", "Afgesproken in het team", "--outcome", "Wachtwoord hersteld");
        cli.clock(java.time.Clock.fixed(java.time.Instant.parse("2026-11-10T09:00:00Z"), Cli.AMSTERDAM));
        cli.ok("reopen", october, "--reason", "Weer overgenomen");
        cli.clock(java.time.Clock.fixed(Cli.NOW, Cli.AMSTERDAM));
        JsonNode octoberReport = json("report", "--month", "2026-10", "--json");
        JsonNode novemberReport = json("report", "--month", "2026-11", "--json");
        assertEquals(1, hacken(octoberReport).get("closed").asInt(), octoberReport.toString());
        assertEquals(0, hacken(octoberReport).get("open_at_end").asInt(), "closed at the end of October");
        assertEquals(1, hacken(novemberReport).get("open_at_end").asInt(), "open again at the end of November");
    }

    private static JsonNode hacken(JsonNode report) {
        for (JsonNode row : report.get("by_category")) {
            if (row.get("id").asText().equals("hacken")) {
                return row;
            }
        }
        throw new AssertionError("no hacken row: " + report);
    }
}
