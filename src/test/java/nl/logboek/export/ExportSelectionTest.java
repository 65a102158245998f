package nl.logboek.export;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ids and the filters shared with `list` select the same incidents in every export. */
class ExportSelectionTest {
    @TempDir
    Path home;
    Cli cli;
    String october;
    String november;
    String closed;
    String escalated;
    String scaledDown;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
        cli.clock(Clock.fixed(Instant.parse("2026-10-05T10:00:00Z"), Cli.AMSTERDAM));
        october = cli.ok("new", "-q", "-c", "hacken", "-t", "Oktober");
        cli.clock(Clock.fixed(Cli.NOW, Cli.AMSTERDAM));
        november = cli.ok("new", "-q", "-c", "sexting", "-t", "November");
        closed = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Gesloten");
        cli.ok("close", closed, "--force", "--reason", "Afgesproken in het team", "--outcome", "Opgelost");
        escalated = cli.ok("new", "-q", "-c", "loverboy", "-t", "Opgeschaald");
        cli.ok("escalate", escalated, "--reason", "meer-partners-nodig");
        scaledDown = cli.ok("new", "-q", "-c", "loverboy", "-t", "Terug naar school");
        cli.ok("escalate", scaledDown, "--reason", "meer-partners-nodig");
        cli.ok("escalate", scaledDown, "--down", "--reason", "doel-bereikt");
    }

    private List<String> exported(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("export", "--format", "json"));
        all.addAll(List.of(args));
        List<String> ids = new ArrayList<>();
        Json.MAPPER.readTree(cli.ok(all.toArray(String[]::new))).get("incidents").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private List<String> listed(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("list", "--json"));
        all.addAll(List.of(args));
        if (!all.contains("--status")) {
            all.addAll(List.of("--status", "all")); // list shows the incidents not closed by default, export all
        }
        List<String> ids = new ArrayList<>();
        Json.MAPPER.readTree(cli.ok(all.toArray(String[]::new))).get("incidents").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--status open", "--status gesloten", "--status closed,open", "--category sexting,hacken",
            "--status opgeschaald", "--status afgeschaald", "--status escalated,de-escalated",
            "--since 2026-11-01", "--until 2026-10-05", "--since 2026-10-06 --until 2026-11-21", "--status open --category hacken",
            "--status active", "--status all", "--status active,gesloten"})
    void filtersSelectWhatListSelects(String filter) throws Exception {
        String[] args = filter.isEmpty() ? new String[0] : filter.split(" ");
        assertEquals(listed(args), exported(args));
    }

    @Test
    void filtersSelectOnTheFinalStateAndKeepRecordingOrder() throws Exception {
        assertEquals(List.of(october, november, closed, escalated, scaledDown), exported());
        assertEquals(List.of(october, november), exported("--status", "open"));
        assertEquals(List.of(escalated), exported("--status", "opgeschaald"));
        assertEquals(List.of(scaledDown), exported("--status", "afgeschaald"));
        assertEquals(List.of(closed), exported("--status", "gesloten"));
        assertEquals(List.of(october), exported("--until", "2026-10-05"));
    }

    @Test
    void idsAndUniquePrefixesCombineWithTheFilters() throws Exception {
        assertEquals(List.of(october, closed), exported(closed, october.substring(0, 4).toUpperCase()));
        assertEquals(List.of(closed), exported("--status", "gesloten", closed, november));
        assertEquals(List.of(), exported("--status", "gesloten", october));
    }

    @Test
    void eventsOfTheSelectedIncidentsOnlyInLogbookOrder() throws Exception {
        JsonNode events = Json.MAPPER.readTree(cli.ok("export", "--events", "--format", "json", closed, october)).get("events");
        List<String> seen = new ArrayList<>();
        long seq = 0;
        for (JsonNode e : events) {
            seen.add(e.get("incident").asText() + ":" + e.get("type").asText());
            assertTrue(e.get("seq").asLong() > seq, "in logbook order");
            seq = e.get("seq").asLong();
        }
        assertEquals(List.of(october + ":created", closed + ":created", closed + ":closed"), seen);
    }

    @Test
    void anUnknownIdFailsAndAnAmbiguousPrefixIsAUsageError() throws Exception {
        Cli.Result unknown = cli.run("export", "zzzzzzzz");
        unknown.assertExit(1);
        assertTrue(unknown.err().contains("no incident with id \"zzzzzzzz\""), unknown.describe());
        assertEquals("", unknown.out());

        List<String> ids = new ArrayList<>(List.of(october, november, closed, escalated, scaledDown));
        String prefix = null;
        while (prefix == null) {
            String next = cli.ok("new", "-q", "-c", "hacken", "-t", "extra");
            for (String other : ids) {
                if (other.charAt(0) == next.charAt(0)) {
                    prefix = next.substring(0, 1);
                }
            }
            ids.add(next);
        }
        Cli.Result ambiguous = cli.run("export", prefix);
        ambiguous.assertExit(2);
        assertTrue(ambiguous.err().contains("type more characters"), ambiguous.describe());
        assertEquals("", ambiguous.out());
    }

    @Test
    void aMissingLogbookExportsNothingAndCreatesNothing() throws Exception {
        Cli empty = new Cli(home.resolve("leeg"));
        Cli.Result r = empty.run("export", "--format", "json").assertExit(0);
        assertEquals(0, Json.MAPPER.readTree(r.out()).get("incidents").size());
        assertEquals("", r.err(), "no names, no warning");
        assertEquals("id,reported_at,reported_by,title,category,protocol,status,level,platform,occurred,severity,source,"
                + "persons,person_count,description,steps_done,items_done,closed_at,outcome,last_activity_at,events\r\n",
                empty.run("export").out(), "CSV still has its header");
        assertTrue(!java.nio.file.Files.exists(empty.logbook().getParent()));
    }
}
