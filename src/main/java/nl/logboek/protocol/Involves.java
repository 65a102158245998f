package nl.logboek.protocol;

import java.util.List;

/** A person a selection rule asks for: this role and/or this kind (both given: one person with both). */
public record Involves(String role, String kind) {

    boolean matches(Party p) {
        return (role == null || role.equals(p.role())) && (kind == null || kind.equals(p.kind()));
    }

    static boolean anyMatch(List<Involves> wanted, List<Party> people) {
        return wanted.isEmpty() || wanted.stream().anyMatch(w -> people.stream().anyMatch(w::matches));
    }
}
