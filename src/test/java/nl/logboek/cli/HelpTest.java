package nl.logboek.cli;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HelpTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"new", "annotate", "list", "show", "next", "escalate", "close", "protocols", "verify"})
    void everySubcommandHasHelpWithExamplesAndExitCodes(String command) {
        Cli.Result r = new Cli(home).run(command, "--help").assertExit(0);
        assertTrue(r.out().contains("Usage: logboek " + command), r.describe());
        assertTrue(r.out().contains("Examples:"), r.describe());
        assertTrue(r.out().contains("Exit codes:") && r.out().contains("Usage error"), r.describe());
    }

    @Test
    void versionIsPrinted() {
        assertTrue(new Cli(home).ok("--version").startsWith("logboek "));
    }

    @Test
    void argumentsGarbledByANonUtf8LocaleAreRefusedBeforeAnythingIsWritten() {
        Cli cli = new Cli(home);
        Cli.Result r = cli.run("new", "-c", "hacken", "-t", "Co\uFFFD\uFFFDrdinator");
        r.assertExit(2);
        assertTrue(r.err().contains("not UTF-8"), r.describe());
        assertFalse(Files.exists(cli.logbook()));
    }
}
