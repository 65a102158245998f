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
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `search`, `person` and the repeat signal: the coordinator's own views of the logbook. */
class SearchAndPersonTest {
    @TempDir
    Path home;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home).env("XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    private String record(String title, String... persons) {
        List<String> args = new java.util.ArrayList<>(List.of("new", "-q", "-c", "cyberpesten", "-t", title));
        for (String p : persons) {
            args.add("--person");
            args.add(p);
        }
        return cli.ok(args.toArray(String[]::new));
    }

    private byte[] bytes() throws Exception {
        return Files.readAllBytes(cli.logbook());
    }

    @Test
    void accentsCaseAndSpacesDoNotCountAndTheLineShowsWhereItWasFound() throws Exception {
        String a = record("Groepsapp 2B: Zoë buitengesloten", "Zoë Bakker:slachtoffer:leerling");
        String b = record("Bangalijst", "Sam:slachtoffer:leerling");
        cli.ok("annotate", b, "Gesprek met ZOE   en haar moeder");
        cli.ok("annotate", b, "Eigen indruk: zoe is stil", "--private");
        byte[] before = bytes();
        for (String query : new String[] {"zoe", "ZOË", "Zoë", "zoé"}) {
            Cli.Result r = cli.run("search", query);
            r.assertExit(0);
            List<String> lines = r.out().strip().lines().toList();
            assertEquals(4, lines.size(), r.describe());
            assertEquals(a + "  2026-11-21  title: Groepsapp 2B: Zoë buitengesloten", lines.get(0), r.describe());
            assertEquals(a + "  2026-11-21  involved: Zoë Bakker", lines.get(1));
            assertEquals(b + "  2026-11-21  note: Gesprek met ZOE   en haar moeder", lines.get(2));
            assertEquals(b + "  2026-11-21  personal note: Eigen indruk: zoe is stil", lines.get(3));
        }
        assertEquals(b + "  2026-11-21  note: Gesprek met ZOE   en haar moeder", cli.run("zoek", "zoe en").assertExit(0).out().strip(),
                "runs of spaces count as one; the Dutch alias works");
        cli.run("search", "zoe", "--status", "gesloten").assertExit(1);
        assertArrayEquals(before, bytes(), "search writes nothing");
    }

    @Test
    void theTextIsTakenLiterally() {
        String a = record("Regex .* in een titel");
        record("Iets anders");
        Cli.Result r = cli.run("search", ".*");
        r.assertExit(0);
        assertEquals(1, r.out().strip().lines().count(), r.describe());
        assertTrue(r.out().startsWith(a + "  "), r.describe());
        Cli.Result none = cli.run("search", "[a-z]+");
        none.assertExit(1);
        assertEquals("", none.out());
        assertEquals("Nothing found for \"[a-z]+\".", none.err().strip());
    }

    @Test
    void anEmptySearchIsAUsageErrorOfOneLine() throws Exception {
        record("Iets");
        byte[] before = bytes();
        for (String empty : new String[] {"", "   "}) {
            Cli.Result r = cli.run("search", empty);
            r.assertExit(2);
            assertEquals(1, r.err().strip().lines().count(), r.describe());
            assertTrue(r.err().contains("nothing to search for"), r.describe());
        }
        assertTrue(cli.run("--lang", "nl", "search", "").err().contains("niets om te zoeken"));
        assertArrayEquals(before, bytes());
    }

    @Test
    void jsonGivesEveryMatchWithItsFieldAndWhereInTheText() throws Exception {
        String id = record("Titel", "Noor:slachtoffer:leerling");
        cli.ok("annotate", id, "Eerste regel\nTweede regel met Café Noördam", "--posted-by", "noordam_account");
        JsonNode j = Json.MAPPER.readTree(cli.run("search", "noordam", "--json").assertExit(0).out());
        assertEquals(1, j.get("format").asInt());
        assertEquals("noordam", j.get("query").asText());
        JsonNode m = j.get("matches");
        assertEquals(2, m.size(), j.toString());
        assertEquals(id, m.at("/0/incident").asText());
        assertEquals("note", m.at("/0/field").asText());
        assertEquals("Tweede regel met Café Noördam", m.at("/0/text").asText(), "the matching line only");
        assertEquals("Tweede regel met Café ".length(), m.at("/0/start").asInt());
        assertEquals("Tweede regel met Café Noördam".length(), m.at("/0/end").asInt());
        assertEquals("2026-11-21T10:30:00+01:00", m.at("/0/time").asText());
        assertEquals("evidence", m.at("/1/field").asText());
        JsonNode none = Json.MAPPER.readTree(cli.run("search", "xyz", "--json").assertExit(1).out());
        assertEquals(0, none.get("matches").size());
    }

    @Test
    void controlCharactersFromTheLogbookNeverReachTheTerminal() {
        String id = record("Bericht \u001b[31mrood\u001b[0m en \u202Eomgekeerd\u0007 \u009b2J");
        Cli.Result r = cli.run("search", "rood");
        r.assertExit(0);
        for (char c : r.out().toCharArray()) {
            assertFalse(TerminalText.unsafe(c) && c != '\n', "printed control character U+" + Integer.toHexString(c) + r.describe());
        }
        assertTrue(r.out().contains(id + "  2026-11-21  title: Bericht \u241B[31mrood\u241B[0m en \\u202eomgekeerd\u2407 \\u009b2J"),
                r.describe());
    }

    @Test
    void aLongLineIsShortenedAroundTheMatch() {
        String note = "a".repeat(300) + " VONDST " + "b".repeat(300);
        String id = record("Titel");
        cli.ok("annotate", id, note);
        String line = cli.run("search", "vondst").assertExit(0).out().strip();
        String text = line.substring(line.indexOf("note: ") + "note: ".length());
        assertTrue(text.contains("VONDST") && text.startsWith("…") && text.endsWith("…"), line);
        assertTrue(text.length() <= FindingsText.WIDTH + 2, line);
    }

    @Test
    void anEncryptedLogbookIsSearchedWithItsKey() throws Exception {
        cli.ok("init", "--encrypt");
        String id = record("Chantage met beelden", "Jorinde Vermeulen:slachtoffer:leerling");
        cli.ok("annotate", id, "Moeder van Jorinde gebeld");
        assertFalse(new String(bytes(), java.nio.charset.StandardCharsets.UTF_8).contains("Jorinde"));
        Cli.Result r = cli.run("search", "jorinde");
        r.assertExit(0);
        assertEquals(2, r.out().strip().lines().count(), r.describe());
        assertTrue(r.out().contains("note: Moeder van Jorinde gebeld"), r.describe());
        assertTrue(cli.ok("person", "JORINDE vermeulen").contains(id));
    }

    @Test
    void personIsOnePersonsChronologyAfterCorrections() throws Exception {
        String first = record("Groepsapp 2B", "Sam de Vris:slachtoffer:leerling", "Alex:dader:leerling");
        cli.clock(Clock.offset(Clock.fixed(Cli.NOW, Cli.AMSTERDAM), Duration.ofDays(1)));
        String second = record("Bangalijst", "Sam de Vries:dader:leerling", "Noor:slachtoffer");
        cli.ok("amend", first, "--remove-person", "Sam de Vris", "--add-person", "Sam de Vries:slachtoffer:leerling",
                "--reason", "Naam verkeerd gespeld");
        byte[] before = bytes();
        Cli.Result r = cli.run("person", "  sam  DE vriës ");
        r.assertExit(0);
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(4, lines.size(), r.describe());
        assertTrue(lines.get(0).startsWith("REPORTED"), r.describe());
        assertTrue(lines.get(1).startsWith("2026-11-21  " + first + "  victim (pupil)"), r.describe());
        assertTrue(lines.get(1).endsWith("Groepsapp 2B"), r.describe());
        assertTrue(lines.get(2).startsWith("2026-11-22  " + second + "  perpetrator (pupil)"), r.describe());
        assertFalse(r.out().contains("Alex") || r.out().contains("Noor"), "no one else is named");

        JsonNode j = Json.MAPPER.readTree(cli.ok("persoon", "Sam de Vries", "--json"));
        assertEquals(1, j.get("format").asInt());
        assertEquals(List.of(first, second), List.of(j.at("/incidents/0/id").asText(), j.at("/incidents/1/id").asText()));
        assertEquals("slachtoffer", j.at("/incidents/0/as/0/role").asText());
        assertEquals("cyberpesten", j.at("/incidents/0/category").asText());
        assertEquals("open", j.at("/incidents/0/status").asText());

        // The name a correction removed is still in the record: found, and marked (issue 15).
        Cli.Result old = cli.run("person", "Sam de Vris");
        old.assertExit(0);
        assertTrue(old.out().contains(first + "  victim (pupil) (removed by a correction)"), old.describe());
        assertFalse(old.out().contains(second), old.describe());
        Cli.Result near = cli.run("person", "Sam de Vriez");
        near.assertExit(2);
        assertEquals("logboek person: no person \"Sam de Vriez\"; did you mean Sam de Vries?", near.err().strip(), near.describe());
        assertTrue(cli.run("--lang", "nl", "person", "Sam de Vriez").err().contains("bedoelde je Sam de Vries?"));
        Cli.Result nobody = cli.run("person", "Kim Jansen");
        nobody.assertExit(2);
        assertEquals(1, nobody.err().strip().lines().count(), nobody.describe());
        assertTrue(nobody.err().contains("no person \"Kim Jansen\""), nobody.describe());
        assertArrayEquals(before, bytes(), "person writes nothing");
    }

    @Test
    void theRepeatSignalComesAtTheThresholdNamingOnlyThatPerson() {
        cli.terminal(true); // the signal is for the coordinator at the terminal
        Cli.Result first = cli.run("new", "-q", "-c", "cyberpesten", "-t", "Een",
                "--person", "Sam de Vries:slachtoffer:leerling", "--person", "Alex:dader:leerling");
        first.assertExit(0);
        assertEquals("", first.err(), "one incident is below the threshold");
        cli.clock(Clock.offset(Clock.fixed(Cli.NOW, Cli.AMSTERDAM), Duration.ofDays(30)));
        Cli.Result second = cli.run("new", "-q", "-c", "cyberpesten", "-t", "Twee",
                "--person", "sam de vries:dader:leerling", "--person", "Noor:slachtoffer:leerling");
        second.assertExit(0);
        assertEquals("Note: sam de vries is involved in 2 incidents in the last 90 days; see 'logboek person \"sam de vries\"'.",
                second.err().strip(), second.describe());
        assertFalse(second.err().contains("Alex") || second.err().contains("Noor"));

        // Configurable: 3 in 90 days is not reached by two.
        cli.env("LOGBOEK_REPEAT_COUNT", "3");
        String third = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Drie", "--person", "Noor:getuige");
        Cli.Result amended = cli.run("amend", third, "--add-person", "Sam de Vries:slachtoffer", "--reason", "vergeten");
        amended.assertExit(0);
        assertTrue(amended.err().contains("Note: Sam de Vries is involved in 3 incidents in the last 90 days"), amended.describe());
        // Outside the period: the first incident no longer counts.
        cli.env("LOGBOEK_REPEAT_DAYS", "10");
        Cli.Result fewDays = cli.run("amend", third, "--add-person", "Alex:getuige", "--reason", "ook gezien");
        fewDays.assertExit(0);
        assertEquals("", fewDays.err(), fewDays.describe());
    }

    @Test
    void aScriptGetsNoRepeatSignalAndDoesNotPayForIt() {
        cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Een", "--person", "Sam de Vries:slachtoffer:leerling");
        Cli.Result second = cli.run("new", "-q", "-c", "cyberpesten", "-t", "Twee", "--person", "Sam de Vries:dader:leerling");
        second.assertExit(0);
        assertEquals("", second.err(), second.describe());
    }

    @Test
    void anInvalidRepeatSettingIsAUsageErrorAndNothingIsWritten() {
        cli.env("LOGBOEK_REPEAT_DAYS", "negentig");
        Cli.Result r = cli.run("new", "-q", "-c", "cyberpesten", "-t", "Een", "--person", "Sam:slachtoffer");
        r.assertExit(2);
        assertTrue(r.err().contains("LOGBOEK_REPEAT_DAYS=negentig"), r.describe());
        assertFalse(Files.exists(cli.logbook()));
    }

    @Test
    void theMatchIsHighlightedOnATerminalOnly() {
        nl.logboek.incident.IncidentSearch.Match m = new nl.logboek.incident.IncidentSearch.Match("k7m2abcd",
                java.time.OffsetDateTime.parse("2026-11-21T10:30:00+01:00"), nl.logboek.incident.IncidentSearch.Field.NOTE,
                "Gesprek met Zoe\u0308 gevoerd", 12, 16);
        java.io.StringWriter plain = new java.io.StringWriter();
        new FindingsText(nl.logboek.i18n.Messages.english(), Cli.AMSTERDAM, picocli.CommandLine.Help.Ansi.OFF,
                new java.io.PrintWriter(plain, true)).print(m);
        assertEquals("k7m2abcd  2026-11-21  note: Gesprek met Zoe\u0308 gevoerd", plain.toString().strip());
        java.io.StringWriter terminal = new java.io.StringWriter();
        new FindingsText(nl.logboek.i18n.Messages.english(), Cli.AMSTERDAM, picocli.CommandLine.Help.Ansi.ON,
                new java.io.PrintWriter(terminal, true)).print(m);
        assertEquals("k7m2abcd  2026-11-21  note: Gesprek met \u001b[1m\u001b[7mZoe\u0308\u001b[27m\u001b[21m\u001b[0m gevoerd",
                terminal.toString().strip(), "bold and reverse around the match, and only there");
    }

    @Test
    void aDecomposedAccentIsFoundAndPartOfTheMatch() {
        nl.logboek.incident.SearchText t = nl.logboek.incident.SearchText.of("Gesprek met Zoe\u0308  Bakker");
        assertEquals("gesprek met zoe bakker", t.folded());
        assertArrayEquals(new int[] {12, 16}, t.find("zoe"));
        assertArrayEquals(new int[] {12, 24}, t.find("zoe bakker"));
        assertEquals(null, t.find("zoë"), "the needle is folded by the caller, as IncidentSearch does");
        assertArrayEquals(new int[] {12, 16}, t.find(nl.logboek.incident.SearchText.normalise("ZOË")));
    }
}
