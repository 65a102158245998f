package nl.logboek.export;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An incident export whose incidents are all shown as recorded makes its rows on all cores, in
 * batches, and writes them in order: the output is byte for byte what the same export writes one
 * row at a time, in every format and dialect, with quotes, line breaks, formula starts and names
 * in the values. Exports that redact (their pseudonyms number by first appearance) keep writing
 * one row at a time, and say the same either way.
 */
class ParallelRowsTest {
    @TempDir
    Path home;

    private int batch;
    private int parallelFrom;

    @BeforeEach
    void remember() {
        batch = ParallelRows.batch;
        parallelFrom = ParallelRows.parallelFrom;
    }

    @AfterEach
    void restore() {
        ParallelRows.batch = batch;
        ParallelRows.parallelFrom = parallelFrom;
    }

    private static final List<List<String>> EXPORTS = List.of(
            List.of("export", "--format", "csv"),
            List.of("export", "--format", "csv", "--excel"),
            List.of("export", "--format", "csv", "--raw"),
            List.of("export", "--format", "jsonl"),
            List.of("export", "--format", "json"),
            List.of("export", "--format", "jsonl", "--status", "open"),
            List.of("export", "--format", "csv", "--redact"),
            List.of("export", "--format", "jsonl", "--for", "cjg"));

    @Test
    void rowsMadeOnAllCoresAreWrittenByteForByteAsOneAtATime() {
        NamedCases cases = new NamedCases(home);
        for (int i = 0; i < 7; i++) {
            cases.cli.ok("new", "-q", "-c", "hacken", "-t", "'Account " + i + "', \"gehackt\"\r\nop; " + i,
                    "--person", "Sam de Vries:slachtoffer:leerling");
        }
        for (List<String> export : EXPORTS) {
            String[] args = export.toArray(String[]::new);
            ParallelRows.parallelFrom = Integer.MAX_VALUE;
            var oneAtATime = cases.cli.run(args).assertExit(0);
            for (int size : new int[] {1, 2, 3, 256}) {
                ParallelRows.parallelFrom = 0;
                ParallelRows.batch = size;
                var parallel = cases.cli.run(args).assertExit(0);
                assertEquals(oneAtATime.out(), parallel.out(), export + ", batches of " + size);
                assertEquals(oneAtATime.err(), parallel.err(), export + ", batches of " + size);
            }
        }
    }

    @Test
    void aPoolIsWorthItOnlyFromEnoughRows() {
        ParallelRows.parallelFrom = 4096;
        assertEquals(Runtime.getRuntime().availableProcessors() > 1, ParallelRows.worthIt(4096));
        assertTrue(!ParallelRows.worthIt(4095));
        ParallelRows.parallelFrom = 0;
        assertTrue(ParallelRows.worthIt(1), "tests make a pool wherever they run");
    }
}
