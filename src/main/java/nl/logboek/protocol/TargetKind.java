package nl.logboek.protocol;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What kind of person an incident is aimed at (or involves). A professional (teacher, youth
 * worker) is a {@code medewerker}.
 */
public enum TargetKind {
    LEERLING("leerling"),
    MEDEWERKER("medewerker"),
    DERDE("derde");

    private final String id;

    TargetKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<TargetKind> byId(String id) {
        for (TargetKind k : values()) { // a loop, not a stream: on the way of every `new`
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The ids as a comma-separated list, for messages that tell the user what is allowed. */
    public static String ids() {
        return Arrays.stream(values()).map(TargetKind::id).collect(Collectors.joining(", "));
    }
}
