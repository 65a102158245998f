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
 * which incidents go in (status filters need each incident's final state, --for the consents
 * recorded), how each is shown, and to learn the names redaction must find; every problem with
 * the logbook or the ids typed is found there, before anything is written. {@link #writeTo} reads
 * it again and writes as it goes: an event export holds one event at a time, an incident export
 * one compact row per incident.
 *
 * <p>A coordinator's personal work notes ({@code annotate --private}) never leave the logbook
 * (domain.md: parents and pupils may see the file, not the personal work notes): they are dropped
 * as they are read, before they can reach a record, a count or a time, in every kind of export.
 */
public final class Export {
    private final Logbook logbook;
    private final ExportRequest request;
    private final LogbookIndex index;
    private final Sharing sharing;
    private final Selection selection;

    private Export(Logbook logbook, ExportRequest request) {
        this.logbook = logbook;
        this.request = request;
        this.index = LogbookIndex.scan(logbook);
        this.sharing = Sharing.of(request, index);
        this.selection = Selection.of(index, request.ids(), request.filter(), sharing);
    }

    /**
     * The first pass; throws LogboekException for a damaged logbook, an unknown or ambiguous id,
     * or an access request by a name that no incident involves.
     */
    public static Export prepare(Logbook logbook, ExportRequest request) {
        return new Export(logbook, request);
    }

    /** Whether an event is a personal work note: never exported. */
    static boolean personalNote(Event e) {
        return EventType.ANNOTATED.equals(e.type()) && e.payload().path("private").asBoolean(false);
    }

    /** The second pass: writes the export to {@code out} (flushed, not closed). Call once. */
    public ExportSummary writeTo(Writer out) throws IOException {
        boolean redacted = sharing.redactsAll() || selection.redacted() > 0;
        ExportWriter writer = ExportWriter.open(request, redacted, out);
        long[] events = {0};
        int personal;
        try {
            if (request.events()) {
                personal = readSelected(e -> {
                    write(writer, ExportShapes.event(e, selection.disclosure(e.incident())));
                    events[0]++;
                });
            } else {
                Map<String, IncidentRow> rows = new LinkedHashMap<>();
                personal = readSelected(e -> {
                    if (EventType.CREATED.equals(e.type())) {
                        rows.putIfAbsent(e.incident(), new IncidentRow(e));
                    } else {
                        rows.get(e.incident()).apply(e);
                    }
                });
                for (IncidentRow row : rows.values()) {
                    write(writer, ExportShapes.incident(row, selection.disclosure(row.id())));
                    events[0] += row.events();
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.finish();
        return new ExportSummary(selection.ids().size(), events[0], selection.named(), selection.redacted(),
                selection.privateLeftOut(), personal, request.keepText());
    }

    /**
     * The events of the selected incidents, up to where the first pass stopped, without the
     * personal work notes; returns how many of those were left out.
     */
    private int readSelected(Consumer<Event> sink) {
        long last = index.lastSeq();
        boolean[] same = {last == 0};
        int[] personal = {0};
        logbook.read(e -> {
            if (e.seq() == last) {
                same[0] = e.hash().equals(index.lastHash());
            }
            if (e.seq() <= last && selection.contains(e.incident())) {
                if (personalNote(e)) {
                    personal[0]++;
                } else {
                    sink.accept(e);
                }
            }
        });
        if (!same[0]) {
            throw LogboekException.failure("export.logbook-replaced", logbook.file());
        }
        return personal[0];
    }

    private static void write(ExportWriter writer, ObjectNode record) {
        try {
            writer.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
