package nl.logboek.logbook;

import nl.logboek.LogboekException;

import java.nio.file.Path;

/**
 * The logbook no longer holds a line this computer saw in it (see {@link Anchors}): lines were
 * cut from its end, an older copy was put back, or it was rewritten. Exit code 3, like any
 * altered history; nothing is written, and the index is not rebuilt over it.
 */
public final class LogbookRolledBackException extends LogboekException {
    /** The exit code of an altered history (as a team's sync uses it). */
    public static final int ALTERED = 3;

    private final long known;
    private final long found;
    private final transient Path rememberedIn;

    LogbookRolledBackException(Path logbook, long known, long found, Path rememberedIn) {
        super(ALTERED, found < known ? "anchor.shorter" : "anchor.changed", logbook, known, found, rememberedIn);
        this.known = known;
        this.found = found;
        this.rememberedIn = rememberedIn;
    }

    /** The file that remembered the longer log: the witness, or the index. */
    public Path rememberedIn() {
        return rememberedIn;
    }

    /** Lines the logbook had when it was last seen. */
    public long known() {
        return known;
    }

    /** Lines it has now. */
    public long found() {
        return found;
    }
}
