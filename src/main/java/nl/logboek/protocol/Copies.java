package nl.logboek.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies for the model records. */
final class Copies {

    private Copies() {
    }

    /**
     * An unmodifiable copy; an absent list becomes empty. Unlike {@link List#copyOf} it keeps null
     * elements, because a record must not throw while Jackson builds it: the validator reports a
     * null element with its file and line instead.
     */
    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
