package nl.logboek.incident;

import nl.logboek.protocol.Level;
import nl.logboek.protocol.Protocol;
import nl.logboek.protocol.ProtocolRegistry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The level an incident is at, as the JSON shapes and exports show it: the level it was last
 * moved to, or, before any move, the first level of its protocol's escalation ladder (the fold
 * keeps {@code null} there: {@link Incident#level()}). Null only for an incident without a
 * protocol, or whose protocol is not loaded or has no ladder. The protocols are read only when an
 * incident needs its first level, each protocol's ladder once.
 */
public final class Levels {
    /** Without protocols: the level as folded, null before the first move (for tests and tools). */
    public static final Levels AS_FOLDED = new Levels(null);

    private final Supplier<ProtocolRegistry> protocols;
    private final Map<String, Optional<String>> first = new HashMap<>();

    private Levels(Supplier<ProtocolRegistry> protocols) {
        this.protocols = protocols;
    }

    /** @param protocols asked for the registry the first time an incident needs its first level */
    public static Levels of(Supplier<ProtocolRegistry> protocols) {
        return new Levels(protocols);
    }

    /** The level id of {@code i}: as moved, else its ladder's first level; null as described above. */
    public String of(Incident i) {
        if (i.level() != null || i.protocol() == null || protocols == null) {
            return i.level();
        }
        return first.computeIfAbsent(i.protocol(), id -> protocols.get().byId(id).flatMap(Levels::firstOf)).orElse(null);
    }

    private static Optional<String> firstOf(Protocol p) {
        if (p.ladder() == null || p.ladder().levels().isEmpty()) {
            return Optional.empty();
        }
        Level level = p.ladder().levels().get(0);
        return Optional.ofNullable(level == null ? null : level.id());
    }
}
