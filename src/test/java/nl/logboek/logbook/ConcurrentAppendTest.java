package nl.logboek.logbook;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConcurrentAppendTest {
    @TempDir
    Path home;

    @org.junit.jupiter.api.RepeatedTest(5)
    void threadsWritingAtOnceAllLandOnceInAnIntactChain() throws Exception {
        Cli cli = new Cli(home).clock(Clock.systemDefaultZone());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int worker = t;
            futures.add(pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int n = 0; n < 25; n++) {
                    String id = cli.ok("new", "-q", "-c", "hacken", "-t", "w" + worker + "-" + n);
                    cli.ok("annotate", id, "notitie " + n);
                    ids.add(id);
                }
                return ids;
            }));
        }
        Set<String> printed = new HashSet<>();
        for (Future<List<String>> f : futures) {
            printed.addAll(f.get());
        }
        pool.shutdown();
        assertEquals(200, printed.size());

        List<Event> events = new Logbook(cli.logbook(), Clock.systemDefaultZone()).readAll(); // checks every line and the chain
        assertEquals(1 + 400, events.size());
        Set<String> created = new HashSet<>();
        for (Event e : events) {
            if (EventType.CREATED.equals(e.type())) {
                created.add(e.incident());
            }
        }
        assertEquals(printed, created);
    }
}
