package nl.logboek.logbook;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16, attack 11: the real path, a symbolic link and a hard link of one logbook share one lock. */
class OneFileSeveralNamesTest {
    @TempDir
    Path home;

    private Path[] names() throws Exception {
        Path real = home.resolve("data/logboek.jsonl");
        Cli first = new Cli(home);
        first.ok("new", "-q", "-c", "hacken", "-t", "eerste");
        Path links = Files.createDirectories(home.resolve("elders"));
        Path symlink = Files.createSymbolicLink(links.resolve("via-link.jsonl"), real);
        Path hardlink = Files.createLink(links.resolve("tweede-naam.jsonl"), real);
        return new Path[] {real, symlink, hardlink};
    }

    @Test
    void writersUsingTheRealPathASymlinkAndAHardlinkAllLandInOneIntactChain() throws Exception {
        Path[] names = names();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            Cli cli = new Cli(home).clock(Clock.systemDefaultZone()).env("LOGBOEK_FILE", names[t % 3].toString());
            int worker = t;
            futures.add(pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int n = 0; n < 15; n++) {
                    Cli.Result r = cli.run("new", "-q", "-c", "hacken", "-t", "w" + worker + "-" + n);
                    assertEquals(0, r.exit(), r.describe());
                    ids.add(r.out().strip());
                }
                return ids;
            }));
        }
        Set<String> printed = new HashSet<>();
        for (Future<List<String>> f : futures) {
            printed.addAll(f.get());
        }
        pool.shutdown();
        assertEquals(90, printed.size());
        List<Event> events = new Logbook(names[0], Clock.systemDefaultZone()).readAll();
        assertEquals(1 + 1 + 90, events.size());
    }

    @Test
    void aWriterThroughAnotherNameWaitsForTheLockHeldThroughTheRealPath() throws Exception {
        Path[] names = names();
        for (Path other : List.of(names[1], names[2])) {
            AtomicBoolean got = new AtomicBoolean();
            Thread waiter;
            try (LogbookLock held = LogbookLock.acquire(names[0])) {
                waiter = new Thread(() -> {
                    try (LogbookLock second = LogbookLock.acquire(other)) {
                        got.set(true);
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                });
                waiter.start();
                // Either it parks on the lock (right) or it gets it (wrong): no sleeping, no timing.
                while (waiter.getState() != Thread.State.WAITING && waiter.isAlive()) {
                    Thread.onSpinWait();
                }
                assertFalse(got.get(), other + " got the lock while " + names[0] + " held it");
            }
            waiter.join();
            assertTrue(got.get(), other + " gets the lock once it is released");
        }
    }
}
