package nl.logboek.logbook;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a reading command may trust the signatures of a logbook without checking them all.
 *
 * <p>A valid signature on the last line of a stretch signed by one key vouches for every line
 * before it (see WriterKeys), so verify checks that one signature per stretch. A reading command
 * checks the same one, for the file's newest complete line, and only when this computer has not
 * seen that line before (the {@link Witness} remembers the head it wrote or checked): once per
 * head, one Ed25519 check. Anything it cannot settle with the header's key alone (a rotated key,
 * an unsigned or forged last line) is doubt: then the whole file is verified, so that a reading
 * command names the very line verify names.
 */
final class NewestSignature {
    private NewestSignature() {
    }

    /**
     * Whether the newest complete line of {@code file} needs the whole check; {@code seen} is the
     * head this computer saw last and {@code seenSig} the signature its line had then (null: not known).
     */
    static boolean doubtful(Path file, LogbookReader.ChainHead seen, String seenSig) throws IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return false; // no logbook to vouch for: the read that follows says what it is
        }
        long complete = completeBytes(file);
        if (complete == 0) {
            return false;
        }
        String[] ends = LineEnds.firstAndLast(file, complete);
        String sig = EventCodec.sigOf(ends[1]);
        if (seen != null && seen.bytes() == complete && seenSig != null && seenSig.equals(sig == null ? "" : sig)) {
            return false; // the line the anchor check found ending here, signed as it was when checked
        }
        String headerKey = headerKeyOf(ends[0]);
        if (sig == null) {
            return headerKey != null; // a signed logbook whose newest line nobody signed
        }
        if (headerKey == null || !WriterKey.keyIdOf(headerKey).equals(WriterKey.keyIdIn(sig))) {
            return true;
        }
        String hash;
        try {
            hash = EventCodec.hashOf(ends[1]);
        } catch (RuntimeException damaged) {
            return true;
        }
        return hash == null || !WriterKey.verifies(headerKey, hash, sig);
    }

    /** The header's first key, read by its field name (no JSON parser on the path of a read); null when it names none. */
    private static String headerKeyOf(String header) {
        String field = "\"" + WriterKeys.HEADER_FIELD + "\":\"";
        int at = header.indexOf(field);
        int end = at < 0 ? -1 : header.indexOf('"', at + field.length());
        return end < 0 ? null : header.substring(at + field.length(), end);
    }

    /** Where the last newline of the file ends (0: no complete line). */
    private static long completeBytes(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long end = ch.size();
            ByteBuffer b = ByteBuffer.allocate(8192);
            while (end > 0) {
                int len = (int) Math.min(b.capacity(), end);
                b.clear().limit(len);
                long from = end - len;
                while (b.hasRemaining() && ch.read(b, from + b.position()) > 0) {
                    // read on
                }
                for (int i = b.position() - 1; i >= 0; i--) {
                    if (b.get(i) == '\n') {
                        return from + i + 1;
                    }
                }
                end = from;
            }
            return 0;
        }
    }
}
