package nl.logboek.logbook;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The types of the lines about incidents, as far as the store needs them: which exist (a line of
 * another type is damage, or was written by a newer release), and which of them the index keeps
 * per incident so that `list` can tell a status without reading lines. What the types mean is not
 * the store's business: the incident layer supplies this (META-INF/services), so the store knows
 * no incident rule.
 */
public interface LineTypes {
    /**
     * Every type of a line about an incident, the one that opens an incident
     * ({@link EventType#CREATED}) among them. Append only: the index stores a type by its place
     * here, after {@link EventType#LOGBOOK} and {@link EventType#PURGE}; another order needs a new
     * index version.
     */
    List<String> incidentTypes();

    /** Whether the index keeps the last line of this type per incident (the line that decides its status). */
    boolean marksState(String type);

    /** The one bit the index keeps with such a line. */
    boolean flag(String type, ObjectNode payload);

    /** The types this program was built with: found once, on first use. */
    static LineTypes installed() {
        return Installed.TYPES;
    }

    /** Holder: loaded on first use only. */
    final class Installed {
        static final LineTypes TYPES = ServiceLoader.load(LineTypes.class, LineTypes.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + LineTypes.class.getName() + " on the class path"));

        private Installed() {
        }
    }
}
