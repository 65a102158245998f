package nl.logboek.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 'logboek install' from the packaged jar, into a temporary prefix, and out again. */
class InstallIT {
    static final Path JAR = Path.of("target/logboek.jar").toAbsolutePath();
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    static final List<String> INSTALLED = List.of(
            "bin/logboek",
            "lib/logboek/logboek.jar",
            "share/man/man1/logboek.1",
            "share/man/man1/logboek-new.1",
            "share/man/man1/logboek-install.1",
            "share/bash-completion/completions/logboek",
            "share/zsh/site-functions/_logboek",
            "share/fish/vendor_completions.d/logboek.fish");

    @TempDir
    Path home;

    record Run(int exit, String out, String err) {
        String describe() {
            return "\n--- exit " + exit + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        }
    }

    @BeforeAll
    static void jarIsBuilt() {
        assertTrue(Files.isRegularFile(JAR), "run after 'mvn package': " + JAR);
    }

    Run run(List<String> command, Map<String, String> extraEnv) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.directory(home.toFile());
        Map<String, String> env = pb.environment();
        env.remove("LOGBOEK_LANG");
        env.remove("JAVA_HOME");
        env.remove("XDG_CACHE_HOME");
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("SHELL", "/bin/bash");
        env.put("LOGBOEK_FILE", home.resolve("lb.jsonl").toString());
        env.putAll(extraEnv);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out, err.get());
    }

    Run logboek(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return run(cmd, Map.of());
    }

    static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static TreeSet<String> tree(Path root) throws IOException {
        TreeSet<String> all = new TreeSet<>();
        if (!Files.exists(root)) {
            return all;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> !p.equals(root)).forEach(p -> all.add(root.relativize(p) + (Files.isDirectory(p) ? "/" : "")));
        }
        return all;
    }

    static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void installPutsProgramManualAndCompletionsInPlaceAndUninstallRemovesExactlyThose() throws Exception {
        Path prefix = home.resolve("prefix");
        Files.createDirectories(prefix.resolve("share/man/man1"));
        Files.writeString(prefix.resolve("share/man/man1/other.1"), ".TH OTHER 1\n");
        TreeSet<String> before = tree(prefix);

        Run installed = logboek("install", "--prefix", prefix.toString());
        assertEquals(0, installed.exit(), installed.describe());
        assertEquals("", installed.err());
        assertTrue(installed.out().contains("is installed in " + prefix), installed.describe());
        assertTrue(installed.out().contains("is not on your PATH") && installed.out().contains("--uninstall --prefix " + prefix),
                installed.describe());
        for (String f : INSTALLED) {
            assertTrue(Files.isRegularFile(prefix.resolve(f)), f + installed.describe());
            assertTrue(installed.out().contains("  " + f + "\n"), f + " is listed");
            assertEquals(f.startsWith("bin/") ? "rwxr-xr-x" : "rw-r--r--", mode(prefix.resolve(f)), f);
        }
        assertArrayEquals(Files.readAllBytes(JAR), Files.readAllBytes(prefix.resolve("lib/logboek/logboek.jar")));
        assertArrayEquals(Files.readAllBytes(Path.of("man/logboek.1")), Files.readAllBytes(prefix.resolve("share/man/man1/logboek.1")));
        assertArrayEquals(Files.readAllBytes(Path.of("completions/logboek.bash")),
                Files.readAllBytes(prefix.resolve("share/bash-completion/completions/logboek")));
        try (Stream<Path> pages = Files.list(Path.of("man")); Stream<Path> there = Files.list(prefix.resolve("share/man/man1"))) {
            assertEquals(pages.filter(Files::isRegularFile).count() + 1, there.count(), "every page, and other.1");
        }
        try (Stream<Path> pages = Files.list(Path.of("man/nl")); Stream<Path> there = Files.list(prefix.resolve("share/man/nl/man1"))) {
            assertEquals(pages.count(), there.count(), "every Dutch page");
        }
        assertArrayEquals(Files.readAllBytes(Path.of("man/nl/logboek.1")), Files.readAllBytes(prefix.resolve("share/man/nl/man1/logboek.1")));

        // What a killed first run of another jar or JDK left in the cache: the next archive made removes it.
        Path cacheFolder = Files.createDirectories(home.resolve(".cache/logboek"));
        Files.writeString(cacheFolder.resolve("logboek-writes-1-2-3-4-5-6.jsa.4242.classes"), "java/lang/Object\n");
        Files.writeString(cacheFolder.resolve("logboek-1-2-3-4-5-6.jsa.4243.tmp"), "");

        // The launcher runs the installed program, from anywhere.
        Map<String, String> onPath = Map.of("PATH", prefix.resolve("bin") + ":" + System.getenv("PATH"));
        Run version = run(List.of("sh", "-c", "exec logboek --version"), onPath);
        assertEquals(0, version.exit(), version.describe());
        assertTrue(version.out().startsWith("logboek "), version.describe());
        Run created = run(List.of("sh", "-c", "exec logboek new -q -c hacken -t 'Account van Noör overgenomen'"), onPath);
        assertEquals(0, created.exit(), created.describe());
        String id = created.out().strip();
        // The first runs made the class-data archives that later starts use, in the user's cache
        // folder: one for the commands that write (new), one for the others (--version).
        try (Stream<Path> cache = Files.list(home.resolve(".cache/logboek"))) {
            List<String> archives = cache.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("logboek-")).sorted().toList();
            assertEquals(2, archives.size(), archives + version.describe());
            assertTrue(archives.stream().allMatch(n -> n.endsWith(".jsa") || n.endsWith(".aot")), archives.toString());
            assertTrue(archives.get(1).startsWith("logboek-writes-"), archives.toString());
        }

        // The installed bash completion, with the installed launcher, completes the new id.
        Run tab = run(List.of("bash", "--norc", "-c", "source " + prefix.resolve("share/bash-completion/completions/logboek")
                + "; COMP_WORDS=(logboek show ''); COMP_CWORD=2; _logboek; printf '%s\\n' \"${COMPREPLY[@]}\""), onPath);
        assertEquals(id, tab.out().strip(), tab.describe());

        // man finds the installed page.
        if (Files.isExecutable(Path.of("/usr/bin/man"))) {
            Run where = run(List.of("man", "-M", prefix.resolve("share/man").toString(), "-w", "logboek"), Map.of());
            assertEquals(prefix.resolve("share/man/man1/logboek.1").toString(), where.out().strip(), where.describe());
        }

        // The list of installed files is sha256sum's format.
        if (Files.isExecutable(Path.of("/usr/bin/sha256sum"))) {
            Run check = run(List.of("sh", "-c", "cd " + prefix + " && sha256sum -c --quiet lib/logboek/installed-files"), Map.of());
            assertEquals(0, check.exit(), check.describe());
        }

        Run removed = logboek("install", "--uninstall", "--prefix", prefix.toString());
        assertEquals(0, removed.exit(), removed.describe());
        assertEquals("", removed.err());
        for (String f : INSTALLED) {
            assertTrue(removed.out().contains("  " + f + "\n"), f + " is listed as removed");
        }
        assertEquals(before, tree(prefix), "exactly what was there before: the files and the folders install created are gone");
    }

    @Test
    void dryRunListsWhatWouldBeInstalledOrRemovedAndChangesNothing() throws Exception {
        Path prefix = home.resolve("dry");
        Run dry = logboek("install", "--prefix", prefix.toString(), "--dry-run");
        assertEquals(0, dry.exit(), dry.describe());
        assertTrue(dry.out().contains("nothing was changed"), dry.describe());
        for (String f : INSTALLED) {
            assertTrue(dry.out().contains("  " + f + "\n"), f);
        }
        assertFalse(Files.exists(prefix));

        assertEquals(0, logboek("install", "--prefix", prefix.toString()).exit());
        TreeSet<String> installed = tree(prefix);
        Run dryRemove = logboek("install", "--uninstall", "-n", "--prefix", prefix.toString());
        assertEquals(0, dryRemove.exit(), dryRemove.describe());
        assertTrue(dryRemove.out().contains("  bin/logboek\n"), dryRemove.describe());
        assertEquals(installed, tree(prefix));
    }

    @Test
    void aFileLogboekDidNotInstallIsNeverOverwritten() throws Exception {
        Path prefix = home.resolve("taken");
        Files.createDirectories(prefix.resolve("bin"));
        Files.writeString(prefix.resolve("bin/logboek"), "#!/bin/sh\necho my own logboek\n");
        TreeSet<String> before = tree(prefix);
        Run r = logboek("install", "--prefix", prefix.toString());
        assertEquals(1, r.exit(), r.describe());
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        assertTrue(r.err().contains(prefix.resolve("bin/logboek") + " already exists and was not installed by logboek"), r.describe());
        assertEquals("", r.out());
        assertEquals(before, tree(prefix), "nothing was written");
        assertEquals("#!/bin/sh\necho my own logboek\n", Files.readString(prefix.resolve("bin/logboek")));

        Run nl = run(List.of(JAVA, "-jar", JAR.toString(), "install", "--prefix", prefix.toString()), Map.of("LANG", "nl_NL.UTF-8"));
        assertTrue(nl.err().contains("bestaat al"), nl.describe());
    }

    @Test
    void installingAgainUpgradesAndUninstallKeepsAFileChangedSince() throws Exception {
        Path prefix = home.resolve("again");
        assertEquals(0, logboek("install", "--prefix", prefix.toString()).exit());
        Run again = logboek("install", "--prefix", prefix.toString());
        assertEquals(0, again.exit(), again.describe());

        Path zsh = prefix.resolve("share/zsh/site-functions/_logboek");
        Files.writeString(zsh, "# my own changes\n", java.nio.file.StandardOpenOption.APPEND);
        Run refused = logboek("install", "--prefix", prefix.toString());
        assertEquals(1, refused.exit(), refused.describe());
        assertTrue(refused.err().contains("was changed after logboek installed it"), refused.describe());

        Run removed = logboek("install", "--uninstall", "--prefix", prefix.toString());
        assertEquals(0, removed.exit(), removed.describe());
        assertTrue(removed.err().contains("kept " + zsh), removed.describe());
        assertEquals(new TreeSet<>(List.of("share/", "share/zsh/", "share/zsh/site-functions/", "share/zsh/site-functions/_logboek")),
                tree(prefix), "only the changed file, and the folders it is in");
    }

    @Test
    void theInstalledLauncherFindsJavaThroughJavaHome() throws Exception {
        Path prefix = home.resolve("jh");
        assertEquals(0, logboek("install", "--prefix", prefix.toString()).exit());
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("PATH", Files.createDirectories(home.resolve("no-java-here")).toString());
        Run r = run(List.of(prefix.resolve("bin/logboek").toString(), "--version"), env);
        assertEquals(0, r.exit(), r.describe());
        assertTrue(r.out().startsWith("logboek "), r.describe());
    }
}
