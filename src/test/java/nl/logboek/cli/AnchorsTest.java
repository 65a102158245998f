package nl.logboek.cli;

import nl.logboek.testutil.Cli;
import nl.logboek.testutil.Forger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, item 2: a logbook cut short ({@code sed -i '$d'}) or put back from an older copy reads
 * as sound on its own. This computer (the witness in the config folder) and the index remember
 * the line they saw last: every command refuses such a logbook with the lines known and found
 * (exit 3), nothing is written and the index is not rebuilt over it, until
 * {@code verify --accept-rollback}.
 */
class AnchorsTest {
    @TempDir
    Path home;
    Cli cli;
    String id;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
        id = cli.ok("new", "-q", "-c", "grooming", "-t", "Berichten aan Noor");
        cli.ok("annotate", id, "Gesprek met Noor gevoerd.");
        cli.ok("annotate", id, "Ouders gebeld.");
    }

    private void cutLastLine() throws IOException {
        List<String> lines = Forger.read(cli.logbook());
        Files.writeString(cli.logbook(), String.join("\n", lines.subList(0, lines.size() - 1)) + "\n", StandardCharsets.UTF_8);
    }

    private Path witnessFolder() {
        return home.resolve(".config/logboek/witness");
    }

    private byte[] bytes(Path p) throws IOException {
        return Files.readAllBytes(p);
    }

    private Path index() {
        return cli.logbook().resolveSibling("." + cli.logbook().getFileName() + ".idx");
    }

    @Test
    void aLastLineCutOffIsRefusedByEveryCommandWithTheLinesKnownAndFound() throws Exception {
        cutLastLine();
        byte[] before = bytes(cli.logbook());
        for (String[] args : List.of(new String[] {"list"}, new String[] {"show", id}, new String[] {"next", id},
                new String[] {"agenda"}, new String[] {"search", "Noor"}, new String[] {"report", "--month", "2026-11"},
                new String[] {"annotate", id, "Nog een notitie."}, new String[] {"new", "-q", "-c", "cyberpesten", "-t", "Iets anders"},
                new String[] {"export", "--format", "csv"})) {
            Cli.Result r = cli.run(args).assertExit(3);
            assertEquals(1, r.err().strip().lines().count(), r.describe());
            assertTrue(r.err().contains("lines known: 4, lines found: 3"), r.describe());
            assertTrue(r.err().contains("verify --accept-rollback"), r.describe());
        }
        assertArrayEquals(before, bytes(cli.logbook()), "nothing was written");
    }

    @Test
    void verifyReportsTheCutAndExitsOne() throws Exception {
        cutLastLine();
        Cli.Result r = cli.run("verify").assertExit(1);
        assertTrue(r.out().contains("4 lines known, 3 found"), r.out());
        Cli.Result json = cli.run("verify", "--json").assertExit(1);
        assertTrue(json.out().contains("\"ok\" : false") || json.out().contains("\"ok\":false"), json.out());
    }

    @Test
    void theIndexIsNotRebuiltOverAShorterLog() throws Exception {
        cli.ok("list");
        byte[] index = bytes(index());
        cutLastLine();
        cli.run("list").assertExit(3);
        assertArrayEquals(index, bytes(index()), "the index still remembers the longer log");
    }

    @Test
    void theWitnessAloneFindsACutWhenTheIndexWentWithIt() throws Exception {
        cutLastLine();
        Files.delete(index());
        Cli.Result r = cli.run("list").assertExit(3);
        assertTrue(r.err().contains("lines known: 4, lines found: 3") && r.err().contains("witness"), r.err());
    }

    @Test
    void theIndexAloneFindsACutOnAComputerWithoutAWitness() throws Exception {
        cli.ok("list");
        cutLastLine();
        deleteWitnesses();
        Cli.Result r = cli.run("list").assertExit(3);
        assertTrue(r.err().contains("lines known: 4, lines found: 3") && r.err().contains(".idx"), r.err());
    }

    @Test
    void anOlderCopyPutBackIsRefused() throws Exception {
        Path older = home.resolve("older.jsonl");
        Files.copy(cli.logbook(), older);
        cli.ok("close", id, "--outcome", "Afgerond", "--force", "--reason", "test");
        Files.copy(older, cli.logbook(), StandardCopyOption.REPLACE_EXISTING);
        Cli.Result r = cli.run("show", id).assertExit(3);
        assertTrue(r.err().contains("lines known: 5, lines found: 4"), r.err());
    }

    @Test
    void aChainRewrittenWithoutTheKeyIsNamedAsForgedFirst() {
        Forger.rewrite(cli.logbook(), 2, l -> l.replace("Gesprek met Noor gevoerd.", "Niets gebeurd."));
        Cli.Result r = cli.run("list").assertExit(1);
        assertTrue(r.err().contains("line 3"), r.err());
    }

    @Test
    void anotherCopyOfTheSameLengthSignedByAKeyHolderIsRefused() throws Exception {
        Path three = home.resolve("three.jsonl");
        List<String> lines = Forger.read(cli.logbook());
        Files.writeString(three, String.join("\n", lines.subList(0, 3)) + "\n", StandardCharsets.UTF_8);
        // Another computer with the writer key continues an older copy in the same place: every line verifies.
        Path other = home.resolve("other");
        copyFolder(home.resolve(".config/logboek/writer-keys"), other.resolve(".config/logboek/writer-keys"));
        Files.copy(three, cli.logbook(), StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(cli.logbook(), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Files.delete(index()); // the index remembers the longer log too: whoever does this takes it away
        new Cli(other).env("LOGBOEK_FILE", cli.logbook().toString()).ok("annotate", id, "Een andere vierde regel.");
        Cli.Result r = cli.run("list").assertExit(3);
        assertTrue(r.err().contains("is not the logbook this computer last saw") && r.err().contains("lines known: 4, lines found: 4"),
                r.err());
        cli.run("backup", home.resolve("b").toString()).assertExit(3);
        assertFalse(Files.exists(home.resolve("b")));
    }

    @Test
    void acceptingTheShorterLogLetsCommandsWorkAgain() throws Exception {
        cutLastLine();
        Cli.Result r = cli.run("verify", "--accept-rollback").assertExit(0);
        assertTrue(r.out().contains("Accepted") && r.out().contains("3 lines") && r.out().contains("it knew 4 lines before"), r.out());
        cli.ok("list");
        cli.ok("annotate", id, "Opnieuw vastgelegd.");
        cli.ok("verify");
    }

    @Test
    void aDamagedLogIsNotAccepted() throws Exception {
        cutLastLine();
        Files.writeString(cli.logbook(), "{not json\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        // The damaged line is named first, by verify and by every command; nothing is accepted.
        Cli.Result r = cli.run("verify", "--accept-rollback").assertExit(1);
        assertTrue(r.out().contains("line 4") && !r.out().contains("Accepted"), r.describe());
        cli.run("list").assertExit(1);
        Files.writeString(cli.logbook(), String.join("\n", Forger.read(cli.logbook()).subList(0, 3)) + "\n", StandardCharsets.UTF_8);
        cli.run("list").assertExit(3);
    }

    @Test
    void whatLogboekDoesItselfIsNeverTakenForARollback() throws Exception {
        // A purge shortens lines (not their number), a rotated key adds one, a fresh index is a rebuild.
        cli.ok("close", id, "--outcome", "Afgerond", "--force", "--reason", "test");
        cli.ok("rotate-key");
        Files.deleteIfExists(index());
        cli.ok("list", "--status", "all");
        Cli later = new Cli(home).clock(java.time.Clock.fixed(Cli.NOW.plus(java.time.Duration.ofDays(800)), Cli.AMSTERDAM));
        later.ok("purge", "--expired", "--yes");
        later.ok("list", "--status", "all");
        later.ok("verify");
    }

    @Test
    void anotherComputerThatAppendedIsNoRollback() throws Exception {
        Path other = home.resolve("other");
        copyFolder(home.resolve(".config/logboek/writer-keys"), other.resolve(".config/logboek/writer-keys"));
        Cli second = new Cli(other).env("LOGBOEK_FILE", cli.logbook().toString());
        second.ok("annotate", id, "Door een collega vastgelegd.");
        cli.ok("list");
        cli.ok("annotate", id, "En weer hier.");
        second.ok("show", id);
        cutLastLine();
        second.run("list").assertExit(3);
        cli.run("list").assertExit(3);
    }

    @Test
    void aTornTailFromACrashIsNoRollback() throws Exception {
        Files.writeString(cli.logbook(), "{\"v\":1,\"seq\":5", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        cli.ok("verify", "--repair");
        cli.ok("list");
    }

    private void deleteWitnesses() throws IOException {
        try (Stream<Path> s = Files.list(witnessFolder())) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }
}
