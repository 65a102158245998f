package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `list`: the incidents not closed by default, with step, level, idle days and next follow-up;
 * --status all, --overdue, --person, --sort. The fixed clock is Saturday 2026-11-21, 10:30 in Amsterdam.
 */
class ListTest {
    @TempDir
    Path home;
    Cli cli;
    String old;
    String zoe;
    String closed;
    String recent;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
        at("2026-11-01T09:00:00Z");
        old = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp 2B", "--person", "Sam de Vries:slachtoffer:leerling");
        cli.ok("annotate", old, "--follow-up", "2026-11-18", "Nagesprek met Sam");
        at("2026-11-10T09:00:00Z");
        zoe = cli.ok("new", "-q", "-c", "hacken", "-t", "Account van Zoë", "--person", "Zoë Jansen:slachtoffer:leerling");
        cli.ok("annotate", zoe, "--follow-up", "2026-11-28", "Wachtwoord controleren");
        closed = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Opgelost", "--person", "Zoë Jansen:getuige:leerling");
        cli.ok("close", closed, "--outcome", "Klaar", "--force", "--reason", "Afgesproken in het team");
        at("2026-11-20T09:00:00Z");
        recent = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Nepaccount");
        cli.ok("annotate", recent, "--follow-up", "2026-11-25", "Mentor spreken");
        at("2026-11-21T09:30:00Z");
    }

    private void at(String instant) {
        cli.clock(Clock.fixed(Instant.parse(instant), Cli.AMSTERDAM));
    }

    private List<String> ids(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("list", "--json"));
        all.addAll(List.of(args));
        List<String> ids = new ArrayList<>();
        Json.MAPPER.readTree(cli.ok(all.toArray(String[]::new))).get("incidents").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    @Test
    void theDefaultHidesClosedIncidentsAndStatusAllShowsThem() throws Exception {
        assertEquals(List.of(old, zoe, recent), ids());
        assertEquals(List.of(old, zoe, recent), ids("--status", "active"));
        assertEquals(List.of(old, zoe, closed, recent), ids("--status", "all"));
        assertEquals(List.of(closed), ids("--status", "gesloten"));
        assertFalse(cli.ok("list").contains(closed));
        assertTrue(cli.ok("list", "--status", "all").contains(closed));
    }

    @Test
    void eachLineHasStepLevelIdleDaysAndNextDue() {
        List<String> lines = cli.ok("list").lines().toList();
        assertTrue(lines.get(0).matches("ID +REPORTED +STATUS +STEP +LEVEL +IDLE +NEXT DUE +CATEGORY +TITLE"), lines.get(0));
        assertTrue(lines.get(1).matches(old + "  2026-11-01  open +1/7 +team-mentor +20 +2026-11-18 +cyberpesten +Groepsapp 2B"),
                lines.get(1));
        assertTrue(lines.get(3).matches(recent + "  2026-11-20  open +1/7 +team-mentor +1 +2026-11-25 +cyberpesten +Nepaccount"),
                lines.get(3));
        for (String line : lines) {
            assertTrue(line.length() <= 120, line);
        }
        String dutch = cli.ok("--lang", "nl", "list");
        assertTrue(dutch.lines().findFirst().orElseThrow().matches("NUMMER +GEMELD +STATUS +STAP +NIVEAU +STIL +VOLGENDE +CATEGORIE +TITEL"),
                dutch);
    }

    @Test
    void longTitlesAreCutToKeepTheLineWithin120Columns() {
        String id = cli.ok("new", "-q", "-c", "grensoverschrijdend-professional", "-t", "Meneer Yilmaz ".repeat(12).strip(),
                "--person", "Meneer Yilmaz:slachtoffer:medewerker");
        String line = cli.ok("list").lines().filter(l -> l.startsWith(id)).findFirst().orElseThrow();
        assertTrue(line.length() <= 120, line);
        assertTrue(line.endsWith("\u2026"), line);
    }

    @Test
    void overdueIsOnlyIncidentsWithAFollowUpWhoseDayHasPassed() throws Exception {
        assertEquals(List.of(old), ids("--overdue"));
        assertEquals(List.of(old), ids("--overdue", "--status", "all"));
        cli.ok("annotate", old, "--follow-up-done", "1");
        assertEquals(List.of(), ids("--overdue"));
        assertEquals("No incidents.", cli.ok("list", "--overdue"));
    }

    @Test
    void personComparesNamesWithoutCaseOrAccents() throws Exception {
        assertEquals(List.of(zoe), ids("--person", "zoe jansen"));
        assertEquals(List.of(zoe, closed), ids("--person", "ZOË  JANSEN", "--status", "all"));
        assertEquals(List.of(old), ids("--person", "Sam de Vries"));
        assertEquals(List.of(), ids("--person", "Niemand"));
    }

    @Test
    void sortOrdersByIdleDaysDueDayOrStatus() throws Exception {
        assertEquals(List.of(old, zoe, recent), ids("--sort", "reported"));
        assertEquals(List.of(old, zoe, recent), ids("--sort", "idle"));
        cli.ok("annotate", old, "Gesprek gevoerd");
        assertEquals(List.of(zoe, recent, old), ids("--sort", "idle"));
        assertEquals(List.of(old, recent, zoe), ids("--sort", "due"));
        assertEquals(List.of(old, zoe, recent, closed), ids("--sort", "status", "--status", "all"));
        List<String> text = cli.ok("list", "--sort", "idle").lines().skip(1).map(l -> l.substring(0, 8)).toList();
        assertEquals(List.of(zoe, recent, old), text.subList(0, 3));
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        for (String[] args : new String[][] {{"list", "--sort", "oldest"}, {"list", "--status", "actief,dicht"},
                {"list", "--person", " "}}) {
            Cli.Result r = cli.run(args);
            r.assertExit(2);
            assertEquals("", r.out(), r.describe());
            assertEquals(1, r.err().strip().lines().count(), r.describe());
        }
        assertTrue(cli.run("list", "--sort", "oldest").err().contains("reported, idle, due, status"));
    }

    @Test
    void listWritesNothing() throws Exception {
        byte[] before = java.nio.file.Files.readAllBytes(cli.logbook());
        cli.ok("list", "--overdue", "--sort", "due");
        JsonNode json = Json.MAPPER.readTree(cli.ok("list", "--json", "--sort", "idle"));
        assertEquals(3, json.get("incidents").size());
        assertEquals(new String(before, java.nio.charset.StandardCharsets.UTF_8),
                java.nio.file.Files.readString(cli.logbook()));
    }
}
