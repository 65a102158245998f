package nl.logboek.reliability;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every file logboek creates holds case data or points at it: private to its owner, in private folders. */
class PrivateFilesTest {
    @TempDir
    Path home;

    @Test
    void everyFileAndFolderLogboekCreatesIsPrivate() throws Exception {
        Path root = home.resolve("nieuw");
        Cli cli = new Cli(home).env("LOGBOEK_FILE", root.resolve("a/b/logboek.jsonl").toString());
        String id = cli.ok("new", "-q", "-c", "sexting", "-t", "Foto gedeeld");
        cli.ok("escalate", id, "--reason", "meer-partners-nodig");
        cli.ok("list");
        Files.write(cli.logbook(), "{\"v\":1,\"seq\":".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        cli.ok("verify", "--repair");
        cli.ok("backup", root.resolve("backups/2026").toString());

        Map<String, String> modes = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                modes.put(root.relativize(p).toString(), PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
            }
        }
        List<String> expected = List.of("a/b/logboek.jsonl", "a/b/.logboek.jsonl.lock", "backups/2026");
        assertTrue(modes.keySet().containsAll(expected), modes.toString());
        assertTrue(modes.keySet().stream().anyMatch(n -> n.endsWith(".backup")) && modes.keySet().stream().anyMatch(n -> n.endsWith(".torn")),
                modes.toString());
        modes.forEach((name, mode) -> {
            boolean folder = Files.isDirectory(root.resolve(name));
            assertEquals(folder ? "rwx------" : "rw-------", mode, name);
        });
    }
}
