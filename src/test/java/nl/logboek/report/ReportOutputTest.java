package nl.logboek.report;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a report goes: stdout without colour codes, or a private file written all at once. */
class ReportOutputTest {
    @TempDir
    Path home;
    Cli cli;
    Path folder;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(home);
        String id = cli.ok("new", "-q", "-c", "hacken", "-t", "Account gekaapt");
        cli.ok("annotate", id, "Wachtwoord gewijzigd");
        folder = Files.createDirectories(home.resolve("verslagen"));
    }

    @Test
    void aReportWrittenToAFileIsPrivateToItsOwnerAndEqualToWhatWouldBePrinted() throws Exception {
        Path file = folder.resolve("november.html");
        Cli.Result r = cli.run("report", "--month", "2026-11", "--format", "html", "-o", file.toString()).assertExit(0);
        assertEquals("Report written to " + file + ".\n", r.out());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(cli.run("report", "--month", "2026-11", "--format", "html").out(), Files.readString(file));
        assertEquals(List.of(file), Files.list(folder).toList(), "no temporary file left behind");
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForceAndThenStaysPrivate() throws Exception {
        Path file = folder.resolve("november.md");
        Files.writeString(file, "oud\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        cli.run("report", "--month", "2026-11", "--format", "markdown", "-o", file.toString()).assertExit(2);
        assertEquals("oud\n", Files.readString(file));
        cli.run("report", "--month", "2026-11", "--format", "markdown", "-o", file.toString(), "--force").assertExit(0);
        assertTrue(Files.readString(file).startsWith("# Incident report: November 2026"), Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void noColourCodesInAPipeInAFileOrWithNoColor() throws Exception {
        Path file = folder.resolve("november.txt");
        cli.ok("report", "--month", "2026-11", "-o", file.toString());
        String piped = cli.run("report", "--month", "2026-11").out();
        String noColor = cli.env("NO_COLOR", "1").run("report", "--month", "2026-11").out();
        for (String text : List.of(Files.readString(file), piped, noColor)) {
            assertFalse(text.contains("\u001b"), text);
        }
        assertEquals(piped, Files.readString(file));
    }

    @Test
    void theHtmlReportLoadsNothingFromElsewhere() {
        String html = cli.run("report", "--month", "2026-11", "--format", "html", "--detail").assertExit(0).out();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<svg"), "charts are inline SVG");
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"), html);
        for (String outside : List.of("http://", "https://", "//", "src=", "<script", "<link", "url(", "@import")) {
            assertFalse(html.replace("http-equiv", "").contains(outside), outside);
        }
    }
}
