package nl.logboek.cli;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bad input: non-zero exit, one line on stderr naming the problem, the logbook byte-for-byte unchanged. */
class BadInputTest {
    @TempDir
    Path home;
    Cli cli;
    String id;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
        id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Bestaand incident");
        cli.ok("annotate", id, "Eerste notitie");
    }

    /** Runs the command and checks the three promises; returns stderr. */
    private String rejects(int exit, String expectedInError, String... args) throws Exception {
        byte[] before = Files.readAllBytes(cli.logbook());
        List<String> filesBefore = listFiles();
        Cli.Result r = cli.run(args);
        r.assertExit(exit);
        assertTrue(r.err().contains(expectedInError), "stderr should name the problem (" + expectedInError + ")" + r.describe());
        assertEquals(1, r.err().strip().lines().count(), "one line on stderr" + r.describe());
        assertFalse(r.err().contains("\tat "), "no stack trace" + r.describe());
        assertFalse(r.err().contains("unexpected error"), "a known problem, not an internal error" + r.describe());
        assertEquals("", r.out(), "nothing on stdout" + r.describe());
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()), "logbook unchanged" + r.describe());
        assertEquals(filesBefore, listFiles(), "no files created or removed" + r.describe());
        return r.err();
    }

    private List<String> listFiles() throws Exception {
        List<String> names = new ArrayList<>();
        try (var s = Files.walk(home)) {
            s.forEach(p -> names.add(home.relativize(p).toString()));
        }
        names.sort(null);
        return names;
    }

    @Test
    void unknownCategorySuggestsTheClosest() throws Exception {
        String err = rejects(2, "did you mean \"cyberpesten\"", "new", "-c", "cyberpesen", "-t", "x");
        assertTrue(err.contains("unknown category \"cyberpesen\""), err);
    }

    @Test
    void unknownCategoryWithoutNeighbourListsTheChoices() throws Exception {
        rejects(2, "sextortion", "new", "-c", "voetbal", "-t", "x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20-11-2026", "2026-13-01", "gisteren", "2026-11-20T25:00"})
    void malformedOccurredDate(String date) throws Exception {
        rejects(2, "is not a date", "new", "-c", "hacken", "-t", "x", "--occurred", date);
    }

    @Test
    void occurredInTheFuture() throws Exception {
        rejects(2, "future", "new", "-c", "hacken", "-t", "x", "--occurred", "2027-01-01");
    }

    @Test
    void malformedListDate() throws Exception {
        rejects(2, "--since \"1-1-2026\" is not a date", "list", "--since", "1-1-2026");
    }

    @Test
    void emptyTitle() throws Exception {
        rejects(2, "title is empty", "new", "-c", "hacken", "-t", "   ");
    }

    @Test
    void missingTitleAndCategoryAreNamed() throws Exception {
        rejects(2, "missing --title", "new", "-c", "hacken");
        rejects(2, "missing --category", "new", "-t", "x");
    }

    @Test
    void malformedPerson() throws Exception {
        rejects(2, "NAME:ROLE[:KIND]", "new", "-c", "hacken", "-t", "x", "--person", "Sam");
        rejects(2, "unknown role \"baas\"", "new", "-c", "hacken", "-t", "x", "--person", "Sam:baas");
        rejects(2, "unknown kind of person \"ouder\"", "new", "-c", "hacken", "-t", "x", "--person", "Sam:slachtoffer:ouder");
    }

    @Test
    void unknownSeverityAndSource() throws Exception {
        rejects(2, "unknown severity \"extreem\"", "new", "-c", "hacken", "-t", "x", "--severity", "extreem");
        rejects(2, "unknown source", "new", "-c", "hacken", "-t", "x", "--source", "roddel");
    }

    @Test
    void unknownId() throws Exception {
        rejects(1, "no incident with id \"zzzzzzzz\"", "annotate", "zzzzzzzz", "tekst");
        rejects(1, "no incident with id", "show", "zzzz");
        rejects(2, "is not an incident id", "show", "k7m2-!");
    }

    @Test
    void ambiguousPrefixListsTheCandidates() throws Exception {
        // Add incidents until two ids share their first character (certain within 33).
        String prefix = null;
        List<String> ids = new ArrayList<>(List.of(id));
        while (prefix == null) {
            String next = cli.ok("new", "-q", "-c", "hacken", "-t", "extra");
            for (String other : ids) {
                if (other.charAt(0) == next.charAt(0)) {
                    prefix = next.substring(0, 1);
                }
            }
            ids.add(next);
        }
        String err = rejects(2, "type more characters", "show", prefix);
        assertTrue(err.contains("matches"), err);
        rejects(2, "type more characters", "annotate", prefix, "tekst");
    }

    @Test
    void emptyNote() throws Exception {
        rejects(2, "note is empty", "annotate", id);
        rejects(2, "note is empty", "annotate", id, "  ");
        rejects(2, "--evidence needs at least one", "annotate", id, "--evidence", "tekst");
    }

    @Test
    void missingScreenshotFile() throws Exception {
        rejects(2, "no such file", "annotate", id, "--screenshot", home.resolve("nope.png").toString(), "x");
    }

    @Test
    void unknownOptionAndSubcommandSuggest() throws Exception {
        rejects(2, "did you mean \"--title\"?", "new", "-c", "hacken", "--titel", "x");
        rejects(2, "list", "lijst");
    }

    @Test
    void logbookPathIsAFolder() throws Exception {
        Files.createDirectories(home.resolve("map"));
        rejects(2, "is a folder", "--logbook", home.resolve("map").toString(), "new", "-c", "hacken", "-t", "x");
        rejects(2, "is a folder", "--logbook", home.resolve("map").toString(), "list");
    }

    @Test
    void logbookInAPlaceThatCannotBeWritten() throws Exception {
        // A regular file where the folder should be: no user, not even root, can write there.
        Path notAFolder = home.resolve("gewoon-bestand");
        Files.writeString(notAFolder, "x");
        rejects(1, "could not write", "--logbook", notAFolder.resolve("lb.jsonl").toString(), "new", "-c", "hacken", "-t", "x");
    }

    private void damage(java.util.function.UnaryOperator<List<String>> edit) throws Exception {
        List<String> lines = new ArrayList<>(Arrays.asList(Files.readString(cli.logbook()).split("\n")));
        Files.writeString(cli.logbook(), String.join("\n", edit.apply(lines)) + "\n");
    }

    private void everyCommandRefuses(String expected) throws Exception {
        rejects(1, expected, "new", "-c", "hacken", "-t", "x");
        rejects(1, expected, "annotate", id, "tekst");
        rejects(1, expected, "list");
        rejects(1, expected, "show", id);
    }

    @Test
    void malformedLineIsNamedByNumber() throws Exception {
        damage(l -> {
            l.set(1, l.get(1).substring(0, l.get(1).length() - 1));
            return l;
        });
        everyCommandRefuses("line 2: not valid JSON");
    }

    @Test
    void editedTextIsDetected() throws Exception {
        damage(l -> {
            l.set(2, l.get(2).replace("Eerste notitie", "Andere notitie"));
            return l;
        });
        everyCommandRefuses("line 3: the content does not match");
    }

    @Test
    void editedEnvelopeIsDetected() throws Exception {
        damage(l -> {
            l.set(1, l.get(1).replace("\"type\":\"created\",\"time\":\"2026-11-21T10:30:00+01:00\"",
                    "\"type\":\"created\",\"time\":\"2026-11-20T10:30:00+01:00\""));
            return l;
        });
        everyCommandRefuses("line 2: the line does not match its hash");
    }

    @Test
    void removedLineBreaksTheChain() throws Exception {
        damage(l -> {
            l.remove(1);
            return l;
        });
        everyCommandRefuses("line 2: sequence number 3 where 2 was expected");
    }

    @Test
    void reorderedLinesBreakTheChain() throws Exception {
        cli.ok("annotate", id, "Tweede notitie");
        damage(l -> {
            String t = l.get(2);
            l.set(2, l.get(3));
            l.set(3, t);
            return l;
        });
        everyCommandRefuses("line 3: sequence number 4 where 3 was expected");
    }

    @Test
    void truncatedLastLineSaysHowToRecover() throws Exception {
        byte[] all = Files.readAllBytes(cli.logbook());
        String withTorn = new String(all, StandardCharsets.UTF_8) + "{\"v\":1,\"seq\":4,\"incid";
        Files.writeString(cli.logbook(), withTorn);
        everyCommandRefuses("line 4: the last line is incomplete");
        assertTrue(cli.run("list").err().contains("verify --repair"));
    }

    @Test
    void aPathTheSystemCannotTakeIsAUsageErrorInOneLineWithoutJavaInIt() {
        Cli.Result r = new Cli(home).run("protocols", "check", "a\u0000b");
        assertEquals(2, r.exit(), r.describe());
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        org.junit.jupiter.api.Assertions.assertTrue(r.err().contains("not a usable file path") && !r.err().contains("java."), r.describe());
    }
}
