package nl.logboek.protocol;

import java.util.List;

/**
 * One thing to do or to answer in a step; the coordinator ticks or answers it by its id, so ids
 * are stable forever.
 *
 * @param kind        how it is completed (null: an action, ticked)
 * @param options     the answers a decision can have
 * @param when        when the item applies (null: always)
 * @param duty        law, protocol rule or advice (null: an ordinary step of the protocol)
 * @param law         the law that makes it a duty, named (only with duty law)
 * @param mandatory   blocks closing while open, when it applies
 * @param dated       the date on which it was done must be recorded (legal deadlines, escalations)
 * @param consent     completing it records a consent to share information (from whom, for what
 *                    purpose, with which partner, when)
 * @param source      where the item comes from, when not from the protocol's own source
 * @param fulfilledBy entries that complete it without a tick
 * @param notBefore   items of the same protocol whose date this item's date may not precede
 * @param deadline    when it is due
 */
public record ChecklistItem(String id, ItemKind kind, LocalizedText text, List<Option> options, Condition when,
                            Duty duty, LocalizedText law, boolean mandatory, boolean dated, boolean consent,
                            String source, List<Fulfilment> fulfilledBy, List<String> notBefore, Deadline deadline) {

    public ChecklistItem {
        kind = kind == null ? ItemKind.ACTION : kind;
        options = Copies.of(options);
        fulfilledBy = Copies.of(fulfilledBy);
        notBefore = Copies.of(notBefore);
    }

    /** Answered rather than ticked. */
    public boolean answered() {
        return kind != ItemKind.ACTION;
    }

    /** The answers it takes: ja/nee/twijfel/onbekend for a question, the option ids for a decision. */
    public List<String> answers() {
        return switch (kind) {
            case ACTION -> List.of();
            case QUESTION -> ItemKind.QUESTION_ANSWERS;
            case DECISION -> options.stream().map(Option::id).toList();
        };
    }

    public java.util.Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
