package nl.logboek.terminal;

import nl.logboek.cli.gen.CommandModel;
import nl.logboek.cli.gen.Generate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The checked-in completions/ and man/ are what the code generates now, byte for byte. */
class GeneratedFilesTest {
    static final Path PROJECT = Path.of("").toAbsolutePath();

    @Test
    void checkedInCompletionsAndManPagesMatchTheCommandsByteForByte() throws IOException {
        Map<String, String> generated = Generate.files();
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> f : generated.entrySet()) {
            Path file = PROJECT.resolve(f.getKey());
            if (!Files.isRegularFile(file)) {
                stale.add(f.getKey() + " is missing");
            } else if (!java.util.Arrays.equals(Files.readAllBytes(file), f.getValue().getBytes(StandardCharsets.UTF_8))) {
                stale.add(f.getKey() + " differs from the command model" + firstDifference(file, f.getValue()));
            }
        }
        for (String old : Generate.obsolete(PROJECT, generated)) {
            stale.add(old + " belongs to no command any more");
        }
        if (!stale.isEmpty()) {
            fail("The checked-in completions, man pages and CommandModels.java no longer match the code:\n  " + String.join("\n  ", stale)
                    + "\nRegenerate them with: " + CommandModel.REGENERATE + "\n(and commit completions/, man/ and src/main/java/nl/logboek/cli/CommandModels.java)");
        }
    }

    @Test
    void generatingTwiceGivesTheSameBytes() {
        assertEquals(Generate.files(), Generate.files());
    }

    @Test
    void everyVisibleCommandHasAManPageAndTheHiddenHelperHasNone() {
        Map<String, String> generated = Generate.files();
        for (String page : List.of("logboek.1", "logboek-new.1", "logboek-annotate.1", "logboek-list.1", "logboek-show.1",
                "logboek-next.1", "logboek-escalate.1", "logboek-close.1", "logboek-protocols.1",
                "logboek-protocols-show.1", "logboek-protocols-check.1", "logboek-verify.1", "logboek-install.1")) {
            assertTrue(generated.containsKey("man/" + page), page);
        }
        assertTrue(generated.keySet().stream().noneMatch(k -> k.contains("complete")), generated.keySet().toString());
    }

    private static String firstDifference(Path file, String expected) throws IOException {
        List<String> have = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> want = expected.lines().toList();
        for (int i = 0; i < Math.max(have.size(), want.size()); i++) {
            String h = i < have.size() ? have.get(i) : "<end of file>";
            String w = i < want.size() ? want.get(i) : "<end of file>";
            if (!h.equals(w)) {
                return " (line " + (i + 1) + ": checked in \"" + h + "\", generated \"" + w + "\")";
            }
        }
        return " (line endings or a final newline)";
    }
}
