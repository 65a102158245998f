package nl.logboek.export;

import nl.logboek.incident.EventTypes;
import nl.logboek.incident.IncidentFolder;
import nl.logboek.logbook.Event;
import nl.logboek.privacy.Sharing;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The rows of an incident export, made and written one incident at a time: read that incident's
 * events, fold them into its row, write the row, let both go. Memory holds one incident's events
 * however many incidents the export has, and the first row is out before the second incident is
 * read.
 *
 * <p>Only what the first pass read goes into a row ({@link LastRead}), and never a personal work
 * note: those are counted, as the summary reports them, and dropped.
 *
 * <p>The reading may be tried again: a view through the index is thrown away and opened anew
 * when the index turns out to be stale ({@code Logbook.withView}). Rows already written stay
 * written, and a second {@link #writeFrom} goes on with the first row that was not, so nothing
 * is written twice; pseudonyms are numbered as they are written, so they continue unchanged.
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
     * Writes the rows not written yet, reading each incident's events (oldest first) from {@code eventsOf}.
     *
     * @throws nl.logboek.LogboekException when an incident has no {@code created} event any more
     *                                     (removed by a purge after the first pass)
     */
    void writeFrom(Function<String, List<Event>> eventsOf, Sink sink) throws IOException {
        while (next < ids.size()) {
            String id = ids.get(next);
            IncidentFolder folder = new IncidentFolder();
            int personal = 0;
            for (Event e : eventsOf.apply(id)) {
                if (!lastRead.covers(e)) {
                    continue; // appended after the first pass (in a team logbook, possibly dated earlier)
                }
                if (Sharing.personalNote(e)) {
                    personal++;
                } else if (folder.get(id) == null && !EventTypes.CREATED.equals(e.type())) {
                    throw lastRead.replaced();
                } else {
                    folder.accept(e);
                }
            }
            if (folder.get(id) == null) {
                throw lastRead.replaced();
            }
            IncidentRow row = new IncidentRow(folder.get(id));
            sink.write(row);
            events += row.events();
            personalNotes += personal;
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
