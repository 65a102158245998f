package nl.logboek.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `logboek backup DIR`, in-process: what it writes, what it refuses, and restoring with one copy. */
class BackupTest {
    @TempDir
    Path home;
    Cli cli;
    String first;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
        first = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp 2B");
        cli.ok("annotate", "-q", first, "Gesprek met de mentor");
        cli.ok("new", "-q", "-c", "hacken", "-t", "Account overgenomen");
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void backupIsAByteIdenticalPrivateCopyThatVerifiesInACreatedPrivateFolder() throws Exception {
        Path dir = home.resolve("usb/backups");
        Cli.Result r = cli.run("backup", dir.toString()).assertExit(0);
        Path backup = dir.resolve("logboek-20261121T103000.jsonl"); // the test clock: 09:30Z in Amsterdam
        assertEquals(List.of(backup), filesIn(dir), r.describe());
        assertArrayEquals(Files.readAllBytes(cli.logbook()), Files.readAllBytes(backup));
        assertEquals("rw-------", perms(backup));
        assertEquals("rwx------", perms(dir));
        assertEquals("rwx------", perms(dir.getParent()));

        String head = Json.MAPPER.readTree(cli.run("verify", "--json").out()).get("head").asText();
        assertTrue(r.out().contains(backup.toString()), r.describe());
        assertTrue(r.out().contains("lines: 4, events: 4, incidents: 2"), r.describe());
        assertTrue(r.out().contains(head), r.describe());
        assertTrue(r.out().contains("cp --backup=numbered " + backup + " " + cli.logbook()), r.describe());
        assertEquals("", r.err());
        cli.run("--logbook", backup.toString(), "verify").assertExit(0);
    }

    @Test
    void jsonOutputNamesTheBackupAndItsChainHead() throws Exception {
        Path dir = home.resolve("b");
        JsonNode j = Json.MAPPER.readTree(cli.run("backup", dir.toString(), "--json").assertExit(0).out());
        JsonNode v = Json.MAPPER.readTree(cli.run("verify", "--json").out());
        assertEquals(dir.resolve("logboek-20261121T103000.jsonl").toString(), j.get("backup").asText());
        assertEquals(v.get("head").asText(), j.get("head").asText());
        assertEquals(Files.size(cli.logbook()), j.get("bytes").asLong());
        assertEquals(4, j.get("events").asInt());
        assertEquals(2, j.get("incidents").asInt());
        assertTrue(j.get("verified").asBoolean());
    }

    @Test
    void twoBackupsInTheSameSecondNeverOverwriteEachOther() throws Exception {
        Path dir = home.resolve("b");
        cli.ok("backup", dir.toString());
        byte[] firstCopy = Files.readAllBytes(dir.resolve("logboek-20261121T103000.jsonl"));
        cli.ok("new", "-q", "-c", "bedreiging", "-t", "Dreigbericht");
        cli.ok("backup", dir.toString());
        assertEquals(List.of(dir.resolve("logboek-20261121T103000-2.jsonl"), dir.resolve("logboek-20261121T103000.jsonl")), filesIn(dir));
        assertArrayEquals(firstCopy, Files.readAllBytes(dir.resolve("logboek-20261121T103000.jsonl")));
        assertArrayEquals(Files.readAllBytes(cli.logbook()), Files.readAllBytes(dir.resolve("logboek-20261121T103000-2.jsonl")));
    }

    @Test
    void aBackupIsNamedAfterTheLogbookSoTwoLogbooksShareAFolder() throws Exception {
        Path other = home.resolve("school-b.jsonl");
        cli.ok("--logbook", other.toString(), "new", "-q", "-c", "hacken", "-t", "Ander logboek");
        Path dir = home.resolve("b");
        cli.ok("--logbook", other.toString(), "backup", dir.toString());
        cli.ok("backup", dir.toString());
        assertEquals(List.of(dir.resolve("logboek-20261121T103000.jsonl"), dir.resolve("school-b-20261121T103000.jsonl")), filesIn(dir));
    }

    @Test
    void aMissingLogbookIsRefusedAndNoFolderIsCreated() {
        Path dir = home.resolve("b");
        Cli.Result r = cli.run("--logbook", home.resolve("nope.jsonl").toString(), "backup", dir.toString()).assertExit(1);
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        assertTrue(r.err().contains("no logbook at") && r.err().contains("nope.jsonl"), r.describe());
        assertFalse(Files.exists(dir));
        assertFalse(Files.exists(home.resolve("nope.jsonl")));
    }

    @Test
    void aDirThatIsAFileIsAUsageErrorAndTheFileIsUntouched() throws Exception {
        Path file = home.resolve("not-a-folder");
        Files.writeString(file, "mine");
        Cli.Result r = cli.run("backup", file.toString()).assertExit(2);
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        assertTrue(r.err().contains("is a file, not a folder"), r.describe());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void aMissingDirArgumentIsAUsageError() {
        Cli.Result r = cli.run("backup").assertExit(2);
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        assertTrue(r.err().contains("DIR"), r.describe());
    }

    @Test
    void aDamagedLogbookIsNotBackedUpAndNothingIsLeftBehind() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(cli.logbook()));
        lines.set(2, lines.get(2).replace("mentor", "Mentor"));
        Files.write(cli.logbook(), lines);
        byte[] before = Files.readAllBytes(cli.logbook());
        Path dir = home.resolve("b");
        Files.createDirectories(dir);
        Cli.Result r = cli.run("backup", dir.toString()).assertExit(1);
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        assertTrue(r.err().contains("line 3") && r.err().contains("No backup was made"), r.describe());
        assertEquals(List.of(), filesIn(dir), "no backup and no temporary file");
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()));
    }

    @Test
    void aTornLogbookIsNotBackedUpAndTheMessageSaysHowToRepair() throws Exception {
        Files.write(cli.logbook(), "{\"v\":1,\"seq\":5,\"inc".getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result r = cli.run("backup", home.resolve("b").toString()).assertExit(1);
        assertTrue(r.err().contains("line 5") && r.err().contains("verify --repair"), r.describe());
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()));
        assertFalse(Files.exists(home.resolve("b")));
    }

    @Test
    void restoringIsOneCopyAfterWhichTheLogbookVerifiesAndTakesNewIncidents() throws Exception {
        Path dir = home.resolve("b");
        Path backup = Path.of(Json.MAPPER.readTree(cli.run("backup", dir.toString(), "--json").out()).get("backup").asText());
        String later = cli.ok("new", "-q", "-c", "bedreiging", "-t", "Na de back-up");
        // The logbook is damaged beyond repair: an edit in the middle.
        List<String> lines = new ArrayList<>(Files.readAllLines(cli.logbook()));
        lines.set(1, lines.get(1).replace("Groepsapp", "Klasapp"));
        Files.write(cli.logbook(), lines);
        cli.run("list").assertExit(1);

        // The documented steps: cp BACKUP LOGBOOK (done here with Files.copy), then accepting the older copy,
        // which every command refuses until then.
        Files.copy(backup, cli.logbook(), StandardCopyOption.REPLACE_EXISTING);
        cli.run("list").assertExit(3);
        cli.run("verify", "--accept-rollback").assertExit(0);
        String list = cli.ok("list");
        assertTrue(list.contains(first), list);
        assertFalse(list.contains(later), "recorded after the backup, so not in it: " + list);
        String again = cli.ok("new", "-q", "-c", "bedreiging", "-t", "Opnieuw vastgelegd");
        cli.run("verify").assertExit(0);
        assertTrue(cli.ok("list").contains(again));
    }

    @Test
    void theBackupSpeaksDutch() {
        Cli.Result r = cli.run("--lang", "nl", "backup", home.resolve("b").toString()).assertExit(0);
        assertTrue(r.out().contains("Back-up geschreven:") && r.out().contains("Terugzetten"), r.describe());
        Cli.Result bad = cli.run("--lang", "nl", "--logbook", home.resolve("x.jsonl").toString(), "backup", home.resolve("c").toString());
        assertTrue(bad.err().contains("er is geen logboek"), bad.describe());
    }

    @Test
    void helpShowsExamplesExitCodesAndTheRestoreStep() {
        Cli.Result r = cli.run("backup", "--help").assertExit(0);
        assertTrue(r.out().contains("Usage: logboek backup"), r.describe());
        assertTrue(r.out().contains("Examples:") && r.out().contains("Exit codes:"), r.describe());
        assertTrue(r.out().contains("Restore a backup") && r.out().contains("cp --backup=numbered"), r.describe());
    }
}
