package nl.logboek.logbook;

import nl.logboek.i18n.Msg;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ChainHead head = ChainHead.EMPTY;
        byte[] buf = new byte[4096];
        int len = 0;
        long bytes = 0;
        long lineNo = 0;
        int b;
        while ((b = in.read()) != -1) {
            if (b != '\n') {
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                buf[len++] = (byte) b;
                continue;
            }
            lineNo++;
            bytes += len + 1;
            Event e = check(decodeLine(utf8, buf, len, lineNo), lineNo, head);
            head = new ChainHead(lineNo, e.seq(), e.hash(), bytes);
            sink.accept(e);
            len = 0;
        }
        if (len > 0) {
            throw new LineDamage(lineNo + 1, new Msg("damage.torn"));
        }
        return head;
    }

    private static String decodeLine(CharsetDecoder utf8, byte[] buf, int len, long lineNo) {
        if (len == 0) {
            throw new LineDamage(lineNo, new Msg("damage.empty"));
        }
        try {
            return utf8.decode(ByteBuffer.wrap(buf, 0, len)).toString();
        } catch (CharacterCodingException e) {
            throw new LineDamage(lineNo, new Msg("damage.utf8"));
        }
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
