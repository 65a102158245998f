package nl.logboek.team;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where a file stops being a continuation of an earlier version of itself: the first line that
 * differs, or the first line that is gone. An append-only file never has one.
 *
 * @param line    1-based line number in the earlier version
 * @param missing whether the later version simply ends there (lines removed from the end)
 */
record LineDifference(long line, boolean missing) {

    /** Empty when {@code earlier} is, byte for byte, the beginning of {@code later}. */
    static Optional<LineDifference> between(InputStream earlier, InputStream later) throws IOException {
        InputStream a = new BufferedInputStream(earlier, 1 << 16);
        InputStream b = new BufferedInputStream(later, 1 << 16);
        long line = 1;
        boolean atLineStart = true;
        int x;
        while ((x = a.read()) >= 0) {
            int y = b.read();
            if (y < 0) {
                // Cut at a line boundary: whole lines are missing; cut inside a line: that line changed.
                return Optional.of(new LineDifference(line, atLineStart));
            }
            if (x != y) {
                return Optional.of(new LineDifference(line, false));
            }
            atLineStart = x == '\n';
            if (atLineStart) {
                line++;
            }
        }
        return Optional.empty();
    }
}
