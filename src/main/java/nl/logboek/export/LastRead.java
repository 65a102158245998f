package nl.logboek.export;

import nl.logboek.LogboekException;
import nl.logboek.logbook.Event;

import java.nio.file.Path;

/**
 * Where the first pass stopped: the sequence number and hash of the last event it read. The
 * second pass reads nothing after it, so an append made in between cannot change what was
 * selected; and since every line's hash chains to the one before, finding the same hash at the
 * same place proves the second pass reads the very logbook the first one checked, not one
 * restored from a backup in between.
 *
 * @param seq  0 for a logbook without events
 * @param hash null for a logbook without events
 */
record LastRead(Path logbook, long seq, String hash) {

    /** Whether the first pass read this event (or would have, had it not been a personal note). */
    boolean covers(Event e) {
        return e.seq() <= seq;
    }

    /** Whether {@code e} is the event the first pass stopped at, unchanged. */
    boolean isAt(Event e) {
        return e.seq() == seq && e.hash().equals(hash);
    }

    /** The failure when the second pass finds another logbook than the first one read. */
    LogboekException replaced() {
        return LogboekException.failure("export.logbook-replaced", logbook);
    }
}
