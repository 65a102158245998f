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

    /** The id of the incident with this ordinal. */
    default String incidentId(int ordinal) {
        return incidentIds().get(ordinal);
    }

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
     * The created line of each incident of {@code incidents} (as {@link #keyedEventsOf} with only
     * that line wanted), found without passing its other lines where the view can.
     */
    default void createdEventsOf(BitSet incidents, BiConsumer<EventKey, Event> sink) {
        keyedEventsOf(incidents, k -> EventType.CREATED.equals(k.type()), sink);
    }

    /**
     * As {@link #keyedEventsOf}, following each incident's own lines through the index instead of
     * passing the lines between them: for a few hundred incidents spread over years.
     */
    default void keyedEventsFollowing(BitSet incidents, Predicate<EventKey> wanted, BiConsumer<EventKey, Event> sink) {
        keyedEventsOf(incidents, wanted, sink);
    }

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

    /**
     * {@link #heads} of only the incidents {@code ordinals} holds (the others' entries are left
     * empty: created {@code Long.MIN_VALUE}, no status type), or null as {@link #heads}.
     */
    default Heads headsOf(BitSet ordinals) {
        return heads();
    }

    /** One incident's events, oldest first. */
    List<Event> eventsOf(String incident);

    /**
     * The line number of the last line of the incident with this ordinal, as far as this view can
     * tell without reading its lines; -1 when it cannot (then only the end of a read tells).
     */
    default long lastLineOf(int ordinal) {
        return -1;
    }

    /**
     * Where this view's log stands, for a cache derived from it (docs/logbook-format.md): the
     * index's generation, the number of lines and the last line's hash. Null when the view has no
     * single index to tie a cache to (a team logbook, a folder where no index can be written):
     * then there is nothing to derive a cache from.
     */
    record Stamp(long generation, long lines, String lastHash) {
        // Written out: a record's generated equals/hashCode bootstrap java.lang.runtime.ObjectMethods
        // (about twenty method handles spun at run time), a cost on every short reading command.
        @Override
        public boolean equals(Object o) {
            return o instanceof Stamp s && s.generation == generation && s.lines == lines
                    && java.util.Objects.equals(s.lastHash, lastHash);
        }

        @Override
        public int hashCode() {
            return (int) (generation * 31 + lines) * 31 + (lastHash == null ? 0 : lastHash.hashCode());
        }
    }

    default Stamp stamp() {
        return null;
    }

    /**
     * Whether the log this view shows begins with the log that {@code earlier} was taken of: the
     * same index generation (a purge, a repair or any change by another program makes a new one),
     * and its line {@code earlier.lines()} still carries {@code earlier.lastHash()} (the chain makes
     * every line before it the same too).
     */
    default boolean continues(Stamp earlier) {
        return false;
    }

    /** The keys of the lines after the first {@code lines}, in log order. */
    default void keysAfter(long lines, Consumer<EventKey> sink) {
        keys(k -> {
            if (k.line() > lines) {
                sink.accept(k);
            }
        });
    }

    /**
     * A key for hashing what a cache holds, derived from the logbook's key for {@code purpose}
     * (HMAC-SHA256), or null for a logbook that is not encrypted.
     */
    default byte[] cacheKey(String purpose) {
        return null;
    }

    @Override
    void close();
}
