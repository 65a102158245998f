package nl.logboek.report;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input to `logboek report`: one line on stderr that names the problem and the way out, exit
 * 2 (usage) or 1 (failure), nothing on stdout, and no file changed, created or removed.
 */
class ReportBadInputTest {
    @TempDir
    Path home;
    Cli cli;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(home);
        cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Bestaand incident");
        Files.createDirectories(home.resolve("out"));
        Files.writeString(home.resolve("out/oktober.md"), "eerder rapport\n");
    }

    private String rejects(int exit, String expected, String... args) throws Exception {
        Map<String, String> before = files();
        Cli.Result r = cli.run(args);
        r.assertExit(exit);
        assertTrue(r.err().contains(expected), "stderr names the problem (" + expected + ")" + r.describe());
        assertEquals(1, r.err().strip().lines().count(), "one line on stderr" + r.describe());
        assertFalse(r.err().contains("unexpected error"), "a known problem, not an internal error" + r.describe());
        assertEquals("", r.out(), "nothing on stdout" + r.describe());
        assertEquals(before, files(), "no file changed, created or removed" + r.describe());
        return r.err().strip();
    }

    /** Every file under home with its content. */
    private Map<String, String> files() throws Exception {
        Map<String, String> all = new TreeMap<>();
        try (var s = Files.walk(home)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                all.put(home.relativize(p).toString(), new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--month 2026-13                         | --month \"2026-13\" is not a month: use yyyy-mm, e.g. --month 2026-10.",
            "--month oktober                         | --month \"oktober\" is not a month",
            "--year 26                               | --year \"26\" is not a year: use four digits",
            "--month 2026-10 --year 2026             | cannot be combined: give one period",
            "--year 2026 --from 2026-01-01           | cannot be combined",
            "--to 2026-10-31                         | --to 2026-10-31 needs --from",
            "--from 2026-10-31 --to 2026-10-01       | --to 2026-10-01 lies before --from 2026-10-31",
            "--from 2026-31-10                       | 2026-31-10",
            "--month 2026-12                         | after today (2026-11-21)",
            "--format pdf                            | unknown format \"pdf\". Choose one of: text, markdown, json, html.",
            "--format jsn                            | did you mean \"json\"",
            "--json --format html                    | --json and --format html contradict each other",
            "--stale-days 0                          | give a whole number of 1 or more",
            "--stale-days veertien                   | --stale-days \"veertien\" is not a number of days",
            "--force                                 | --force only applies to -o FILE",
            "--titles                                | --titles goes with --detail: give both",
            "-o OUT/oktober.md                       | exists already and was left as it is. Choose another name, or add --force",
            "-o OUT/nergens/oktober.md               | the folder does not exist",
            "-o OUT                                  | is a folder: give a file name",
            "-o LOGBOOK --force                      | is the logbook itself"})
    void aBadOptionIsRefusedWithOneLineAndExit2(String options, String expected) throws Exception {
        List<String> args = new ArrayList<>(List.of("report"));
        for (String o : options.strip().split(" +")) {
            args.add(o.replace("OUT", home.resolve("out").toString()).replace("LOGBOOK", cli.logbook().toString()));
        }
        String err = rejects(2, expected.strip(), args.toArray(String[]::new));
        assertTrue(err.startsWith("logboek report: "), err);
    }

    @Test
    void aBadOptionIsExplainedInDutchToo() throws Exception {
        rejects(2, "--month \"oktober\" is geen maand: gebruik jjjj-mm", "--lang", "nl", "report", "--month", "oktober");
    }

    @Test
    void aDamagedLogbookFailsWithExit1AndIsLeftAsItIs() throws Exception {
        Files.writeString(cli.logbook(), Files.readString(cli.logbook()).replace("Bestaand", "Gewijzigd"));
        rejects(1, "line 2", "report", "--month", "2026-10");
    }

    @Test
    void aLogbookThatIsAFolderIsAUsageError() throws Exception {
        rejects(2, "is a folder", "--logbook", home.resolve("out").toString(), "report");
    }

    @Test
    void aMissingLogbookGivesAnEmptyReportAndIsNotCreated() throws Exception {
        Path missing = home.resolve("nog-niet/logboek.jsonl");
        String json = cli.ok("--logbook", missing.toString(), "report", "--json");
        assertTrue(json.contains("\"reported\" : 0"), json);
        assertTrue(json.contains("\"open_incidents\" : [ ]"), json);
        String text = cli.ok("--logbook", missing.toString(), "report");
        assertTrue(text.contains("Incident report: October 2026"), text);
        assertFalse(Files.exists(missing.getParent()), "nothing created for a report");
    }
}
