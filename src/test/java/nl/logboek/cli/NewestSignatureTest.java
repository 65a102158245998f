package nl.logboek.cli;

import nl.logboek.testutil.Cli;
import nl.logboek.testutil.Forger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading commands vouch for what they show as verify does: by the signature of the newest line,
 * which covers every line before it. A line added without the key, or a newest signature damaged,
 * is named by every command with the line verify names, and nothing is written.
 */
class NewestSignatureTest {
    @TempDir
    Path home;
    Cli cli;
    String id;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
        id = cli.ok("new", "-q", "-c", "grooming", "-t", "Berichten aan Noor");
        cli.ok("annotate", id, "Gesprek met Noor gevoerd.");
        cli.ok("list"); // this computer has seen the logbook as it is now
    }

    private void assertEveryReaderNames(String line) throws Exception {
        byte[] before = Files.readAllBytes(cli.logbook());
        assertTrue(cli.run("verify").assertExit(1).out().contains(line + ": not signed by the key of writer"));
        for (List<String> args : List.of(List.of("list"), List.of("show", id), List.of("agenda"), List.of("search", "Noor"),
                List.of("report", "--month", "2026-11"), List.of("export", "--format", "csv"), List.of("annotate", id, "Nog iets."))) {
            Cli.Result r = cli.run(args.toArray(String[]::new)).assertExit(1);
            assertTrue(r.err().contains(line + ": not signed by the key of writer"), args + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()), "nothing was written");
    }

    @Test
    void aLineAppendedWithoutTheKeyIsNamedByEveryReadingCommand() throws Exception {
        Forger.appendLike(cli.logbook(), 2, l -> l.replace("Gesprek met Noor gevoerd.", "Toegevoegd zonder sleutel."));
        assertEveryReaderNames("line 4");
    }

    @Test
    void aDamagedSignatureOnALineThisComputerAlreadySawIsNamedToo() throws Exception {
        List<String> lines = Forger.read(cli.logbook());
        String last = lines.get(2);
        int at = last.indexOf("\"sig\":\"") + 30;
        lines.set(2, last.substring(0, at) + (last.charAt(at) == 'A' ? 'B' : 'A') + last.substring(at + 1));
        Files.writeString(cli.logbook(), String.join("\n", lines) + "\n");
        assertEveryReaderNames("line 3");
    }

    @Test
    void aRotatedKeyAndANewComputerReadWithoutComplaint() throws Exception {
        cli.ok("rotate-key");
        cli.ok("annotate", id, "Met de nieuwe sleutel.");
        // Another computer (no witness of what was seen) checks the newest signature once, by the rotated key.
        Cli other = new Cli(home).env("XDG_CONFIG_HOME", home.resolve("other-config").toString());
        Files.createDirectories(home.resolve("other-config"));
        assertTrue(other.run("list").assertExit(0).out().contains("Berichten aan Noor"));
        assertTrue(other.run("show", id).assertExit(0).out().contains("Met de nieuwe sleutel."));
        // Both computers now know the key of the newest lines: the next new line is checked with it, not by a whole verify.
        String rotation = Forger.read(cli.logbook()).stream().filter(l -> l.contains("\"action\":\"rotate\"")).findFirst().orElseThrow();
        String newKey = rotation.replaceFirst(".*\"action\":\"rotate\",\"key\":\"([^\"]+)\".*", "$1");
        assertTrue(witness(home.resolve(".config")).contains("key " + newKey + "\n"), witness(home.resolve(".config")));
        assertTrue(witness(home.resolve("other-config")).contains("key " + newKey + "\n"), witness(home.resolve("other-config")));
    }

    /** The first read on another computer after the index went: the key lines the index build meets settle the check. */
    @Test
    void aRotatedKeyIsCheckedByTheKeyLinesTheFirstIndexBuildMeets() throws Exception {
        cli.ok("rotate-key");
        cli.ok("annotate", id, "Met de nieuwe sleutel.");
        Path idx = cli.logbook().resolveSibling("." + cli.logbook().getFileName() + ".idx");
        Files.delete(idx);
        Cli other = new Cli(home).env("XDG_CONFIG_HOME", home.resolve("other-config").toString());
        Files.createDirectories(home.resolve("other-config"));
        assertTrue(other.run("list").assertExit(0).out().contains("Berichten aan Noor"));
        assertTrue(Files.exists(idx), "the index is built again");
        String rotation = Forger.read(cli.logbook()).stream().filter(l -> l.contains("\"action\":\"rotate\"")).findFirst().orElseThrow();
        String newKey = rotation.replaceFirst(".*\"action\":\"rotate\",\"key\":\"([^\"]+)\".*", "$1");
        assertTrue(witness(home.resolve("other-config")).contains("key " + newKey + "\n"), witness(home.resolve("other-config")));
    }

    /** A newest line that claims the rotated key but was not signed with it: refused by the read that builds the index, and no index kept. */
    @Test
    void aForgedLineAfterARotationIsNamedByTheReadThatBuildsTheIndex() throws Exception {
        cli.ok("rotate-key");
        cli.ok("annotate", id, "Met de nieuwe sleutel.");
        int signedByNewKey = Forger.read(cli.logbook()).size() - 1;
        Forger.appendLike(cli.logbook(), signedByNewKey, l -> l.replace("Met de nieuwe sleutel.", "Toegevoegd zonder sleutel."));
        Path idx = cli.logbook().resolveSibling("." + cli.logbook().getFileName() + ".idx");
        Files.deleteIfExists(idx);
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli other = new Cli(home).env("XDG_CONFIG_HOME", home.resolve("other-config").toString());
        Files.createDirectories(home.resolve("other-config"));
        String line = "line " + (signedByNewKey + 2);
        Cli.Result r = other.run("list").assertExit(1);
        assertTrue(r.err().contains(line + ": not signed by the key of writer"), r.err());
        assertTrue(Files.notExists(idx), "no index of a logbook refused");
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()), "nothing was written");
    }

    /** A line damaged before a rotation, read first by a computer without the index: the damaged line is named, as verify names it. */
    @Test
    void aDamagedLineBeforeARotationIsNamedByTheReadThatBuildsTheIndex() throws Exception {
        cli.ok("rotate-key");
        cli.ok("annotate", id, "Met de nieuwe sleutel.");
        Path log = cli.logbook();
        Files.writeString(log, Files.readString(log).replace("Gesprek met Noor gevoerd.", "Gesprek met Sam gevoerd.!"));
        Path idx = log.resolveSibling("." + log.getFileName() + ".idx");
        Files.deleteIfExists(idx);
        Cli other = new Cli(home).env("XDG_CONFIG_HOME", home.resolve("other-config").toString());
        Files.createDirectories(home.resolve("other-config"));
        assertTrue(other.run("verify").assertExit(1).out().contains("line 3"));
        Cli.Result r = other.run("list").assertExit(1);
        assertTrue(r.err().contains("line 3"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(Files.notExists(idx), "no index of a damaged logbook");
    }

    private static String witness(Path config) throws Exception {
        try (var files = Files.list(config.resolve("logboek/witness"))) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return Files.readString(all.get(0));
        }
    }

    @Test
    void aWitnessWrittenBeforeItKeptTheSignatureIsReadAndThenKeepsIt() throws Exception {
        List<Path> witnesses;
        try (var files = Files.list(home.resolve(".config/logboek/witness"))) {
            witnesses = files.toList();
        }
        assertEquals(1, witnesses.size());
        Path w = witnesses.get(0);
        String text = Files.readString(w);
        Files.writeString(w, text.substring(0, text.indexOf("sig ")));
        assertTrue(cli.run("list").assertExit(0).out().contains("Berichten aan Noor"));
        assertEquals(text, Files.readString(w), "the signature checked is kept, so that the next read need not check it");
    }
}
