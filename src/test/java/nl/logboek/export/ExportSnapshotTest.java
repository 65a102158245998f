package nl.logboek.export;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.LogboekException;
import nl.logboek.incident.IncidentFilter;
import nl.logboek.logbook.Json;
import nl.logboek.logbook.Logbook;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The two passes of an export see one logbook: what is appended in between is not in it. */
class ExportSnapshotTest {
    @TempDir
    Path home;

    private static ExportRequest request(boolean events, Set<String> statuses) {
        return new ExportRequest(events ? ExportFormat.JSONL : ExportFormat.JSON, false, events,
                new IncidentFilter(statuses, Set.of(), null, null, Cli.AMSTERDAM), List.of(), false, false);
    }

    @Test
    void eventsAppendedBetweenThePassesAreLeftOut() throws Exception {
        Cli cli = new Cli(home);
        String id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Eerste");
        Logbook logbook = new Logbook(cli.logbook(), Clock.systemUTC());

        Export incidents = Export.prepare(logbook, request(false, Set.of("open")));
        Export events = Export.prepare(logbook, request(true, Set.of()));
        cli.ok("close", id, "--force", "--reason", "Afgesproken in het team", "--outcome", "Klaar");
        cli.ok("new", "-q", "-c", "hacken", "-t", "Later");

        StringWriter out = new StringWriter();
        ExportSummary summary = incidents.writeTo(out);
        JsonNode rows = Json.MAPPER.readTree(out.toString()).get("incidents");
        assertEquals(1, rows.size());
        assertEquals("open", rows.get(0).get("status").asText(), "as selected, not closed in between");
        assertEquals(1, rows.get(0).get("events").asInt());
        assertEquals(1, summary.incidents());

        StringWriter trail = new StringWriter();
        events.writeTo(trail);
        assertEquals(1, trail.toString().lines().count(), trail.toString());
    }

    @Test
    void aLogbookReplacedBetweenThePassesIsNotExportedHalf() throws Exception {
        Cli cli = new Cli(home);
        cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Eerste");
        Logbook logbook = new Logbook(cli.logbook(), Clock.systemUTC());
        Export export = Export.prepare(logbook, request(true, Set.of()));

        Files.delete(cli.logbook());
        cli.ok("new", "-q", "-c", "hacken", "-t", "Een ander logboek");
        LogboekException e = assertThrows(LogboekException.class, () -> export.writeTo(new StringWriter()));
        assertEquals("export.logbook-replaced", e.key());
    }
}
