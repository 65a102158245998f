package nl.logboek.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A protocol: the ordered steps, checklist items and alerts a coordinator is walked through for
 * one kind of incident. Instances returned by {@link ProtocolLoader} and
 * {@link ProtocolRegistry} have passed validation, so required fields are never null.
 *
 * @param format   version of the file format; only 1 exists
 * @param source   the document the content comes from
 * @param overlay  can be added to an incident beside its main protocol
 * @param priority lower comes first when choosing the protocol for a new incident
 * @param addWhen  when the protocol is added beside whichever main protocol an incident gets
 */
public record Protocol(Integer format, String id, LocalizedText title, LocalizedText description,
                       String source, boolean overlay, Integer priority,
                       List<AppliesTo> appliesTo, List<AppliesTo> addWhen, List<PartnerGroup> partnerGroups,
                       List<Alert> alerts, List<Step> steps, Ladder ladder) {

    /** Priority of a protocol that does not state one: after all shipped main protocols. */
    public static final int DEFAULT_PRIORITY = 100;

    public Protocol {
        priority = priority == null ? DEFAULT_PRIORITY : priority;
        appliesTo = Copies.of(appliesTo);
        addWhen = Copies.of(addWhen);
        partnerGroups = Copies.of(partnerGroups);
        alerts = Copies.of(alerts);
        steps = Copies.of(steps);
    }

    /** Whether this protocol is meant for an incident of this category aimed at this kind. */
    public boolean matches(String category, String targetKind) {
        return appliesTo.stream().anyMatch(a -> a.matches(category, targetKind));
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** Every checklist item, in step order. */
    public List<ChecklistItem> items() {
        List<ChecklistItem> all = new ArrayList<>();
        steps.forEach(s -> all.addAll(s.items()));
        return List.copyOf(all);
    }

    public Optional<ChecklistItem> item(String itemId) {
        return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** The step that holds the item, so a ticked item can be shown in its place. */
    public Optional<Step> stepOf(String itemId) {
        return steps.stream()
                .filter(s -> s.items().stream().anyMatch(i -> i.id().equals(itemId)))
                .findFirst();
    }

    /** What to show at a step: the protocol's alerts (shown at every step), then the step's own. */
    public List<Alert> alertsAt(Step step) {
        List<Alert> shown = new ArrayList<>(alerts);
        shown.addAll(step.alerts());
        return List.copyOf(shown);
    }
}
