package nl.logboek.logbook;

import nl.logboek.i18n.Messages;
import nl.logboek.i18n.Msg;

/** What is wrong with one line of a logbook: its 1-based number and a reason in words. */
public final class LineDamage extends RuntimeException {
    private final long line;
    private final Msg reason;

    public LineDamage(long line, Msg reason) {
        super("line " + line + ": " + Messages.english().get(reason.key(), reason.args()), null, false, false);
        this.line = line;
        this.reason = reason;
    }

    public long line() {
        return line;
    }

    public Msg reason() {
        return reason;
    }
}
