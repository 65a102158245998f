package nl.logboek.reliability;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.logboek.logbook.LogbookVerifier;
import nl.logboek.testutil.Cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index cache (.NAME.idx and .NAME.ids) is not a source of truth: whatever it holds, every command answers
 * as it would without it, or fails in one line; a write still only appends a sound line.
 */
class DamagedIndexFuzzTest {
    private static Fixture fx;

    @BeforeContainer
    static void createBaseLogbook() {
        fx = Fixture.create("logboek-idxfuzz");
    }

    @AfterContainer
    static void cleanUp() {
        fx.delete();
    }

    /** Overwrites {@code length} bytes at a fraction of the cache with one value, or cuts it. */
    record Damage(double at, int length, int value, boolean truncate, boolean idsFile) {
        byte[] apply(byte[] idx) {
            int from = Math.min(idx.length, (int) (at * idx.length));
            if (truncate) {
                return java.util.Arrays.copyOf(idx, from);
            }
            byte[] out = idx.clone();
            for (int i = from; i < Math.min(out.length, from + length); i++) {
                out[i] = (byte) value;
            }
            return out;
        }
    }

    @Provide
    Arbitrary<List<Damage>> damages() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(0, 255), Arbitraries.of(false, false, false, true), Arbitraries.of(false, true))
                .as(Damage::new).list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 200)
    void whateverTheCacheHoldsEveryAnswerIsTheLogbooksOrAOneLineFailure(@ForAll("damages") List<Damage> damages) throws Exception {
        Path dir = fx.freshFolder();
        Cli cli = fx.cliWith(dir, fx.logbook);
        String expectedList = cli.run("list", "--json").assertExit(0).out(); // builds the cache from the sound logbook
        String a = fx.ids.get(0);
        String expectedShow = cli.run("show", a, "--json").assertExit(0).out();
        for (boolean idsFile : new boolean[] {false, true}) {
            Path cacheFile = dir.resolve(idsFile ? ".lb.jsonl.ids" : ".lb.jsonl.idx");
            byte[] cache = Files.readAllBytes(cacheFile);
            for (Damage d : damages) {
                if (d.idsFile() == idsFile) {
                    cache = d.apply(cache);
                }
            }
            Files.write(cacheFile, cache);
        }

        Cli.Result list = Fixture.runChecked(cli, "list", "--json");
        if (list.exit() == 0) {
            assertEquals(expectedList, list.out(), "the cache changed the answer" + list.describe());
        }
        Cli.Result show = Fixture.runChecked(cli, "show", a, "--json");
        if (show.exit() == 0) {
            assertEquals(expectedShow, show.out(), "the cache changed the answer" + show.describe());
        }
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result note = Fixture.runChecked(cli, "annotate", "-q", a, "notitie");
        byte[] after = Files.readAllBytes(cli.logbook());
        if (note.exit() == 0) {
            assertTrue(Fixture.isPrefix(before, after) && LogbookVerifier.verify(cli.logbook()).ok(), note.describe());
        } else {
            assertArrayEquals(before, after, note.describe());
        }
    }
}
