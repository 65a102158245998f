package nl.logboek.privacy;

import nl.logboek.testutil.Cli;
import nl.logboek.testutil.Forger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16, item 3: with the key, verify and backup open every sealed line and check its tag. */
class EncryptedChecksTest {
    @TempDir
    Path home;
    Cli cli;
    String id;

    @BeforeEach
    void setUp() {
        cli = new Cli(home).env("XDG_CONFIG_HOME", home.resolve("config").toString());
        cli.ok("init", "--encrypt");
        id = cli.ok("new", "-q", "-c", "sextortion", "-t", "Chantage");
        cli.ok("annotate", id, "Moeder gebeld");
        cli.ok("annotate", id, "Politie gebeld");
    }

    /** Line 4's sealed content put in line 3, every hash after it recomputed (no key needed). */
    private void moveSealedContent() {
        List<String> lines = Forger.read(cli.logbook());
        String blob = lines.get(3).replaceFirst("(?s).*(\"sealed\":\"[^\"]*\").*", "$1");
        Forger.rewrite(cli.logbook(), 2, l -> l.replaceFirst("\"sealed\":\"[^\"]*\"", blob));
    }

    @Test
    void anIntactEncryptedLogbookSaysEverySealedLineWasOpened() {
        String out = cli.ok("verify");
        assertTrue(out.contains("every sealed line was opened with the key and its tag checked"), out);
        Path key = home.resolve("config/logboek/keys");
        cli.env("LOGBOEK_KEY_FILE", home.resolve("nowhere.key").toString());
        out = cli.ok("verify");
        assertTrue(out.contains("only the chain was checked"), out);
        assertTrue(Files.isDirectory(key));
    }

    @Test
    void aSealedLineMovedWithHashesRecomputedFailsVerifyAndBackupWithTheKey() throws Exception {
        moveSealedContent();
        Cli.Result r = cli.run("verify").assertExit(1);
        assertTrue(r.out().contains("line 3: the encrypted content does not open with this key"), r.out());
        Cli.Result b = cli.run("backup", home.resolve("usb").toString()).assertExit(1);
        assertTrue(b.err().contains("line 3"), b.describe());
        assertFalse(Files.exists(home.resolve("usb")) && Files.list(home.resolve("usb")).findAny().isPresent(), "no backup made");
    }

    @Test
    void withoutTheKeyVerifySaysOnlyTheChainWasChecked() {
        moveSealedContent();
        cli.env("LOGBOEK_KEY_FILE", home.resolve("nowhere.key").toString());
        Cli.Result r = cli.run("verify");
        assertTrue(r.out().contains("only the chain was checked"), r.out());
        // The signatures still find the rewritten line without any key.
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("line 3: not signed by the key of writer"), r.out());
    }
}
