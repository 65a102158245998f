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

    /**
     * The types this program was built with: those the program's entry point installed, else the
     * ones found through the service loader (once, on first use).
     */
    static LineTypes installed() {
        LineTypes given = Installed.given;
        return given != null ? given : Installed.Found.TYPES;
    }

    /**
     * Installs the types, as the program's entry point does: finding them through the service
     * loader opens the jar's META-INF/services, several milliseconds of every start.
     */
    static void install(LineTypes types) {
        Installed.given = types;
    }

    /** Holder: what was installed, or what the service loader finds on first use. */
    final class Installed {
        private static volatile LineTypes given;

        private Installed() {
        }

        private static final class Found {
            static final LineTypes TYPES = ServiceLoader.load(LineTypes.class, LineTypes.class.getClassLoader()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + LineTypes.class.getName() + " on the class path"));
        }
    }
}
