package nl.logboek.logbook;

import nl.logboek.i18n.Msg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Splits a logbook into its lines: strict UTF-8, every line ends in \n, a final line without one is torn. */
final class Lines {
    private Lines() {
    }

    interface Handler {
        /** A complete line; {@code length} is its size in bytes without the newline. */
        void line(long lineNo, String text, int length);

        /** A complete line that is empty or not UTF-8. */
        void undecodable(long lineNo, Msg reason, int length);

        /** Bytes after the last newline: a write that did not finish. */
        void torn(long lineNo, byte[] tail);
    }

    static void split(InputStream in, Handler handler) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] chunk = new byte[1 << 16];
        byte[] buf = new byte[4096];
        int len = 0;
        long lineNo = 0;
        int n;
        while ((n = in.read(chunk)) > 0) {
            int from = 0;
            for (int i = 0; i < n; i++) {
                if (chunk[i] != '\n') {
                    continue;
                }
                int part = i - from;
                if (len + part > buf.length) {
                    buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + part));
                }
                System.arraycopy(chunk, from, buf, len, part);
                len += part;
                lineNo++;
                if (len == 0) {
                    handler.undecodable(lineNo, new Msg("damage.empty"), len);
                } else {
                    try {
                        handler.line(lineNo, utf8.decode(ByteBuffer.wrap(buf, 0, len)).toString(), len);
                    } catch (CharacterCodingException e) {
                        handler.undecodable(lineNo, new Msg("damage.utf8"), len);
                    }
                }
                len = 0;
                from = i + 1;
            }
            int rest = n - from;
            if (len + rest > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + rest));
            }
            System.arraycopy(chunk, from, buf, len, rest);
            len += rest;
        }
        if (len > 0) {
            handler.torn(lineNo + 1, Arrays.copyOf(buf, len));
        }
    }
}
