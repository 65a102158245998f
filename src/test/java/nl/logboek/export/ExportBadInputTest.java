package nl.logboek.export;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input to export: one line on stderr naming the problem, nothing on stdout, no file created or changed. */
class ExportBadInputTest {
    @TempDir
    Path home;
    Cli cli;
    String id;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
        id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Bestaand", "--person", "Sam:slachtoffer");
    }

    private String rejects(int exit, String expected, String... args) throws Exception {
        byte[] logbook = Files.readAllBytes(cli.logbook());
        List<String> files = files();
        Cli.Result r = cli.run(args);
        r.assertExit(exit);
        assertTrue(r.err().contains(expected), "stderr should say " + expected + r.describe());
        assertEquals(1, r.err().strip().lines().count(), "one line" + r.describe());
        assertFalse(r.err().contains("\tat "), r.describe());
        assertEquals("", r.out(), r.describe());
        assertArrayEquals(logbook, Files.readAllBytes(cli.logbook()));
        assertEquals(files, files(), "no file created or removed" + r.describe());
        return r.err();
    }

    private List<String> files() throws Exception {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.walk(home)) {
            s.forEach(p -> names.add(home.relativize(p).toString()));
        }
        names.sort(null);
        return names;
    }

    @Test
    void unknownFormatListsTheFormats() throws Exception {
        String err = rejects(2, "unknown export format \"xml\"", "export", "--format", "xml", "-o", home.resolve("x.xml").toString());
        assertTrue(err.contains("csv, json, jsonl"), err);
    }

    @Test
    void optionsThatDoNotGoTogether() throws Exception {
        rejects(2, "--excel is a kind of CSV", "export", "--excel", "--format", "json");
        rejects(2, "--keep-text only goes with --redact", "export", "--keep-text");
        rejects(2, "--force only goes with -o", "export", "--force");
    }

    @Test
    void badFilterValuesAreNamed() throws Exception {
        rejects(2, "--since \"1-1-2026\" is not a date", "export", "--since", "1-1-2026");
        rejects(2, "unknown status \"dicht\"", "export", "--status", "dicht");
        rejects(2, "did you mean \"cyberpesten\"", "export", "--category", "cyberpesen");
        rejects(2, "is not an incident id", "export", "k7m2-!");
    }

    @Test
    void anUnknownPartnerIsAUsageErrorThatSuggestsTheClosest() throws Exception {
        String err = rejects(2, "unknown partner \"cgj\"; did you mean \"cjg\"?", "export", "--for", "cgj",
                "-o", home.resolve("cjg.csv").toString());
        assertTrue(err.contains("politie") && err.contains("veilig-thuis"), "the known partners are listed: " + err);
        rejects(2, "unknown partner \"xyzzy-onbekend\". Partners: ", "export", "--for", "xyzzy-onbekend");
        rejects(2, "--for needs a partner id", "export", "--for", " ");
    }

    @Test
    void forAndAccessAndTheirCombinationsThatMeanNothing() throws Exception {
        rejects(2, "--for (an export for a partner) and --access", "export", "--for", "cjg", "--access", "Sam");
        rejects(2, "leave out --redact and --keep-text", "export", "--access", "Sam", "--redact");
        rejects(2, "leave out --redact and --keep-text", "export", "--access", "Sam", "--keep-text");
        rejects(2, "--keep-text only goes with --redact", "export", "--for", "cjg", "--keep-text");
        rejects(2, "--access needs the name", "export", "--access", "  ");
    }

    @Test
    void anAccessRequestByANameNoIncidentInvolvesFailsAndWritesNothing() throws Exception {
        rejects(1, "no incident involves a person named \"Sem\"", "export", "--access", "Sem",
                "-o", home.resolve("inzage.json").toString());
    }

    @Test
    void unknownOptionSuggestsTheRightOne() throws Exception {
        rejects(2, "did you mean \"--redact\"?", "export", "--redcat");
    }

    @Test
    void badInputIsFoundBeforeTheOutputFileIsTouched() throws Exception {
        Path file = home.resolve("bestaat.csv");
        Files.writeString(file, "oud");
        rejects(2, "already exists", "export", "-o", file.toString());
        rejects(2, "not a date", "export", "--until", "gisteren", "-o", home.resolve("nieuw/x.csv").toString());
        assertEquals("oud", Files.readString(file));
    }

    @Test
    void aFileWhereAFolderShouldBeIsNamed() throws Exception {
        Path file = home.resolve("gewoon-bestand");
        Files.writeString(file, "x");
        rejects(1, file + " is a file, not a folder", "export", "-o", file.resolve("sub/x.csv").toString());
    }

    @Test
    void aDamagedLogbookFailsBeforeAnythingIsWritten() throws Exception {
        cli.ok("annotate", id, "Notitie");
        String text = Files.readString(cli.logbook()).replace("Notitie", "Andere");
        Files.writeString(cli.logbook(), text);
        rejects(1, "line 3: the content does not match", "export", "-o", home.resolve("uit/x.csv").toString());
        rejects(1, "line 3: the content does not match", "export", "--events", "--format", "json");
    }

    @Test
    void messagesAreInDutchToo() throws Exception {
        cli.env("LANG", "nl_NL.UTF-8");
        rejects(2, "onbekend exportformaat \"xml\"", "export", "--format", "xml");
        rejects(2, "--keep-text gaat alleen samen met --redact", "export", "--keep-text");
        rejects(2, "onbekende partner \"cgj\"; bedoelde je \"cjg\"?", "export", "--for", "cgj");
        rejects(1, "geen enkel incident heeft een betrokkene met de naam \"Sem\"", "export", "--access", "Sem");
    }

    @Test
    void helpHasExamplesAndExitCodes() {
        Cli.Result r = cli.run("export", "--help").assertExit(0);
        assertTrue(r.out().contains("Usage: logboek export"), r.describe());
        assertTrue(r.out().contains("Examples:") && r.out().contains("Exit codes:"), r.describe());
        assertTrue(r.out().contains("--status") && r.out().contains("--since"), "the filters shared with list" + r.describe());
    }
}
