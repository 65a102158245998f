package nl.logboek.it;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jar holds what logboek runs, not the tools that build it: the generators of completions, man
 * pages and CommandModels.java (nl.logboek.cli.gen) and the synthetic logbook generator of bench/
 * (nl.logboek.bench) live in src/build/java and are compiled with the tests only.
 */
class RuntimeJarIT {
    @Test
    void theJarHoldsNoBuildTimeTools() throws Exception {
        try (JarFile jar = new JarFile(Path.of("target/logboek.jar").toFile())) {
            List<String> tools = jar.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("nl/logboek/cli/gen/") || n.startsWith("nl/logboek/bench/")).toList();
            assertTrue(tools.isEmpty(), "build-time tools in the jar: " + tools);
            assertTrue(jar.getEntry("nl/logboek/cli/Main.class") != null, "the jar holds the program");
        }
    }
}
