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

    static ExportWriter open(ExportRequest request, Writer out) throws IOException {
        List<String> fields = request.events() ? ExportShapes.EVENT_FIELDS : ExportShapes.INCIDENT_FIELDS;
        return switch (request.format()) {
            case CSV -> new CsvExportWriter(out, fields, request.excel());
            case JSON -> new JsonExportWriter(out, request.events() ? "events" : "incidents", request.redact());
            case JSONL -> new JsonlExportWriter(out);
        };
    }
}
