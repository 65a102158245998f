package nl.logboek.logbook;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Issue 16, item 2: a logbook cut short, or an older copy put back, reads as a sound logbook on
 * its own. What was seen of it before is remembered twice, apart from the file: by the
 * {@link Witness} in the config folder and by the index's header. Each remembers a line (its
 * number, hash and end); the logbook must still hold that line. When it does not, every command
 * refuses with both numbers (lines known, lines found) instead of rebuilding over it.
 */
final class Anchors {
    private Anchors() {
    }

    /** Throws when {@code logbook} no longer holds {@code seen} (noted in {@code rememberedIn}); null {@code seen} holds. */
    static void require(Path logbook, LogbookReader.ChainHead seen, Path rememberedIn, LogIndex index) throws IOException {
        if (seen == null || seen.lines() == 0) {
            return;
        }
        long found = holds(logbook, seen, index);
        if (found >= 0) {
            throw new LogbookRolledBackException(logbook, seen.lines(), found, rememberedIn);
        }
    }

    /**
     * Throws when {@code logbook} has fewer lines than {@code seen} (the index's header, which is
     * a cache: only its length is taken, never its hash, so that a damaged cache can never be
     * reported as a rewritten log).
     */
    static void requireLength(Path logbook, LogbookReader.ChainHead seen, Path rememberedIn) throws IOException {
        if (seen == null || Files.size(logbook) >= seen.bytes()) {
            return;
        }
        long found = countLines(logbook);
        if (found < seen.lines()) {
            throw new LogbookRolledBackException(logbook, seen.lines(), found, rememberedIn);
        }
    }

    private static long countLines(Path logbook) throws IOException {
        long lines = 0;
        try (InputStream in = Files.newInputStream(logbook)) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    /**
     * -1 when the logbook holds {@code seen}; else how many lines it has. Cheap in the common
     * cases: the index ends at the line (no read), or the line still ends where it ended (one
     * read); only after a purge (which shortens lines, not their number) is the file counted.
     */
    static long holds(Path logbook, LogbookReader.ChainHead seen, LogIndex index) throws IOException {
        if (index != null && index.head().lines() >= seen.lines()) {
            if (index.head().lines() == seen.lines()) {
                return index.head().hash().equals(seen.hash()) ? -1 : index.head().lines();
            }
            LogIndex.Entry e = index.entry((int) (seen.lines() - 1));
            if (e.line() == seen.lines()) {
                return hashOf(LogIndex.readLine(logbook, e.offset(), e.length()), seen).equals(seen.hash())
                        ? -1 : index.head().lines();
            }
        }
        long size = Files.size(logbook);
        if (size >= seen.bytes() && seen.hash().equals(hashOf(lineEndingAt(logbook, seen.bytes()), seen))) {
            return -1;
        }
        return lineAt(logbook, seen);
    }

    /** The chain hash a line names, or "" when it is no line of a logbook. */
    private static String hashOf(String line, LogbookReader.ChainHead seen) {
        if (line == null) {
            return "";
        }
        try {
            Event e = EventCodec.decode(line, seen.lines(), Sealer.ENVELOPE_ONLY);
            return e.seq() == seen.seq() ? e.hash() : "";
        } catch (LineDamage d) {
            return "";
        }
    }

    /** The line that ends (with its newline) at {@code end}, or null when no newline is there. */
    private static String lineEndingAt(Path logbook, long end) throws IOException {
        try (FileChannel ch = FileChannel.open(logbook, StandardOpenOption.READ)) {
            ByteBuffer nl = ByteBuffer.allocate(1);
            if (ch.read(nl, end - 1) != 1 || nl.get(0) != '\n') {
                return null;
            }
        }
        return LineEnds.firstAndLast(logbook, end)[1];
    }

    /** -1 when line {@code seen.lines()} of the file is the line seen; else how many lines the file has. */
    private static long lineAt(Path logbook, LogbookReader.ChainHead seen) throws IOException {
        long lines = 0;
        boolean same = false;
        ByteArrayOutputStream wanted = new ByteArrayOutputStream();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(logbook), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        if (lines == seen.lines() - 1) {
                            wanted.write(buf, from, i - from);
                            same = seen.hash().equals(hashOf(wanted.toString(StandardCharsets.UTF_8), seen));
                        }
                        lines++;
                        from = i + 1;
                    }
                }
                if (lines == seen.lines() - 1 && from < n) {
                    wanted.write(buf, from, n - from);
                }
            }
        }
        return same ? -1 : lines;
    }
}
