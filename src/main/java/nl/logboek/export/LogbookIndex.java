package nl.logboek.export;

import nl.logboek.logbook.Event;
import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentFolder;
import nl.logboek.logbook.Logbook;
import nl.logboek.privacy.Sharing;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the first pass over the logbook learns: a small summary per incident, the names that
 * redaction must find, and how far it read ({@link LastRead}).
 *
 * <p>What this holds grows with the logbook, and must: one summary per incident, because whether
 * an incident is exported depends on its status and consents, known only once its last event is
 * read; and, for an export that hides names, every distinct name of a person involved and every
 * author, because free text in any incident may mention anyone recorded anywhere. Nothing else
 * is kept: no payloads, no text but those names, and no names at all for the coordinator's own
 * export. The export lets go of the summaries once it has made its selection.
 */
final class LogbookIndex {
    private final LastRead lastRead;
    private final boolean keepNames;
    /** Whether the incidents are folded for their rows too (an incident export), not only summarised. */
    private final boolean forRows;
    /** Until the summaries are made: every incident folded without its lines. */
    private IncidentFolder folder;
    /**
     * With {@link #forRows}: every incident as its row shows it, personal work notes left out (the
     * folder's own map, by id: no second map of every incident).
     */
    private IncidentFolder rows;
    /** With {@link #forRows}: how many personal work notes each incident had (those with any). */
    private final Map<String, Integer> personalNotes = new java.util.HashMap<>();
    private final Map<String, IncidentSummary> incidents = new LinkedHashMap<>();
    /** Each distinct name once; the summaries refer to these same strings. */
    private final Map<String, String> personNames = new LinkedHashMap<>();
    private final Set<String> authors = new LinkedHashSet<>();
    /** The lines taken back as recorded in error (by hash): left out where an export is shared. */
    private final Set<String> retracted = new java.util.HashSet<>();

    private LogbookIndex(Path file, boolean keepNames, boolean forRows) {
        this.lastRead = new LastRead(file);
        this.keepNames = keepNames;
        this.forRows = forRows;
        this.folder = forRows ? IncidentFolder.forRows() : IncidentFolder.compact(false);
    }

    /** @param keepNames whether to keep the names of people and authors: for an export that hides or compares names */
    static LogbookIndex scan(Logbook logbook, boolean keepNames) {
        return scan(logbook, keepNames, false);
    }

    /**
     * @param forRows whether to fold every incident as its export row shows it as well
     *                ({@link #row}), so that an incident export reads the logbook once
     */
    static LogbookIndex scan(Logbook logbook, boolean keepNames, boolean forRows) {
        LogbookIndex index = new LogbookIndex(logbook.file(), keepNames, forRows);
        logbook.read(index::add);
        index.summarise();
        return index;
    }

    private void add(Event e) {
        lastRead.read(e);
        if (keepNames) {
            authors.add(e.author()); // the header's author too: a name to find in kept text
        }
        if (e.incident() == null) {
            return; // the logbook header: not about an incident, and not exported
        }
        if (forRows && Sharing.personalNote(e)) {
            // Never in a row. Leaving it out of the fold changes nothing a summary holds: a
            // note changes no status, category, level, source, person or consent.
            personalNotes.merge(e.incident(), 1, Integer::sum);
            return;
        }
        folder.accept(e);
    }

    /** One summary per folded incident; the folded incidents are let go. */
    private void summarise() {
        for (Incident i : folder.incidents()) {
            List<String> names = List.of();
            if (keepNames) {
                // Free text may name anyone ever recorded, also a person a correction removed.
                i.original().persons().forEach(p -> shared(p.name()));
                i.corrections().stream().filter(c -> "persons".equals(c.field()) && c.after() != null)
                        .forEach(c -> shared(c.after()));
                names = i.persons().stream().map(p -> shared(p.name())).toList();
            }
            incidents.put(i.id(), new IncidentSummary(i, names));
            retracted.addAll(i.retractedLines());
        }
        if (forRows) {
            rows = folder;
        }
        folder = null;
    }

    /**
     * Keeps the rows of these incidents only: the others are let go.
     */
    void keepRows(Set<String> ids) {
        if (rows == null || ids.size() == rows.incidents().size()) {
            return; // every incident kept: the ids are chosen from these same rows
        }
        List<String> others = new java.util.ArrayList<>();
        for (Incident i : rows.incidents()) {
            if (!ids.contains(i.id())) {
                others.add(i.id());
            }
        }
        others.forEach(rows::remove);
    }

    /** The incident as its row shows it (only with {@code forRows}), let go here; null for an unknown id. */
    Incident takeRow(String id) {
        return rows == null ? null : rows.remove(id);
    }

    /** How many personal work notes this incident had (only with {@code forRows}): left out of its row. */
    int personalNotes(String id) {
        return personalNotes.getOrDefault(id, 0);
    }

    private String shared(String name) {
        return personNames.computeIfAbsent(name, same -> same);
    }

    /** In the order the incidents were recorded. */
    Collection<IncidentSummary> incidents() {
        return Collections.unmodifiableCollection(incidents.values());
    }

    Set<String> ids() {
        return Collections.unmodifiableSet(incidents.keySet());
    }

    /** Every distinct name of a person involved; empty unless the names were kept. */
    Set<String> personNames() {
        return Collections.unmodifiableSet(personNames.keySet());
    }

    /** Every distinct author; empty unless the names were kept. */
    Set<String> authors() {
        return Collections.unmodifiableSet(authors);
    }

    /** Whether the line with this hash was taken back as recorded in error. */
    Set<String> retracted() {
        return Collections.unmodifiableSet(retracted);
    }

    LastRead lastRead() {
        return lastRead;
    }
}
