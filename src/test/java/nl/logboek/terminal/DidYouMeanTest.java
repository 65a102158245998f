package nl.logboek.terminal;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mistyped commands, options and categories name the closest one, on one line, in the user's language. */
class DidYouMeanTest {
    @TempDir
    Path home;

    private Cli.Result usageError(Cli cli, String... args) {
        Cli.Result r = cli.run(args).assertExit(2);
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        assertEquals("", r.out(), r.describe());
        assertFalse(Files.exists(cli.logbook()), "nothing was written");
        return r;
    }

    @Test
    void aMistypedSubcommandNamesTheClosestOne() {
        Cli.Result r = usageError(new Cli(home), "nwe", "-c", "hacken", "-t", "x");
        assertTrue(r.err().startsWith("logboek: unknown command \"nwe\"; did you mean \"new\"?"), r.describe());
        assertTrue(r.err().contains("(see 'logboek --help')"), r.describe());
        assertTrue(usageError(new Cli(home), "lst").err().contains("did you mean \"list\"?"));
        assertTrue(usageError(new Cli(home), "protocols", "shwo", "meldcode").err()
                .contains("logboek protocols: unknown command \"shwo\"; did you mean \"show\"?"));
    }

    @Test
    void aSubcommandFarFromAnyListsTheCommandsButNotTheHiddenOne() {
        Cli.Result r = usageError(new Cli(home), "xyzzy");
        assertTrue(r.err().contains("unknown command \"xyzzy\". Commands: "), r.describe());
        assertFalse(r.err().contains("complete"), r.describe());
    }

    @Test
    void aMistypedOptionNamesTheClosestOne() {
        Cli.Result r = usageError(new Cli(home), "new", "--categroy", "hacken", "-t", "x");
        assertTrue(r.err().startsWith("logboek new: unknown option \"--categroy\"; did you mean \"--category\"?"), r.describe());
        assertTrue(usageError(new Cli(home), "list", "--stauts=open").err().contains("did you mean \"--status\"?"));
    }

    @Test
    void aMistypedCategoryNamesTheClosestOne() {
        Cli.Result r = usageError(new Cli(home), "new", "-c", "sextotrion", "-t", "x");
        assertTrue(r.err().contains("did you mean \"sextortion\"?"), r.describe());
    }

    @Test
    void suggestionsAreInDutchForDutchUsers() {
        Cli nl = new Cli(home).env("LANG", "nl_NL.UTF-8");
        assertTrue(usageError(nl, "nwe").err().contains("onbekende opdracht \"nwe\"; bedoelde je \"new\"?"));
        assertTrue(usageError(nl, "show", "--jsno", "abc").err().contains("onbekende optie \"--jsno\"; bedoelde je \"--json\"?"));
        assertTrue(usageError(nl, "new", "-c", "hakken", "-t", "x").err().contains("bedoelde je \"hacken\"?"));
    }
}
