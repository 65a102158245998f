package nl.logboek.team;

import nl.logboek.logbook.PrivateFiles;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Someone pushes between this machine's fetch and its push: the push is refused, and sync
 * fetches, checks and merges again before it pushes. The other push is made to happen at exactly
 * that moment by a git on the PATH that pushes bert's commit first.
 */
class PushRaceTest extends WithGit {
    @Test
    void aPushRefusedBecauseSomeoneWasFirstIsFetchedMergedAndPushedAgain() throws Exception {
        String remote = root.resolve("logboek.git").toString();
        Cli anna = Members.cli(root, "anna");
        Cli bert = Members.cli(root, "bert");
        anna.ok("team", "init", remote);
        bert.ok("team", "join", remote);
        Members.admit(anna, bert);
        anna.ok("sync");
        bert.ok("sync"); // receives anna's admission, so bert's push below is a fast-forward
        TeamFolder annas = TeamFolder.find(anna.logbook()).orElseThrow();
        TeamFolder berts = TeamFolder.find(bert.logbook()).orElseThrow();
        anna.ok("--logbook", annas.ownFile().toString(), "new", "-q", "-c", "hacken", "-t", "Van anna");
        bert.ok("--logbook", berts.ownFile().toString(), "new", "-q", "-c", "hacken", "-t", "Van bert");
        Computer.git(berts.root(), "commit", "-q", "-am", "logboek: bert +1 events");

        Path bin = root.resolve("bin");
        Files.createDirectories(bin);
        Path wrapper = bin.resolve("git");
        String realGit = Git.locate(Map.of("PATH", System.getenv("PATH"))).toString();
        Files.writeString(wrapper, """
                #!/bin/bash
                for a in "$@"; do
                  if [ "$a" = push ] && [ ! -e "%1$s/pushed" ]; then
                    touch "%1$s/pushed"
                    "%2$s" -C "%3$s" push -q origin HEAD:refs/heads/main || exit 99
                  fi
                done
                exec "%2$s" "$@"
                """.formatted(bin, realGit, berts.root()));
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));

        Machine annaRacing = Members.machine(root, "anna", new Random());
        Map<String, String> env = new HashMap<>(annaRacing.env());
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        SyncResult r = TeamSync.run(new Machine(env, annaRacing.clock(), annaRacing.keys(), "anna", new Random()), annas);

        assertTrue(Files.exists(bin.resolve("pushed")), "bert pushed in between");
        assertEquals(2, r.attempts(), r.toString());
        assertEquals(1, r.sent());
        assertEquals(1, r.receivedTotal(), "bert's event came in on the second round");
        bert.ok("sync");
        assertEquals(Files.readString(annas.ownFile()), Files.readString(berts.writerFile(annas.writer().orElseThrow())));
        assertEquals(Files.readString(berts.ownFile()), Files.readString(annas.writerFile(berts.writer().orElseThrow())));
        assertEquals(PrivateFiles.FILE, Files.getPosixFilePermissions(annas.writerFile(berts.writer().orElseThrow())));
    }
}
