package nl.logboek.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WritingCommandsTest {
    @Test
    void theCommandsThatWriteAreTheLaunchersWritingGroup() throws IOException {
        String launcher = Files.readString(Path.of("src/main/resources/nl/logboek/install/launcher.sh"));
        Matcher m = Pattern.compile("\\n\\s*([a-z|-]+)\\) group=\"writes\"").matcher(launcher);
        assertTrue(m.find(), "the launcher names its writing group");
        for (String name : m.group(1).split("\\|")) {
            assertTrue(CommandLineFactory.writes(new String[] {name}), name);
        }
        long writing = CommandModels.SUBCOMMANDS.stream().filter(c -> CommandLineFactory.writes(new String[] {c})).count();
        assertEquals(Arrays.asList(m.group(1).split("\\|")).size(), writing);
    }

    @Test
    void aCommandIsFoundAfterTheGlobalOptions() {
        assertTrue(CommandLineFactory.writes(new String[] {"--logbook", "x.jsonl", "--author", "Ans", "annotate", "k7m2", "note"}));
        assertFalse(CommandLineFactory.writes(new String[] {"--logbook", "new", "list"}));
        assertFalse(CommandLineFactory.writes(new String[] {"list", "new"}));
        assertFalse(CommandLineFactory.writes(new String[] {}));
    }
}
