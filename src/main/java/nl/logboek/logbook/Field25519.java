package nl.logboek.logbook;

import java.math.BigInteger;

/**
 * Arithmetic modulo p = 2^255 - 19 for {@link Ed25519Signer}: an element is ten signed limbs of
 * alternately 26 and 25 bits (radix 2^25.5, the layout of the reference implementation "ref10"),
 * so that every product of two limbs, times 2 and 19, fits a long. Every operation leaves its
 * result carried (each limb within 2^25 or 2^24 and a little), which is what keeps the next
 * product from overflowing; the operands and the result may be the same array.
 */
final class Field25519 {
    static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));
    /** Where each limb starts: ceil(25.5 * i). */
    private static final int[] START = {0, 26, 51, 77, 102, 128, 153, 179, 204, 230};

    private Field25519() {
    }

    static long[] zero() {
        return new long[10];
    }

    static long[] one() {
        long[] h = new long[10];
        h[0] = 1;
        return h;
    }

    static void copy(long[] h, long[] f) {
        System.arraycopy(f, 0, h, 0, 10);
    }

    static void add(long[] h, long[] f, long[] g) {
        for (int i = 0; i < 10; i++) {
            h[i] = f[i] + g[i];
        }
        carry(h);
    }

    static void sub(long[] h, long[] f, long[] g) {
        for (int i = 0; i < 10; i++) {
            h[i] = f[i] - g[i];
        }
        carry(h);
    }

    static void neg(long[] h, long[] f) {
        for (int i = 0; i < 10; i++) {
            h[i] = -f[i];
        }
    }

    /**
     * h = f * g. Limb i stands for 2^START[i]; two odd limbs overshoot their product's place by one
     * bit (26 + 26 = 52 against 51), hence the 2; a product past 2^255 comes back times 19.
     */
    static void mul(long[] h, long[] f, long[] g) {
        long t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0, t6 = 0, t7 = 0, t8 = 0, t9 = 0;
        long t10 = 0, t11 = 0, t12 = 0, t13 = 0, t14 = 0, t15 = 0, t16 = 0, t17 = 0, t18 = 0;
        long g0 = g[0], g1 = g[1], g2 = g[2], g3 = g[3], g4 = g[4], g5 = g[5], g6 = g[6], g7 = g[7], g8 = g[8], g9 = g[9];
        long f0 = f[0], f1 = f[1], f2 = f[2], f3 = f[3], f4 = f[4], f5 = f[5], f6 = f[6], f7 = f[7], f8 = f[8], f9 = f[9];
        long f1d = 2 * f1, f3d = 2 * f3, f5d = 2 * f5, f7d = 2 * f7, f9d = 2 * f9;

        t0 += f0 * g0; t1 += f0 * g1; t2 += f0 * g2; t3 += f0 * g3; t4 += f0 * g4;
        t5 += f0 * g5; t6 += f0 * g6; t7 += f0 * g7; t8 += f0 * g8; t9 += f0 * g9;

        t1 += f1 * g0; t2 += f1d * g1; t3 += f1 * g2; t4 += f1d * g3; t5 += f1 * g4;
        t6 += f1d * g5; t7 += f1 * g6; t8 += f1d * g7; t9 += f1 * g8; t10 += f1d * g9;

        t2 += f2 * g0; t3 += f2 * g1; t4 += f2 * g2; t5 += f2 * g3; t6 += f2 * g4;
        t7 += f2 * g5; t8 += f2 * g6; t9 += f2 * g7; t10 += f2 * g8; t11 += f2 * g9;

        t3 += f3 * g0; t4 += f3d * g1; t5 += f3 * g2; t6 += f3d * g3; t7 += f3 * g4;
        t8 += f3d * g5; t9 += f3 * g6; t10 += f3d * g7; t11 += f3 * g8; t12 += f3d * g9;

        t4 += f4 * g0; t5 += f4 * g1; t6 += f4 * g2; t7 += f4 * g3; t8 += f4 * g4;
        t9 += f4 * g5; t10 += f4 * g6; t11 += f4 * g7; t12 += f4 * g8; t13 += f4 * g9;

        t5 += f5 * g0; t6 += f5d * g1; t7 += f5 * g2; t8 += f5d * g3; t9 += f5 * g4;
        t10 += f5d * g5; t11 += f5 * g6; t12 += f5d * g7; t13 += f5 * g8; t14 += f5d * g9;

        t6 += f6 * g0; t7 += f6 * g1; t8 += f6 * g2; t9 += f6 * g3; t10 += f6 * g4;
        t11 += f6 * g5; t12 += f6 * g6; t13 += f6 * g7; t14 += f6 * g8; t15 += f6 * g9;

        t7 += f7 * g0; t8 += f7d * g1; t9 += f7 * g2; t10 += f7d * g3; t11 += f7 * g4;
        t12 += f7d * g5; t13 += f7 * g6; t14 += f7d * g7; t15 += f7 * g8; t16 += f7d * g9;

        t8 += f8 * g0; t9 += f8 * g1; t10 += f8 * g2; t11 += f8 * g3; t12 += f8 * g4;
        t13 += f8 * g5; t14 += f8 * g6; t15 += f8 * g7; t16 += f8 * g8; t17 += f8 * g9;

        t9 += f9 * g0; t10 += f9d * g1; t11 += f9 * g2; t12 += f9d * g3; t13 += f9 * g4;
        t14 += f9d * g5; t15 += f9 * g6; t16 += f9d * g7; t17 += f9 * g8; t18 += f9d * g9;

        h[0] = t0 + 19 * t10;
        h[1] = t1 + 19 * t11;
        h[2] = t2 + 19 * t12;
        h[3] = t3 + 19 * t13;
        h[4] = t4 + 19 * t14;
        h[5] = t5 + 19 * t15;
        h[6] = t6 + 19 * t16;
        h[7] = t7 + 19 * t17;
        h[8] = t8 + 19 * t18;
        h[9] = t9;
        carry(h);
    }

    static void square(long[] h, long[] f) {
        mul(h, f, f);
    }

    /** Brings every limb back within its width, rounding to the nearest, the top limb's carry coming back times 19. */
    private static void carry(long[] h) {
        for (int i = 0; i < 9; i++) {
            int bits = (i & 1) == 0 ? 26 : 25;
            long c = (h[i] + (1L << (bits - 1))) >> bits;
            h[i] -= c << bits;
            h[i + 1] += c;
        }
        long c9 = (h[9] + (1L << 24)) >> 25;
        h[9] -= c9 << 25;
        h[0] += 19 * c9;
        long c0 = (h[0] + (1L << 25)) >> 26;
        h[0] -= c0 << 26;
        h[1] += c0;
    }

    /** The element whose 255 low bits are {@code s[off..off+32)}, little-endian (bit 255 is ignored). */
    static long[] fromBytes(byte[] s, int off) {
        long[] w = new long[4];
        for (int i = 0; i < 32; i++) {
            w[i >> 3] |= (s[off + i] & 0xffL) << ((i & 7) * 8);
        }
        long[] h = new long[10];
        for (int i = 0; i < 10; i++) {
            int start = START[i];
            int bits = (i & 1) == 0 ? 26 : 25;
            int word = start >> 6;
            int shift = start & 63;
            long v = w[word] >>> shift;
            if (shift + bits > 64) {
                v |= w[word + 1] << (64 - shift);
            }
            h[i] = v & ((1L << bits) - 1);
        }
        return h;
    }

    /** The element as a number in [0, p). */
    static BigInteger toBigInteger(long[] h) {
        BigInteger v = BigInteger.ZERO;
        for (int i = 9; i >= 0; i--) {
            v = v.add(BigInteger.valueOf(h[i]).shiftLeft(START[i]));
        }
        return v.mod(P);
    }

    /** The element of the number {@code v} (any integer, taken modulo p). */
    static long[] fromBigInteger(BigInteger v) {
        return fromBytes(Ed25519Signer.littleEndian32(v.mod(P)), 0);
    }
}
