package nl.logboek.terminal;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs real shells and programs for the terminal tests, and skips a test when one is missing. */
final class Shells {
    private Shells() {
    }

    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    /** Skips the calling test, saying so, when {@code program} is not on the PATH. */
    static Path require(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        Assumptions.abort(program + " is not installed: this test is skipped (install " + program + " to run it)");
        return null;
    }

    static Run run(List<String> command, Map<String, String> env, Path dir) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command);
            if (dir != null) {
                pb.directory(dir.toFile());
            }
            pb.environment().remove("LOGBOEK_FILE");
            pb.environment().remove("LOGBOEK_LANG");
            pb.environment().remove("XDG_DATA_HOME");
            pb.environment().remove("XDG_CONFIG_HOME");
            pb.environment().putAll(env);
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            String out = readAll(p.getInputStream());
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Run(p.exitValue(), out, err.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A {@code logboek} command in {@code bin} that runs the classes under test, as the completion
     * scripts call it: put {@code bin} first on the PATH.
     */
    static Path fakeLogboek(Path bin) throws IOException {
        Files.createDirectories(bin);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        Path script = bin.resolve("logboek");
        Files.writeString(script, "#!/bin/sh\nexec " + quote(java) + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "
                + quote(classpath) + " nl.logboek.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    static String path(Path first) {
        return first + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    }

    static List<String> list(String... items) {
        return new ArrayList<>(List.of(items));
    }
}
