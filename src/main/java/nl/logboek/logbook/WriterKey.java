package nl.logboek.logbook;

import nl.logboek.LogboekException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A writer's Ed25519 key pair: the private half signs every line the writer appends (over the
 * line's chain hash, see docs/logbook-format.md), the public half is named in the writer's header
 * or a {@code key} line, and in a team admitted by a member. The key file holds both halves,
 * 0600 in the config folder; with a passphrase the private half is sealed with the logbook's key.
 */
public final class WriterKey {
    /** What every signature covers before the hash: a signature made for something else never fits. */
    private static final String DOMAIN = "logboek-sig/1|";
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    private static final String FORMAT = "ed25519";
    private static final String ALGORITHM = "Ed25519";
    private static final String SEALED = "sealed:";
    /** Public keys already decoded in this process, by their base64 text: decoding costs. */
    private static final Map<String, PublicKey> PUBLIC = new ConcurrentHashMap<>();

    private final String publicKey;
    private final byte[] seed;
    /** What signs this key's lines, made at its first line (guarded by this). */
    private Ed25519Signer signer;
    /** The key file this key was read from or written to; null for a key not kept in a file. */
    private Path origin;

    private WriterKey(String publicKey, byte[] seed) {
        this.publicKey = publicKey;
        this.seed = seed;
    }

    /** A new random key pair. */
    public static WriterKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM, Ed25519.PROVIDER).generateKeyPair();
            byte[] x509 = pair.getPublic().getEncoded();
            byte[] raw = java.util.Arrays.copyOfRange(x509, x509.length - 32, x509.length);
            byte[] seed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
            return new WriterKey(Base64.getEncoder().encodeToString(raw), seed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK since 15 has Ed25519", e);
        }
    }

    /** The public key: 32 bytes, base64. */
    public String publicKey() {
        return publicKey;
    }

    /** The short name of the public key that a signature carries: 16 hex characters of its SHA-256. */
    public String keyId() {
        return keyIdOf(publicKey);
    }

    public static String keyIdOf(String publicKey) {
        return Hashing.hex(Hashing.newSha256().digest(publicKey.getBytes(StandardCharsets.US_ASCII))).substring(0, 16);
    }

    /** The value of a line's {@code sig} field: key id, a colon, the signature over the hash in base64. */
    synchronized String sign(String hash) {
        WarmUp.await();
        if (signer == null) {
            signer = WarmUp.takeReadied(this);
        }
        if (signer == null) {
            ready();
        }
        byte[] signature = signer.sign((DOMAIN + hash).getBytes(StandardCharsets.US_ASCII));
        return keyId() + ":" + Base64.getEncoder().encodeToString(signature);
    }

    /**
     * Makes {@link #signer}: the private key hashed and its public half derived (a multiplication
     * of the base point), which must be the public key the key file names: a key file whose halves
     * do not belong together would sign lines that no one can check.
     */
    private void ready() {
        Ed25519Signer made = new Ed25519Signer(seed);
        if (!java.util.Arrays.equals(made.publicKey(), Base64.getDecoder().decode(publicKey))) {
            throw LogboekException.failure("sign.key-unreadable", origin == null ? publicKey : origin);
        }
        signer = made;
    }

    /** Whether {@code sig} (a line's sig field) is a signature of {@code hash} by {@code publicKey}. */
    public static boolean verifies(String publicKey, String hash, String sig) {
        if (sig == null || publicKey == null) {
            return false;
        }
        int colon = sig.indexOf(':');
        if (colon < 0 || !sig.substring(0, colon).equals(keyIdOf(publicKey))) {
            return false;
        }
        try {
            PublicKey key = PUBLIC.computeIfAbsent(publicKey, WriterKey::decode);
            if (key == null) {
                return false;
            }
            Signature s = Signature.getInstance(ALGORITHM, Ed25519.PROVIDER);
            s.initVerify(key);
            s.update((DOMAIN + hash).getBytes(StandardCharsets.US_ASCII));
            return s.verify(Base64.getDecoder().decode(sig.substring(colon + 1)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The key id a sig field names, or null. */
    static String keyIdIn(String sig) {
        int colon = sig == null ? -1 : sig.indexOf(':');
        return colon < 0 ? null : sig.substring(0, colon);
    }

    private static PublicKey decode(String publicKey) {
        try {
            byte[] raw = Base64.getDecoder().decode(publicKey);
            if (raw.length != 32) {
                return null;
            }
            byte[] x509 = new byte[X509_PREFIX.length + 32];
            System.arraycopy(X509_PREFIX, 0, x509, 0, X509_PREFIX.length);
            System.arraycopy(raw, 0, x509, X509_PREFIX.length, 32);
            return KeyFactory.getInstance(ALGORITHM, Ed25519.PROVIDER).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether {@code text} is a public key as lines name them (32 bytes, base64). */
    public static boolean wellFormed(String text) {
        try {
            return text != null && Base64.getDecoder().decode(text).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Reads a key file; null when there is none. With {@code sealer} (a logbook with a passphrase)
     * the private half is sealed with the logbook's key.
     *
     * @throws LogboekException (exit 1) naming the file when it cannot be read or opened
     */
    public static WriterKey read(Path file, Sealer sealer) {
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        PrivateFiles.requireRegular(file);
        try {
            String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            if (parts.length != 3 || !FORMAT.equals(parts[0]) || !wellFormed(parts[1])) {
                throw LogboekException.failure("sign.key-unreadable", file);
            }
            String secret = parts[2];
            if (secret.startsWith(SEALED)) {
                if (sealer == null || sealer.envelopeOnly()) {
                    throw LogboekException.failure("sign.key-unreadable", file);
                }
                secret = sealer.open(secret.substring(SEALED.length()), aad(parts[1]));
                if (secret == null) {
                    throw LogboekException.failure("sign.key-wrong-passphrase", file);
                }
            }
            byte[] seed = Base64.getDecoder().decode(secret);
            if (seed.length != 32) {
                throw LogboekException.failure("sign.key-unreadable", file);
            }
            WriterKey k = new WriterKey(parts[1], seed);
            k.origin = file;
            return k;
        } catch (IOException | IllegalArgumentException e) {
            throw LogboekException.failure("sign.key-unreadable", file);
        }
    }

    /** Writes the key file (0600, folders 0700), sealing the private half with {@code sealer} when given. */
    public void write(Path file, Sealer sealer) {
        String secret = Base64.getEncoder().encodeToString(seed);
        if (sealer != null && !sealer.envelopeOnly()) {
            secret = SEALED + sealer.seal(secret, aad(publicKey));
        }
        try {
            PrivateFiles.createFolders(file.toAbsolutePath().getParent());
            AtomicFiles.to(file).write((FORMAT + " " + publicKey + " " + secret + "\n").getBytes(StandardCharsets.US_ASCII));
            origin = file;
        } catch (IOException e) {
            throw LogboekException.failure("sign.key-not-written", file, e.getMessage());
        }
    }

    /**
     * Notes, beside the key file (KEYFILE.head, 0600), the hash of the last line this key signed, so
     * that the next write need not check that line's signature again (it is this machine's own).
     * A note that cannot be written costs that check next time, nothing else.
     */
    void rememberSigned(String hash) {
        if (origin == null) {
            return;
        }
        try {
            Path note = origin.resolveSibling(origin.getFileName() + ".head");
            PrivateFiles.createFile(note);
            Files.writeString(note, publicKey + " " + hash + "\n", StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            // the next write checks the line's signature instead
        }
    }

    /** Whether {@code hash} is the last line this key signed here, by the note {@link #rememberSigned} keeps. */
    boolean signedLast(String hash) {
        if (origin == null || hash == null) {
            return false;
        }
        try {
            String note = Files.readString(origin.resolveSibling(origin.getFileName() + ".head"), StandardCharsets.US_ASCII).strip();
            return note.equals(publicKey + " " + hash);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Reads, on a thread of its own, the key file that {@code keyFile} names (null: none known) and
     * readies its signer (the private key hashed, the table of the base point read, the public half
     * derived and checked), so that the write signs at once when it has its hash. A key that cannot
     * be read here (sealed, missing, damaged) is left to the write, which reads the key file itself
     * in any case and uses what was readied only when it is the same key. With this, signing adds
     * at most about 2 ms to {@code new -q} and {@code annotate -q} (docs/benchmarks.md); a second call does
     * nothing.
     */
    public static void prepare(java.util.concurrent.Callable<Path> keyFile) {
        WarmUp.readyKey(keyFile);
    }

    /** The thread of {@link #prepare}. */
    private static final class WarmUp {
        private static Thread keyReady;
        /** The key readied by {@link #keyReady}; read only after joining it. */
        private static WriterKey readied;

        static synchronized void readyKey(java.util.concurrent.Callable<Path> keyFile) {
            if (keyReady != null) {
                return;
            }
            // A Runnable of its own rather than a lambda: a lambda's call site is linked on the
            // calling thread, and this one starts before anything else of the command.
            keyReady = new Thread(new ReadyKey(keyFile), "logboek-writer-key");
            keyReady.setDaemon(true);
            keyReady.start();
        }

        /** Reads the key file and readies its signer. */
        private static final class ReadyKey implements Runnable {
            private final java.util.concurrent.Callable<Path> keyFile;

            ReadyKey(java.util.concurrent.Callable<Path> keyFile) {
                this.keyFile = keyFile;
            }

            @Override
            public void run() {
                try {
                    Path file = keyFile.call();
                    WriterKey k = file == null ? null : read(file, null);
                    if (k != null) {
                        k.ready();
                        synchronized (WarmUp.class) {
                            readied = k;
                        }
                    }
                } catch (Exception | LinkageError e) {
                    // the write reads its key itself
                }
            }
        }

        static void await() {
            Thread t;
            synchronized (WarmUp.class) {
                t = keyReady;
            }
            if (t != null) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** The signer readied for {@code key} (the same public and private half), once; null if none. */
        static synchronized Ed25519Signer takeReadied(WriterKey key) {
            WriterKey r = readied;
            if (r == null || !r.publicKey.equals(key.publicKey) || !java.util.Arrays.equals(r.seed, key.seed)) {
                return null;
            }
            readied = null;
            return r.signer;
        }
    }

    /** The JDK's provider of Ed25519 (SunEC), found once: later look-ups need not walk the provider list. */
    private static final class Ed25519 {
        static final Provider PROVIDER = find();

        private static Provider find() {
            try {
                return Signature.getInstance(ALGORITHM).getProvider();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every JDK since 15 has Ed25519", e);
            }
        }
    }

    private static String aad(String publicKey) {
        return "logboek/1|writer-key|" + publicKey;
    }
}
