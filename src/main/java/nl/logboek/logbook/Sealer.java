package nl.logboek.logbook;

import nl.logboek.LogboekException;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Encrypts and decrypts the content (author and payload) of events with AES-256-GCM, so that a
 * copied logbook alone reveals no names or texts. The envelope (seq, incident id, type, time,
 * hashes) stays readable, so the chain can be checked without the key. Each event's content is
 * bound to its envelope (associated data), so sealed content moved to another line fails to open.
 * See docs/security.md.
 */
public final class Sealer {
    public static final String CIPHER = "AES-256-GCM";
    public static final String KDF = "PBKDF2WithHmacSHA256";
    public static final int PASSPHRASE_ITERATIONS = 210_000;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Checks envelopes and hashes but opens nothing: for verify without the key. */
    public static final Sealer ENVELOPE_ONLY = new Sealer(null, null);

    private final SecretKey key;
    private final String logbookId;

    private Sealer(SecretKey key, String logbookId) {
        this.key = key;
        this.logbookId = logbookId;
    }

    public static Sealer withKey(byte[] rawKey, String logbookId) {
        if (rawKey.length != 32) {
            throw LogboekException.failure("crypto.key-malformed");
        }
        return new Sealer(new SecretKeySpec(rawKey, "AES"), logbookId);
    }

    /**
     * A key for {@code purpose} derived from this logbook's key (HMAC-SHA256 of the purpose), for
     * caches that must hold no name or text in clear; null when there is no key (a plain logbook).
     */
    public byte[] derive(String purpose) {
        if (key == null) {
            return null;
        }
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] newKey() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return k;
    }

    public static byte[] newSalt() {
        byte[] s = new byte[16];
        RANDOM.nextBytes(s);
        return s;
    }

    public static byte[] deriveKey(char[] passphrase, byte[] salt, int iterations) {
        try {
            SecretKeyFactory f = SecretKeyFactory.getInstance(KDF);
            return f.generateSecret(new PBEKeySpec(passphrase, salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + KDF, e);
        }
    }

    boolean envelopeOnly() {
        return key == null;
    }

    /** What binds a sealed content to its line. */
    static String associatedData(String logbookId, long seq, String incident, String type, String time) {
        return "logboek/1|" + logbookId + "|" + seq + "|" + incident + "|" + type + "|" + time;
    }

    String seal(String plaintext, String aad) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE + ct.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(ct, 0, out, NONCE, ct.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is in every JDK", e);
        }
    }

    /** Opens sealed content; null when the key does not fit (wrong key, or content moved or altered). */
    String open(String sealed, String aad) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            if (in.length < NONCE + TAG_BITS / 8) {
                return null;
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE));
            c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is in every JDK", e);
        }
    }

    /** A value sealed with the key when the logbook is made, so a wrong key is named at once. */
    String keyCheck() {
        return seal("logboek key check", "logboek/1|" + logbookId + "|key-check");
    }

    boolean fits(String keyCheck) {
        return "logboek key check".equals(open(keyCheck, "logboek/1|" + logbookId + "|key-check"));
    }

    String logbookId() {
        return logbookId;
    }
}
