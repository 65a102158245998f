package nl.logboek.logbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, as the program computes it everywhere: lowercase hex of the digest. */
public final class Hashing {
    static final String GENESIS_PREV = "0".repeat(64);

    private Hashing() {
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        return hex(newSha256().digest(bytes));
    }

    /** The SHA-256 of everything {@code in} holds from here to its end (it is not closed). */
    public static String sha256(InputStream in) throws IOException {
        MessageDigest md = newSha256();
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) {
            md.update(buf, 0, n);
        }
        return hex(md.digest());
    }

    private static final ThreadLocal<MessageDigest> DIGESTS = new ThreadLocal<>() { // not a lambda: made on every start
        @Override
        protected MessageDigest initialValue() {
            return newSha256();
        }
    };

    /**
     * Whether {@code hex} (lowercase, as the program writes it) is the SHA-256 of {@code before}
     * (a byte, or -1 for none), {@code bytes[from, to)} and {@code after} (or -1): a line's hashes
     * checked on its bytes, without making the text of its parts.
     */
    static boolean sha256Matches(String hex, int before, byte[] bytes, int from, int to, int after) {
        MessageDigest md = DIGESTS.get();
        md.reset();
        if (before >= 0) {
            md.update((byte) before);
        }
        md.update(bytes, from, to - from);
        if (after >= 0) {
            md.update((byte) after);
        }
        byte[] d = md.digest();
        if (hex.length() != d.length * 2) {
            return false;
        }
        for (int i = 0; i < d.length; i++) {
            if (hex.charAt(2 * i) != HEX[(d[i] >> 4) & 0xF] || hex.charAt(2 * i + 1) != HEX[d[i] & 0xF]) {
                return false;
            }
        }
        return true;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** A fresh SHA-256 digest, for input that comes in parts. */
    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A digest as the program writes it: lowercase hex. */
    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    static boolean isHex64(String s) {
        if (s == null || s.length() != 64) {
            return false;
        }
        // Without a branch per character (random hex digits would mispredict half of them): a
        // range check is negative exactly when the character lies outside the range.
        int outside = 0;
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            int digit = c - '0';
            int letter = c - 'a';
            outside |= (digit | (9 - digit)) & (letter | (5 - letter));
        }
        return outside >= 0;
    }
}
