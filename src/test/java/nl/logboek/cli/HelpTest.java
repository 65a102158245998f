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

    @Test
    void anUnknownLanguageIsRefusedWithTheLanguagesInTheLanguageChosenWithoutIt() {
        Cli cli = new Cli(home);
        Cli.Result r = cli.run("--lang", "fr", "list").assertExit(2);
        assertTrue(r.err().contains("\"fr\" is not a language logboek speaks; --lang takes nl, en."), r.describe());
        assertTrue(r.out().isEmpty(), r.describe());
        cli.env("LOGBOEK_LANG", "nl");
        r = cli.run("new", "-c", "hacken", "-t", "x", "--lang", "fr").assertExit(2);
        assertTrue(r.err().contains("\"fr\" is geen taal die logboek spreekt; --lang kan nl, en zijn."), r.describe());
        assertFalse(Files.exists(cli.logbook()), "nothing was written");
        assertTrue(cli.ok("--lang", "en_GB", "list").contains("No incidents"), "a locale name is a language too");
    }

    @Test
    void aCommandOnAnIncidentWithoutALogbookSaysThereIsNoLogbookHere() {
        Cli cli = new Cli(home);
        for (String[] args : new String[][] {{"show", "abc"}, {"next", "abc"}, {"annotate", "abc", "tekst"},
                {"close", "abc", "--outcome", "x"}}) {
            Cli.Result r = cli.run(args).assertExit(1);
            assertTrue(r.err().contains("no logbook here (" + cli.logbook() + "); start with 'logboek new' or 'logboek init'."),
                    r.describe());
        }
        cli.env("LOGBOEK_LANG", "nl");
        assertTrue(cli.run("show", "abc").err().contains("hier is geen logboek"));
        assertFalse(Files.exists(cli.logbook()));
    }
}
