package nl.logboek.reliability;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exit code tells a script the truth about the write: 0 when it is recorded, otherwise nothing changed. */
class ExitCodeTest {
    @TempDir
    Path home;

    /** Found by RandomCommandLineFuzzTest: the note was recorded, then the command exited 2 ("nothing was changed"). */
    @Test
    void aNoteWhoseChecklistCannotBeShownIsAcknowledgedAsRecordedOrNotWrittenAtAll() throws Exception {
        Cli cli = new Cli(home);
        String id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp");
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result r = cli.run("annotate", id, "Gesprek gevoerd", "--protocols", home.resolve("bestaat-niet").toString());
        byte[] after = Files.readAllBytes(cli.logbook());
        if (r.exit() == 0) {
            assertTrue(r.out().contains("Note added"), r.describe());
            assertTrue(Fixture.isPrefix(before, after) && after.length > before.length, "recorded, as acknowledged" + r.describe());
        } else {
            assertArrayEquals(before, after, "a failure changes nothing" + r.describe());
        }
    }
}
