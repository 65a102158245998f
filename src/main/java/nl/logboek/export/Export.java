package nl.logboek.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.Logbook;
import nl.logboek.privacy.Sharing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An export. {@link #prepare} reads the logbook once to decide which incidents go in (status
 * filters need each incident's final state, --for the consents recorded), how each is shown, and
 * to learn the names redaction must find; every problem with the logbook or the ids typed is
 * found there, before anything is written. An incident export folds every incident in that same
 * read, as its row shows it (without its lines: the state and the free text), keeps the folds of
 * the incidents selected, and {@link #writeTo} writes them, letting each go once written: the
 * logbook is read once. An event export reads again in {@link #writeTo} and writes as it goes,
 * never more than the first pass read, holding one event at a time.
 *
 * <p>Between the passes of an event export only the selection is kept (an id and how it is
 * shown, per exported incident) and, when names are hidden, the redactor with the names it must
 * find: the first pass's summaries are let go.
 *
 * <p>Who the export is for decides what it holds and shows ({@link Sharing}). A coordinator's
 * personal work notes ({@link Sharing#personalNote}) never leave the logbook: they are dropped as
 * they are read, before they can reach a record, a count or a time, in every kind of export.
 */
public final class Export {
    private final Logbook logbook;
    private final ExportRequest request;
    private final ExportStyle style;
    private final LastRead lastRead;
    private final Sharing sharing;
    private final Selection selection;
    /** Lines taken back as recorded in error: an export that is shared leaves them out. */
    private final java.util.Set<String> retracted;
    /** An incident export: the selected incidents, folded by the first pass as their rows show them. */
    private final LogbookIndex rows;

    private Export(Logbook logbook, ExportRequest request, ExportStyle style) {
        this.logbook = logbook;
        this.request = request;
        this.style = style;
        LogbookIndex index = LogbookIndex.scan(logbook, request.hidesNames(), !request.events());
        this.lastRead = index.lastRead();
        this.sharing = sharing(request, index);
        this.selection = Selection.of(index, request.ids(), request.filter(), sharing);
        this.retracted = sharing.leavesOutRetracted() ? index.retracted() : java.util.Set.of();
        if (!request.events()) {
            index.keepRows(selection.ids());
            this.rows = index;
        } else {
            this.rows = null;
        }
    }

    /** Who the export is for, by its options; the names are those the first pass kept. */
    private static Sharing sharing(ExportRequest request, LogbookIndex index) {
        if (request.access() != null) {
            return Sharing.forAccess(request.access(), index.incidents(), index.personNames(), index.authors());
        }
        if (!request.forSharing()) {
            return Sharing.ownUse();
        }
        return Sharing.forSharing(request.partner(), request.redact(), request.keepText(), index.personNames(), index.authors());
    }

    /**
     * The first pass; throws LogboekException for a damaged logbook, an unknown or ambiguous id,
     * or an access request by a name that no incident involves.
     */
    public static Export prepare(Logbook logbook, ExportRequest request) {
        return prepare(logbook, request, ExportStyle.PLAIN);
    }

    /** As {@link #prepare(Logbook, ExportRequest)}, with the level and (for --excel) the header and times shown as {@code style} says. */
    public static Export prepare(Logbook logbook, ExportRequest request, ExportStyle style) {
        return new Export(logbook, request, style);
    }

    /** The second pass: writes the export to {@code out} (flushed, not closed). Call once. */
    public ExportSummary writeTo(Writer out) throws IOException {
        boolean redacted = sharing.redactsAll() || selection.redacted() > 0;
        ExportWriter writer = ExportWriter.open(request, style, redacted, out);
        long events;
        int personal;
        try {
            if (request.events()) {
                long[] written = {0};
                personal = readSelected(e -> {
                    write(writer, ExportShapes.event(e, selection.disclosure(e.incident())));
                    written[0]++;
                });
                events = written[0];
            } else {
                IncidentRows rows = writeRows(writer);
                events = rows.events();
                personal = rows.personalNotes();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.finish();
        return new ExportSummary(selection.ids().size(), events, selection.named(), selection.redacted(),
                selection.privateLeftOut(), personal, request.keepText());
    }

    /**
     * The events of the selected incidents, streamed from the log up to where the first pass
     * stopped, without the personal work notes; returns how many of those were left out.
     */
    private int readSelected(Consumer<Event> sink) {
        List<Event> last = new ArrayList<>();
        int[] personal = {0};
        logbook.read(e -> {
            if (lastRead.isLast(e)) {
                last.add(e);
            }
            if (lastRead.covers(e) && selection.contains(e.incident())) {
                if (Sharing.personalNote(e)) {
                    personal[0]++;
                } else if (!retracted.contains(e.hash())) {
                    sink.accept(e);
                }
            }
        });
        if (!lastRead.foundIn(last)) {
            throw lastRead.replaced();
        }
        return personal[0];
    }

    /**
     * One row per selected incident, from the incidents the first pass folded: the logbook is not
     * read again. Each row is let go once written.
     */
    private IncidentRows writeRows(ExportWriter writer) throws IOException {
        IncidentRows written = new IncidentRows(List.copyOf(selection.ids()), lastRead);
        ExportWriter.Formatter alone = writer.formatter();
        if (alone != null && selection.allAsRecorded() && ParallelRows.worthIt(selection.ids().size())) {
            // Every record as recorded: each row's text depends on no row before it, so the
            // records are made and formatted on all cores, and written in the same order.
            try (ParallelRows parallel = new ParallelRows(writer, alone, nl.logboek.privacy.Disclosure.FULL)) {
                written.writeFolded(rows::takeRow, rows::personalNotes, row -> parallel.add(row, row.level(style.levels())));
                parallel.finish();
            }
            return written;
        }
        written.writeFolded(rows::takeRow, rows::personalNotes,
                row -> writer.write(ExportShapes.incident(row, selection.disclosure(row.id()), style.levels())));
        return written;
    }

    private static void write(ExportWriter writer, ObjectNode record) {
        try {
            writer.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
