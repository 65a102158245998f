package nl.logboek.export;

import nl.logboek.incident.IncidentFilter;
import nl.logboek.logbook.IncidentIds;
import nl.logboek.privacy.Disclosure;
import nl.logboek.privacy.Sharing;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which incidents an export holds, and how each is shown: the ids asked for (all when none),
 * that pass the filters, that the export is about (an access request: the person's own), and
 * that may be shared. Incidents from a private account that an export for sharing leaves out
 * are counted, and so are those shown with names and those redacted, so the user is told.
 */
final class Selection {
    private final Map<String, Disclosure> chosen;
    private final int named;
    private final int redacted;
    private final int privateLeftOut;

    private Selection(Map<String, Disclosure> chosen, int named, int redacted, int privateLeftOut) {
        this.chosen = chosen;
        this.named = named;
        this.redacted = redacted;
        this.privateLeftOut = privateLeftOut;
    }

    static Selection of(LogbookIndex index, List<String> typedIds, IncidentFilter filter, Sharing sharing) {
        Set<String> asked = new LinkedHashSet<>();
        for (String typed : typedIds) {
            asked.add(IncidentIds.resolve(typed, index.ids()));
        }
        Map<String, Disclosure> chosen = new LinkedHashMap<>();
        int named = 0;
        int redacted = 0;
        int leftOut = 0;
        for (IncidentSummary s : index.incidents()) {
            if (!asked.isEmpty() && !asked.contains(s.id()) || !passes(filter, s) || !sharing.concerns(s)) {
                continue;
            }
            if (sharing.leavesOut(s)) {
                leftOut++;
                continue;
            }
            Disclosure d = sharing.disclosure(s);
            chosen.put(s.id(), d);
            if (d.redacted()) {
                redacted++;
            } else {
                named++;
            }
        }
        return new Selection(Collections.unmodifiableMap(chosen), named, redacted, leftOut);
    }

    /** The same test as {@link IncidentFilter#test}, on a summary instead of a fully folded incident. */
    static boolean passes(IncidentFilter f, IncidentSummary s) {
        if (!f.statuses().isEmpty() && !f.statuses().contains(s.status())) {
            return false;
        }
        if (!f.categories().isEmpty() && !f.categories().contains(s.category())) {
            return false;
        }
        if (f.since() == null && f.until() == null) {
            return true;
        }
        LocalDate day = s.reportedOn(f.zone());
        return (f.since() == null || !day.isBefore(f.since())) && (f.until() == null || !day.isAfter(f.until()));
    }

    boolean contains(String id) {
        return id != null && chosen.containsKey(id);
    }

    /** How the export shows this selected incident. */
    Disclosure disclosure(String id) {
        return chosen.get(id);
    }

    /**
     * Whether every incident selected is shown as recorded ({@link Disclosure#FULL}, which keeps
     * no state): then its record does not depend on the records written before it.
     */
    boolean allAsRecorded() {
        return chosen.values().stream().allMatch(d -> d == Disclosure.FULL);
    }

    /** In the order the incidents were recorded. */
    Set<String> ids() {
        return chosen.keySet();
    }

    /** Incidents shown with the names as recorded. */
    int named() {
        return named;
    }

    /** Incidents shown with pseudonyms. */
    int redacted() {
        return redacted;
    }

    int privateLeftOut() {
        return privateLeftOut;
    }
}
