package nl.logboek.terminal;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What 'logboek install' refuses, in-process (the tests run from classes, not from the jar).
 * Installing and uninstalling for real is InstallIT, which runs the packaged jar.
 */
class InstallCommandTest {
    @TempDir
    Path home;

    @Test
    void runningFromClassesInsteadOfTheJarIsRefusedOnOneLineAndWritesNothing() throws IOException {
        Path prefix = home.resolve("prefix");
        Cli.Result r = new Cli(home).run("install", "--prefix", prefix.toString()).assertExit(1);
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        assertTrue(r.err().contains("mvn -B package") && r.err().contains("./logboek install"), r.describe());
        assertTrue(!Files.exists(prefix), "nothing was created");
        assertEquals("", r.out());
    }

    @Test
    void aPrefixThatIsAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(home.resolve("a-file"), "x");
        Cli.Result r = new Cli(home).run("install", "--prefix", file.toString()).assertExit(2);
        assertTrue(r.err().contains("is not a folder") && r.err().contains("--prefix"), r.describe());
        Cli.Result nl = new Cli(home).env("LANG", "nl_NL.UTF-8").run("install", "--uninstall", "--prefix", file.toString());
        nl.assertExit(2);
        assertTrue(nl.err().contains("is geen map"), nl.describe());
    }

    @Test
    void uninstallingWhereNothingWasInstalledSaysSoAndChangesNothing() throws IOException {
        Path prefix = Files.createDirectories(home.resolve(".local/bin"));
        Files.writeString(prefix.resolve("logboek"), "#!/bin/sh\necho mine\n");
        Cli.Result r = new Cli(home).run("install", "--uninstall").assertExit(1);
        assertTrue(r.err().contains("nothing to uninstall in " + home.resolve(".local")), r.describe());
        assertTrue(r.err().contains("installed-files"), r.describe());
        assertEquals("#!/bin/sh\necho mine\n", Files.readString(prefix.resolve("logboek")));
        try (Stream<Path> s = Files.walk(home.resolve(".local"))) {
            assertEquals(3, s.count(), "only .local, bin and the user's own file");
        }
    }

    @Test
    void aDamagedListOfInstalledFilesStopsUninstallBeforeItRemovesAnything() throws IOException {
        Path prefix = home.resolve("p");
        Files.createDirectories(prefix.resolve("lib/logboek"));
        Path precious = Files.writeString(home.resolve("precious"), "keep me");
        Files.writeString(prefix.resolve("lib/logboek/installed-files"),
                nl.logboek.terminal.InstallCommandTest.sha256("keep me") + "  ../precious\n");
        Cli.Result r = new Cli(home).run("install", "--uninstall", "--prefix", prefix.toString()).assertExit(1);
        assertTrue(r.err().contains("is damaged"), r.describe());
        assertEquals("keep me", Files.readString(precious));
    }

    @Test
    void helpExplainsActivationAndHasExamplesAndExitCodes() {
        String help = new Cli(home).ok("install", "--help");
        assertTrue(help.contains("Usage: logboek install"), help);
        assertTrue(help.contains("--uninstall") && help.contains("--dry-run") && help.contains("--prefix"), help);
        assertTrue(help.contains("fpath=(~/.local/share/zsh/site-functions"), help);
        assertTrue(help.contains("Examples:") && help.contains("Exit codes:"), help);
    }

    static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
