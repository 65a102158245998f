package nl.logboek.reliability;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A damaged index cache (a record lost or torn by a crash) never hides or corrupts an incident. */
class IndexCacheDamageTest {
    @TempDir
    Path home;

    /** Zeroes the incident id in the index record of {@code line} (1-based), as a lost write of the cache would. */
    private static void zeroIdInIndexRecord(Path logbook, int line) throws Exception {
        Path idx = logbook.resolveSibling("." + logbook.getFileName() + ".idx");
        assertTrue(Files.exists(idx), "the index cache exists");
        try (FileChannel ch = FileChannel.open(idx, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[8]), 128 + (line - 1) * 48L); // LogIndex.HEADER + (line - 1) * RECORD
        }
    }

    @Test
    void aDamagedIndexCacheNeverHidesAnIncidentFromList() throws Exception {
        Cli cli = new Cli(home);
        String a = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Een");
        String b = cli.ok("new", "-q", "-c", "hacken", "-t", "Twee");
        zeroIdInIndexRecord(cli.logbook(), 3); // line 3: b created
        Cli.Result r = cli.run("list", "--status", "open");
        if (r.exit() == 0) {
            assertTrue(r.out().contains(a) && r.out().contains(b), "every incident, or a failure" + r.describe());
        } else {
            assertEquals(1, r.exit(), r.describe());
        }
    }

    @Test
    void aDamagedIndexCacheNeverCrashesShowOrAnnotate() throws Exception {
        Cli cli = new Cli(home);
        cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Een");
        String b = cli.ok("new", "-q", "-c", "hacken", "-t", "Twee");
        zeroIdInIndexRecord(cli.logbook(), 3);
        byte[] before = Files.readAllBytes(cli.logbook());
        for (String[] args : new String[][] {{"show", b}, {"annotate", b, "Notitie"}}) {
            Cli.Result r = cli.run(args);
            assertFalse(r.err().contains("unexpected error"), r.describe());
        }
        byte[] after = Files.readAllBytes(cli.logbook());
        assertTrue(Fixture.isPrefix(before, after), "only appended");
        assertEquals(0, cli.run("verify").exit());
    }
}
