package nl.logboek.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 8: --help and --version start without loading Jackson (its classes cost start-up time). */
class HelpLoadsNoJsonIT {
    @ParameterizedTest
    @ValueSource(strings = {"--help", "--version", "new --help", "export --help", "help"})
    void helpAndVersionNeverLoadJackson(String args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-verbose:class", "-jar",
                Path.of("target/logboek.jar").toAbsolutePath().toString()));
        cmd.addAll(Arrays.asList(args.split(" ")));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out.lines().filter(l -> !l.contains("class,load")).reduce("", (a, b) -> a + b + "\n"));
        List<String> jackson = out.lines().filter(l -> l.contains("class,load") && l.contains("com.fasterxml")).toList();
        int first = out.lines().toList().indexOf(jackson.isEmpty() ? "" : jackson.get(0));
        String before = first <= 0 ? "" : String.join("\n", out.lines().toList().subList(Math.max(0, first - 6), first));
        assertTrue(jackson.isEmpty(), "`logboek " + args + "` loaded " + jackson.size() + " Jackson classes; loaded just before:\n" + before);
    }
}
