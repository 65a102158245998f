package nl.logboek.protocol;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * When a step, item or alert applies, decided by the answers to a protocol's questions and
 * decisions: {@code {"answer": "KEY", "is": [...]}}, or all / any of other conditions. Exactly one
 * of its three forms is given (the validator checks that).
 *
 * @param answer the question or decision item whose answer decides
 * @param is     the answers for which the condition holds
 */
public record Condition(String answer, List<String> is, List<Condition> all, List<Condition> any) {

    public Condition {
        is = Copies.of(is);
        all = Copies.of(all);
        any = Copies.of(any);
    }

    /** What a condition comes to: undecided while a question it depends on has no answer yet. */
    public enum Outcome {
        TRUE, FALSE, UNDECIDED;

        static Outcome of(boolean b) {
            return b ? TRUE : FALSE;
        }
    }

    /**
     * @param answers the latest answer to an item of the same protocol, or null when unanswered
     */
    public Outcome evaluate(java.util.function.Function<String, String> answers) {
        if (answer != null) {
            String given = answers.apply(answer);
            return given == null ? Outcome.UNDECIDED : Outcome.of(is.contains(given));
        }
        if (!all.isEmpty()) {
            return combine(all, answers, Outcome.FALSE, Outcome.TRUE);
        }
        return combine(any, answers, Outcome.TRUE, Outcome.FALSE);
    }

    /** all: any FALSE decides; any: any TRUE decides; otherwise undecided if one is, else the other. */
    private static Outcome combine(List<Condition> parts, java.util.function.Function<String, String> answers,
                                   Outcome deciding, Outcome otherwise) {
        boolean undecided = false;
        for (Condition c : parts) {
            Outcome o = c.evaluate(answers);
            if (o == deciding) {
                return deciding;
            }
            undecided |= o == Outcome.UNDECIDED;
        }
        return undecided ? Outcome.UNDECIDED : otherwise;
    }

    /** Every item whose answer this condition reads. */
    public void collectAnswers(Set<String> into) {
        if (answer != null) {
            into.add(answer);
        }
        all.forEach(c -> c.collectAnswers(into));
        any.forEach(c -> c.collectAnswers(into));
    }

    /** The simple conditions inside, with the values they ask for ({@code f(item, values)}). */
    public <T> void forEachSimple(BiFunction<String, List<String>, T> f) {
        if (answer != null) {
            f.apply(answer, is);
        }
        all.forEach(c -> c.forEachSimple(f));
        any.forEach(c -> c.forEachSimple(f));
    }
}
