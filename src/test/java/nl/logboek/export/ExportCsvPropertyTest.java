package nl.logboek.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.logboek.logbook.Json;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whatever the text, CSV written by the export reads back the same with Commons CSV, in both dialects. */
class ExportCsvPropertyTest {
    private static final List<String> FIELDS = List.of("seq", "incident", "author", "payload");

    @Provide
    Arbitrary<String> text() {
        // Letters, digits, everything CSV and Excel treat specially, non-ASCII, and any BMP character.
        return Arbitraries.strings()
                .withChars(",;\"'\r\n\t =+-@#")
                .withCharRange('a', 'z')
                .withChars("ëöÖéçßø€中😀")
                .withCharRange('\u0000', '\uD7FF')
                .ofMaxLength(30);
    }

    @Property(tries = 300)
    void anyTextRoundTrips(@ForAll("text") String author, @ForAll("text") String note) throws Exception {
        for (boolean excel : new boolean[] {false, true}) {
          for (boolean guarded : new boolean[] {false, true}) {
            ObjectNode record = Json.object();
            record.put("seq", 7);
            record.put("incident", (String) null);
            record.put("author", author);
            record.putObject("payload").put("text", note);
            StringWriter out = new StringWriter();
            CsvExportWriter writer = new CsvExportWriter(out, FIELDS, excel, guarded);
            writer.write(record);
            writer.finish();

            String written = out.toString();
            CSVFormat format = CSVFormat.RFC4180;
            if (excel) {
                assertEquals(CsvExportWriter.BOM, written.charAt(0));
                written = written.substring(1);
                format = CSVFormat.EXCEL.builder().setDelimiter(';').get();
            }
            // The Excel dialect names the columns in the user's language (here English).
            List<String> names = excel ? List.of("Number", "Incident", "Recorded by", "Content (JSON)") : FIELDS;
            List<CSVRecord> rows = ExportCsvRoundTripTest.parse(written, format, names);
            assertEquals(1, rows.size());
            CSVRecord row = rows.get(0);
            assertEquals("7", row.get(0));
            assertEquals("", row.get(1));
            String gotAuthor = guarded && row.get(2).startsWith("'") ? row.get(2).substring(1) : row.get(2);
            assertEquals(author, gotAuthor);
            assertEquals(note, Json.MAPPER.readTree(row.get(3)).get("text").asText());
          }
        }
    }
}
