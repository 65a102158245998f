package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The questions asked on a terminal, answered by a scripted JLine terminal. */
class PromptTest {
    @TempDir
    Path home;

    record Run(int exit, String out, String err, String screen) {
    }

    private Run typed(String keys, String... args) {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("LOGBOEK_FILE", home.resolve("lb.jsonl").toString());
        env.put("LOGBOEK_AUTHOR", "tester");
        env.put("LANG", "en_GB.UTF-8");
        App app = new App(env, Clock.fixed(Cli.NOW, Cli.AMSTERDAM), true, () -> {
            try {
                // Not TerminalBuilder: where a pty is to be had it builds a PosixPtyTerminal, whose
                // output pump thread can still be copying when the command closes the terminal, and
                // then loses the end of the screen ("Error in output pump"). An external terminal
                // writes the screen as the command does.
                return new ExternalTerminal("test", "xterm",
                        new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineFactory.create(app, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString(), screen.toString(StandardCharsets.UTF_8));
    }

    @Test
    void newAsksForWhatIsMissingAndRecordsAfterConfirmation() throws Exception {
        String keys = "sextng\rsexting\rNaaktfoto gedeeld in klassengroep\rgisteren\r2026-11-20 15:30\rEen foto van een leerling\rgaat rond.\r\r"
                + "Lisa:slachtoffer:leerling\rSam\rSam:dader:leerling\r\rSnapchat\rhoog\ropenbaar\rja\r";
        Run r = typed(keys, "new");
        assertEquals(0, r.exit(), r.err() + r.screen());
        assertTrue(r.screen().contains("did you mean \"sexting\""), r.screen());
        assertTrue(r.screen().contains("-> sexting-loverboys"), r.screen());
        assertTrue(r.screen().contains("Describe what happened, never depict it"), r.screen());
        assertTrue(r.screen().contains("is not NAME:ROLE[:KIND]"), r.screen());
        assertTrue(r.screen().contains("When did it happen?"), r.screen());
        assertTrue(r.screen().contains("About to record"), r.screen());
        assertTrue(r.out().contains("recorded"), r.out());
        JsonNode list = Json.MAPPER.readTree(new Cli(home).env("LOGBOEK_FILE", home.resolve("lb.jsonl").toString()).ok("list", "--json"));
        String id = list.at("/incidents/0/id").asText();
        JsonNode inc = Json.MAPPER.readTree(new Cli(home).env("LOGBOEK_FILE", home.resolve("lb.jsonl").toString())
                .ok("show", id, "--json")).get("incident");
        assertEquals("sexting", inc.get("category").asText());
        assertTrue(inc.get("occurred").asText().startsWith("2026-11-20T15:30"), inc.toString());
        assertEquals("Naaktfoto gedeeld in klassengroep", inc.get("title").asText());
        assertEquals("Een foto van een leerling\ngaat rond.", inc.get("description").asText());
        assertEquals(2, inc.get("persons").size());
        assertEquals("Snapchat", inc.get("platform").asText());
        assertEquals("hoog", inc.get("severity").asText());
        assertEquals("openbaar", inc.get("source").asText());
    }

    @Test
    void answeringNoAtTheConfirmationLeavesTheLogbookUntouched() {
        Run r = typed("hacken\rAccount overgenomen\r\r\r\r\r\r\rnee\r", "new");
        assertEquals(1, r.exit(), r.screen());
        assertTrue(r.err().contains("cancelled"), r.err());
        assertFalse(Files.exists(home.resolve("lb.jsonl")));
    }

    @Test
    void ctrlCOrCtrlDAtAnyQuestionLeavesTheLogbookUntouched() {
        for (String keys : new String[] {"\u0003", "hacken\r\u0003", "hacken\rTitel\r\u0004", "hacken\rTitel\r\r\u0004"}) {
            Run r = typed(keys, "new");
            assertEquals(1, r.exit(), keys + r.screen() + r.err());
            assertTrue(r.err().contains("cancelled: nothing was recorded"), r.err());
            assertFalse(Files.exists(home.resolve("lb.jsonl")), "nothing written for " + keys);
        }
    }

    @Test
    void withoutATerminalNothingIsAskedAndTheMissingOptionIsNamed() {
        Cli.Result r = new Cli(home).run("new", "--title", "x");
        r.assertExit(2);
        assertTrue(r.err().contains("missing --category"), r.describe());
    }

    @Test
    void annotateAsksForTheNoteOnATerminal() throws Exception {
        Cli cli = new Cli(home).env("LOGBOEK_FILE", home.resolve("lb.jsonl").toString());
        String id = cli.ok("new", "-q", "-c", "hacken", "-t", "Account");
        Run r = typed("Ouders gebeld.\rZij doen aangifte.\r\r", "annotate", id);
        assertEquals(0, r.exit(), r.err() + r.screen());
        JsonNode t = Json.MAPPER.readTree(cli.ok("show", id, "--json")).get("timeline");
        assertEquals("Ouders gebeld.\nZij doen aangifte.", t.get(1).at("/payload/text").asText());
    }

    @Test
    void closeOnATerminalNamesOpenFollowUpsAndAsks() throws Exception {
        Cli cli = new Cli(home).env("LOGBOEK_FILE", home.resolve("lb.jsonl").toString());
        String id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp 2B");
        cli.ok("annotate", id, "--done", "gereageerd-op-voorval");
        cli.ok("annotate", id, "--follow-up", "+3d", "Nagesprek met Sam");
        byte[] before = Files.readAllBytes(home.resolve("lb.jsonl"));
        Run no = typed("nee\r", "close", id, "--outcome", "Rust in de klas");
        assertEquals(1, no.exit(), no.err() + no.screen());
        assertTrue(no.screen().contains("1. 2026-11-24  Nagesprek met Sam"), no.screen());
        assertTrue(no.err().contains("cancelled"), no.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(home.resolve("lb.jsonl"))), "nothing written");
        Run yes = typed("ja\r", "close", id, "--outcome", "Rust in de klas");
        assertEquals(0, yes.exit(), yes.err() + yes.screen());
        assertTrue(yes.screen().contains("Close it anyway?"), yes.screen());
        assertTrue(yes.err().contains("closed with follow-ups open: 1 (2026-11-24, Nagesprek met Sam)"), yes.err());
        JsonNode show = Json.MAPPER.readTree(cli.ok("show", id, "--json"));
        assertEquals("gesloten", show.at("/incident/status").asText());
        assertFalse(show.at("/follow_ups/0/done").asBoolean());
    }

    @Test
    void closeForceWithoutReasonOnATerminalNamesTheOpenItemsAndAsksWhy() throws Exception {
        Cli cli = new Cli(home).env("LOGBOEK_FILE", home.resolve("lb.jsonl").toString());
        String id = cli.ok("new", "-q", "-c", "sexting", "-t", "Naaktfoto gedeeld", "--person", "Lisa:slachtoffer:leerling");
        byte[] before = Files.readAllBytes(home.resolve("lb.jsonl"));
        Run cancelled = typed("\u0004", "close", id, "--outcome", "Ouders doen zelf aangifte", "--force");
        assertEquals(1, cancelled.exit(), cancelled.err() + cancelled.screen());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(home.resolve("lb.jsonl"))), "nothing written");

        Run r = typed("\rOuders melden het zelf bij de politie\r", "close", id, "--outcome", "Ouders doen zelf aangifte", "--force");
        assertEquals(0, r.exit(), r.err() + r.screen());
        assertTrue(r.err().contains("has a mandatory item open:\n  - Contacted the police: always with sexting"), r.err());
        assertTrue(r.screen().contains("Why do you close it anyway?"), r.screen());
        assertTrue(r.screen().contains("An answer is needed here"), "an empty reason is asked again: " + r.screen());
        JsonNode t = Json.MAPPER.readTree(cli.ok("show", id, "--json")).get("timeline");
        assertEquals("Ouders melden het zelf bij de politie", t.get(t.size() - 1).at("/payload/reason").asText());
    }

    @Test
    void amendWithoutFieldsAsksFieldByFieldShowsTheCorrectionAndRecordsAfterConfirmation() throws Exception {
        Cli cli = new Cli(home).env("LOGBOEK_FILE", home.resolve("lb.jsonl").toString()).env("LOGBOEK_AUTHOR", "tester");
        String id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp 2B", "-p", "WhatsApp",
                "--person", "Sam de Vris:slachtoffer:leerling", "--person", "Alex:dader:leerling");
        // title: keep; category: sexting; severity: keep; platform: clear; occurred, description, protocol: keep;
        // Sam de Vris: no; Alex: keep; one person added; reason; confirm.
        String keys = "\rsexting\r\r-\r\r\r\rnee\r\rSam de Vries:slachtoffer:leerling\r\rNaam verkeerd gespeld\rja\r";
        Run r = typed(keys, "amend", id);
        assertEquals(0, r.exit(), r.err() + r.screen());
        assertTrue(r.screen().contains("About to record this correction"), r.screen());
        assertTrue(r.screen().contains("Category: cyberpesten -> sexting"), r.screen());
        assertTrue(r.screen().contains("Platform: WhatsApp -> (empty)"), r.screen());
        assertTrue(r.screen().contains("involved removed: Sam de Vris"), r.screen());
        JsonNode inc = Json.MAPPER.readTree(cli.ok("show", id, "--json")).get("incident");
        assertEquals("sexting", inc.get("category").asText());
        assertTrue(inc.get("platform").isNull());
        assertEquals("Groepsapp 2B", inc.get("title").asText());
        assertEquals("Alex", inc.at("/persons/0/name").asText());
        assertEquals("Sam de Vries", inc.at("/persons/1/name").asText());
        assertEquals(2, inc.get("persons").size());
    }

    @Test
    void amendAskedOnATerminalAndNotConfirmedRecordsNothing() throws Exception {
        Cli cli = new Cli(home).env("LOGBOEK_FILE", home.resolve("lb.jsonl").toString());
        String id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp 2B");
        byte[] before = Files.readAllBytes(home.resolve("lb.jsonl"));
        Run r = typed("Andere titel\r\r\r\r\r\r\r\rTypfout\rnee\r", "amend", id);
        assertEquals(1, r.exit(), r.err() + r.screen());
        assertTrue(r.err().contains("cancelled"), r.err());
        assertEquals(new String(before, java.nio.charset.StandardCharsets.UTF_8),
                new String(Files.readAllBytes(home.resolve("lb.jsonl")), java.nio.charset.StandardCharsets.UTF_8));
    }
}
