package nl.logboek.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run the launcher makes its class-data archive from really runs the everyday commands: one
 * that failed would only leave its classes out of the archive, silently, and start slower ever after.
 */
class ArchiveTrainingTest {
    @TempDir
    Path scratch;

    @Test
    void theTrainingRunRecordsItsIncidentsAndNoteOnTheScratchLogbook() throws Exception {
        ArchiveTraining.main(new String[] {scratch.toString()});

        List<String> lines = Files.readAllLines(scratch.resolve("train.jsonl"));
        assertEquals(4, lines.stream().filter(l -> l.contains("\"type\":\"created\"")).count(), String.join("\n", lines));
        assertEquals(2, lines.stream().filter(l -> l.contains("\"type\":\"annotated\"")).count(), String.join("\n", lines));
        // Closed twice: the incident closed and reopened, and the one whose retention period the
        // agenda of two years on finds.
        assertEquals(2, lines.stream().filter(l -> l.contains("\"type\":\"closed\"")).count(), String.join("\n", lines));
        for (String type : List.of("amended", "retracted", "reopened")) {
            assertEquals(1, lines.stream().filter(l -> l.contains("\"type\":\"" + type + "\"")).count(), type + ":\n" + String.join("\n", lines));
        }
        // The scratch logbook verifies: every command ran against a sound logbook.
        nl.logboek.testutil.Cli.Result verified = new nl.logboek.testutil.Cli(scratch).run("--logbook", scratch.resolve("train.jsonl").toString(), "verify");
        verified.assertExit(0);
    }

    @Test
    void theTrainingOfTheWritingCommandsWritesWhatTheFullOneWritesAndReadsNothingElse() throws Exception {
        ArchiveTraining.main(new String[] {scratch.toString(), "writes"});

        List<String> lines = Files.readAllLines(scratch.resolve("train.jsonl"));
        assertEquals(4, lines.stream().filter(l -> l.contains("\"type\":\"created\"")).count(), String.join("\n", lines));
        for (String type : List.of("amended", "retracted", "closed", "reopened")) {
            assertEquals(1, lines.stream().filter(l -> l.contains("\"type\":\"" + type + "\"")).count(), type + ":\n" + String.join("\n", lines));
        }
        // The reading commands were not run: none of the caches they derive from the log was made.
        try (java.util.stream.Stream<Path> files = Files.list(scratch)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            for (String cache : List.of(".train.jsonl.digest", ".train.jsonl.words", ".train.jsonl.report")) {
                assertTrue(!names.contains(cache), cache + " in " + names);
            }
        }
        nl.logboek.testutil.Cli.Result verified = new nl.logboek.testutil.Cli(scratch).run("--logbook", scratch.resolve("train.jsonl").toString(), "verify");
        verified.assertExit(0);
    }

    @Test
    void anUnknownTrainingGroupIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ArchiveTraining.main(new String[] {scratch.toString(), "reads"}));
    }
}
