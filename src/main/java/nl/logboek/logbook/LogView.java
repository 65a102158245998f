package nl.logboek.logbook;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A consistent view of a logbook: of one file through its index (FileView), or of a team
 * logbook's writer files merged into one timeline (TeamView). Keys are cheap (no line is read);
 * events are read and checked one by one, only for the lines asked for.
 *
 * <p>Every key carries its incident's ordinal: incidents are numbered 0, 1, 2, ... in the order
 * they were created, so that per-incident state can live in arrays of {@link #incidentCount()}.
 */
public interface LogView extends AutoCloseable {
    /** The ids created so far; {@code contains} is quick, iterating lists them all. */
    Set<String> createdIds();

    /** Ids of all incidents, in the order they were created (by ordinal). */
    List<String> incidentIds();

    /** How many incidents there are: every ordinal of a key is below this. */
    int incidentCount();

    /** Every line's key, in timeline order. */
    void keys(Consumer<EventKey> sink);

    /** The events of the lines {@code wanted} accepts, in timeline order; each line read is checked. */
    default void events(Predicate<EventKey> wanted, Consumer<Event> sink) {
        keyedEvents(wanted, (k, e) -> sink.accept(e));
    }

    /** As {@link #events}, with each event its key (for its incident's ordinal). */
    void keyedEvents(Predicate<EventKey> wanted, BiConsumer<EventKey, Event> sink);

    /**
     * The events {@code wanted} accepts of the incidents {@code incidents} holds (by ordinal):
     * each incident's lines oldest first; between incidents in any order.
     */
    void keyedEventsOf(BitSet incidents, Predicate<EventKey> wanted, BiConsumer<EventKey, Event> sink);

    /**
     * Per incident (by ordinal): when it was created (epoch seconds, or {@code Long.MIN_VALUE}
     * when it is not listed: its creation was purged), and the type (null: none) and flag of its
     * last line that marks its state (see LineTypes).
     */
    record Heads(long[] createdAt, String[] statusType, boolean[] flag) {
    }

    /**
     * Every incident's {@link Heads} without passing every line, or null when this view can only
     * tell them by passing every line's key (then {@link #keys} does).
     */
    default Heads heads() {
        return null;
    }

    /** One incident's events, oldest first. */
    List<Event> eventsOf(String incident);

    @Override
    void close();
}
