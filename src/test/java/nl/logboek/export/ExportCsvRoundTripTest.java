package nl.logboek.export;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV read back with Commons CSV gives every field as `list --json` and `show --json` give it. */
class ExportCsvRoundTripTest {
    static final List<String> INCIDENT_COLUMNS = List.of("id", "reported_at", "reported_by", "title", "category",
            "protocol", "status", "level", "platform", "occurred", "severity", "source", "persons", "person_count",
            "description", "steps_done", "items_done", "closed_at", "outcome", "last_activity_at", "events");
    /** The same columns as `export --excel --lang en` names them. */
    static final List<String> EXCEL_COLUMNS_EN = List.of("Id", "Reported at", "Reported by", "Title", "Category",
            "Protocol", "Status", "Level", "Platform", "Occurred", "Severity", "Source", "People involved", "Number of people",
            "Description", "Steps done", "Items done", "Closed at", "Outcome", "Last activity", "Events");
    /** And as `export --excel --lang nl` names them. */
    static final List<String> EXCEL_COLUMNS_NL = List.of("Id", "Gemeld op", "Gemeld door", "Titel", "Categorie",
            "Protocol", "Status", "Niveau", "Platform", "Gebeurd", "Ernst", "Bron", "Betrokkenen", "Aantal betrokkenen",
            "Beschrijving", "Stappen afgerond", "Punten afgevinkt", "Gesloten op", "Uitkomst", "Laatste activiteit", "Gebeurtenissen");
    static final CSVFormat EXCEL = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    @TempDir
    Path home;
    NamedCases cases;

    @BeforeEach
    void setUp() {
        cases = new NamedCases(home);
    }

    /** Parses an export with its header line; checks the header is {@code columns}. */
    static List<CSVRecord> parse(String text, CSVFormat format, List<String> columns) throws IOException {
        try (CSVParser p = format.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            assertEquals(columns, p.getHeaderNames());
            return p.getRecords();
        }
    }

    private static List<CSVRecord> parse(String text, CSVFormat format) throws IOException {
        return parse(text, format, INCIDENT_COLUMNS);
    }

    private static String expected(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            List<String> each = new ArrayList<>();
            v.forEach(e -> each.add(e.asText()));
            return String.join("; ", each);
        }
        return v.asText();
    }

    private static String persons(JsonNode persons) {
        List<String> each = new ArrayList<>();
        for (JsonNode p : persons) {
            each.add(p.get("name").asText() + " (" + p.get("role").asText() + (p.get("kind").isNull() ? "" : ", " + p.get("kind").asText()) + ")");
        }
        return String.join("; ", each);
    }

    /** Every column of every row against the same incident in `list --json`; {@code unguard} undoes the Excel formula guard. */
    private void assertRowsMatchList(List<CSVRecord> rows, java.util.function.UnaryOperator<String> unguard) throws IOException {
        assertRowsMatchList(rows, unguard, false);
    }

    /** A time of `list --json` as `export --excel` shows it: local (the runner's Europe/Amsterdam), to the minute. */
    static String local(String iso) {
        if (iso.length() <= 10) {
            return iso;
        }
        return java.time.OffsetDateTime.parse(iso).atZoneSameInstant(Cli.AMSTERDAM)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    /** As above; with {@code excel} the columns have their English Excel names and times are local. */
    private void assertRowsMatchList(List<CSVRecord> rows, java.util.function.UnaryOperator<String> unguard, boolean excel) throws IOException {
        JsonNode listed = cases.json("list", "--json", "--status", "all").get("incidents");
        assertEquals(listed.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            JsonNode inc = listed.get(i);
            for (String column : INCIDENT_COLUMNS) {
                String want = switch (column) {
                    case "persons" -> persons(inc.get("persons"));
                    case "person_count" -> String.valueOf(inc.get("persons").size());
                    default -> expected(inc.get(column));
                };
                if (excel && !want.isEmpty() && List.of("reported_at", "closed_at", "last_activity_at", "occurred").contains(column)) {
                    want = local(want);
                }
                String name = excel ? EXCEL_COLUMNS_EN.get(INCIDENT_COLUMNS.indexOf(column)) : column;
                assertEquals(want, unguard.apply(row.get(name)), column + " of " + inc.get("id"));
            }
        }
    }

    @Test
    void rfc4180RoundTripsEveryFieldIncludingCommasQuotesLineBreaksAndNonAsciiNames() throws Exception {
        Cli.Result guarded = cases.cli.run("export").assertExit(0);
        assertRowsMatchList(parse(guarded.out(), CSVFormat.RFC4180), s -> s.startsWith("'") ? s.substring(1) : s);
        Cli.Result r = cases.cli.run("export", "--raw");
        r.assertExit(0);
        assertTrue(r.out().startsWith("id,reported_at,reported_by,title,"), r.out());
        assertTrue(r.out().contains("\r\n"), "RFC 4180 ends records with CRLF");
        List<CSVRecord> rows = parse(r.out(), CSVFormat.RFC4180);
        assertRowsMatchList(rows, s -> s);

        CSVRecord first = rows.get(0);
        assertEquals(NamedCases.TITLE_A, first.get("title"));
        assertEquals(NamedCases.DESCRIPTION_A, first.get("description"));
        assertEquals("Sam de Vries (slachtoffer, leerling); Alex Özdemir (dader, leerling); Noor El Amrani (getuige); "
                + "mevr. Bakker (melder, medewerker)", first.get("persons"));
        assertEquals("4", first.get("person_count"));
        assertEquals("Marieke Jansen", first.get("reported_by"));
        assertEquals("3", first.get("events"));
        CSVRecord closed = rows.get(1);
        assertEquals("gesloten", closed.get("status"));
        assertEquals("Mo en Sam zijn veilig;\ndossier terug naar school", closed.get("outcome"));
    }

    @Test
    void excelDialectHasBomSemicolonsAndReadsBackWithOneApostropheBeforeFormulaCharacters() throws Exception {
        Cli.Result r = cases.cli.run("export", "--excel", "-o", home.resolve("excel.csv").toString());
        r.assertExit(0);
        byte[] bytes = Files.readAllBytes(home.resolve("excel.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3), "UTF-8 byte-order mark");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.startsWith(String.join(";", EXCEL_COLUMNS_EN) + "\r\n"), text);
        List<CSVRecord> rows = parse(text, EXCEL, EXCEL_COLUMNS_EN);
        assertRowsMatchList(rows, s -> s.startsWith("'") ? s.substring(1) : s, true);
        assertTrue(text.contains("Alex Özdemir") && text.contains("Zoë Çelik"), "non-ASCII names as UTF-8");
    }

    @Test
    void everyCsvGuardsCellsASpreadsheetWouldRunAsFormulasAndRawKeepsThemExact() throws Exception {
        String id = cases.cli.ok("new", "-q", "-c", "hacken", "-t", "=HYPERLINK(\"http://example.org\",\"klik\")",
                "-p", "@instagram", "-d", "'al geciteerd");
        Cli.Result excel = cases.cli.run("export", id, "--excel").assertExit(0);
        CSVRecord x = parse(excel.out().substring(1), EXCEL, EXCEL_COLUMNS_EN).get(0);
        assertEquals("'=HYPERLINK(\"http://example.org\",\"klik\")", x.get("Title"));
        assertEquals("'@instagram", x.get("Platform"));
        assertEquals("''al geciteerd", x.get("Description"));
        assertEquals("hacken", x.get("Category"));

        String cmd = cases.cli.ok("new", "-q", "-c", "hacken", "-t", "=1+1", "-p", "+cmd|' /C calc'!A0", "-d", "-2+3");
        CSVRecord guarded = parse(cases.cli.run("export", cmd).assertExit(0).out(), CSVFormat.RFC4180).get(0);
        assertEquals("'=1+1", guarded.get("title"), "the default CSV guards formulas too (issue 16, attack 9)");
        assertEquals("'+cmd|' /C calc'!A0", guarded.get("platform"));
        assertEquals("'-2+3", guarded.get("description"));

        CSVRecord plain = parse(cases.cli.run("export", id, "--raw").assertExit(0).out(), CSVFormat.RFC4180).get(0);
        assertEquals("=HYPERLINK(\"http://example.org\",\"klik\")", plain.get("title"));
        assertEquals("@instagram", plain.get("platform"));
        assertEquals("'al geciteerd", plain.get("description"));
    }

    @Test
    void eventsRoundTripWithThePayloadAsCompactJson() throws Exception {
        Cli.Result r = cases.cli.run("export", "--events", cases.bullying, cases.loverboy);
        r.assertExit(0);
        List<CSVRecord> rows = parse(r.out(), CSVFormat.RFC4180, List.of("seq", "time", "incident", "type", "author", "payload"));
        List<JsonNode> timeline = new ArrayList<>();
        cases.json("show", cases.bullying, "--json").get("timeline").forEach(timeline::add);
        cases.json("show", cases.loverboy, "--json").get("timeline").forEach(timeline::add);
        timeline.sort(java.util.Comparator.comparingLong(e -> e.get("seq").asLong()));
        assertEquals(timeline.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            JsonNode e = timeline.get(i);
            assertEquals(e.get("seq").asText(), row.get("seq"));
            assertEquals(e.get("time").asText(), row.get("time"));
            assertEquals(e.get("type").asText(), row.get("type"));
            assertEquals(e.get("author").asText(), row.get("author"));
            assertEquals(e.get("payload"), Json.MAPPER.readTree(row.get("payload")), "payload of seq " + row.get("seq"));
            assertFalse(row.get("payload").contains("\n"), "compact JSON");
        }
        assertTrue(rows.stream().allMatch(row -> row.get("incident").equals(cases.bullying) || row.get("incident").equals(cases.loverboy)));
    }
}
