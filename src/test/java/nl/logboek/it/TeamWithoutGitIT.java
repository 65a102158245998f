package nl.logboek.it;

import nl.logboek.reliability.Processes;
import nl.logboek.team.Computer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without git on the PATH, the team commands say so in one line and change nothing. */
class TeamWithoutGitIT {
    @TempDir
    Path root;

    @Test
    void teamInitWithoutGitSaysToInstallItAndChangesNothing() throws Exception {
        Computer anna = new Computer(root, "anna");
        anna.ok("new", "-q", "-c", "hacken", "-t", "Account overgenomen");
        byte[] before = Files.readAllBytes(anna.logbook());
        Path remote = root.resolve("share/logboek.git");
        // The jar itself, not the launcher: the launcher's own tools would not be found on this PATH either.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String lang : List.of("en", "nl")) {
            Map<String, String> env = new HashMap<>(anna.env());
            env.put("PATH", root.resolve("no-git-here").toString());
            env.put("LOGBOEK_LANG", lang);
            Processes.Run r = new Processes(anna.logbook()).start(List.of(java, "-jar",
                    Path.of("target/logboek.jar").toAbsolutePath().toString(), "team", "init", remote.toString()), env).await(60);
            assertEquals(1, r.exit(), r.describe());
            assertEquals(1, r.err().lines().count(), r.describe());
            assertTrue(r.err().contains(lang.equals("en") ? "git is not installed" : "git is niet geïnstalleerd"), r.describe());
        }
        assertArrayEquals(before, Files.readAllBytes(anna.logbook()));
        assertFalse(Files.exists(anna.team()));
        assertFalse(Files.exists(remote.getParent()));
    }
}
