package nl.logboek.export;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes export records one at a time, so an export never needs the whole logbook in memory. */
interface ExportWriter {
    void write(ObjectNode record) throws IOException;

    /**
     * Formats records as this writer writes them, on any thread, without the writer: the text of
     * a record does not depend on the records before it. Null when it does (one JSON document).
     */
    default Formatter formatter() {
        return null;
    }

    /** Writes what {@link #formatter()} made of the next records, in their place. */
    default void writeFormatted(String text) throws IOException {
        throw new UnsupportedOperationException("records are written one at a time here");
    }

    /** Makes the text of records exactly as {@link #write} writes them, one after the other. */
    @FunctionalInterface
    interface Formatter {
        String format(List<ObjectNode> records) throws IOException;
    }

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
