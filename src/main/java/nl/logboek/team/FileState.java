package nl.logboek.team;

import nl.logboek.LogboekException;
import nl.logboek.logbook.Hashing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * What sync remembers of a writer file: its size, its lines and the SHA-256 of its bytes. A file
 * later fetched must begin with exactly these bytes; anything else is an altered history.
 */
record FileState(long bytes, long lines, String sha256) {

    /** A file measured, and the SHA-256 of its first {@code prefix} bytes (null when it is shorter). */
    record Measured(FileState state, String prefixSha256, boolean endsWithNewline) {
    }

    /** Reads {@code in} to its end once, hashing the whole and the prefix on the way. */
    static Measured measure(InputStream in, long prefix) throws IOException {
        MessageDigest whole = Hashing.newSha256();
        String prefixSha = prefix == 0 ? Hashing.hex(Hashing.newSha256().digest()) : null;
        byte[] buf = new byte[1 << 16];
        long total = 0;
        long lines = 0;
        byte last = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            if (prefixSha == null && total + n >= prefix) {
                int head = (int) (prefix - total);
                whole.update(buf, 0, head);
                prefixSha = Hashing.hex(copy(whole).digest());
                whole.update(buf, head, n - head);
            } else {
                whole.update(buf, 0, n);
            }
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    lines++;
                }
            }
            total += n;
            last = buf[n - 1];
        }
        return new Measured(new FileState(total, lines, Hashing.hex(whole.digest())), prefixSha, last == '\n');
    }

    /** A file on this machine, measured like a blob. */
    static Measured measure(Path file, long prefix) {
        try (InputStream in = Files.newInputStream(file)) {
            return measure(in, prefix);
        } catch (IOException e) {
            throw LogboekException.failure("team.file-unreadable", file, e.getMessage());
        }
    }

    static long lines(Path file) {
        return measure(file, 0).state().lines();
    }

    private static MessageDigest copy(MessageDigest d) {
        try {
            return (MessageDigest) d.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }
}
