package nl.logboek.cli;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, attack 5: text in the logbook (typed, pasted, or synced in from another member) holds
 * escape sequences (ESC[2J, OSC 52 that writes the clipboard, OSC 8 links), carriage returns, bell,
 * C1 controls, a right-to-left override and newlines. No command prints them raw, they are shown
 * visibly, and a newline in a field never makes a row of its own.
 */
class TerminalInjectionTest {
    /** Clear screen, OSC 52 clipboard write, OSC 8 link, carriage return, bell, C1 CSI, RLO, zero-width space. */
    static final String EVIL = "\u001b[2J\u001b]52;c;cm0gLXJmIH4=\u0007\u001b]8;;http://x.example\u001b\\klik\u001b]8;;\u001b\\\r\u009b31m\u202Etxt.exe\u200B";

    @TempDir
    Path home;
    Cli cli;
    String id;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
        id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Titel " + EVIL + "\nk7m2abcd  2026-11-21  open  fake row",
                "-p", "Insta " + EVIL, "--occurred", "2026-11-18",
                "--person", "Sam " + EVIL.replace(":", "") + ":slachtoffer:leerling", "-d", "Beschrijving " + EVIL + "\nregel 2");
        cli.ok("annotate", id, "--evidence", "--posted-by", "@a" + EVIL, "--channel", "kanaal " + EVIL, "--account", "acc" + EVIL,
                "--url", "https://x.example/" + EVIL, "Notitie " + EVIL + "\nmet tweede regel");
        cli.ok("annotate", id, "--follow-up", "2026-11-21", "Nagesprek " + EVIL + "\nverborgen regel");
        cli.ok("consent", id, "--partner", "cjg", "--from", "moeder " + EVIL, "--purpose", "hulp " + EVIL, "--date", "2026-11-20");
        cli.ok("escalate", id, "--reason", "reden " + EVIL);
        cli.ok("amend", id, "--platform", "Snap " + EVIL, "--reason", "correctie " + EVIL);
    }

    static void noControlCharacterIn(Cli.Result r) {
        for (String stream : List.of(r.out(), r.err())) {
            for (char c : stream.toCharArray()) {
                assertFalse(TerminalText.unsafe(c) && c != '\n', "printed U+" + Integer.toHexString(c) + r.describe());
            }
        }
    }

    @Test
    void noCommandPrintsAControlCharacterFromTheLogbook() {
        for (List<String> args : List.of(List.of("list"), List.of("list", "--status", "all"), List.of("show", id),
                List.of("next", id), List.of("agenda"), List.of("search", "Notitie"), List.of("search", "kanaal"),
                List.of("person", "Sam"), List.of("retention"), List.of("report"), List.of("report", "--format", "markdown"))) {
            Cli.Result r = cli.run(args.toArray(String[]::new));
            noControlCharacterIn(r);
        }
    }

    @Test
    void controlCharactersAreShownVisiblyNotDropped() {
        String show = cli.ok("show", id);
        assertTrue(show.contains("Titel \u241B[2J\u241B]52;c;cm0gLXJmIH4=\u2407"), show);
        assertTrue(show.contains("\\u202etxt.exe\\u200b"), "a right-to-left override is named, not obeyed: " + show);
        assertTrue(show.contains("\u240D\\u009b31m"), "carriage return and C1 CSI shown: " + show);
    }

    @Test
    void aNewlineInATitleNeverStartsARowOfItsOwn() {
        Cli.Result r = cli.run("list");
        r.assertExit(0);
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(3, lines.size(), "header, one row, count" + r.describe());
        assertFalse(r.out().lines().anyMatch(l -> l.startsWith("k7m2abcd")), r.describe());
        String show = cli.ok("show", id);
        assertFalse(show.lines().anyMatch(l -> l.startsWith("k7m2abcd")), "the title's second line stays on the title's row: " + show);
        assertTrue(show.lines().anyMatch(l -> l.equals("    regel 2")), "a description keeps its lines, indented: " + show);
        String agenda = cli.run("agenda").out();
        assertFalse(agenda.lines().anyMatch(l -> l.startsWith("verborgen regel")), agenda);
    }

    @Test
    void errorsAndWarningsEchoNoControlCharacter() {
        for (List<String> args : List.of(List.of("show", "\u001b[2Jzz"), List.of("person", "Nie\u001b]52;c;x\u0007mand"),
                List.of("search", "zzz\u001b[2J"), List.of("new", "-c", "\u001b[2Jpesten", "-t", "x"),
                List.of("\u001b[2Jlist"), List.of("list", "--\u001b[31mstatus"),
                List.of("annotate", id, "--done", "\u202E9"))) {
            Cli.Result r = cli.run(args.toArray(String[]::new));
            assertTrue(r.exit() != 0, "refused" + r.describe());
            noControlCharacterIn(r);
            assertEquals(1, r.err().strip().lines().count(), "one line" + r.describe());
        }
    }
}
