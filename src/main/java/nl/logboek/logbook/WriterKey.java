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
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
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
    private PrivateKey privateKey;
    /** A Signature initialised with this key, kept for the next line (guarded by this: a Signature serves one thread at a time). */
    private Signature signing;
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
            WriterKey k = new WriterKey(Base64.getEncoder().encodeToString(raw), seed);
            k.privateKey = pair.getPrivate();
            return k;
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
        try {
            if (signing == null) {
                signing = WarmUp.takeReadied(this);
            }
            if (signing == null) {
                if (privateKey == null) {
                    privateKey = KeyFactory.getInstance(ALGORITHM, Ed25519.PROVIDER).generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
                }
                Signature s = Signature.getInstance(ALGORITHM, Ed25519.PROVIDER);
                s.initSign(privateKey);
                signing = s;
            }
            // sign() leaves the object as initSign did: ready for this key's next line.
            signing.update((DOMAIN + hash).getBytes(StandardCharsets.US_ASCII));
            return keyId() + ":" + Base64.getEncoder().encodeToString(signing.sign());
        } catch (GeneralSecurityException e) {
            signing = null;
            throw new IllegalStateException("every JDK since 15 has Ed25519", e);
        }
    }

    /** Makes {@link #signing}: the private key decoded, a Signature initialised with it (which derives the public key: a scalar multiplication). */
    private void ready() throws GeneralSecurityException {
        privateKey = KeyFactory.getInstance(ALGORITHM, Ed25519.PROVIDER).generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
        Signature s = Signature.getInstance(ALGORITHM, Ed25519.PROVIDER);
        s.initSign(privateKey);
        signing = s;
    }

    /** Whether {@code sig} (a line's sig field) is a signature of {@code hash} by {@code publicKey}. */
    public static boolean verifies(String publicKey, String hash, String sig) {
        if (sig == null || publicKey == null) {
            return false;
        }
        WarmUp.await();
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
     * Starts, on a thread of its own, what the JDK's Ed25519 does before its first signature in a
     * process: finding and constructing its provider (on JDK 17 SunEC is found by constructing the
     * security providers of other modules first, and builds its table of named curves), and the
     * curve parameters of Ed25519 and Ed448 (made by the first key). A command that is about to
     * write calls this first; its signature (and a signature check) waits for this thread, so the
     * two never start the same classes at once. With {@link #prepare(java.util.concurrent.Callable)}
     * signing added 5 ms to {@code new -q} and {@code annotate -q} at 100,000 incidents, against 9 ms without
     * (docs/benchmarks.md). Signing a throwaway message here as well, to have the field arithmetic
     * compiled, was slower.
     */
    public static void prepare() {
        WarmUp.start();
    }

    /**
     * As {@link #prepare}, and then, on a thread of its own, reads the key file that
     * {@code keyFile} names (null: none known) and readies a signature with it, so that the write
     * need not decode the key and derive its public half (a scalar multiplication) before its
     * first signature. A key that cannot be read here (sealed, missing, damaged) is left to the
     * write, which reads the key file itself in any case and uses what was readied only when it is
     * the same key.
     */
    public static void prepare(java.util.concurrent.Callable<Path> keyFile) {
        WarmUp.start();
        WarmUp.readyKey(keyFile);
    }

    /** The threads of {@link #prepare}; apart from {@link Ed25519}, so that starting them does not construct the provider here. */
    private static final class WarmUp {
        private static Thread warmUp;
        private static Thread keyReady;
        /** The key readied by {@link #keyReady}; read only after joining it. */
        private static WriterKey readied;

        static synchronized void start() {
            if (warmUp != null) {
                return;
            }
            // Runnables of their own rather than lambdas: a lambda's call site is linked on the
            // calling thread, and this one starts before anything else of the command.
            warmUp = new Thread(new StartProvider(), "logboek-ed25519");
            warmUp.setDaemon(true);
            warmUp.start();
        }

        static synchronized void readyKey(java.util.concurrent.Callable<Path> keyFile) {
            if (keyReady != null) {
                return;
            }
            keyReady = new Thread(new ReadyKey(warmUp, keyFile), "logboek-writer-key");
            keyReady.setDaemon(true);
            keyReady.start();
        }

        /** What the first thread does: the provider, a first key, a Signature. */
        private static final class StartProvider implements Runnable {
            @Override
            public void run() {
                try {
                    KeyFactory.getInstance(ALGORITHM, Ed25519.PROVIDER)
                            .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, new byte[32]));
                    Signature.getInstance(ALGORITHM, Ed25519.PROVIDER);
                } catch (GeneralSecurityException | RuntimeException | LinkageError e) {
                    // the signature itself will say what is wrong
                }
            }
        }

        /** What the second thread does, after the first: reads the key file and readies a signature with it. */
        private static final class ReadyKey implements Runnable {
            private final Thread first;
            private final java.util.concurrent.Callable<Path> keyFile;

            ReadyKey(Thread first, java.util.concurrent.Callable<Path> keyFile) {
                this.first = first;
                this.keyFile = keyFile;
            }

            @Override
            public void run() {
                try {
                    join(first);
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
            Thread a;
            Thread b;
            synchronized (WarmUp.class) {
                a = warmUp;
                b = keyReady;
            }
            join(a);
            join(b);
        }

        /** The Signature readied for {@code key} (the same public and private half), once; null if none. */
        static synchronized Signature takeReadied(WriterKey key) {
            WriterKey r = readied;
            if (r == null || !r.publicKey.equals(key.publicKey) || !java.util.Arrays.equals(r.seed, key.seed)) {
                return null;
            }
            readied = null;
            return r.signing;
        }

        private static void join(Thread t) {
            if (t != null) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
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
