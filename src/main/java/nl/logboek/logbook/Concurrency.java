package nl.logboek.logbook;

import java.util.ArrayList;
import java.util.List;

/**
 * Which actions on one incident in a team logbook were taken without knowing of each other.
 * Each line a member writes records how many lines of every other member's file its writer had
 * seen ({@value #SEEN}). Two lines by different members are concurrent when neither writer had
 * seen the other's line: both were written offline, or before a sync brought the other's.
 *
 * <p>Concurrent lines are never a conflict to resolve: both are in the record, and the state is
 * folded from all lines in the team's timeline order (time, then writer, then line), the same
 * on every machine. This only tells `show` which lines to point out.
 */
public final class Concurrency {
    /** The payload field with the lines seen of each other member's file. */
    public static final String SEEN = "seen";

    private Concurrency() {
    }

    /** Whether the writer of {@code a} had seen line {@code b} when writing {@code a}. */
    static boolean saw(Event a, Event b) {
        if (a.writer() == null || b.writer() == null || a.writer().equals(b.writer())) {
            return true; // one writer's lines are in order
        }
        return a.payload().path(SEEN).path(b.writer()).asLong(0) >= b.line();
    }

    /** For each line of {@code timeline} (one incident's), the lines by others concurrent with it. */
    public static List<List<Event>> of(List<Event> timeline) {
        List<List<Event>> out = new ArrayList<>();
        for (Event a : timeline) {
            List<Event> with = new ArrayList<>();
            for (Event b : timeline) {
                if (b != a && !saw(a, b) && !saw(b, a)) {
                    with.add(b);
                }
            }
            out.add(with);
        }
        return out;
    }
}
