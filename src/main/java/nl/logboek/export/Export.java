package nl.logboek.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.LogboekException;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.EventType;
import nl.logboek.logbook.Logbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An export in two streaming passes over the logbook. {@link #prepare} reads it once to decide
 * which incidents go in (status filters need each incident's final state) and to learn the names
 * redaction must find; every problem with the logbook or the ids typed is found there, before
 * anything is written. {@link #writeTo} reads it again and writes as it goes: an event export
 * holds one event at a time, an incident export one compact row per incident.
 */
public final class Export {
    private final Logbook logbook;
    private final ExportRequest request;
    private final LogbookIndex index;
    private final Disclosure disclosure;
    private final Selection selection;

    private Export(Logbook logbook, ExportRequest request) {
        this.logbook = logbook;
        this.request = request;
        this.index = LogbookIndex.scan(logbook);
        this.disclosure = request.redact()
                ? new Redactor(index.personNames(), index.authors(), request.keepText())
                : Disclosure.FULL;
        this.selection = Selection.of(index, request.ids(), request.filter(), disclosure);
    }

    /** The first pass; throws LogboekException for a damaged logbook or an unknown or ambiguous id. */
    public static Export prepare(Logbook logbook, ExportRequest request) {
        return new Export(logbook, request);
    }

    /** The second pass: writes the export to {@code out} (flushed, not closed). Call once. */
    public ExportSummary writeTo(Writer out) throws IOException {
        ExportWriter writer = ExportWriter.open(request, out);
        long[] events = {0};
        try {
            if (request.events()) {
                readSelected(e -> {
                    write(writer, ExportShapes.event(e, disclosure));
                    events[0]++;
                });
            } else {
                Map<String, IncidentRow> rows = new LinkedHashMap<>();
                readSelected(e -> {
                    if (EventType.CREATED.equals(e.type())) {
                        rows.putIfAbsent(e.incident(), new IncidentRow(e));
                    } else {
                        rows.get(e.incident()).apply(e);
                    }
                });
                for (IncidentRow row : rows.values()) {
                    write(writer, ExportShapes.incident(row, disclosure));
                    events[0] += row.events();
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.finish();
        return new ExportSummary(selection.ids().size(), events[0], selection.privateLeftOut(), disclosure.redacted(),
                request.keepText());
    }

    /** The events of the selected incidents, up to where the first pass stopped. */
    private void readSelected(Consumer<Event> sink) {
        long last = index.lastSeq();
        boolean[] same = {last == 0};
        logbook.read(e -> {
            if (e.seq() == last) {
                same[0] = e.hash().equals(index.lastHash());
            }
            if (e.seq() <= last && selection.contains(e.incident())) {
                sink.accept(e);
            }
        });
        if (!same[0]) {
            throw LogboekException.failure("export.logbook-replaced", logbook.file());
        }
    }

    private static void write(ExportWriter writer, ObjectNode record) {
        try {
            writer.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
