package nl.logboek.privacy;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16, attack 10: a key file others can read is warned about; a one-letter passphrase is refused. */
class KeysAndPassphrasesTest {
    @TempDir
    Path home;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home).env("XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    private Path keyFile() throws Exception {
        try (var keys = Files.list(home.resolve("config/logboek/keys"))) {
            return keys.findFirst().orElseThrow();
        }
    }

    @Test
    void aKeyFileOthersCanReadIsWarnedAboutInVerifyAndOnUse() throws Exception {
        cli.ok("init", "--encrypt");
        String id = cli.ok("new", "-q", "-c", "hacken", "-t", "Account overgenomen");
        Path key = keyFile();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertFalse(cli.run("verify").err().contains("key file"), "no warning while it is private");

        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        for (List<String> args : List.of(List.of("verify"), List.of("show", id), List.of("list", "--json"),
                List.of("annotate", id, "Notitie"))) {
            Cli.Result r = cli.run(args.toArray(String[]::new));
            r.assertExit(0);
            assertTrue(r.err().contains("key file " + key) && r.err().contains("chmod 600 " + key), r.describe());
        }
    }

    @Test
    void aKeyFileNamedByLogboekKeyFileAndTheConfigFileAreCheckedToo() throws Exception {
        Path key = Files.createDirectories(home.resolve("elders")).resolve("sleutel.key");
        Files.writeString(key, "x");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-rw----"));
        Path config = Files.createDirectories(home.resolve("config/logboek")).resolve("logboek.properties");
        Files.writeString(config, "retention.months=24\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
        Cli.Result r = cli.env("LOGBOEK_KEY_FILE", key.toString()).run("list");
        assertTrue(r.err().contains("key file " + key), r.describe());
        assertTrue(r.err().contains("config file " + config), r.describe());
    }

    @Test
    void aShortPassphraseIsRefusedBeforeAnythingIsWritten() {
        for (String weak : List.of("a", "geheim", "kort wacht", "elf tekens!")) {
            Cli.Result r = cli.env("LOGBOEK_PASSPHRASE", weak).run("init", "--encrypt", "--passphrase");
            assertEquals(2, r.exit(), weak + r.describe());
            assertEquals(1, r.err().strip().lines().count(), r.describe());
            assertTrue(r.err().contains("at least 12 characters or 4 words") && r.err().contains("--weak-passphrase"), r.describe());
            assertFalse(Files.exists(cli.logbook()), "nothing written" + r.describe());
        }
    }

    @Test
    void twelveCharactersOrFourWordsAreEnough() {
        cli.env("LOGBOEK_PASSPHRASE", "twaalf tekens").ok("init", "--encrypt", "--passphrase");
        Cli other = new Cli(home.resolve("b")).env("XDG_CONFIG_HOME", home.resolve("b/config").toString());
        Cli.Result r = other.env("LOGBOEK_PASSPHRASE", "ik heb een fiets").run("init", "--encrypt", "--passphrase");
        r.assertExit(0);
        assertFalse(r.err().contains("Warning"), r.describe());
    }

    @Test
    void weakPassphraseAcceptsAShortOneWithAWarning() {
        Cli.Result r = cli.env("LOGBOEK_PASSPHRASE", "a").run("init", "--encrypt", "--passphrase", "--weak-passphrase");
        r.assertExit(0);
        assertTrue(r.err().contains("could guess it"), r.describe());
        assertTrue(cli.ok("new", "-c", "hacken", "-t", "x").contains("recorded"));
        Cli.Result alone = cli.run("init", "--weak-passphrase");
        assertEquals(2, alone.exit(), alone.describe());
    }
}
