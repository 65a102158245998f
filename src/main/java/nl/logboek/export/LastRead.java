package nl.logboek.export;

import nl.logboek.LogboekException;
import nl.logboek.logbook.Event;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the first pass of an event export stopped (an incident export reads once): the sequence
 * number and hash of the last event it read from each file of the logbook (one file, or every member's file of a team logbook, whose lines are
 * numbered per file). The second pass reads nothing after those, so an append made in between
 * cannot change what was selected; and since every line's hash chains to the one before, finding
 * the same hash at the same place proves the second pass reads the very files the first one
 * checked, not ones restored from a backup in between.
 */
final class LastRead {
    /** The last line read from one file. */
    private static final class Mark {
        long seq;
        String hash;
    }

    private final Path logbook;
    /** By writer: null for a logbook of one file. */
    private final Map<String, Mark> marks = new HashMap<>();

    LastRead(Path logbook) {
        this.logbook = logbook;
    }

    /** The first pass read {@code e}: called for every event, in the order of its file. */
    void read(Event e) {
        Mark m = marks.computeIfAbsent(e.writer(), w -> new Mark());
        m.seq = e.seq();
        m.hash = e.hash();
    }

    /** Whether the first pass read this event (or would have, had it not been a personal note). */
    boolean covers(Event e) {
        Mark m = marks.get(e.writer());
        return m != null && e.seq() <= m.seq;
    }

    /** Whether {@code e} is the last line the first pass read from its file, unchanged. */
    boolean isLast(Event e) {
        Mark m = marks.get(e.writer());
        return m != null && e.seq() == m.seq && e.hash().equals(m.hash);
    }

    /**
     * Whether the second pass found, among {@code events}, the last line the first pass read from
     * every file, unchanged.
     */
    boolean foundIn(Collection<Event> events) {
        return events.stream().filter(this::isLast).map(Event::writer).distinct().count() == marks.size();
    }

    /** The failure when the second pass finds another logbook than the first one read. */
    LogboekException replaced() {
        return LogboekException.failure("export.logbook-replaced", logbook);
    }
}
