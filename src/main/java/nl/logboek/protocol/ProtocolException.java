package nl.logboek.protocol;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A protocol or partner file that cannot be used. The message lists every problem found, one per
 * line, each as {@code file:line: field: what is wrong}, so a user fixes them all in one go.
 */
public class ProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ProtocolProblem> problems;

    public ProtocolException(List<ProtocolProblem> problems) {
        super(problems.stream().map(ProtocolProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ProtocolException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ProtocolException(ProtocolProblem problem) {
        this(List.of(problem));
    }

    public List<ProtocolProblem> problems() {
        return problems;
    }
}
