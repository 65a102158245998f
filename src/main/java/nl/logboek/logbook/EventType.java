package nl.logboek.logbook;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The line types the store itself knows: the header, a purge, and the line that opens an
 * incident. Every other type is about an incident and comes from {@link LineTypes}.
 */
public final class EventType {
    /** First line of every logbook: its id and format. */
    public static final String LOGBOOK = "logbook";
    /**
     * The line that opens an incident: no line may refer to an incident before it (verify, the
     * team's timeline and the index rely on this).
     */
    public static final String CREATED = "created";
    /** About the logbook: the content of these incidents was removed (retention); lists ids, never content. */
    public static final String PURGE = "purge";

    /**
     * About the logbook: a writer's signing key (a new key of its own, or in a team a member's key
     * admitted or revoked); holds public keys and writer names, never content. See WriterKeys.
     */
    public static final String KEY = "key";

    private static final class Known {
        static final Set<String> TYPES = known();

        private static Set<String> known() {
            Set<String> all = new HashSet<>(List.of(LOGBOOK, PURGE, KEY));
            all.addAll(LineTypes.installed().incidentTypes());
            return Set.copyOf(all);
        }
    }

    /** Whether this program knows the type (a line of another type is damage, or from a newer release). */
    public static boolean known(String type) {
        return Known.TYPES.contains(type);
    }

    /** Whether the index keeps the last line of this type per incident (see LineTypes.marksState). */
    public static boolean marksState(String type) {
        return LineTypes.installed().marksState(type);
    }

    /** The bit the index keeps with a line that marks its incident's state (see LineTypes.flag). */
    public static boolean flag(Event e) {
        return marksState(e.type()) && LineTypes.installed().flag(e.type(), e.payload());
    }

    /** Types that are about the logbook as a whole, not about one incident. */
    public static boolean aboutLogbook(String type) {
        return LOGBOOK.equals(type) || PURGE.equals(type) || KEY.equals(type);
    }

    private EventType() {
    }
}
