package nl.logboek.cli;

import nl.logboek.testutil.Cli;
import nl.logboek.testutil.Forger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, item 2 (in part): lines cut from the end, or an older copy put back, still verify line
 * by line; a chain head noted elsewhere ('verify --head') finds it with 'verify --expect-head'.
 */
class NotedHeadTest {
    @TempDir
    Path home;
    Cli cli;
    String id;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
        id = cli.ok("new", "-q", "-c", "grooming", "-t", "Berichten aan Noor");
        cli.ok("annotate", id, "Gesprek met Noor gevoerd.");
    }

    @Test
    void theHeadPrintedIsTheLastLinesHashAndIsFoundWhileNothingIsRemoved() {
        String head = cli.ok("verify", "--head");
        List<String> lines = Forger.read(cli.logbook());
        assertTrue(lines.get(lines.size() - 1).contains("\"hash\":\"" + head + "\""), head);
        cli.ok("annotate", id, "Later.");
        String out = cli.ok("verify", "--expect-head", head);
        assertTrue(out.contains("is line 3 of") && out.contains("(1 line after it)"), out);
    }

    @Test
    void aLastLineCutOffIsFoundByTheNotedHead() throws Exception {
        String head = cli.ok("verify", "--head");
        List<String> lines = Forger.read(cli.logbook());
        Files.writeString(cli.logbook(), String.join("\n", lines.subList(0, lines.size() - 1)) + "\n", StandardCharsets.UTF_8);
        // Every remaining line is sound and signed: the file alone cannot tell, this computer can (AnchorsTest).
        assertTrue(cli.run("verify").assertExit(1).out().contains("3 lines known, 2 found"));
        Cli.Result r = cli.run("verify", "--expect-head", head).assertExit(1);
        assertTrue(r.out().contains("is not a line of this logbook"), r.out());
    }

    @Test
    void anOlderCopyPutBackIsFoundByTheNotedHead() throws Exception {
        Path older = home.resolve("older.jsonl");
        Files.copy(cli.logbook(), older);
        cli.ok("close", id, "--outcome", "Afgerond", "--force", "--reason", "test");
        String head = cli.ok("verify", "--head");
        Files.copy(older, cli.logbook(), StandardCopyOption.REPLACE_EXISTING);
        Cli.Result r = cli.run("verify", "--expect-head", head).assertExit(1);
        assertTrue(r.out().contains("is not a line of this logbook"), r.out());
    }

    @Test
    void aHeadThatIsNoHashIsAUsageError() {
        Cli.Result r = cli.run("verify", "--expect-head", "abc").assertExit(2);
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
