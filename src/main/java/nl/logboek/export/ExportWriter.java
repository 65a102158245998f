package nl.logboek.export;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes export records one at a time, so an export never needs the whole logbook in memory. */
interface ExportWriter {
    void write(ObjectNode record) throws IOException;

    /** Completes the document and flushes; does not close the writer (it may be stdout). */
    void finish() throws IOException;

    /** @param redacted whether names in the export are (or may be) pseudonyms: JSON says so in its header */
    static ExportWriter open(ExportRequest request, ExportStyle style, boolean redacted, Writer out) throws IOException {
        List<String> fields = request.events() ? ExportShapes.EVENT_FIELDS : ExportShapes.INCIDENT_FIELDS;
        return switch (request.format()) {
            case CSV -> new CsvExportWriter(out, fields, request.excel() ? style : null, !request.raw());
            case JSON -> new JsonExportWriter(out, request.events() ? "events" : "incidents", redacted);
            case JSONL -> new JsonlExportWriter(out);
        };
    }
}
