package nl.logboek.cli;

import nl.logboek.i18n.Messages;
import nl.logboek.logbook.Progress;

import java.io.PrintWriter;

/**
 * A progress line on stderr for reads of large logbooks; it appears only after half a second, so
 * ordinary commands never show it, and it is erased when the read is done.
 */
final class TerminalProgress implements Progress {
    private static final long DELAY_NANOS = 500_000_000L;
    private final long delayNanos;
    private final Messages msg;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private boolean shown;

    TerminalProgress(Messages msg, PrintWriter err) {
        this(msg, err, DELAY_NANOS);
    }

    TerminalProgress(Messages msg, PrintWriter err, long delayNanos) {
        this.msg = msg;
        this.err = err;
        this.delayNanos = delayNanos;
    }

    @Override
    public void update(long done, long total) {
        if (System.nanoTime() - start < delayNanos || total <= 0) {
            return;
        }
        shown = true;
        err.print("\r" + msg.get("progress.reading", done * 100 / total, done >> 20, total >> 20) + "   ");
        err.flush();
    }

    @Override
    public void finish() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }
}
