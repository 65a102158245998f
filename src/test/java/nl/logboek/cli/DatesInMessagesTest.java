package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.testutil.Cli;
import nl.logboek.logbook.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One way to write a day in messages: dd-mm-jjjj (uu:mm) in Dutch, yyyy-mm-dd (hh:mm) in English, ISO in JSON. */
class DatesInMessagesTest {
    @TempDir
    Path home;

    @Test
    void dutchMessagesWriteDaysAsDayMonthYearAndJsonStaysIso() throws Exception {
        Cli cli = new Cli(home);
        String id = cli.ok("new", "-q", "-c", "hacken", "-t", "Account overgenomen", "--occurred", "2026-11-20 15:30");
        cli.ok("annotate", id, "--follow-up", "2026-11-24", "Nagesprek");
        cli.env("LOGBOEK_LANG", "nl");
        String show = cli.ok("show", id);
        assertTrue(show.contains("Gebeurd:       20-11-2026 15:30"), show);
        assertTrue(show.contains("Gemeld:        21-11-2026 10:30 door"), show);
        assertTrue(show.contains("  1. 24-11-2026  Nagesprek"), show);
        assertFalse(show.matches("(?s).*\\d{4}-\\d\\d-\\d\\d.*"), "no ISO day in Dutch: " + show);
        assertTrue(cli.run("close", id, "--outcome", "x").err().contains("open vervolgafspraken: 1 (24-11-2026, Nagesprek)"));
        cli.env("LOGBOEK_LANG", "en");
        assertTrue(cli.ok("show", id).contains("Occurred:      2026-11-20 15:30"), cli.ok("show", id));
        JsonNode json = Json.MAPPER.readTree(cli.ok("show", id, "--json")).get("incident");
        assertEquals("2026-11-20T15:30:00+01:00", json.get("occurred").asText());
    }

    @Test
    void aTimelineNamesTheItemsOfAnAddedProtocolByTheirText() {
        Cli cli = new Cli(home);
        String id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp");
        cli.ok("amend", id, "--add-protocol", "meldcode", "--reason", "Zorgen over thuis");
        cli.ok("annotate", id, "--done", "meldcode:1");
        String show = cli.ok("show", id);
        assertTrue(show.contains("      - Mapped the signals"), show);
        assertFalse(show.contains("- meldcode:"), show);
    }
}
