package nl.logboek.incident;

import nl.logboek.LogboekException;

/** Someone involved in an incident, with their role and (when known) what kind of person they are. */
public record Person(String name, String role, String kind) {

    /** Parses NAME:ROLE[:KIND]; the name itself may contain colons, so the parts are taken from the right. */
    public static Person parse(String spec) {
        String[] parts = spec.split(":", -1);
        String kind = null;
        int roleAt = parts.length - 1;
        if (parts.length >= 3 && Vocabulary.KIND.accepts(parts[parts.length - 1]) && Vocabulary.ROLE.accepts(parts[parts.length - 2])) {
            kind = Vocabulary.KIND.parse(parts[parts.length - 1]);
            roleAt = parts.length - 2;
        }
        if (kind == null && parts.length >= 3 && Vocabulary.ROLE.accepts(parts[parts.length - 2])) {
            Vocabulary.KIND.parse(parts[parts.length - 1]); // names the unknown kind instead of a puzzling role error
        }
        if (parts.length < 2 || roleAt < 1) {
            throw LogboekException.usage("person.malformed", spec);
        }
        String name = String.join(":", java.util.Arrays.copyOfRange(parts, 0, roleAt)).strip();
        if (name.isEmpty()) {
            throw LogboekException.usage("person.malformed", spec);
        }
        String role = Vocabulary.ROLE.parse(parts[roleAt]);
        return new Person(name, role, kind);
    }
}
