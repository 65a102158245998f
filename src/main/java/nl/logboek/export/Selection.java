package nl.logboek.export;

import nl.logboek.incident.IncidentFilter;
import nl.logboek.logbook.IncidentIds;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which incidents an export holds: the ids asked for (all when none), that pass the filters, and
 * that the disclosure allows to be shared. Incidents from a private account that a redacted
 * export leaves out are counted, so the user is told.
 */
final class Selection {
    private final Set<String> ids;
    private final int privateLeftOut;

    private Selection(Set<String> ids, int privateLeftOut) {
        this.ids = ids;
        this.privateLeftOut = privateLeftOut;
    }

    static Selection of(LogbookIndex index, List<String> typedIds, IncidentFilter filter, Disclosure disclosure) {
        Set<String> asked = new LinkedHashSet<>();
        for (String typed : typedIds) {
            asked.add(IncidentIds.resolve(typed, index.ids()));
        }
        Set<String> selected = new LinkedHashSet<>();
        int leftOut = 0;
        for (IncidentSummary s : index.incidents()) {
            if (!asked.isEmpty() && !asked.contains(s.id()) || !passes(filter, s)) {
                continue;
            }
            if (!disclosure.shares(s.source())) {
                leftOut++;
                continue;
            }
            selected.add(s.id());
        }
        return new Selection(Collections.unmodifiableSet(selected), leftOut);
    }

    /** The same test as {@link IncidentFilter#test}, on a summary instead of a fully folded incident. */
    static boolean passes(IncidentFilter f, IncidentSummary s) {
        if (!f.statuses().isEmpty() && !f.statuses().contains(s.status())) {
            return false;
        }
        if (!f.categories().isEmpty() && !f.categories().contains(s.category())) {
            return false;
        }
        LocalDate day = s.reportedAt().atZoneSameInstant(f.zone()).toLocalDate();
        return (f.since() == null || !day.isBefore(f.since())) && (f.until() == null || !day.isAfter(f.until()));
    }

    boolean contains(String id) {
        return id != null && ids.contains(id);
    }

    /** In the order the incidents were recorded. */
    Set<String> ids() {
        return ids;
    }

    int privateLeftOut() {
        return privateLeftOut;
    }
}
