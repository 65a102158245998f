package nl.logboek;

import nl.logboek.i18n.Messages;

import java.util.Arrays;

/**
 * A failure the user can act on. It carries a message key (rendered in the user's language by the
 * one handler in the CLI) and the exit code the process ends with, so domain code never prints
 * and never decides how the process ends.
 */
public class LogboekException extends RuntimeException {
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private final int exitCode;
    private final String key;
    private final Object[] args;

    public LogboekException(int exitCode, String key, Object... args) {
        this(exitCode, null, key, args);
    }

    public LogboekException(int exitCode, Throwable cause, String key, Object... args) {
        super(Messages.english().get(key, args), cause);
        this.exitCode = exitCode;
        this.key = key;
        this.args = args.clone();
    }

    public static LogboekException usage(String key, Object... args) {
        return new LogboekException(USAGE, key, args);
    }

    public static LogboekException failure(String key, Object... args) {
        return new LogboekException(FAILURE, key, args);
    }

    public int exitCode() {
        return exitCode;
    }

    public String key() {
        return key;
    }

    public String render(Messages messages) {
        return messages.get(key, args);
    }

    @Override
    public String toString() {
        return "LogboekException[" + exitCode + "," + key + "," + Arrays.toString(args) + "]";
    }
}
