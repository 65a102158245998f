package nl.logboek.export;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An incident export reads its rows through the index cache. A damaged cache is thrown away and
 * the reading tried again; the rows written before that must not be written twice, nor any
 * incident left out.
 */
class ExportIndexCacheTest {
    @TempDir
    Path home;

    /** Flips a bit of the incident id in the index record of {@code line} (1-based): a record the cache got wrong. */
    private static void damageIndexRecord(Path logbook, long line) throws Exception {
        Path idx = logbook.resolveSibling("." + logbook.getFileName() + ".idx");
        byte[] bytes = Files.readAllBytes(idx);
        bytes[(int) (128 + (line - 1) * 32)] ^= 1; // LogIndex.HEADER + (line - 1) * RECORD: the id's first byte
        Files.write(idx, bytes);
    }

    @Test
    void aDamagedIndexCacheChangesNoByteOfAnIncidentExport() throws Exception {
        NamedCases cases = new NamedCases(home);
        String[] export = {"export", "--format", "jsonl"};
        String expected = cases.cli.ok(export);
        long lines = Files.readAllLines(cases.cli.logbook()).size();

        for (long line = 2; line <= lines; line++) {
            damageIndexRecord(cases.cli.logbook(), line);
            Cli.Result r = cases.cli.run(export);
            if (r.exit() == 0) {
                assertEquals(expected + "\n", r.out(), "line " + line + r.describe());
            } else {
                assertEquals(1, r.exit(), r.describe());
                assertEquals("", r.out(), "nothing written" + r.describe());
            }
        }
    }
}
