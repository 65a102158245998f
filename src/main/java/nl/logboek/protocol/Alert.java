package nl.logboek.protocol;

import java.util.List;

/**
 * A warning shown to the coordinator. On a protocol it is shown at every step; on a step only at
 * that step.
 *
 * @param law        the law named, for an alert of kind law
 * @param source     where the alert comes from, when not from the protocol's own source
 * @param categories shown only for incidents of these categories (none: all)
 * @param when       shown only when this holds (null: always)
 */
public record Alert(String id, AlertKind kind, LocalizedText text, LocalizedText law, String source,
                    List<String> categories, Condition when) {

    public Alert {
        categories = Copies.of(categories);
    }

    /** Whether the alert is meant for an incident of this category. */
    public boolean shownFor(String category) {
        return categories.isEmpty() || categories.contains(category);
    }
}
