package nl.logboek.logbook;

import nl.logboek.LogboekException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16, speed: the writer's key is readied on a thread of its own while a writing command does its other work. */
class WriterKeyWarmUpTest {
    private static final String HASH = "3f".repeat(32);

    @Test
    void aSignatureMadeRightAfterPrepareVerifiesAndIsTheSameAsOneMadeWithoutIt(@TempDir Path dir) throws Exception {
        WriterKey key = WriterKey.generate();
        Path file = dir.resolve("key.key");
        key.write(file, null);
        WriterKey.prepare(() -> file);
        String sig = WriterKey.read(file, null).sign(HASH);
        assertTrue(WriterKey.verifies(key.publicKey(), HASH, sig));
        // Ed25519 is deterministic: readying the key changes when the work is done, never what it signs.
        assertEquals(sig, key.sign(HASH));
    }

    @Test
    void aKeyFileWhosePublicHalfIsNotItsPrivateKeysOwnSignsNothing(@TempDir Path dir) throws Exception {
        WriterKey mine = WriterKey.generate();
        WriterKey other = WriterKey.generate();
        Path file = dir.resolve("mixed.key");
        mine.write(file, null);
        String[] parts = Files.readString(file).strip().split(" ");
        Files.writeString(file, parts[0] + " " + other.publicKey() + " " + parts[2] + "\n");
        WriterKey mixed = WriterKey.read(file, null);
        LogboekException e = assertThrows(LogboekException.class, () -> mixed.sign(HASH));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aKeyReadiedFromItsFileSignsAsTheSameKeyReadByTheWriteAndAnotherKeyIsNotTakenForIt(@TempDir Path dir) throws Exception {
        WriterKey mine = WriterKey.generate();
        Path file = dir.resolve("mine.key");
        mine.write(file, null);
        WriterKey other = WriterKey.generate();
        WriterKey.prepare(() -> file);
        // What the write does: it reads the key file itself and signs with what it read.
        String sig = WriterKey.read(file, null).sign(HASH);
        assertEquals(mine.sign(HASH), sig);
        assertTrue(WriterKey.verifies(mine.publicKey(), HASH, sig));
        String otherSig = other.sign(HASH);
        assertTrue(WriterKey.verifies(other.publicKey(), HASH, otherSig));
        assertTrue(!WriterKey.verifies(mine.publicKey(), HASH, otherSig));
    }

    @Test
    void aKeyFileThatCannotBeReadiedLeavesTheWriteToReadItItself(@TempDir Path dir) throws Exception {
        WriterKey.prepare(() -> dir.resolve("missing.key"));
        WriterKey.prepare(() -> {
            throw new java.io.IOException("unreadable");
        });
        WriterKey k = WriterKey.generate();
        assertTrue(WriterKey.verifies(k.publicKey(), HASH, k.sign(HASH)));
    }

    @Test
    void prepareCalledFromManyThreadsAtOnceWhileOthersSignAndVerifyLeavesEverySignatureGood() throws Exception {
        WriterKey key = WriterKey.generate();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String hash = String.format("%064x", i);
                Callable<Boolean> work = i % 2 == 0
                        ? () -> {
                            WriterKey.prepare(() -> null);
                            return true;
                        }
                        : () -> WriterKey.verifies(key.publicKey(), hash, key.sign(hash));
                results.add(pool.submit(work));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
