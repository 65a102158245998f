package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Follow-ups: set with annotate --follow-up WHEN TEXT, done with --follow-up-done N, shown by show
 * and next, named by close. The fixed clock is Saturday 2026-11-21, 10:30 in Amsterdam.
 */
class FollowUpTest {
    @TempDir
    Path home;
    Cli cli;
    String id;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
        id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp 2B", "--person", "Sam:slachtoffer:leerling");
    }

    private JsonNode show() throws Exception {
        return Json.MAPPER.readTree(cli.ok("show", id, "--json"));
    }

    private String due(String when) throws Exception {
        cli.ok("annotate", id, "--follow-up", when, "Nagesprek met Sam");
        JsonNode f = show().get("follow_ups");
        return f.get(f.size() - 1).get("due").asText();
    }

    @Test
    void whenIsResolvedAgainstTodayInTheUsersZone() throws Exception {
        assertEquals("2026-11-24", due("+3d"));
        assertEquals("2026-12-05", due("+2w"));
        assertEquals("2026-11-23", due("maandag"));
        assertEquals("2026-11-23", due("Monday"));
        assertEquals("2026-11-28", due("zaterdag"), "the next such day after today, not today");
        assertEquals("2026-11-21", due("2026-11-21"), "today is not in the past");
        assertEquals("2026-11-21", due("+0d"));
        // 23:30 UTC on the 21st is already the 22nd in Amsterdam.
        cli.clock(Clock.fixed(Instant.parse("2026-11-21T23:30:00Z"), Cli.AMSTERDAM));
        assertEquals("2026-11-23", due("+1d"));
    }

    @Test
    void setShowDoneAndTheNumbersStay() throws Exception {
        Cli.Result set = cli.run("annotate", id, "--follow-up", "+3d", "Nagesprek", "met", "Sam");
        set.assertExit(0);
        assertTrue(set.out().contains("Follow-up 1 set for incident " + id + ", due 2026-11-24."), set.describe());
        cli.ok("annotate", id, "--follow-up", "2026-11-21", "Ouders bellen");

        JsonNode f = show().get("follow_ups");
        assertEquals(2, f.size());
        assertEquals(1, f.get(0).get("number").asInt());
        assertEquals("2026-11-24", f.get(0).get("due").asText());
        assertEquals("Nagesprek met Sam", f.get(0).get("text").asText());
        assertFalse(f.get(0).get("done").asBoolean());
        assertFalse(f.get(1).get("overdue").asBoolean(), "due today is not overdue");
        assertEquals("follow-up", show().at("/timeline/1/type").asText());
        assertEquals("2026-11-24", show().at("/timeline/1/payload/due").asText());

        String text = cli.ok("show", id);
        assertTrue(text.contains("Follow-ups\n  1. 2026-11-24  Nagesprek met Sam\n  2. 2026-11-21  Ouders bellen"), text);
        assertTrue(text.contains("Follow-up set"), text);
        assertTrue(text.contains("follow-up 1, due 2026-11-24:"), text);
        assertTrue(cli.ok("next", id).contains("1. 2026-11-24  Nagesprek met Sam"));

        cli.ok("annotate", id, "--follow-up-done", "1", "Gesprek gevoerd");
        f = show().get("follow_ups");
        assertTrue(f.get(0).get("done").asBoolean());
        assertEquals(2, f.get(1).get("number").asInt(), "numbers stay as set");
        JsonNode done = show().at("/timeline/3");
        assertEquals("follow-up-done", done.get("type").asText());
        assertEquals("Gesprek gevoerd", done.at("/payload/note").asText());
        assertEquals(show().at("/timeline/1/hash").asText(), done.at("/payload/follow_up/hash").asText());
        text = cli.ok("show", id);
        assertFalse(text.contains("1. 2026-11-24  Nagesprek met Sam"), "a done follow-up is not in the open block");
        assertTrue(text.contains("follow-up 1 done"), text);

        // Two days later the second is overdue.
        cli.clock(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), Cli.AMSTERDAM));
        assertTrue(show().at("/follow_ups/1/overdue").asBoolean());
        assertTrue(cli.ok("show", id).contains("2. 2026-11-21  (overdue)  Ouders bellen"));

        cli.env("LANG", "nl_NL.UTF-8");
        String nl = cli.ok("show", id);
        assertTrue(nl.contains("Vervolgafspraken\n  2. 21-11-2026  (te laat)  Ouders bellen"), nl);
    }

    private void refused(String expected, String... args) throws Exception {
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result r = cli.run(args);
        r.assertExit(2);
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        assertTrue(r.err().contains(expected), r.describe());
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()), "nothing written: " + r.describe());
    }

    @Test
    void badInputIsRefusedInOneLineAndNothingIsWritten() throws Exception {
        refused("\"2026-11-20\" lies in the past (today is 2026-11-21)", "annotate", id, "--follow-up", "2026-11-20", "Te laat");
        refused("\"2026-02-30\" is not a day of the calendar", "annotate", id, "--follow-up", "2026-02-30", "Nagesprek");
        refused("is not a day: use yyyy-mm-dd", "annotate", id, "--follow-up", "volgende week", "Nagesprek");
        refused("needs a TEXT", "annotate", id, "--follow-up", "+3d");
        refused("cannot be combined", "annotate", id, "--follow-up", "+3d", "--done", "1", "Nagesprek");
        refused("has no follow-ups", "annotate", id, "--follow-up-done", "1");
        cli.ok("annotate", id, "--follow-up", "+3d", "Nagesprek met Sam");
        refused("it has only follow-up 1", "annotate", id, "--follow-up-done", "2");
        refused("it has only follow-up 1", "annotate", id, "--follow-up-done", "0");
        cli.ok("annotate", id, "--follow-up-done", "1");
        refused("follow-up 1 of incident " + id + " is already done", "annotate", id, "--follow-up-done", "1");
    }

    @Test
    void closeInAScriptRefusesWhileFollowUpsAreOpenAndForceClosesLeavingThemOpen() throws Exception {
        cli.ok("annotate", id, "--done", "gereageerd-op-voorval"); // the mandatory item: only follow-ups block
        cli.ok("annotate", id, "--follow-up", "+3d", "Nagesprek met Sam");
        cli.ok("annotate", id, "--follow-up", "maandag", "Ouders bellen");
        cli.ok("annotate", id, "--follow-up-done", "2");
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result r = cli.run("close", id, "--outcome", "Rust in de klas");
        r.assertExit(1);
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        assertTrue(r.err().contains("open follow-ups: 1 (2026-11-24, Nagesprek met Sam)"), r.describe());
        assertFalse(r.err().contains("Ouders bellen"), "a done follow-up is not named");
        assertTrue(r.err().contains("--force"), r.describe());
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()), "nothing written");

        Cli.Result forced = cli.run("close", id, "--outcome", "Rust in de klas", "--force", "--reason", "Afgesproken in het team");
        forced.assertExit(0);
        assertTrue(forced.err().contains("closed with follow-ups open: 1 (2026-11-24, Nagesprek met Sam)"), forced.describe());
        JsonNode s = show();
        assertEquals("gesloten", s.at("/incident/status").asText());
        assertFalse(s.at("/follow_ups/0/done").asBoolean(), "it stays open");
        assertFalse(s.at("/timeline/5/payload/forced").asBoolean(), "the closed line is as before: no mandatory items were open");

        // Marking it done after the close is allowed; setting a new one is not.
        cli.ok("annotate", id, "--follow-up-done", "1", "Alsnog gevoerd");
        assertTrue(show().at("/follow_ups/0/done").asBoolean());
        cli.run("annotate", id, "--follow-up", "+3d", "Nog een").assertExit(1);
    }

    @Test
    void closeWithoutFollowUpsIsAsBefore() {
        cli.ok("annotate", id, "--done", "gereageerd-op-voorval");
        cli.ok("annotate", id, "--follow-up", "+3d", "Nagesprek met Sam");
        cli.ok("annotate", id, "--follow-up-done", "1");
        Cli.Result r = cli.run("close", id, "--outcome", "Rust in de klas");
        r.assertExit(0);
        assertEquals("", r.err(), r.describe());
    }

    @Test
    void aRedactedExportShowsTheDayButNotTheText() {
        cli.ok("annotate", id, "--follow-up", "+3d", "Nagesprek met Sam");
        cli.ok("annotate", id, "--follow-up-done", "1", "Sam gaat het beter");
        String export = cli.ok("export", "--events", "--redact", "-f", "jsonl");
        assertTrue(export.contains("\"type\":\"follow-up\""), export);
        assertTrue(export.contains("\"due\":\"2026-11-24\""), export);
        assertTrue(export.contains("\"type\":\"follow-up-done\""), export);
        assertFalse(export.contains("Sam"), export);
    }

    @Test
    void listJsonIsUnchanged() throws Exception {
        cli.ok("annotate", id, "--follow-up", "+3d", "Nagesprek met Sam");
        JsonNode incident = Json.MAPPER.readTree(cli.ok("list", "--json")).at("/incidents/0");
        assertFalse(incident.has("follow_ups"));
    }
}
