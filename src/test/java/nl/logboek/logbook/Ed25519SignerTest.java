package nl.logboek.logbook;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our Ed25519 signing against the JDK's (both deterministic, so byte for byte), against RFC 8032's
 * test vectors, and its table against one computed here from the base point in plain affine
 * arithmetic with BigInteger (the formulas of RFC 8032, section 5.1.4). With
 * {@code -Dgolden.update=true} the table's resource is written from that computation.
 */
class Ed25519SignerTest {
    private static final BigInteger P = Field25519.P;
    private static final BigInteger D = BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    private static final BigInteger BX = new BigInteger("15112221349535400772501151409588531511454012693041857206046113283949847762202");
    private static final BigInteger BY = new BigInteger("46316835694926478169428394003475163141307993866256225615783033603165251855960");
    private static final Path RESOURCE = Path.of("src", "main", "resources", "nl", "logboek", "logbook", Ed25519Signer.TABLE);

    @Test
    void signsRfc8032TestVectorsOneTwoAndThree() {
        assertVector("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
                "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        assertVector("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
                "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
                "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        assertVector("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
                "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
                "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
    }

    private static void assertVector(String seed, String publicKey, String message, String signature) {
        HexFormat hex = HexFormat.of();
        Ed25519Signer signer = new Ed25519Signer(hex.parseHex(seed));
        assertEquals(publicKey, hex.formatHex(signer.publicKey()));
        assertEquals(signature, hex.formatHex(signer.sign(hex.parseHex(message))));
    }

    @Test
    void makesTheJdksSignatureByteForByteForThousandsOfKeysAndMessages() throws GeneralSecurityException {
        Random random = new Random(20261204);
        KeyFactory keys = KeyFactory.getInstance("Ed25519");
        for (int round = 0; round < 2000; round++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            if (round < 4) {
                java.util.Arrays.fill(seed, (byte) (round == 0 ? 0 : round == 1 ? -1 : round)); // edge keys
            }
            byte[] message = new byte[random.nextInt(200)];
            random.nextBytes(message);
            PrivateKey jdkKey = keys.generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
            Signature jdk = Signature.getInstance("Ed25519");
            jdk.initSign(jdkKey);
            jdk.update(message);
            Ed25519Signer ours = new Ed25519Signer(seed);
            assertArrayEquals(jdk.sign(), ours.sign(message), "seed " + HexFormat.of().formatHex(seed));
            if (round % 100 == 0) {
                byte[] x509 = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
                assertEquals(44, x509.length); // the prefix WriterKey relies on stays 12 bytes
                assertTrue(((EdECPrivateKey) jdkKey).getBytes().isPresent());
            }
        }
    }

    @Test
    void multipliesTheFieldAsBigIntegerDoes() {
        Random random = new Random(7);
        for (int round = 0; round < 5000; round++) {
            BigInteger a = new BigInteger(255, random);
            BigInteger b = round % 7 == 0 ? P.subtract(BigInteger.valueOf(random.nextInt(40))) : new BigInteger(255, random);
            long[] fa = Field25519.fromBigInteger(a);
            long[] fb = Field25519.fromBigInteger(b);
            long[] h = Field25519.zero();
            Field25519.mul(h, fa, fb);
            assertEquals(a.multiply(b).mod(P), Field25519.toBigInteger(h));
            Field25519.add(h, fa, fb);
            assertEquals(a.add(b).mod(P), Field25519.toBigInteger(h));
            Field25519.sub(h, fa, fb);
            assertEquals(a.subtract(b).mod(P), Field25519.toBigInteger(h));
            // a long chain of products stays exact (limbs stay within their bounds)
            long[] acc = Field25519.fromBigInteger(a);
            BigInteger expected = a.mod(P);
            for (int i = 0; i < 20; i++) {
                Field25519.mul(acc, acc, fb);
                Field25519.sub(acc, acc, fa);
                expected = expected.multiply(b).subtract(a).mod(P);
            }
            assertEquals(expected, Field25519.toBigInteger(acc));
        }
    }

    @Test
    void tableHoldsTheMultiplesOfTheBasePoint() throws IOException {
        byte[] computed = computeTable();
        if (Boolean.getBoolean("golden.update")) {
            Files.write(RESOURCE, computed);
            return; // the classpath's copy is the old one until the next build
        }
        byte[] shipped;
        try (InputStream in = Ed25519Signer.class.getResourceAsStream(Ed25519Signer.TABLE)) {
            assertNotNull(in, "the table's resource is missing: run this test with -Dgolden.update=true");
            shipped = in.readAllBytes();
        }
        assertArrayEquals(computed, shipped, RESOURCE + " differs from the table computed from the base point: run this test"
                + " with -Dgolden.update=true to write it, and rebuild");
        assertArrayEquals(computed, Files.readAllBytes(RESOURCE));
    }

    /** (j + 1) * 256^i * B for i < 32, j < 8, as y+x, y-x, 2dxy modulo p, each 32 bytes little-endian. */
    private static byte[] computeTable() {
        byte[] out = new byte[Ed25519Signer.TABLE_BYTES];
        BigInteger[] rowBase = {BX, BY};
        int at = 0;
        for (int i = 0; i < 32; i++) {
            BigInteger[] multiple = rowBase;
            for (int j = 0; j < 8; j++) {
                BigInteger x = multiple[0];
                BigInteger y = multiple[1];
                for (BigInteger v : new BigInteger[] {y.add(x).mod(P), y.subtract(x).mod(P), D.multiply(BigInteger.TWO).multiply(x).multiply(y).mod(P)}) {
                    System.arraycopy(Ed25519Signer.littleEndian32(v), 0, out, at, 32);
                    at += 32;
                }
                multiple = add(multiple, rowBase);
            }
            for (int k = 0; k < 8; k++) {
                rowBase = add(rowBase, rowBase);
            }
        }
        return out;
    }

    /** Affine addition on -x^2 + y^2 = 1 + d x^2 y^2. */
    private static BigInteger[] add(BigInteger[] p, BigInteger[] q) {
        BigInteger x1x2 = p[0].multiply(q[0]).mod(P);
        BigInteger y1y2 = p[1].multiply(q[1]).mod(P);
        BigInteger dxy = D.multiply(x1x2).multiply(y1y2).mod(P);
        BigInteger x = p[0].multiply(q[1]).add(p[1].multiply(q[0])).multiply(BigInteger.ONE.add(dxy).modInverse(P)).mod(P);
        BigInteger y = y1y2.add(x1x2).multiply(BigInteger.ONE.subtract(dxy).mod(P).modInverse(P)).mod(P);
        return new BigInteger[] {x, y};
    }
}
