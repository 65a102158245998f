package nl.logboek.logbook;

import nl.logboek.LogboekException;

import java.nio.file.Path;

/** A read met a line it cannot account for; it names the file, the line and what is wrong. */
public final class LogbookDamagedException extends LogboekException {
    private final transient Path file;
    private final long line;

    public LogbookDamagedException(Path file, LineDamage damage) {
        super(FAILURE, damage, "damage.torn".equals(damage.reason().key()) ? "logbook.torn" : "logbook.damaged",
                file, damage.line(), damage.reason());
        this.file = file;
        this.line = damage.line();
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }
}
