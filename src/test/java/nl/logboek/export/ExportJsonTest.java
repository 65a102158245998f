package nl.logboek.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON and JSON Lines carry the same records as `list --json` and `show --json`, in the documented shape. */
class ExportJsonTest {
    @TempDir
    Path home;
    NamedCases cases;

    @BeforeEach
    void setUp() {
        cases = new NamedCases(home);
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void incidentsAreListJsonIncidentsInTheDocumentedFieldOrder() throws Exception {
        JsonNode export = Json.MAPPER.readTree(cases.cli.ok("export", "--format", "json"));
        assertEquals(List.of("format", "redacted", "incidents"), fieldNames(export));
        assertEquals(1, export.get("format").asInt());
        assertEquals(false, export.get("redacted").asBoolean());
        JsonNode listed = cases.json("list", "--json", "--status", "all").get("incidents");
        JsonNode exported = export.get("incidents");
        assertEquals(listed.size(), exported.size());
        for (int i = 0; i < listed.size(); i++) {
            assertEquals(listed.get(i), exported.get(i), "same fields and values as list --json");
            assertEquals(ExportShapes.INCIDENT_FIELDS, fieldNames(exported.get(i)));
        }
    }

    @Test
    void jsonLinesHoldTheSameRecordsOnePerLine() throws Exception {
        JsonNode json = Json.MAPPER.readTree(cases.cli.ok("export", "--format", "json", "--events"));
        Cli.Result lines = cases.cli.run("export", "--format", "jsonl", "--events").assertExit(0);
        assertTrue(lines.out().endsWith("\n") && !lines.out().contains("\r"), lines.describe());
        List<String> each = lines.out().lines().toList();
        assertEquals(json.get("events").size(), each.size());
        for (int i = 0; i < each.size(); i++) {
            JsonNode e = Json.MAPPER.readTree(each.get(i));
            assertEquals(json.get("events").get(i), e);
            assertEquals(ExportShapes.EVENT_FIELDS, fieldNames(e));
        }
    }

    @Test
    void eventsAreTheTimelinesOfShowJson() throws Exception {
        JsonNode events = Json.MAPPER.readTree(cases.cli.ok("export", "--format", "json", "--events")).get("events");
        List<JsonNode> timeline = new ArrayList<>();
        for (String id : List.of(cases.bullying, cases.loverboy, cases.hacked, cases.sexting)) {
            cases.json("show", id, "--json").get("timeline").forEach(e -> {
                ObjectNode copy = ((ObjectNode) e).deepCopy();
                copy.remove("hash");
                copy.put("incident", id);
                timeline.add(copy);
            });
        }
        assertEquals(timeline.size(), events.size());
        for (JsonNode e : events) {
            assertTrue(timeline.contains(e), "an event as show --json has it: " + e);
        }
    }
}
