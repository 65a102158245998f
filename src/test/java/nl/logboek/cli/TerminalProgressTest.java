package nl.logboek.cli;

import nl.logboek.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminalProgressTest {
    @Test
    void aLongReadShowsOneLineThatIsErasedWhenDone() {
        StringWriter screen = new StringWriter();
        TerminalProgress p = new TerminalProgress(Messages.forLanguage("nl"), new PrintWriter(screen), 0);
        p.update(50L << 20, 100L << 20);
        assertTrue(screen.toString().contains("logboek lezen 50% (50 van 100 MiB)"), screen.toString());
        p.finish();
        assertTrue(screen.toString().endsWith("\r\033[K"), "erased");
    }

    @Test
    void aShortReadShowsNothing() {
        StringWriter screen = new StringWriter();
        TerminalProgress p = new TerminalProgress(Messages.forLanguage("en"), new PrintWriter(screen));
        p.update(1, 2);
        p.finish();
        assertEquals("", screen.toString());
    }
}
