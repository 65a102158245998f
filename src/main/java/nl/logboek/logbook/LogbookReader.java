package nl.logboek.logbook;

import nl.logboek.i18n.Msg;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Streams a logbook file line by line and checks every line and the chain between them. A line
 * is never skipped: the first problem stops the read with its line number.
 */
public final class LogbookReader {
    private LogbookReader() {
    }

    /** Where the chain ends after the last good line: what the next append must continue from. */
    public record ChainHead(long lines, long seq, String hash, long bytes) {
        static final ChainHead EMPTY = new ChainHead(0, 0, Hashing.GENESIS_PREV, 0);
    }

    /**
     * Reads the whole file.
     *
     * @throws LineDamage for the first damaged line
     */
    public static ChainHead read(Path file, Consumer<Event> sink) throws IOException {
        if (!Files.exists(file)) {
            return ChainHead.EMPTY;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, sink);
        }
    }

    static ChainHead read(InputStream in, Consumer<Event> sink) throws IOException {
        ChainHead[] head = {ChainHead.EMPTY};
        long[] bytes = {0};
        Lines.split(in, new Lines.Handler() {
            @Override
            public void line(long lineNo, String text, int length) {
                bytes[0] += length + 1;
                Event e = check(text, lineNo, head[0]);
                head[0] = new ChainHead(lineNo, e.seq(), e.hash(), bytes[0]);
                sink.accept(e);
            }

            @Override
            public void undecodable(long lineNo, Msg reason, int length) {
                throw new LineDamage(lineNo, reason);
            }

            @Override
            public void torn(long lineNo, byte[] tail) {
                throw new LineDamage(lineNo, new Msg("damage.torn"));
            }
        });
        return head[0];
    }

    /** Checks one line against the line before it. */
    static Event check(String text, long lineNo, ChainHead before) {
        Event e = EventCodec.decode(text, lineNo);
        if (e.seq() != before.seq() + 1) {
            throw new LineDamage(lineNo, new Msg("damage.seq", e.seq(), before.seq() + 1));
        }
        if (!e.prev().equals(before.hash())) {
            throw new LineDamage(lineNo, new Msg("damage.chain", before.lines()));
        }
        boolean first = before.lines() == 0;
        if (first != EventType.LOGBOOK.equals(e.type())) {
            throw new LineDamage(lineNo, new Msg(first ? "damage.no-header" : "damage.second-header"));
        }
        if (!first && e.incident() == null) {
            throw new LineDamage(lineNo, new Msg("damage.field", "incident"));
        }
        return e;
    }
}
