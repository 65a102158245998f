package nl.logboek.export;

import nl.logboek.logbook.Event;
import nl.logboek.logbook.EventType;
import nl.logboek.logbook.Logbook;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the first pass over the logbook learns: a small summary per incident, every name that
 * occurs (people involved and authors), and how far it read. The second pass stops at the same
 * event, so an append made in between cannot change what was selected.
 */
final class LogbookIndex {
    private final Map<String, IncidentSummary> incidents = new LinkedHashMap<>();
    private final Set<String> personNames = new LinkedHashSet<>();
    private final Set<String> authors = new LinkedHashSet<>();
    private long lastSeq;
    private String lastHash;

    static LogbookIndex scan(Logbook logbook) {
        LogbookIndex index = new LogbookIndex();
        logbook.read(index::add);
        return index;
    }

    private void add(Event e) {
        lastSeq = e.seq();
        lastHash = e.hash();
        authors.add(e.author()); // the header's author too: a name to find in kept text
        if (e.incident() == null) {
            return; // the logbook header: not about an incident, and not exported
        }
        if (EventType.CREATED.equals(e.type())) {
            incidents.putIfAbsent(e.incident(), new IncidentSummary(e));
            e.payload().path("persons").forEach(p -> personNames.add(p.path("name").asText()));
            return;
        }
        IncidentSummary summary = incidents.get(e.incident());
        if (summary != null) {
            summary.apply(e);
        }
    }

    /** In the order the incidents were recorded. */
    Collection<IncidentSummary> incidents() {
        return Collections.unmodifiableCollection(incidents.values());
    }

    Set<String> ids() {
        return Collections.unmodifiableSet(incidents.keySet());
    }

    Set<String> personNames() {
        return Collections.unmodifiableSet(personNames);
    }

    Set<String> authors() {
        return Collections.unmodifiableSet(authors);
    }

    /** The sequence number of the last event the first pass read (0 for an empty logbook). */
    long lastSeq() {
        return lastSeq;
    }

    /** The hash of that event: the second pass checks it reads the same logbook, not one restored in between. */
    String lastHash() {
        return lastHash;
    }
}
