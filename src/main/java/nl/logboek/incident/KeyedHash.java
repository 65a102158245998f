package nl.logboek.incident;

/**
 * SipHash-2-4 (Aumasson and Bernstein): a keyed hash, a pseudo-random function for short inputs,
 * fast enough for every three letters of a logbook's text. What the caches beside an encrypted
 * logbook hold of names and words is hashed with a key derived from the logbook's key, so without
 * it they give nothing away; a plain logbook's caches use a fixed key (its text is in clear anyway).
 */
public final class KeyedHash {
    private final long k0;
    private final long k1;

    /** The key a plain logbook's caches use. */
    static final KeyedHash PLAIN = new KeyedHash(0x6c6f67626f656b31L, 0x63616368652d7631L);

    KeyedHash(long k0, long k1) {
        this.k0 = k0;
        this.k1 = k1;
    }

    /** From the first 16 bytes of a derived key (null: {@link #PLAIN}). */
    public static KeyedHash of(byte[] key) {
        if (key == null) {
            return PLAIN;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(key);
        return new KeyedHash(b.getLong(0), b.getLong(8));
    }

    /** The hash of one 64-bit word. */
    long hash(long m) {
        long v0 = 0x736f6d6570736575L ^ k0;
        long v1 = 0x646f72616e646f6dL ^ k1;
        long v2 = 0x6c7967656e657261L ^ k0;
        long v3 = 0x7465646279746573L ^ k1;
        // one message block
        v3 ^= m;
        for (int r = 0; r < 2; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        v0 ^= m;
        // the final block: the length (8) in the top byte
        long last = 8L << 56;
        v3 ^= last;
        for (int r = 0; r < 2; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        v0 ^= last;
        v2 ^= 0xff;
        for (int r = 0; r < 4; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }

    /** The hash of a text: its chars four at a time, each word's hash chained into the next. */
    public long hash(String s) {
        long h = hash((long) s.length());
        for (int i = 0; i < s.length(); i += 4) {
            long w = 0;
            for (int j = i; j < Math.min(i + 4, s.length()); j++) {
                w = (w << 16) | s.charAt(j);
            }
            h = hash(h ^ Long.rotateLeft(w, 17) ^ (i + 1L));
        }
        return h;
    }

    /** A check of the key itself, kept in a cache so that one made with another key is not used. */
    public long check() {
        return hash(0x636865636b000000L);
    }
}
