package nl.logboek.incident;

import nl.logboek.logbook.Event;
import nl.logboek.logbook.EventType;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Folds events into incidents, in the order they were reported. */
public final class IncidentFolder implements Consumer<Event> {
    private final Map<String, Incident> incidents = new LinkedHashMap<>();

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
        if (EventType.CREATED.equals(e.type())) {
            incidents.putIfAbsent(e.incident(), new Incident(e));
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
}
