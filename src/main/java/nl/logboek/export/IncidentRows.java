package nl.logboek.export;

import nl.logboek.incident.Incident;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The rows of an incident export, written one incident at a time from the incidents the export's
 * one read of the logbook folded ({@link LogbookIndex}): each incident is taken, written as its
 * row and let go, so what is held shrinks as the rows go out.
 *
 * <p>Only what that read checked goes into a row, and never a personal work note: the fold left
 * those out, and they are counted, as the summary reports them.
 */
final class IncidentRows {
    /** Writes one row; the row is not used afterwards. */
    @FunctionalInterface
    interface Sink {
        void write(IncidentRow row) throws IOException;
    }

    private final List<String> ids;
    private final LastRead lastRead;
    /** The ids before this one have their row written. */
    private int next;
    private long events;
    private int personalNotes;

    /** @param ids the selected incidents, in the order their rows are written */
    IncidentRows(List<String> ids, LastRead lastRead) {
        this.ids = List.copyOf(ids);
        this.lastRead = lastRead;
    }

    /**
     * Writes the rows not written yet: {@code folded} gives each incident folded without its
     * personal work notes (and is asked once per incident), {@code personal} how many it had.
     *
     * @throws nl.logboek.LogboekException when an incident selected was not folded (cannot
     *                                     happen for a selection made from the same read)
     */
    void writeFolded(Function<String, Incident> folded, ToIntFunction<String> personal, Sink sink) throws IOException {
        while (next < ids.size()) {
            String id = ids.get(next);
            Incident incident = folded.apply(id);
            if (incident == null) {
                throw lastRead.replaced();
            }
            IncidentRow row = new IncidentRow(incident);
            sink.write(row);
            events += row.events();
            personalNotes += personal.applyAsInt(id);
            next++;
        }
    }

    /** The events behind the rows written (personal work notes not counted). */
    long events() {
        return events;
    }

    /** The personal work notes of the incidents written: left out of their rows. */
    int personalNotes() {
        return personalNotes;
    }
}
