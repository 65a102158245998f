package nl.logboek.incident;

import nl.logboek.logbook.Event;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Folds events into incidents, in the order they were reported. Each incident's lines must come
 * oldest first (in a team: in the team's timeline); lines of different incidents may interleave.
 */
public final class IncidentFolder implements Consumer<Event> {
    private final Map<String, Incident> incidents = new LinkedHashMap<>();
    private final boolean keepLines;
    private final boolean keepTitles;
    private final boolean keepText;

    public IncidentFolder() {
        this(true, true, false);
    }

    private IncidentFolder(boolean keepLines, boolean keepTitles, boolean keepText) {
        this.keepLines = keepLines;
        this.keepTitles = keepTitles;
        this.keepText = keepText;
    }

    /**
     * A folder whose incidents keep their state but not their lines, nor the free text no view of
     * many incidents shows (description, occurrence, outcome): for views that fold many incidents
     * at once, such as reports and the first pass of an export.
     *
     * @param keepTitles whether titles are kept too (a report with detail shows them)
     */
    public static IncidentFolder compact(boolean keepTitles) {
        return new IncidentFolder(false, keepTitles, false);
    }

    /**
     * A folder whose incidents keep their state and their free text (title, description,
     * occurrence, outcome), but not their lines: everything an export's row shows, for every
     * incident of a logbook folded in one read.
     */
    public static IncidentFolder forRows() {
        return new IncidentFolder(false, true, true);
    }

    public static IncidentFolder of(Iterable<Event> events) {
        IncidentFolder f = new IncidentFolder();
        events.forEach(f);
        return f;
    }

    @Override
    public void accept(Event e) {
        if (e.incident() == null) {
            return;
        }
        if (EventTypes.CREATED.equals(e.type())) {
            incidents.putIfAbsent(e.incident(), new Incident(e, keepLines, keepTitles, keepText));
            return;
        }
        Incident i = incidents.get(e.incident());
        if (i != null) {
            i.apply(e);
        }
    }

    public Collection<Incident> incidents() {
        return incidents.values();
    }

    public Incident get(String id) {
        return incidents.get(id);
    }

    /** Lets go of an incident that is folded completely. */
    public Incident remove(String id) {
        return incidents.remove(id);
    }
}
