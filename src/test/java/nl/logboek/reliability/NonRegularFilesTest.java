package nl.logboek.reliability;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16, attack 8: a pipe, a device or a socket where a file belongs gets one line and exit 1; nothing hangs. */
class NonRegularFilesTest {
    private static final Duration NEVER_HANGS = Duration.ofSeconds(20);

    @TempDir
    Path home;

    static void mkfifo(Path p) throws Exception {
        Files.createDirectories(p.getParent());
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor());
    }

    private static void refusedInOneLine(Cli.Result r, Path named) {
        assertEquals(1, r.exit(), r.describe());
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        assertTrue(r.err().contains(named.toString()) && r.err().contains("not an ordinary file"), r.describe());
    }

    @Test
    void aFifoAsLogbookIsRefusedByEveryCommandWithoutHanging() throws Exception {
        Cli cli = new Cli(home);
        mkfifo(cli.logbook());
        for (List<String> args : List.of(List.of("verify"), List.of("verify", "--repair"), List.of("list"),
                List.of("show", "k7m2abcd"), List.of("new", "-q", "-c", "hacken", "-t", "Iets"),
                List.of("backup", home.resolve("backups").toString()), List.of("export"), List.of("search", "iets"))) {
            Cli.Result r = assertTimeoutPreemptively(NEVER_HANGS, () -> cli.run(args.toArray(String[]::new)), args.toString());
            refusedInOneLine(r, cli.logbook());
            assertTrue(Files.isRegularFile(cli.logbook()) == false, "the pipe is left as it was");
        }
    }

    @Test
    void verifyOnADeviceIsRefusedAtOnce() {
        Cli cli = new Cli(home).env("LOGBOEK_FILE", "/dev/zero");
        for (List<String> args : List.of(List.of("verify"), List.of("list"), List.of("backup", home.resolve("b").toString()))) {
            Cli.Result r = assertTimeoutPreemptively(NEVER_HANGS, () -> cli.run(args.toArray(String[]::new)), args.toString());
            refusedInOneLine(r, Path.of("/dev/zero"));
        }
    }

    @Test
    void aFifoAsIndexIsNeverOpenedAndAFifoAsLockFileIsRefused() throws Exception {
        Cli cli = new Cli(home);
        String id = cli.ok("new", "-q", "-c", "hacken", "-t", "Iets");
        Path index = cli.logbook().resolveSibling("." + cli.logbook().getFileName() + ".idx");
        Files.deleteIfExists(index);
        mkfifo(index);
        Cli.Result list = assertTimeoutPreemptively(NEVER_HANGS, () -> cli.run("list"));
        assertEquals(0, list.exit(), list.describe());
        assertTrue(list.out().contains(id), list.describe());

        Path lock = cli.logbook().resolveSibling("." + cli.logbook().getFileName() + ".lock");
        Files.deleteIfExists(lock);
        mkfifo(lock);
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result r = assertTimeoutPreemptively(NEVER_HANGS, () -> cli.run("annotate", id, "Notitie"));
        refusedInOneLine(r, lock);
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()), "nothing written");
    }

    @Test
    void aFifoWhereTheBackupFolderShouldBeIsRefused() throws Exception {
        Cli cli = new Cli(home);
        cli.ok("new", "-q", "-c", "hacken", "-t", "Iets");
        Path target = home.resolve("usb");
        mkfifo(target);
        Cli.Result r = assertTimeoutPreemptively(NEVER_HANGS, () -> cli.run("backup", target.toString()));
        refusedInOneLine(r, target);
    }

    @Test
    void aFifoAsKeyFileIsRefusedWithoutHanging() throws Exception {
        Cli cli = new Cli(home).env("XDG_CONFIG_HOME", home.resolve("config").toString());
        cli.ok("init", "--encrypt");
        Path key = home.resolve("elders/sleutel.key");
        mkfifo(key);
        Cli withFifo = cli.env("LOGBOEK_KEY_FILE", key.toString());
        for (List<String> args : List.of(List.of("list"), List.of("new", "-q", "-c", "hacken", "-t", "Iets"))) {
            Cli.Result r = assertTimeoutPreemptively(NEVER_HANGS, () -> withFifo.run(args.toArray(String[]::new)), args.toString());
            refusedInOneLine(r, key);
        }
    }
}
