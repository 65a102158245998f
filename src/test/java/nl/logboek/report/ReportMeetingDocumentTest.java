package nl.logboek.report;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.testutil.Cli;
import nl.logboek.logbook.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report as a document for a team meeting (issue 17): titles, labels, trend, protocols, bars, a quiet period. */
class ReportMeetingDocumentTest {
    @TempDir
    Path home;
    Cli cli;
    String ruzie;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
        ruzie = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Ruzie tussen Kees Jansen en Piet",
                "--person", "Piet:slachtoffer:leerling");
    }

    private JsonNode json(String... args) throws Exception {
        return Json.MAPPER.readTree(cli.ok(args));
    }

    @Test
    void withDetailATitleShowsOnlyWordsOfTheVocabularyAndSaysSo() throws Exception {
        JsonNode open = json("--lang", "en", "report", "--month", "2026-11", "--detail", "--json").at("/open_incidents/0");
        assertEquals("Ruzie tussen \u2026 en Persoon 1", open.get("title").asText(), open.toString());
        assertEquals("masked", open.get("title_shown").asText());
        for (String format : List.of("text", "markdown", "html", "json")) {
            Cli.Result r = cli.run("--lang", "nl", "report", "--month", "2026-11", "--detail", "--format", format).assertExit(0);
            assertFalse(r.out().contains("Kees") || r.out().contains("Jansen") || r.out().contains("Piet"), format + ":\n" + r.out());
            assertEquals("", r.err(), format);
            if (!format.equals("json")) {
                assertTrue(r.out().contains("elk ander woord (zoals een naam) is vervangen door"), format + ":\n" + r.out());
            }
        }
    }

    @Test
    void aTitleOfWhichNoWordIsLeftIsShownAsItsCategory() throws Exception {
        cli.ok("new", "-q", "-c", "hacken", "-t", "Xyzzy Qwertyuiop");
        JsonNode report = json("--lang", "en", "report", "--month", "2026-11", "--detail", "--json");
        JsonNode hacked = report.at("/open_incidents/1");
        assertTrue(hacked.get("title").isNull(), hacked.toString());
        assertEquals("none", hacked.get("title_shown").asText());
        String text = cli.ok("--lang", "en", "report", "--month", "2026-11", "--detail");
        assertTrue(text.contains("Hacked account (title not shown)"), text);
        assertFalse(text.contains("Xyzzy"), text);
    }

    @Test
    void titlesAsTypedOnlyWithDetailAndTitlesAndThenWithAWarning() {
        Cli.Result r = cli.run("--lang", "en", "report", "--month", "2026-11", "--detail", "--titles").assertExit(0);
        assertTrue(r.out().contains("Ruzie tussen Kees Jansen en Persoon 1"), r.out());
        assertTrue(r.out().contains("titles as recorded"), r.out());
        assertTrue(r.err().contains("Note: with --titles the titles are shown as typed"), r.err());
        Cli.Result plain = cli.run("--lang", "en", "report", "--month", "2026-11").assertExit(0);
        assertFalse(plain.out().contains("Ruzie") || plain.out().contains(ruzie), plain.out());
        assertEquals("", plain.err());
    }

    @Test
    void theJsonReportCarriesALabelInTheChosenLanguageBesideEveryId() throws Exception {
        JsonNode nl = json("--lang", "nl", "report", "--month", "2026-11", "--json");
        JsonNode en = json("--lang", "en", "report", "--month", "2026-11", "--json");
        assertEquals("nl", nl.get("language").asText());
        assertEquals("Cyberpesten", nl.at("/by_category/0/label").asText());
        assertEquals("Cyberbullying", en.at("/by_category/0/label").asText());
        JsonNode open = en.at("/open_incidents/0");
        assertEquals("Cyberbullying", open.get("category_label").asText());
        assertEquals("Unwanted online behaviour by children", open.get("protocol_label").asText());
        assertEquals("Always respond", open.get("step_label").asText());
        assertEquals("Gereageerd op het voorval, en de betrokkenen duidelijk gemaakt dat online ongewenst gedrag niet wordt geaccepteerd.",
                nl.at("/open_legal_duties/0/item_label").asText());
        assertFalse(en.at("/open_legal_duties/0/item_label").asText().isBlank());
        assertEquals("(not given)", en.at("/by_platform/0/label").asText());
    }

    @Test
    void anIncidentCountsUnderEveryProtocolItFollows() throws Exception {
        cli.ok("amend", ruzie, "--add-protocol", "meldcode", "--reason", "Zorgen over thuissituatie");
        JsonNode report = json("report", "--month", "2026-11", "--json");
        assertEquals(1, report.at("/totals/reported").asInt());
        List<String> protocols = new java.util.ArrayList<>();
        report.get("by_protocol").forEach(p -> {
            if (p.get("reported").asInt() == 1) {
                protocols.add(p.get("id").asText());
            }
        });
        assertEquals(List.of("meldcode", "ongewenst-gedrag-leerlingen").stream().sorted().toList(), protocols.stream().sorted().toList());
        assertTrue(cli.ok("--lang", "en", "report", "--month", "2026-11").contains("An incident counts under every protocol it follows"));
    }

    @Test
    void theTrendHasTheTwelveMonthsUpToTheOneThePeriodEndsIn() throws Exception {
        JsonNode trend = json("--lang", "nl", "report", "--month", "2026-11", "--json").get("trend");
        assertEquals(12, trend.size());
        assertEquals("2025-12", trend.get(0).get("month").asText());
        assertEquals("2026-11", trend.get(11).get("month").asText());
        assertEquals("nov 2026", trend.get(11).get("label").asText());
        assertEquals(1, trend.get(11).get("reported").asInt());
        assertEquals(0, trend.get(11).get("closed").asInt());
        assertEquals(0, trend.get(10).get("reported").asInt());
        String html = cli.ok("--lang", "nl", "report", "--month", "2026-11", "--format", "html");
        assertTrue(html.contains("<h2>Gemeld en gesloten per maand</h2>") && html.contains("<svg class=\"trend\""), html);
        assertTrue(html.contains("<h2>In het kort</h2>"), html);
    }

    @Test
    void barsAreBlocksWhereTheLocaleIsUtf8AndHashesElsewhere() {
        String utf8 = cli.ok("--lang", "en", "report", "--month", "2026-11");
        assertTrue(utf8.contains("\u2588") && !utf8.contains("#"), utf8);
        cli.env("LANG", "C");
        String ascii = cli.ok("--lang", "en", "report", "--month", "2026-11");
        assertTrue(ascii.contains("  #") && !ascii.contains("\u2588") && !ascii.contains("\u2500"), ascii);
        assertTrue(ascii.contains("\nAt a glance\n-----------\n"), ascii);
        cli.env("LANG", null).env("LC_ALL", "nl_NL.UTF-8");
        assertEquals(utf8, cli.ok("--lang", "en", "report", "--month", "2026-11"));
    }

    @Test
    void aPeriodWithoutIncidentsGivesADocumentThatSaysSo() throws Exception {
        for (String format : List.of("text", "markdown", "html")) {
            String out = cli.ok("--lang", "nl", "report", "--month", "2026-09", "--format", format);
            assertTrue(out.contains("In deze periode is geen enkel incident gemeld, gesloten of open geweest."), format + ":\n" + out);
        }
        assertTrue(json("report", "--month", "2026-09", "--json").get("quiet").asBoolean());
        assertFalse(json("report", "--month", "2026-11", "--json").get("quiet").asBoolean());
    }

    @Test
    void theTimeZoneIsNamedAsPeopleNameItNotByItsId() {
        cli.clock(java.time.Clock.fixed(Cli.NOW, java.time.ZoneId.of("Etc/UTC")));
        String html = cli.ok("--lang", "en", "report", "--month", "2026-11", "--format", "html");
        assertTrue(html.contains("(Coordinated Universal Time).</p>"), html);
        assertFalse(html.contains("Etc/UTC"), html);
        assertTrue(cli.ok("--lang", "nl", "report", "--month", "2026-11").contains("(gecoördineerde wereldtijd)."));
        cli.clock(java.time.Clock.fixed(Cli.NOW, Cli.AMSTERDAM));
        assertTrue(cli.ok("--lang", "nl", "report", "--month", "2026-07").contains("(Midden-Europese tijd)."), "also in summer");
    }

    @Test
    void anExistingOutputFileIsKeptWithoutForceAndReplacedWithIt() throws Exception {
        Path file = home.resolve("rapport.html");
        Files.writeString(file, "eerder\n");
        Cli.Result refused = cli.run("report", "--month", "2026-11", "--format", "html", "-o", file.toString()).assertExit(2);
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertEquals("eerder\n", Files.readString(file));
        cli.run("report", "--month", "2026-11", "--format", "html", "-o", file.toString(), "--force").assertExit(0);
        assertTrue(Files.readString(file).startsWith("<!DOCTYPE html>"));
    }
}
