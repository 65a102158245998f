package nl.logboek.export;

import nl.logboek.LogboekException;
import nl.logboek.logbook.Logbook;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * An incident export reads the logbook once: the rows come from the incidents that read folded,
 * without the personal work notes, in the order asked, and each incident is let go once written.
 */
class IncidentRowsTest {
    @TempDir
    Path home;

    @Test
    void theRowsComeFromTheOneReadInTheOrderAskedWithoutPersonalNotes() throws IOException {
        Cli cli = new Cli(home);
        String a = cli.ok("new", "-q", "-c", "hacken", "-t", "Account van Lotte");
        String b = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp");
        cli.ok("annotate", a, "-q", "Gesprek met Lotte");
        cli.ok("annotate", a, "-q", "--private", "Eigen inschatting");
        cli.ok("annotate", b, "-q", "--private", "Nog een eigen inschatting");
        cli.ok("annotate", b, "-q", "--private", "En nog een");
        LogbookIndex index = LogbookIndex.scan(new Logbook(cli.logbook(), Clock.systemUTC()), false, true);
        List<IncidentRow> written = new ArrayList<>();

        IncidentRows rows = new IncidentRows(List.of(b, a), index.lastRead());
        rows.writeFolded(index::takeRow, index::personalNotes, written::add);

        assertEquals(List.of(b, a), written.stream().map(IncidentRow::id).toList());
        assertEquals(1, written.get(0).events(), "b: created only");
        assertEquals(2, written.get(1).events(), "a: created and one note");
        assertEquals(3, rows.events());
        assertEquals(3, rows.personalNotes());
        assertNull(index.takeRow(a), "let go once written");
    }

    @Test
    void anIncidentNotFoldedFailsTheExportBeforeItsRow() throws IOException {
        Cli cli = new Cli(home);
        String a = cli.ok("new", "-q", "-c", "hacken", "-t", "Account van Lotte");
        LogbookIndex index = LogbookIndex.scan(new Logbook(cli.logbook(), Clock.systemUTC()), false, true);
        List<IncidentRow> written = new ArrayList<>();

        IncidentRows rows = new IncidentRows(List.of(a, "zzzzzzzz"), index.lastRead());
        LogboekException e = assertThrows(LogboekException.class,
                () -> rows.writeFolded(index::takeRow, index::personalNotes, written::add));

        assertEquals("export.logbook-replaced", e.key());
        assertEquals(1, written.size());
    }
}
