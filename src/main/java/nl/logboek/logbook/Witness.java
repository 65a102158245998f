package nl.logboek.logbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * What this computer last saw of one logbook file: how many lines it had, its sequence number,
 * its chain head, its length and the signature of its last line (see NewestSignature). Kept in the config folder, apart from the logbook (and from
 * its index, which lies beside it), so that a logbook cut short or put back from an older copy
 * is noticed even when the index went with it (see {@link Anchors}, docs/security.md#anchors).
 *
 * <p>It only ever trails the logbook: it is written after the lines it names are on disk, so a
 * crash leaves it behind, never ahead. It is a plain text file (one {@code key value} per line),
 * private to its owner, named after the logbook's real path so that every name of one file
 * shares it.
 */
public final class Witness {
    private static final String MAGIC = "logboek-witness 1";

    private static final String UNSIGNED = "-";

    private final Path file;
    private final Path logbook;
    private LogbookReader.ChainHead anchor;
    private String sig;
    private String key;
    private boolean loaded;

    private Witness(Path file, Path logbook) {
        this.file = file;
        this.logbook = logbook;
    }

    /** The witness of {@code logbook} in {@code folder}; null when no folder is kept or the logbook is not there. */
    static Witness of(Path folder, Path logbook) {
        if (folder == null) {
            return null;
        }
        try {
            Path real = logbook.toRealPath();
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(real.toString().getBytes(StandardCharsets.UTF_8));
            return new Witness(folder.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".witness"), real);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** The witness file itself (named in messages). */
    public Path file() {
        return file;
    }

    /** What was seen last; null when this computer saw nothing of the logbook yet (or the witness cannot be read). */
    LogbookReader.ChainHead anchor() {
        if (!loaded) {
            loaded = true;
            anchor = read();
        }
        return anchor;
    }

    private LogbookReader.ChainHead read() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n");
            if (lines.length < 6 || !MAGIC.equals(lines[0])) {
                return null;
            }
            long count = Long.parseLong(value(lines[2], "lines"));
            long seq = Long.parseLong(value(lines[3], "seq"));
            String hash = value(lines[4], "head");
            long bytes = Long.parseLong(value(lines[5], "bytes"));
            sig = lines.length > 6 && lines[6].startsWith("sig ") ? value(lines[6], "sig") : null;
            key = sig != null && lines.length > 7 && lines[7].startsWith("key ") ? value(lines[7], "key") : null;
            return count > 0 && bytes > 0 && Hashing.isHex64(hash) ? new LogbookReader.ChainHead(count, seq, hash, bytes) : null;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: as if nothing was seen (a witness is a memory, not a record)
        }
    }

    /**
     * The sig field of the last line seen (empty for an unsigned line), checked when it was seen;
     * null when not known (nothing seen, or a witness written before it kept this).
     */
    String sig() {
        return anchor() == null || sig == null ? null : UNSIGNED.equals(sig) ? "" : sig;
    }

    /** The public key that signed the last line seen, as checked then; null when not known or unsigned. */
    String key() {
        return sig() == null ? null : key;
    }

    private static String value(String line, String key) {
        if (!line.startsWith(key + " ")) {
            throw new IllegalArgumentException(key);
        }
        return line.substring(key.length() + 1).strip();
    }

    /**
     * Remembers {@code head} when it is further than what was seen (or nothing was); a head with
     * fewer lines never replaces a longer one: that is done only by {@link #accept}.
     */
    void note(LogbookReader.ChainHead head, NewestSignature.Vouched vouched) {
        LogbookReader.ChainHead seen = anchor();
        // The same head noted by a version that kept no signature is noted again, so that reads stop checking it.
        if (head == null || head.lines() == 0 || seen != null
                && (head.lines() < seen.lines() || head.lines() == seen.lines() && head.hash().equals(seen.hash()) && head.bytes() == seen.bytes()
                && (sig != null || !vouches(vouched, head)))) {
            return;
        }
        accept(head, vouched);
    }

    private static boolean vouches(NewestSignature.Vouched vouched, LogbookReader.ChainHead head) {
        return vouched != null && vouched.bytes() == head.bytes();
    }

    /**
     * Remembers {@code head}, whatever was seen before, with its line's signature and key when
     * {@code vouched} is for that line (else the next read checks it again). Quietly does nothing
     * when it cannot be written.
     */
    void accept(LogbookReader.ChainHead head, NewestSignature.Vouched vouched) {
        String lastSig = null;
        if (vouches(vouched, head)) {
            try {
                String signed = EventCodec.sigOf(LineEnds.firstAndLast(logbook, head.bytes())[1]);
                lastSig = signed == null ? UNSIGNED : signed;
            } catch (IOException | RuntimeException e) {
                lastSig = null;
            }
        }
        String lastKey = lastSig == null || vouched.key() == null ? null : vouched.key();
        String text = MAGIC + "\n"
                + "file " + logbook.toString().replace('\n', '?') + "\n"
                + "lines " + head.lines() + "\n"
                + "seq " + head.seq() + "\n"
                + "head " + head.hash() + "\n"
                + "bytes " + head.bytes() + "\n"
                + (lastSig == null ? "" : "sig " + lastSig + "\n")
                + (lastKey == null ? "" : "key " + lastKey + "\n");
        try {
            PrivateFiles.createFolders(file.getParent());
            // No fsync: a witness lost in a crash is only behind, and behind is never a false alarm.
            AtomicFiles.to(file).withoutFsync().write(text.getBytes(StandardCharsets.UTF_8));
            anchor = head;
            sig = lastSig;
            key = lastKey;
            loaded = true;
        } catch (IOException | RuntimeException e) {
            // A read-only config folder: the logbook works on, only without this memory.
        }
    }
}
