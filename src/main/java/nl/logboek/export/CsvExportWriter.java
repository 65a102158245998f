package nl.logboek.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.i18n.Messages;
import nl.logboek.logbook.IncidentIds;
import nl.logboek.logbook.Json;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CSV, one line per record with a header line. RFC 4180 by default (comma, CRLF, quotes only
 * where needed), for scripts: every value comes back exactly, but for one apostrophe before a
 * cell a spreadsheet would run as a formula (see {@link #FORMULA_START}); with {@code --raw} not
 * even that. The Excel dialect is what Dutch
 * Excel opens correctly by double-click: ';' as separator (the comma is the Dutch decimal sign)
 * and a UTF-8 byte-order mark (without it Excel reads the bytes as Windows-1252 and garbles
 * every ë and ö). For Excel the header names the columns in the user's language, and times are
 * local date-times ({@code 2026-12-03 14:03}, in the user's time zone), which a Dutch spreadsheet
 * reads as dates: an ISO time with its offset it keeps as text. An id made by an earlier version
 * that looks like a number ({@code 01234567}) gets the apostrophe too, so it stays text.
 */
final class CsvExportWriter implements ExportWriter {
    /** Between the elements of a list in one cell (persons, steps, items). */
    static final String LIST_SEPARATOR = "; ";
    static final char BOM = '\uFEFF';
    /**
     * Excel runs a cell that starts with one of these as a formula, and evidence is copied from
     * other people's posts ("@anon123", or worse "=HYPERLINK(...)"). In both dialects (unless
     * {@code --raw}: for scripts that want every value exactly) such a cell gets an apostrophe in front, Excel's own "this is text" mark; a cell that already starts
     * with an apostrophe gets one too, so removing one leading apostrophe always restores the value.
     */
    private static final String FORMULA_START = "=+-@\t\r'";

    /** Times of the records (ISO 8601 with offset), shown as local date-times for Excel. */
    private static final Set<String> TIMES = Set.of("reported_at", "closed_at", "last_activity_at", "time");
    /** Incident ids, kept text for Excel. */
    private static final Set<String> IDS = Set.of("id", "incident");
    static final DateTimeFormatter EXCEL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    private final Writer out;
    private final CSVFormat format;
    private final CSVPrinter printer;
    private final List<String> fields;
    private final boolean guarded;
    /** The Excel dialect's language and time zone; null for RFC 4180. */
    private final ExportStyle excel;

    CsvExportWriter(Writer out, List<String> fields, boolean excel, boolean guarded) throws IOException {
        this(out, fields, excel ? ExportStyle.PLAIN : null, guarded);
    }

    /** @param excel the Excel dialect, with its header language and time zone; null for RFC 4180 */
    CsvExportWriter(Writer out, List<String> fields, ExportStyle excel, boolean guarded) throws IOException {
        this.fields = fields;
        this.guarded = guarded;
        this.excel = excel;
        this.out = out;
        this.format = excel != null ? CSVFormat.EXCEL.builder().setDelimiter(';').get() : CSVFormat.RFC4180;
        if (excel != null) {
            out.write(BOM);
        }
        printer = new CSVPrinter(out, format);
        List<String> columns = columns(fields);
        printer.printRecord(excel == null ? columns : excelColumns(columns, excel.messages()));
    }

    /** The Excel header: each column by its name in the user's language (docs/export.md). */
    static List<String> excelColumns(List<String> columns, Messages messages) {
        return columns.stream().map(c -> messages.get("export.column." + c)).toList();
    }

    /** A time of a record as Excel shows it: local, to the minute; a date as it is; anything else unchanged. */
    static String excelTime(String value, ZoneId zone) {
        if (value == null || value.length() <= 10) {
            return value; // absent, or a date (yyyy-mm-dd), which a spreadsheet reads as it is
        }
        try {
            return EXCEL_TIME.format(nl.logboek.logbook.IsoTime.parse(value).atZoneSameInstant(zone));
        } catch (DateTimeParseException e) {
            try {
                return EXCEL_TIME.format(LocalDateTime.parse(value));
            } catch (DateTimeParseException notLocal) {
                return value; // not a time (written by another program): as recorded
            }
        }
    }

    /** The header: the record's fields, with the persons column followed by person_count. */
    static List<String> columns(List<String> fields) {
        List<String> columns = new ArrayList<>();
        for (String f : fields) {
            columns.add(f);
            if ("persons".equals(f)) {
                columns.add("person_count");
            }
        }
        return columns;
    }

    @Override
    public void write(ObjectNode record) throws IOException {
        print(printer, cells(record));
    }

    /**
     * One record, cell by cell: what printRecord does, without the stream it makes of every
     * record (commons-csv 1.14), about a tenth of formatting a row.
     */
    private static void print(CSVPrinter printer, List<String> cells) throws IOException {
        for (String cell : cells) {
            printer.print(cell);
        }
        printer.println();
    }

    /**
     * The records as {@link #write} prints them: a printer of its own prints them into a string
     * (a record's text depends on no record before it; the header is written by this writer).
     */
    @Override
    public Formatter formatter() {
        return records -> {
            StringBuilder text = new StringBuilder(records.size() * 512);
            CSVPrinter into = new CSVPrinter(text, format);
            for (ObjectNode record : records) {
                print(into, cells(record));
            }
            return text.toString();
        };
    }

    @Override
    public void writeFormatted(String text) throws IOException {
        out.write(text);
    }

    private List<String> cells(ObjectNode record) throws IOException {
        List<String> cells = new ArrayList<>(fields.size() + 1);
        for (String f : fields) {
            JsonNode v = record.get(f);
            if ("persons".equals(f)) {
                cells.add(guard(persons(v)));
                cells.add(String.valueOf(v.size()));
            } else if (excel != null && (TIMES.contains(f) || "occurred".equals(f))) {
                cells.add(guard(excelTime(cell(v), excel.zone())));
            } else if (excel != null && guarded && IDS.contains(f) && v != null && v.isTextual()
                    && IncidentIds.looksLikeNumber(v.asText())) {
                cells.add("'" + v.asText());
            } else {
                cells.add(guard(cell(v)));
            }
        }
        return cells;
    }

    /** "Name (rol, soort); Name (rol)": readable in a spreadsheet; the JSON formats keep the structure. */
    private static String persons(JsonNode persons) {
        List<String> each = new ArrayList<>();
        for (JsonNode p : persons) {
            String kind = p.path("kind").isTextual() ? ", " + p.get("kind").asText() : "";
            each.add(p.path("name").asText() + " (" + p.path("role").asText() + kind + ")");
        }
        return String.join(LIST_SEPARATOR, each);
    }

    private static String cell(JsonNode v) throws IOException {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            List<String> each = new ArrayList<>();
            v.forEach(e -> each.add(e.asText()));
            return String.join(LIST_SEPARATOR, each);
        }
        if (v.isObject()) {
            return Json.MAPPER.writeValueAsString(v);
        }
        return v.asText();
    }

    private String guard(String value) {
        if (guarded && value != null && !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }
}
