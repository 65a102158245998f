package nl.logboek.export;

import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An incident export reads its rows through the index cache. A damaged cache is thrown away and
 * the reading tried again, possibly after some rows were written: no row may then be written
 * twice, nor an incident left out. Damage the export cannot get past fails it, with the rows
 * before it in order, each once.
 */
class ExportIndexCacheTest {
    @TempDir
    Path home;

    private static List<String> ids(String jsonl) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String row : jsonl.lines().toList()) {
            ids.add(Json.MAPPER.readTree(row).get("id").asText());
        }
        return ids;
    }

    @Test
    void aDamagedIndexCacheWritesEveryRowOnceOrNothing() throws Exception {
        NamedCases cases = new NamedCases(home);
        String[] export = {"export", "--format", "jsonl"};
        List<String> expected = List.of(cases.bullying, cases.loverboy, cases.hacked, cases.sexting);
        Path logbook = cases.cli.logbook();
        Map<Path, byte[]> caches = new LinkedHashMap<>();
        try (Stream<Path> beside = Files.list(logbook.getParent())) {
            for (Path file : beside.filter(f -> !f.equals(logbook)).sorted().toList()) {
                caches.put(file, Files.readAllBytes(file));
            }
        }

        // One bit at a time in the last byte of every 4-byte word of every file beside the
        // logbook: where a number stored big-endian (an offset, a length, a link to a line) is
        // off by one. The test knows nothing else of the cache's layout; every byte would make
        // it four times as slow, since a damaged run may rebuild the cache.
        for (Map.Entry<Path, byte[]> cache : caches.entrySet()) {
            for (int at = 3; at < cache.getValue().length; at += 4) {
                byte[] damaged = cache.getValue().clone();
                damaged[at] ^= 1;
                Files.write(cache.getKey(), damaged);
                Cli.Result r = cases.cli.run(export);
                String where = cache.getKey().getFileName() + " byte " + at;
                List<String> written = ids(r.out());
                if (r.exit() == 0) {
                    assertEquals(expected, written, where + r.describe());
                } else {
                    // Found while writing, as with any streamed output: the rows before it stand.
                    assertEquals(1, r.exit(), where + r.describe());
                    assertEquals(expected.subList(0, Math.min(written.size(), expected.size())), written, where + r.describe());
                }
                for (Map.Entry<Path, byte[]> c : caches.entrySet()) {
                    Files.write(c.getKey(), c.getValue()); // as the commands left them, consistent with each other
                }
            }
        }
    }
}
