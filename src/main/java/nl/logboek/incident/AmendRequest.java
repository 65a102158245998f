package nl.logboek.incident;

import nl.logboek.incident.IncidentEvent.Amended.Field;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user asks to correct in a record (`amend`), values already checked against their
 * vocabularies; a blank value clears an optional field.
 */
public record AmendRequest(String reason, Map<Field, String> fields, List<Person> addPersons, List<String> removePersons,
                           List<String> addProtocols, List<String> removeProtocols) {
    public AmendRequest {
        fields = new LinkedHashMap<>(fields);
        addPersons = List.copyOf(addPersons);
        removePersons = List.copyOf(removePersons);
        addProtocols = addProtocols == null ? List.of() : List.copyOf(addProtocols);
        removeProtocols = removeProtocols == null ? List.of() : List.copyOf(removeProtocols);
    }

    public AmendRequest(String reason, Map<Field, String> fields, List<Person> addPersons, List<String> removePersons) {
        this(reason, fields, addPersons, removePersons, List.of(), List.of());
    }

    public boolean isEmpty() {
        return fields.isEmpty() && addPersons.isEmpty() && removePersons.isEmpty() && addProtocols.isEmpty()
                && removeProtocols.isEmpty();
    }
}
