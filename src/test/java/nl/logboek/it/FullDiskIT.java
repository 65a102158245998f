package nl.logboek.it;

import nl.logboek.reliability.Processes;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A full disk, as processes: bash's {@code ulimit -f} (RLIMIT_FSIZE) makes the kernel accept the bytes
 * of an append up to the limit and then refuse the rest with EFBIG ("File too large"), exactly as a
 * disk that fills up half-way through a write. The command must fail with one clear line, and the
 * logbook must be byte for byte what it was (the store cuts its half-written line back). Also a
 * logbook the user may read but not write.
 */
class FullDiskIT {
    @TempDir
    Path home;
    Path logbook;
    Processes p;
    Cli cli;
    String sexting;

    @BeforeEach
    void setUp() {
        logbook = home.resolve("lb.jsonl");
        p = new Processes(logbook);
        cli = new Cli(home).env("LOGBOEK_FILE", logbook.toString());
        cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp");
        sexting = cli.ok("new", "-q", "-c", "sexting", "-t", "Foto gedeeld");
    }

    /** bash's ulimit -f counts 1024-byte blocks: the file may grow to {@code blocks * 1024} bytes. */
    static String limit(long blocks) {
        return "trap '' XFSZ; ulimit -f " + blocks + ";";
    }

    /**
     * Pads the logbook with a note so that it ends between 100 and 250 bytes below a 1024-byte
     * boundary: every write below is longer than that, so part of it fits and the rest does not.
     */
    long padToJustBelowABlock() throws Exception {
        long before = Files.size(logbook);
        cli.ok("annotate", "-q", sexting, "x");
        long perNote = Files.size(logbook) - before - 1;
        long size = Files.size(logbook);
        long wantEnd = ((size + perNote + 1) / 1024 + 1) * 1024 - 200;
        long textLength = wantEnd - size - perNote;
        while (textLength < 1) {
            textLength += 1024;
        }
        cli.ok("annotate", "-q", sexting, "y".repeat((int) textLength));
        long end = Files.size(logbook);
        assertTrue(1024 - end % 1024 >= 100 && 1024 - end % 1024 <= 250, "padded to " + end);
        return (end + 1023) / 1024;
    }

    private Set<String> files() throws Exception {
        try (Stream<Path> s = Files.list(home)) {
            Set<String> names = new TreeSet<>();
            s.forEach(f -> names.add(f.getFileName().toString()));
            return names;
        }
    }

    @Test
    void writesThatRunOutOfSpaceHalfWayFailWithOneLineAndLeaveTheLogbookByteForByte() throws Exception {
        long blocks = padToJustBelowABlock();
        byte[] before = Files.readAllBytes(logbook);
        Set<String> filesBefore = files();
        long room = blocks * 1024 - before.length;
        List<List<String>> writes = List.of(
                List.of("new", "-q", "-c", "hacken", "-t", "Account overgenomen"),
                List.of("annotate", sexting, "Ouders gebeld"),
                List.of("escalate", sexting, "--reason", "meer-partners-nodig"),
                List.of("close", sexting, "--outcome", "Afgehandeld", "--force", "--reason", "Afgesproken in het team"));
        for (List<String> args : writes) {
            Processes.Run r = p.runUnder(limit(blocks), Map.of(), args.toArray(String[]::new));
            assertEquals(1, r.exit(), r.describe());
            assertEquals(1, r.err().strip().lines().count(), r.describe());
            assertTrue(r.err().contains("could not write to " + logbook) && r.err().contains("File too large")
                    && r.err().contains("The logbook is unchanged"), r.describe());
            assertEquals("", r.out(), "nothing acknowledged" + r.describe());
            assertArrayEquals(before, Files.readAllBytes(logbook), "byte for byte as before: " + args);
            assertEquals(filesBefore, files());
        }
        Processes.Run dutch = p.runUnder(limit(blocks), Map.of("LOGBOEK_LANG", "nl"), "new", "-q", "-c", "hacken", "-t", "Nog een");
        assertEquals(1, dutch.exit(), dutch.describe());
        assertTrue(dutch.err().contains("kon niet schrijven") && dutch.err().contains("ongewijzigd"), dutch.describe());
        assertArrayEquals(before, Files.readAllBytes(logbook));

        // With room again, the same command works and the chain is intact.
        Processes.Run again = p.run("new", "-q", "-c", "hacken", "-t", "Account overgenomen");
        assertEquals(0, again.exit(), again.describe());
        assertEquals(0, p.run("verify").exit());
        System.out.printf("[reliability] FullDiskIT: %d writes refused with %d bytes of room (ulimit -f %d), logbook unchanged each time%n",
                writes.size() + 1, room, blocks);
    }

    @Test
    void aDiskThatIsAlreadyFullRefusesTheFirstByte() throws Exception {
        byte[] before = Files.readAllBytes(logbook);
        long blocks = before.length / 1024; // already at or past the limit: no room at all
        Processes.Run r = p.runUnder(limit(blocks), Map.of(), "annotate", sexting, "Past niet meer");
        assertEquals(1, r.exit(), r.describe());
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        assertArrayEquals(before, Files.readAllBytes(logbook));
    }

    @Test
    void aBackupOnAFullDiskFailsWithOneLineAndLeavesNoFileAndNoFolder() throws Exception {
        byte[] before = Files.readAllBytes(logbook);
        Path dir = home.resolve("usb/backups");
        Processes.Run r = p.runUnder(limit(before.length / 1024), Map.of(), "backup", dir.toString());
        assertEquals(1, r.exit(), r.describe());
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        assertTrue(r.err().contains("could not write the backup") && r.err().contains("No backup was made"), r.describe());
        assertFalse(Files.exists(home.resolve("usb")), "the folders it made for the backup are gone again");
        assertArrayEquals(before, Files.readAllBytes(logbook));
    }

    @Test
    void aLogbookTheUserMayReadButNotWriteIsRefusedUnchanged() throws Exception {
        // As root, permissions do not stop a write: run the command as the user nobody instead.
        boolean root = "root".equals(System.getProperty("user.name"));
        String prefix = "";
        if (root) {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv to drop root");
            prefix = "exec setpriv --reuid=65534 --regid=65534 --clear-groups \"$0\" \"$@\";";
            // The checkout may sit in a folder only root can enter (a fresh clone in a private temp
            // folder): then nobody cannot even start the launcher, and this test cannot run there.
            Process probe = new ProcessBuilder("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                    "test", "-x", Path.of("logboek").toAbsolutePath().toString()).start();
            assumeTrue(probe.waitFor() == 0 && nobodyCanRead(Path.of("target/logboek.jar").toAbsolutePath()),
                    "the user nobody cannot reach the launcher or jar in this checkout's folder: skipping the read-only logbook test");
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        } else {
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("r-x------"));
        }
        if (root) {
            Files.setAttribute(logbook, "unix:uid", 65534); // nobody owns it, may read it, and may not write it
        }
        Files.setPosixFilePermissions(logbook, PosixFilePermissions.fromString("r--------"));
        byte[] before = Files.readAllBytes(logbook);
        try {
            Processes.Run list = p.runUnder(prefix, Map.of(), "list");
            assertEquals(0, list.exit(), "reading is allowed" + list.describe());
            Processes.Run r = p.runUnder(prefix, Map.of(), "annotate", sexting, "Mag niet");
            assertEquals(1, r.exit(), r.describe());
            assertEquals(1, r.err().strip().lines().count(), r.describe());
            assertTrue(r.err().contains("permission denied"), r.describe());
            assertArrayEquals(before, Files.readAllBytes(logbook));
        } finally {
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static boolean nobodyCanRead(Path file) throws Exception {
        Process probe = new ProcessBuilder("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                "test", "-r", file.toString()).start();
        return probe.waitFor() == 0;
    }
}
