package nl.logboek.logbook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theFileAppearsWholeAndPrivateAndNothingElseIsLeft() throws Exception {
        Path file = dir.resolve("a.json");
        Files.writeString(file, "old");
        try (AtomicFiles.Pending pending = AtomicFiles.to(file).begin()) {
            assertEquals(".a.json.", pending.tmp().getFileName().toString().substring(0, 8));
            assertEquals("rw-------", mode(pending.tmp()), "private from the first byte");
            Files.writeString(pending.tmp(), "new");
            assertEquals("old", Files.readString(file), "the old file stays until the new one is complete");
            pending.commit();
        }
        assertEquals("new", Files.readString(file));
        assertEquals("rw-------", mode(file));
        assertEquals(List.of("a.json"), names());
    }

    @Test
    void aFailedWriteLeavesWhatWasThereAndRemovesItsTemporaryFile() throws Exception {
        Path file = dir.resolve("a.json");
        Files.writeString(file, "old");
        for (AtomicFiles write : List.of(AtomicFiles.to(file), AtomicFiles.to(file).through(dir.resolve("a.json.tmp")))) {
            IOException failed = assertThrows(IOException.class, () -> {
                try (AtomicFiles.Pending pending = write.begin()) {
                    Files.writeString(pending.tmp(), "half");
                    throw new IOException("disk full");
                }
            });
            assertEquals("disk full", failed.getMessage());
            assertEquals("old", Files.readString(file));
            assertEquals(List.of("a.json"), names());
        }
    }

    @Test
    void aPlacementThatRefusesLeavesTheTargetAndRemovesTheTemporaryFile() throws Exception {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, "someone else's");
        AtomicFiles refusing = AtomicFiles.to(file).placedBy((tmp, target) -> {
            throw new java.nio.file.FileAlreadyExistsException(target.toString());
        });
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> refusing.write("mine".getBytes(StandardCharsets.UTF_8)));
        assertEquals("someone else's", Files.readString(file));
        assertEquals(List.of("report.txt"), names());
    }

    @Test
    void aFixedTemporaryNameLeftByACrashIsReplacedAndOtherPermissionsAreSetLast() throws Exception {
        Path file = dir.resolve("installed-files");
        Path tmp = dir.resolve("installed-files.tmp");
        Files.writeString(tmp, "left by a crash, and longer than what comes");
        AtomicFiles.to(file).through(tmp).mode(PosixFilePermissions.fromString("rw-r--r--")).withoutFsync()
                .write("ok\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("ok\n", Files.readString(file));
        assertEquals("rw-r--r--", mode(file));
        assertFalse(Files.exists(tmp));
    }
}
