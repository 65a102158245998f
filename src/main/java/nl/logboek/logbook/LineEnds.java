package nl.logboek.logbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The first and the last line of a logbook, read without reading what lies between them. */
final class LineEnds {
    private LineEnds() {
    }

    /** Line 1 and the line that ends at {@code bytes} (both without their newline). */
    static String[] firstAndLast(Path file, long bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            ByteBuffer b = ByteBuffer.allocate(4096);
            long pos = 0;
            scan:
            while (pos < bytes) {
                b.clear();
                int n = ch.read(b, pos);
                if (n <= 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    if (b.get(i) == '\n') {
                        first.write(b.array(), 0, i);
                        break scan;
                    }
                }
                first.write(b.array(), 0, n);
                pos += n;
            }
            // Backwards from the last newline to the one before it.
            long end = bytes - 1;
            long start = end;
            byte[] one = new byte[8192];
            while (start > 0) {
                int len = (int) Math.min(one.length, start);
                ByteBuffer c = ByteBuffer.wrap(one, 0, len);
                ch.read(c, start - len);
                int i = len - 1;
                while (i >= 0 && one[i] != '\n') {
                    i--;
                }
                if (i >= 0) {
                    start = start - len + i + 1;
                    break;
                }
                start -= len;
            }
            ByteBuffer last = ByteBuffer.allocate((int) (end - start));
            while (last.hasRemaining() && ch.read(last, start + last.position()) > 0) {
                // read on
            }
            return new String[] {first.toString(StandardCharsets.UTF_8), new String(last.array(), StandardCharsets.UTF_8)};
        }
    }
}
