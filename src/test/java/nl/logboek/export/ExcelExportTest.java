package nl.logboek.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `export --excel` is for a person with a spreadsheet: column names in their language, times as
 * local date-times a Dutch spreadsheet reads as dates, ids that stay text. Without --excel the
 * CSV keeps its English header and ISO times for scripts (issue 17, item 5).
 */
class ExcelExportTest {
    private static final List<String> TIME_COLUMNS_NL = List.of("Gemeld op", "Gesloten op", "Laatste activiteit");

    @TempDir
    Path home;
    Cli cli;
    String open;
    String closed;

    @BeforeEach
    void setUp() {
        cli = new Cli(home); // 2026-11-21T09:30:00Z: 10:30 in Amsterdam
        open = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp 2B", "--occurred", "2026-11-18");
        closed = cli.ok("new", "-q", "-c", "hacken", "-t", "Account van Noor", "--occurred", "2026-11-20T21:14");
        cli.ok("close", closed, "--outcome", "Hersteld", "--force", "--reason", "Afgesproken");
    }

    private List<CSVRecord> excel(String text, List<String> columns) throws Exception {
        assertEquals(CsvExportWriter.BOM, text.charAt(0), "a byte-order mark");
        return ExportCsvRoundTripTest.parse(text.substring(1), ExportCsvRoundTripTest.EXCEL, columns);
    }

    @Test
    void inDutchTheColumnsHaveDutchNamesAndTimesAreLocalDateTimesASpreadsheetReadsAsDates() throws Exception {
        Path file = home.resolve("incidenten.csv");
        cli.run("--lang", "nl", "export", "--excel", "--status", "all", "-o", file.toString()).assertExit(0);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF" + String.join(";", ExportCsvRoundTripTest.EXCEL_COLUMNS_NL) + "\r\n"), text);
        List<CSVRecord> rows = excel(text, ExportCsvRoundTripTest.EXCEL_COLUMNS_NL);
        CSVRecord first = rows.get(0);
        CSVRecord second = rows.get(1);
        assertEquals(open, first.get("Id"));
        assertEquals("2026-11-21 10:30", first.get("Gemeld op"), "local time in the user's time zone, to the minute");
        assertEquals("2026-11-21 10:30", first.get("Laatste activiteit"));
        assertEquals("", first.get("Gesloten op"));
        assertEquals("2026-11-18", first.get("Gebeurd"), "a date stays a date");
        assertEquals("2026-11-20 21:14", second.get("Gebeurd"), "a date-time with offset becomes local");
        assertEquals("2026-11-21 10:30", second.get("Gesloten op"));
        assertEquals("team-mentor", first.get("Niveau"), "the first level, never empty");
        for (CSVRecord row : rows) {
            for (String column : TIME_COLUMNS_NL) {
                assertTrue(row.get(column).isEmpty() || row.get(column).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"),
                        column + ": " + row.get(column));
            }
        }
    }

    @Test
    void anEventExportForExcelShowsEachTimeLocallyAndThePayloadAsRecorded() throws Exception {
        String text = cli.ok("--lang", "nl", "export", "--excel", "--events", open);
        List<CSVRecord> rows = excel(text, List.of("Nummer", "Tijd", "Incident", "Soort gebeurtenis", "Vastgelegd door", "Inhoud (JSON)"));
        assertEquals("2026-11-21 10:30", rows.get(0).get("Tijd"));
        assertEquals("2026-11-18", Json.MAPPER.readTree(rows.get(0).get("Inhoud (JSON)")).get("occurred").asText());
    }

    @Test
    void withoutExcelTheCsvKeepsItsEnglishHeaderAndIsoTimesWhateverTheLanguage() throws Exception {
        String text = cli.ok("--lang", "nl", "export", "--status", "all");
        List<CSVRecord> rows = ExportCsvRoundTripTest.parse(text, CSVFormat.RFC4180, ExportCsvRoundTripTest.INCIDENT_COLUMNS);
        assertEquals("2026-11-21T10:30:00+01:00", rows.get(0).get("reported_at"));
        assertEquals("2026-11-20T21:14:00+01:00", rows.get(1).get("occurred"));
        assertEquals("2026-11-21T10:30:00+01:00", rows.get(1).get("closed_at"));
    }

    @Test
    void anOldIdThatLooksLikeANumberStaysTextInExcelAndExactElsewhere() throws Exception {
        List<String> fields = List.of("id", "incident", "reported_at");
        for (String id : List.of("01234567", "3e000012", "k7m2p9xa")) {
            ObjectNode record = Json.object().put("id", id).put("incident", id).put("reported_at", "2026-11-21T09:30:00Z");
            StringWriter excel = new StringWriter();
            CsvExportWriter writer = new CsvExportWriter(excel, fields, new ExportStyle(null, Cli.AMSTERDAM,
                    nl.logboek.i18n.Messages.english()), true);
            writer.write(record);
            writer.finish();
            CSVRecord row = excel(excel.toString(), List.of("Id", "Incident", "Reported at")).get(0);
            String shown = nl.logboek.logbook.IncidentIds.looksLikeNumber(id) ? "'" + id : id;
            assertEquals(shown, row.get("Id"), "kept text: " + id);
            assertEquals(shown, row.get("Incident"));
            assertEquals("2026-11-21 10:30", row.get("Reported at"));

            StringWriter plain = new StringWriter();
            CsvExportWriter rfc = new CsvExportWriter(plain, fields, false, true);
            rfc.write(record);
            rfc.finish();
            assertTrue(plain.toString().contains("\r\n" + id + "," + id + ",2026-11-21T09:30:00Z"), plain.toString());
        }
    }

    @Test
    void newIdsNeedNoApostrophe() throws Exception {
        String text = cli.ok("export", "--excel", "--status", "all");
        for (CSVRecord row : excel(text, ExportCsvRoundTripTest.EXCEL_COLUMNS_EN)) {
            assertFalse(row.get("Id").startsWith("'"), row.get("Id"));
        }
    }

    @Test
    void anExistingOutputFileIsRefusedWithoutForce() throws Exception {
        Path file = home.resolve("incidenten.csv");
        Files.writeString(file, "van eerder");
        Cli.Result r = cli.run("export", "--excel", "-o", file.toString());
        r.assertExit(2);
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        assertEquals("", r.out());
        assertEquals("van eerder", Files.readString(file));
        cli.run("export", "--excel", "-o", file.toString(), "--force").assertExit(0);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("\uFEFFId;Reported at;"));
    }
}
