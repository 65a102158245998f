package nl.logboek.protocol;

import java.util.List;

/**
 * One step of a protocol, in the order the source document gives.
 *
 * @param regie    id of the ladder level that holds regie during this step, or null; reaching the
 *                 step moves the incident to that level
 * @param partners ids of the partners involved in this step (see partners.json)
 * @param when     when the step applies (null: always)
 */
public record Step(String id, LocalizedText title, LocalizedText description, String regie,
                   List<String> partners, List<Alert> alerts, List<ChecklistItem> items, Condition when) {

    public Step {
        partners = Copies.of(partners);
        alerts = Copies.of(alerts);
        items = Copies.of(items);
    }
}
