package nl.logboek.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Main finds the subcommand as the launcher does, to start the signature's set-up before parsing. */
class MainTest {
    @Test
    void theSubcommandIsTheFirstArgumentThatIsNeitherAnOptionNorAGlobalOptionsValue() {
        assertEquals("new", Main.subcommand(new String[] {"new", "-q", "-c", "hacken"}));
        assertEquals("annotate", Main.subcommand(new String[] {"--logbook", "new", "--author", "x", "annotate", "abc", "note"}));
        assertEquals("close", Main.subcommand(new String[] {"--stacktrace", "--lang", "nl", "--protocols", "p", "close", "abc"}));
        assertEquals("agenda", Main.subcommand(new String[] {"--logbook=new", "agenda"}));
    }

    @Test
    void withoutASubcommandThereIsNone() {
        assertNull(Main.subcommand(new String[] {"--version"}));
        assertNull(Main.subcommand(new String[] {}));
        assertNull(Main.subcommand(new String[] {"--logbook"}));
    }
}
