package nl.logboek.protocol;

import java.util.List;

/** A person a selection rule asks for: this role and/or this kind (both given: one person with both). */
public record Involves(String role, String kind) {

    boolean matches(Party p) {
        return (role == null || role.equals(p.role())) && (kind == null || kind.equals(p.kind()));
    }

    static boolean anyMatch(List<Involves> wanted, List<Party> people) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (Involves w : wanted) { // loops, not streams: on the way of every `new` (docs/benchmarks.md)
            for (Party p : people) {
                if (w.matches(p)) {
                    return true;
                }
            }
        }
        return false;
    }
}
