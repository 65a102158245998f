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
 * seen that line before (the {@link Witness} remembers the head it wrote or checked, and the key
 * that signed it): once per head, one Ed25519 check. Anything it cannot settle with the header's
 * key or the key seen last (a key rotated elsewhere, an unsigned or forged last line) is doubt:
 * then the whole file is verified, once, so that a reading command names the very line verify names.
 */
final class NewestSignature {
    private NewestSignature() {
    }

    /** The newest complete line, ending at {@code bytes}, signed by {@code key} (null: a logbook written without keys). */
    record Vouched(long bytes, String key) {
    }

    /**
     * Who vouches for the newest complete line of {@code file} when one signature check (or none)
     * can tell; null when only the whole check can (see the class comment). {@code seen},
     * {@code seenSig} and {@code seenKey} are what this computer saw last: the head, its line's
     * signature and the key that signed it (each null when not known).
     */
    static Vouched check(Path file, LogbookReader.ChainHead seen, String seenSig, String seenKey) throws IOException {
        Object checked = checkOrPending(file, seen, seenSig, seenKey);
        return checked instanceof Pending p ? p.settle(file) : (Vouched) checked;
    }

    /**
     * The last step of a check that needs the file's key lines (a key this computer has not seen
     * sign the newest line): left for a read of the whole file that is to come anyway (the index
     * build), which hands it the key lines it met, so that the file is not scanned twice. The
     * lines are the ones {@link #isKeyLine} finds among the first {@code complete} bytes.
     */
    record Pending(long complete, String headerKey, String sig, String hash) {
        /** The check's outcome (as {@link #check}) with the file's key lines, in order. */
        Vouched settle(java.util.List<String> keyLines) {
            String rotated = keyByRotations(keyLines, headerKey);
            return rotated != null && WriterKey.keyIdOf(rotated).equals(WriterKey.keyIdIn(sig)) && hash != null
                    && WriterKey.verifies(rotated, hash, sig) ? new Vouched(complete, rotated) : null;
        }

        /** The check's outcome, scanning the file for its key lines. */
        Vouched settle(Path file) throws IOException {
            return settle(keyLines(file, complete));
        }
    }

    /** As {@link #check}, but a {@link Pending} where the file's key lines are needed (else a Vouched, or null). */
    static Object checkOrPending(Path file, LogbookReader.ChainHead seen, String seenSig, String seenKey) throws IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return new Vouched(-1, null); // no logbook to vouch for: the read that follows says what it is
        }
        long complete = completeBytes(file);
        if (complete == 0) {
            return new Vouched(0, null);
        }
        String[] ends = LineEnds.firstAndLast(file, complete);
        String sig = EventCodec.sigOf(ends[1]);
        if (seen != null && seen.bytes() == complete && seenSig != null && seenSig.equals(sig == null ? "" : sig)) {
            return new Vouched(complete, seenKey); // the line the anchor check found ending here, signed as it was when checked
        }
        String headerKey = headerKeyOf(ends[0]);
        if (sig == null) {
            // Nobody signed the newest line: fine in a logbook written without keys, not in one with them.
            return headerKey == null && seenKey == null ? new Vouched(complete, null) : null;
        }
        String hash = EventCodec.hashOf(ends[1]);
        for (String key : new String[] {headerKey, seenKey}) {
            if (key != null && WriterKey.keyIdOf(key).equals(WriterKey.keyIdIn(sig))) {
                return hash != null && WriterKey.verifies(key, hash, sig) ? new Vouched(complete, key) : null;
            }
        }
        // A key this computer has not seen sign: named by the file's own key lines (a rotation, or
        // the key introduced in a logbook begun before signatures). Reading only those lines costs
        // a scan of the file, not the whole check.
        return new Pending(complete, headerKey, sig, hash);
    }

    private static final byte[] TYPE_FIELD = ",\"type\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] KEY_TYPE = "key\",".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final String ROTATION = "\"action\":\"" + WriterKeys.ROTATE + "\",\"key\":\"";
    /** Where a line's type field can start at the latest: after v, seq and an incident id of a team. */
    private static final int TYPE_WITHIN = 120;

    /**
     * The key the file's rotations end with, each rotation signed as verify requires it (by the
     * key before it; the first, in a file whose header names no key, by the key it introduces);
     * null when a rotation does not check out or cannot be read (a sealed one): then only the
     * whole check can tell.
     */
    static String keyByRotations(Path file, long complete, String headerKey) throws IOException {
        return keyByRotations(keyLines(file, complete), headerKey);
    }

    /** As above, given the file's key lines in order. */
    static String keyByRotations(java.util.List<String> keyLines, String headerKey) {
        String current = headerKey;
        for (String line : keyLines) {
            int at = line.indexOf(ROTATION);
            if (at < 0 || at > line.length() - ROTATION.length()) {
                if (line.contains("\"sealed\":")) {
                    return null;
                }
                continue; // an admission or revocation: about another writer's key
            }
            int end = line.indexOf('"', at + ROTATION.length());
            String named = end < 0 ? null : line.substring(at + ROTATION.length(), end);
            if (!WriterKey.wellFormed(named)) {
                return null;
            }
            String signer = current == null ? named : current;
            if (!WriterKey.verifies(signer, EventCodec.hashOf(line), EventCodec.sigOf(line))) {
                return null;
            }
            current = named;
        }
        return current;
    }

    /** The lines of type key among the file's first {@code complete} bytes, in order. */
    private static java.util.List<String> keyLines(Path file, long complete) throws IOException {
        java.util.List<String> found = new java.util.ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] buf = new byte[1 << 20];
            int kept = 0;
            long pos = 0;
            while (pos < complete) {
                int n = ch.read(ByteBuffer.wrap(buf, kept, (int) Math.min(buf.length - kept, complete - pos)), pos);
                if (n <= 0) {
                    break;
                }
                pos += n;
                int filled = kept + n;
                int start = 0;
                for (int nl : ParallelLines.newlines(buf, 0, filled)) {
                    if (isKeyLine(buf, start, nl)) {
                        found.add(new String(buf, start, nl - start, java.nio.charset.StandardCharsets.UTF_8));
                    }
                    start = nl + 1;
                }
                kept = filled - start;
                if (kept == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
                } else {
                    System.arraycopy(buf, start, buf, 0, kept);
                }
            }
        }
        return found;
    }

    /** Whether the line {@code b[from, to)} (without its newline) is one of type key, as the scan for key lines finds them. */
    static boolean isKeyLine(byte[] b, int from, int to) {
        int last = Math.min(to, from + TYPE_WITHIN) - TYPE_FIELD.length - KEY_TYPE.length;
        for (int i = from; i <= last; i++) {
            if (b[i] == ',' && java.util.Arrays.equals(b, i, i + TYPE_FIELD.length, TYPE_FIELD, 0, TYPE_FIELD.length)) {
                int v = i + TYPE_FIELD.length;
                return java.util.Arrays.equals(b, v, v + KEY_TYPE.length, KEY_TYPE, 0, KEY_TYPE.length);
            }
        }
        return false;
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
