package nl.logboek.report;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An answer decides which mandatory items apply (the meld- en aangifteplicht applies on a
 * suspicion): the report reads answers with and without detail alike, and counts an item with a
 * deadline that passed as overdue.
 */
class ReportAnswersTest {
    @TempDir
    Path home;

    @Test
    void anAnsweredSuspicionMakesTheDutyOpenAndOverdueWithAndWithoutDetail() throws Exception {
        Cli cli = new Cli(home);
        cli.clock(Clock.fixed(java.time.Instant.parse("2026-11-10T09:00:00Z"), Cli.AMSTERDAM));
        String id = cli.ok("new", "-q", "-c", "medewerker-gedrag", "-t", "Berichten van een docent");
        cli.ok("annotate", id, "--answer", "vermoeden-seksueel-contact=ja", "Vermoeden");
        cli.clock(Clock.fixed(Cli.NOW, Cli.AMSTERDAM));
        for (boolean detail : new boolean[] {false, true}) {
            JsonNode r = Json.MAPPER.readTree(detail ? cli.ok("report", "--month", "2026-11", "--json", "--detail")
                    : cli.ok("report", "--month", "2026-11", "--json"));
            java.util.List<String> items = new java.util.ArrayList<>();
            r.get("open_legal_duties").forEach(d -> items.add(d.get("item").asText()));
            assertEquals(true, items.contains("gemeld-bij-bestuur"), (detail ? "--detail: " : "") + items);
            assertEquals(1, r.at("/open_incidents/0/overdue_items").asInt(), (detail ? "--detail: " : "") + r.get("open_incidents"));
        }
        String html = cli.ok("--lang", "nl", "report", "--month", "2026-11", "--format", "html");
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("<th class=\"n\">verlopen punten</th>") && html.contains("<td class=\"n flag\">1</td>"), html);
        org.junit.jupiter.api.Assertions.assertTrue(cli.ok("--lang", "en", "report", "--month", "2026-11").contains("1 overdue item"));
    }
}
