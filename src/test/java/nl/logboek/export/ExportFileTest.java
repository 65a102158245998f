package nl.logboek.export;

import nl.logboek.LogboekException;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** -o FILE: private, whole or not at all, never replacing a file without --force. */
class ExportFileTest {
    @TempDir
    Path home;
    NamedCases cases;
    Cli cli;

    @BeforeEach
    void setUp() {
        cases = new NamedCases(home);
        cli = cases.cli;
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFileIsPrivateInPrivateNewFoldersAndHoldsExactlyWhatStdoutWouldShow() throws Exception {
        Path file = home.resolve("uit/partner/export.csv");
        Cli.Result r = cli.run("export", "--redact", "-o", file.toString()).assertExit(0);
        assertEquals("rw-------", mode(file));
        assertEquals("rwx------", mode(home.resolve("uit")));
        assertEquals("rwx------", mode(home.resolve("uit/partner")));
        long events = cli.run("export", "--redact", "--events", "--format", "jsonl").out().lines().count();
        assertEquals("Exported 3 incidents (" + events + " events) to " + file + ".", r.out().strip());
        assertTrue(r.err().contains("Left out 1 incident"), r.describe());
        assertEquals(cli.run("export", "--redact").out(), Files.readString(file));
        assertEquals(List.of("export.csv"), namesIn(file.getParent()), "no temporary file left");
    }

    @Test
    void anExistingFileIsRefusedWithoutForceAndLeftExactlyAsItWas() throws Exception {
        Path file = home.resolve("export.json");
        Files.writeString(file, "oude export");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> before = namesIn(home);
        byte[] logbook = Files.readAllBytes(cli.logbook());

        Cli.Result r = cli.run("export", "--format", "json", "-o", file.toString());
        r.assertExit(2);
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        assertTrue(r.err().contains("already exists") && r.err().contains("--force"), r.describe());
        assertEquals("", r.out());
        assertEquals("oude export", Files.readString(file));
        assertEquals("rw-r--r--", mode(file));
        assertEquals(before, namesIn(home));
        assertArrayEquals(logbook, Files.readAllBytes(cli.logbook()));
    }

    @Test
    void forceReplacesTheFileWithAPrivateOne() throws Exception {
        Path file = home.resolve("export.jsonl");
        Files.writeString(file, "oude export");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        cli.run("export", "--format", "jsonl", "-o", file.toString(), "--force").assertExit(0);
        assertEquals(cli.run("export", "--format", "jsonl").out(), Files.readString(file));
        assertEquals("rw-------", mode(file));
        assertEquals(List.of("export.jsonl"), namesIn(home).stream().filter(n -> n.contains("export")).toList());
    }

    @Test
    void theTargetAppearsOnlyWhenCompleteAndAnOldOneStaysUntilThen() throws Exception {
        Path file = home.resolve("atomic.csv");
        ExportTarget fresh = new ExportTarget(file, false, cli.logbook());
        fresh.write(out -> {
            out.write("half");
            out.flush();
            assertFalse(Files.exists(file), "not visible while being written");
            List<String> temps = namesIn(home).stream().filter(n -> n.startsWith(".atomic.csv.") && n.endsWith(".tmp")).toList();
            assertEquals(1, temps.size(), namesIn(home).toString());
            assertEquals("rw-------", mode(home.resolve(temps.get(0))), "private from the first byte");
            out.write(" en heel");
            return null;
        });
        assertEquals("half en heel", Files.readString(file));

        new ExportTarget(file, true, cli.logbook()).write(out -> {
            out.write("nieuw");
            out.flush();
            assertEquals("half en heel", Files.readString(file), "the old file stays until the new one is complete");
            return null;
        });
        assertEquals("nieuw", Files.readString(file));
        assertEquals(List.of("atomic.csv"), namesIn(home).stream().filter(n -> n.contains("atomic")).toList());
    }

    @Test
    void aFileThatAppearsDuringTheExportIsNotReplacedWithoutForce() throws Exception {
        Path file = home.resolve("race.csv");
        ExportTarget target = new ExportTarget(file, false, cli.logbook());
        LogboekException e = assertThrows(LogboekException.class, () -> target.write(out -> {
            Files.writeString(file, "van een ander");
            out.write("export");
            return null;
        }));
        assertEquals("export.output-exists", e.key());
        assertEquals(LogboekException.USAGE, e.exitCode());
        assertEquals("van een ander", Files.readString(file));
        assertEquals(List.of("race.csv"), namesIn(home).stream().filter(n -> n.contains("race")).toList());
    }

    @Test
    void aFailedExportLeavesNoFileAndNoFolderBehind() throws Exception {
        Path file = home.resolve("nieuw/export.csv");
        cli.run("export", "zzzzzzzz", "-o", file.toString()).assertExit(1);
        assertFalse(Files.exists(file.getParent()));

        Path target = home.resolve("body-fails.csv");
        assertThrows(IllegalStateException.class, () -> new ExportTarget(target, false, cli.logbook()).write(out -> {
            out.write("begonnen");
            throw new IllegalStateException("stopped halfway");
        }));
        assertEquals(List.of(), namesIn(home).stream().filter(n -> n.contains("body-fails")).toList());
    }

    @Test
    void theLogbookItselfAndAFolderAreRefused() throws Exception {
        byte[] logbook = Files.readAllBytes(cli.logbook());
        Cli.Result self = cli.run("export", "-o", cli.logbook().toString(), "--force");
        self.assertExit(2);
        assertTrue(self.err().contains("is the logbook itself"), self.describe());
        assertArrayEquals(logbook, Files.readAllBytes(cli.logbook()));

        Cli.Result folder = cli.run("export", "-o", home.toString());
        folder.assertExit(2);
        assertTrue(folder.err().contains("is a folder"), folder.describe());
    }

    @Test
    void theSameLogbookAndFlagsGiveTheSameBytes() throws Exception {
        for (List<String> args : List.of(List.of("export"), List.of("export", "--excel", "--events"),
                List.of("export", "--format", "json", "--redact", "--keep-text"), List.of("export", "--format", "jsonl", "--events", "--redact"))) {
            String[] a = args.toArray(String[]::new);
            String first = cli.run(a).assertExit(0).out();
            cli.clock(java.time.Clock.offset(java.time.Clock.fixed(Cli.NOW, Cli.AMSTERDAM), java.time.Duration.ofDays(3)));
            assertEquals(first, cli.run(a).assertExit(0).out(), String.join(" ", args));
            cli.clock(java.time.Clock.fixed(Cli.NOW, Cli.AMSTERDAM));
        }
        Path a = home.resolve("a.json");
        Path b = home.resolve("b.json");
        cli.run("export", "--format", "json", "-o", a.toString()).assertExit(0);
        cli.run("export", "--format", "json", "-o", b.toString()).assertExit(0);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals(cli.run("export", "--format", "json").out(), new String(Files.readAllBytes(a), StandardCharsets.UTF_8));
    }
}
