package nl.logboek.logbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Ed25519 signatures (RFC 8032, section 5.1.6) made with a table of multiples of the base point,
 * for the one signature a command makes. The JDK's Ed25519 computes both the public key and the
 * nonce point with a generic double-and-add on every signature: about 4 ms of a {@code new -q}
 * whose field arithmetic never gets compiled in time. Here the public key is derived once per key
 * and the nonce point takes 64 additions of precomputed points and 4 doublings (the method of the
 * reference implementation "ref10"), a tenth of the work. The signatures are the JDK's byte for
 * byte (Ed25519 is deterministic; Ed25519SignerTest checks thousands against the JDK), and every
 * signature is still verified by the JDK's Ed25519.
 *
 * <p>Not constant-time (the table entry and the reductions modulo the group order depend on the
 * secret scalar): it runs on the key holder's own machine, in a process of a tenth of a second
 * that no one else can time signature by signature; docs/security.md says so.
 */
final class Ed25519Signer {
    /** The order of the base point: 2^252 + 27742317777372353535851937790883648493. */
    static final BigInteger L = BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));
    /** The table's resource: for each i < 32 and j < 8, (j + 1) * 256^i * B as y+x, y-x, 2dxy, 32 bytes each, little-endian. */
    static final String TABLE = "ed25519-base.bin";
    static final int TABLE_BYTES = 32 * 8 * 3 * 32;

    private final byte[] scalar;
    private final byte[] prefix;
    private final byte[] publicKey;

    /** The key of the 32-byte private key {@code seed} (RFC 8032 calls it the private key). */
    Ed25519Signer(byte[] seed) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("an Ed25519 private key has 32 bytes");
        }
        byte[] h = sha512().digest(seed);
        scalar = Arrays.copyOf(h, 32);
        scalar[0] &= (byte) 248;
        scalar[31] &= 127;
        scalar[31] |= 64;
        prefix = Arrays.copyOfRange(h, 32, 64);
        publicKey = encode(multiplyBase(scalar));
    }

    /** The public key: 32 bytes, the encoded point. */
    byte[] publicKey() {
        return publicKey.clone();
    }

    /** The signature of {@code message}: 64 bytes, R and S. */
    byte[] sign(byte[] message) {
        MessageDigest sha = sha512();
        sha.update(prefix);
        sha.update(message);
        BigInteger r = fromLittleEndian(sha.digest()).mod(L);
        byte[] encodedR = encode(multiplyBase(littleEndian32(r)));
        sha.update(encodedR);
        sha.update(publicKey);
        sha.update(message);
        BigInteger k = fromLittleEndian(sha.digest()).mod(L);
        BigInteger s = r.add(k.multiply(fromLittleEndian(scalar))).mod(L);
        byte[] signature = Arrays.copyOf(encodedR, 64);
        System.arraycopy(littleEndian32(s), 0, signature, 32, 32);
        return signature;
    }

    /**
     * a * B for a scalar of 32 little-endian bytes below 2^255: a is written as 64 digits of -8..8
     * in base 16; the odd digits are added from the table (row i holds the multiples of 256^i * B),
     * the sum multiplied by 16, then the even digits added.
     */
    static long[][] multiplyBase(byte[] a) {
        byte[] e = new byte[64];
        for (int i = 0; i < 32; i++) {
            e[2 * i] = (byte) (a[i] & 15);
            e[2 * i + 1] = (byte) ((a[i] >> 4) & 15);
        }
        int carry = 0;
        for (int i = 0; i < 63; i++) {
            e[i] += carry;
            carry = (e[i] + 8) >> 4;
            e[i] -= carry << 4;
        }
        e[63] += carry;

        Point h = Point.identity();
        Point.Scratch s = new Point.Scratch();
        for (int i = 1; i < 64; i += 2) {
            h.addTableEntry(i / 2, e[i], s);
        }
        h.doubleInPlace(s);
        h.doubleInPlace(s);
        h.doubleInPlace(s);
        h.doubleInPlace(s);
        for (int i = 0; i < 64; i += 2) {
            h.addTableEntry(i / 2, e[i], s);
        }
        return new long[][] {h.x, h.y, h.z};
    }

    /** The 32-byte encoding of the point (X : Y : Z): y, with the low bit of x in the top bit. */
    static byte[] encode(long[][] xyz) {
        BigInteger zInverse = Field25519.toBigInteger(xyz[2]).modInverse(Field25519.P);
        BigInteger x = Field25519.toBigInteger(xyz[0]).multiply(zInverse).mod(Field25519.P);
        BigInteger y = Field25519.toBigInteger(xyz[1]).multiply(zInverse).mod(Field25519.P);
        byte[] out = littleEndian32(y);
        if (x.testBit(0)) {
            out[31] |= (byte) 0x80;
        }
        return out;
    }

    /** A point in extended coordinates (X : Y : Z : T), x = X/Z, y = Y/Z, xy = T/Z. */
    private static final class Point {
        final long[] x = Field25519.zero();
        final long[] y = Field25519.one();
        final long[] z = Field25519.one();
        final long[] t = Field25519.zero();

        static Point identity() {
            return new Point();
        }

        /** The working elements of one addition or doubling, kept so that none is allocated per step. */
        static final class Scratch {
            final long[] a = Field25519.zero();
            final long[] b = Field25519.zero();
            final long[] c = Field25519.zero();
            final long[] d = Field25519.zero();
            final long[] e = Field25519.zero();
            final long[] f = Field25519.zero();
            final long[] g = Field25519.zero();
            final long[] h = Field25519.zero();
            final long[] negated = Field25519.zero();
        }

        /** this += digit * 256^row * B, digit in -8..8, with the table's y+x, y-x, 2dxy (a negative digit swaps the first two and negates the third). */
        void addTableEntry(int row, int digit, Scratch s) {
            if (digit == 0) {
                return;
            }
            int entry = (row * 8 + Math.abs(digit) - 1) * 3;
            long[] yPlusX = Table.element(entry);
            long[] yMinusX = Table.element(entry + 1);
            long[] xy2d = Table.element(entry + 2);
            if (digit < 0) {
                long[] swap = yPlusX;
                yPlusX = yMinusX;
                yMinusX = swap;
                Field25519.neg(s.negated, xy2d);
                xy2d = s.negated;
            }
            // Mixed addition with an affine point (Hisil, Wong, Carter and Dawson, a = -1):
            // A = (Y1-X1)(y2-x2), B = (Y1+X1)(y2+x2), C = T1 * 2dxy2, D = 2Z1,
            // E = B-A, F = D-C, G = D+C, H = B+A; X3 = EF, Y3 = GH, Z3 = FG, T3 = EH.
            Field25519.sub(s.e, y, x);
            Field25519.mul(s.a, s.e, yMinusX);
            Field25519.add(s.e, y, x);
            Field25519.mul(s.b, s.e, yPlusX);
            Field25519.mul(s.c, t, xy2d);
            Field25519.add(s.d, z, z);
            finish(s);
        }

        /** this = 2 * this (dbl-2008-hwcd, a = -1). */
        void doubleInPlace(Scratch s) {
            // A = X1^2, B = Y1^2, C = 2 Z1^2, D = -A; E = (X1+Y1)^2 - A - B, G = D+B, F = G-C, H = D-B;
            // X3 = EF, Y3 = GH, Z3 = FG, T3 = EH.
            Field25519.square(s.a, x);
            Field25519.square(s.b, y);
            Field25519.square(s.c, z);
            Field25519.add(s.c, s.c, s.c);
            Field25519.add(s.h, x, y);
            Field25519.square(s.e, s.h);
            Field25519.sub(s.e, s.e, s.a);
            Field25519.sub(s.e, s.e, s.b);
            Field25519.sub(s.g, s.b, s.a);
            Field25519.sub(s.f, s.g, s.c);
            Field25519.neg(s.h, s.a);
            Field25519.sub(s.h, s.h, s.b);
            Field25519.mul(x, s.e, s.f);
            Field25519.mul(y, s.g, s.h);
            Field25519.mul(z, s.f, s.g);
            Field25519.mul(t, s.e, s.h);
        }

        /** The end of an addition from A, B, C, D in the scratch. */
        private void finish(Scratch s) {
            Field25519.sub(s.e, s.b, s.a);
            Field25519.sub(s.f, s.d, s.c);
            Field25519.add(s.g, s.d, s.c);
            Field25519.add(s.h, s.b, s.a);
            Field25519.mul(x, s.e, s.f);
            Field25519.mul(y, s.g, s.h);
            Field25519.mul(z, s.f, s.g);
            Field25519.mul(t, s.e, s.h);
        }
    }

    /**
     * The table, read from its resource once per process, when the first key is made. An entry is
     * decoded into limbs when first used: a signature uses 64 of the 256, and decoding all of them
     * would take longer than the multiplication itself before the JIT has compiled anything.
     */
    private static final class Table {
        private static final byte[] BYTES = read();
        private static final long[][] DECODED = new long[32 * 8 * 3][];

        /** The entry's three elements (y+x, y-x, 2dxy) start at {@code index}. */
        static synchronized long[] element(int index) {
            long[] e = DECODED[index];
            if (e == null) {
                e = Field25519.fromBytes(BYTES, index * 32);
                DECODED[index] = e;
            }
            return e;
        }

        private static byte[] read() {
            try (InputStream in = Ed25519Signer.class.getResourceAsStream(TABLE)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks " + TABLE);
                }
                byte[] bytes = in.readAllBytes();
                if (bytes.length != TABLE_BYTES) {
                    throw new IllegalStateException(TABLE + " has " + bytes.length + " bytes, not " + TABLE_BYTES);
                }
                return bytes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-512", e);
        }
    }

    static BigInteger fromLittleEndian(byte[] bytes) {
        byte[] big = new byte[bytes.length + 1];
        for (int i = 0; i < bytes.length; i++) {
            big[bytes.length - i] = bytes[i];
        }
        return new BigInteger(big);
    }

    /** v (0 <= v < 2^256) as 32 little-endian bytes. */
    static byte[] littleEndian32(BigInteger v) {
        byte[] big = v.toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < 32 && i < big.length; i++) {
            out[i] = big[big.length - 1 - i];
        }
        return out;
    }
}
