package nl.logboek.report;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every format of the report of October 2026 over the fixed logbook of ReportFixture, compared
 * byte for byte with golden files (-Dgolden.update=true rewrites them).
 */
class ReportGoldenTest {
    @TempDir
    static Path home;
    static ReportFixture fixture;

    @BeforeAll
    static void writeLogbook() {
        fixture = ReportFixture.build(home);
    }

    private static String run(String... args) {
        return fixture.cli.run(args).assertExit(0).out();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "october.en.txt  | --lang en report --month 2026-10",
            "october.nl.txt  | --lang nl report --month 2026-10",
            "october.en.md   | --lang en report --month 2026-10 --format markdown",
            "october.nl.md   | --lang nl report --month 2026-10 --format md",
            "october.json    | report --month 2026-10 --json",
            "october.en.html | --lang en report --month 2026-10 --format html",
            "october.nl.html | --lang nl report --month 2026-10 --format html",
            "range.en.txt    | --lang en report --from 2026-10-05 --to 2026-10-18 --stale-days 7",
            "year.json       | report --year 2026 --format json"})
    void aReportWithoutDetailMatchesItsGoldenFileAndHoldsNoIncidentId(String golden, String command) {
        String out = run(command.strip().split(" +"));
        for (String id : fixture.ids) {
            assertFalse(out.contains(id), "incident id " + id + " in a report without --detail");
        }
        Golden.assertMatches(golden.strip(), out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "october.detail.en.txt | --lang en report --month 2026-10 --detail",
            "october.detail.json   | report --month 2026-10 --detail --json",
            "october.detail.nl.md  | --lang nl report --month 2026-10 --detail --format markdown",
            "october.detail.en.html | --lang en report --month 2026-10 --detail --format html"})
    void aReportWithDetailMatchesItsGoldenFileWithIdsReplacedInOrderOfRecording(String golden, String command) {
        String out = run(command.strip().split(" +"));
        assertTrue(fixture.ids.stream().anyMatch(out::contains), "a detailed report shows ids:\n" + out);
        Golden.assertMatches(golden.strip(), fixture.withPlaceholders(out));
    }

    @Test
    void theDefaultIsTheTextReportOfThePreviousCalendarMonth() {
        // Cli.NOW is in November 2026.
        assertEquals(run("--lang", "en", "report", "--month", "2026-10"), run("--lang", "en", "report"));
    }

    @Test
    void textReportsFitInEightyColumns() {
        List<String> tooWide = new ArrayList<>();
        for (String lang : List.of("en", "nl")) {
            for (String period : List.of("--month=2026-10", "--year=2026", "--month=2026-09")) {
                for (String detail : List.of("--detail", "--stale-days=14")) {
                    String out = run("--lang", lang, "report", period, detail);
                    out.lines().filter(l -> l.codePointCount(0, l.length()) > TextReport.WIDTH)
                            .forEach(l -> tooWide.add(lang + " " + period + " " + detail + ": " + l));
                }
            }
        }
        assertEquals(List.of(), tooWide);
    }

    @Test
    void theSameLogbookAndOptionsGiveTheSameBytesUntilAStampIsAskedFor() {
        for (String format : List.of("text", "markdown", "json", "html")) {
            String first = run("report", "--month", "2026-10", "--format", format, "--detail");
            assertEquals(first, run("report", "--month", "2026-10", "--format", format, "--detail"), format);
        }
        String stamped = run("--lang", "en", "report", "--month", "2026-10", "--stamp");
        assertTrue(stamped.contains("Made on 2026-11-21 10:30."), stamped);
        assertTrue(run("report", "--month", "2026-10", "--json", "--stamp").contains("\"generated_at\" : \"2026-11-21T10:30:00+01:00\""));
    }
}
