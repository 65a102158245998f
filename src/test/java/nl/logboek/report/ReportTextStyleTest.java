package nl.logboek.report;

import nl.logboek.i18n.Messages;
import nl.logboek.logbook.Logbook;
import nl.logboek.protocol.ProtocolRegistry;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Marks for a terminal (colour) go around headings and flags only and never move a column. */
class ReportTextStyleTest {
    @TempDir
    Path home;

    /** Marks text visibly, like colour codes would, but in characters a test can read. */
    private static final ReportStyle MARKED = new ReportStyle() {
        @Override
        public String heading(String text) {
            return "<b>" + text + "</b>";
        }

        @Override
        public String alert(String text) {
            return "<red>" + text + "</red>";
        }
    };

    @Test
    void markedTextIsThePlainTextWithMarksAroundHeadingsAndFlags() {
        ReportFixture fixture = ReportFixture.build(home);
        ProtocolRegistry protocols = ProtocolRegistry.shipped();
        Report report = ReportBuilder.of(new Logbook(fixture.cli.logbook(), Clock.fixed(Cli.NOW, Cli.AMSTERDAM)),
                new ReportRequest(ReportPeriod.month(YearMonth.of(2026, 10), Cli.AMSTERDAM), Cli.NOW, 14, false, null), protocols);
        ReportLabels labels = new ReportLabels(Messages.english(), protocols, Cli.AMSTERDAM);

        String plain = TextReport.render(report, labels, ReportStyle.PLAIN);
        String marked = TextReport.render(report, labels, MARKED);

        assertEquals(plain, marked.replaceAll("</?(b|red)>", ""));
        assertTrue(marked.startsWith("<b>Incident report: October 2026</b>\n"), marked);
        assertTrue(marked.contains("\n<b>Mandatory items open</b>\n"), marked);
        assertTrue(marked.contains("  <red>no action in 24 hours, idle</red>\n"), marked);
        assertEquals(plain, fixture.cli.run("--lang", "en", "report", "--month", "2026-10").out(), "a pipe gets the plain text");
    }
}
