package nl.logboek.incident;

import nl.logboek.incident.IncidentEvent.Amended.Field;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user asks to correct in a record (`amend`), values already checked against their
 * vocabularies; a blank value clears an optional field.
 */
public record AmendRequest(String reason, Map<Field, String> fields, List<Person> addPersons, List<String> removePersons) {
    public AmendRequest {
        fields = new LinkedHashMap<>(fields);
        addPersons = List.copyOf(addPersons);
        removePersons = List.copyOf(removePersons);
    }

    public boolean isEmpty() {
        return fields.isEmpty() && addPersons.isEmpty() && removePersons.isEmpty();
    }
}
