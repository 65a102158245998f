package nl.logboek.report;

import nl.logboek.protocol.ChecklistItem;
import nl.logboek.protocol.Level;
import nl.logboek.protocol.Protocol;
import nl.logboek.protocol.Step;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A protocol's steps, items and ladder by position, so that an incident's progress can be kept as
 * two small bit sets instead of lists of ids while the whole logbook streams past.
 */
final class ProtocolIndex {
    final Protocol protocol;
    private final Map<String, Integer> steps = new HashMap<>();
    private final Map<String, Integer> items = new HashMap<>();
    private final Map<String, Integer> levels = new HashMap<>();
    private final List<ChecklistItem> itemList;

    ProtocolIndex(Protocol protocol) {
        this.protocol = protocol;
        List<Step> s = protocol.steps();
        for (int i = 0; i < s.size(); i++) {
            steps.putIfAbsent(s.get(i).id(), i);
        }
        itemList = protocol.items();
        for (int i = 0; i < itemList.size(); i++) {
            items.putIfAbsent(itemList.get(i).id(), i);
        }
        if (protocol.ladder() != null) {
            List<Level> l = protocol.ladder().levels();
            for (int i = 0; i < l.size(); i++) {
                levels.putIfAbsent(l.get(i).id(), i);
            }
        }
    }

    /** Position of the step, or -1 for an id the protocol does not have (any more). */
    int step(String id) {
        return id == null ? -1 : steps.getOrDefault(id, -1);
    }

    int item(String id) {
        return id == null ? -1 : items.getOrDefault(id, -1);
    }

    /** Position of the level on the ladder, or Integer.MAX_VALUE for one the ladder does not have. */
    int level(String id) {
        return id == null ? Integer.MAX_VALUE : levels.getOrDefault(id, Integer.MAX_VALUE);
    }

    int stepCount() {
        return protocol.steps().size();
    }

    /** The first step not done (0-based), or stepCount() when all are done. */
    int currentStep(BitSet done) {
        return done == null ? 0 : Math.min(done.nextClearBit(0), stepCount());
    }

    String stepId(int position) {
        return position < stepCount() ? protocol.steps().get(position).id() : null;
    }

    /** Where every incident starts: the ladder's first level, or null without a ladder. */
    String firstLevel() {
        if (protocol.ladder() == null || protocol.ladder().levels().isEmpty()) {
            return null;
        }
        return protocol.ladder().levels().get(0).id();
    }

    List<ChecklistItem> items() {
        return itemList;
    }

    /** Whether any item is mandatory: only then do ticked items matter to a report (open legal duties). */
    boolean hasMandatory() {
        return itemList.stream().anyMatch(ChecklistItem::mandatory);
    }
}
