package nl.logboek.team;

import nl.logboek.LogboekException;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * git, run as a process in one folder and never through a shell (a remote or a name is never
 * interpreted). Every call gets the same settings, so that logboek works on a machine where git
 * was never configured and behaves the same where it was: an identity for commits, no prompts
 * (a prompt nobody sees would hang the command), no line-ending conversion of the logbook files
 * (their bytes are hashed), no signing, and no housekeeping left running in the background.
 */
public final class Git {
    /** Variables that would point git at another repository than the one we name. */
    private static final List<String> FOREIGN = List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
            "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE", "GIT_COMMON_DIR");
    private static final int SUMMARY_LIMIT = 300;

    private final Path executable;
    private final Path dir;
    private final Map<String, String> env;
    private final String name;
    private final String email;

    private Git(Path executable, Path dir, Map<String, String> env, String name, String email) {
        this.executable = executable;
        this.dir = dir;
        this.env = env;
        this.name = name;
        this.email = email;
    }

    /**
     * The git on the PATH of {@code env} (the environment logboek was started with). Looked up
     * here rather than left to the operating system, so that a missing git is one clear message
     * before anything is changed.
     */
    public static Git locate(Map<String, String> env) {
        String path = env.get("PATH");
        if (path != null) {
            for (String entry : path.split(File.pathSeparator)) {
                if (entry.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(entry, "git");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    Map<String, String> clean = new HashMap<>(env);
                    FOREIGN.forEach(clean::remove);
                    clean.put("GIT_TERMINAL_PROMPT", "0");
                    return new Git(candidate, Path.of("").toAbsolutePath(), Map.copyOf(clean), "logboek", "logboek@logboek.invalid");
                }
            }
        }
        throw LogboekException.failure("team.git-missing");
    }

    /** The same git, run in {@code folder}. */
    public Git in(Path folder) {
        return new Git(executable, folder, env, name, email);
    }

    /** The same git, committing as this author and writer (the address is never delivered: .invalid). */
    public Git as(String author, String writer) {
        return new Git(executable, dir, env, author, writer + "@logboek.invalid");
    }

    public Path folder() {
        return dir;
    }

    /** The executable that is run. */
    @Override
    public String toString() {
        return executable.toString();
    }

    /** What a finished git printed. */
    public record Output(int exit, byte[] out, String err) {
        public boolean ok() {
            return exit == 0;
        }

        public String text() {
            return new String(out, StandardCharsets.UTF_8);
        }

        /** stderr in one line, for our own message: git's hints left out, its prefixes dropped. */
        public String summary() {
            List<String> parts = new ArrayList<>();
            for (String line : err.split("\\R")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("hint:")) {
                    continue;
                }
                for (String prefix : List.of("fatal: ", "error: ", "remote: ")) {
                    if (l.startsWith(prefix)) {
                        l = l.substring(prefix.length()).strip();
                    }
                }
                if (!l.isEmpty() && !parts.contains(l)) {
                    parts.add(l);
                }
            }
            String s = parts.isEmpty() ? "git exited with " + exit : String.join("; ", parts);
            return s.length() <= SUMMARY_LIMIT ? s : s.substring(0, SUMMARY_LIMIT - 3) + "...";
        }
    }

    /** Runs git and returns what it printed, whatever its exit code. */
    public Output run(String... args) {
        Ran<byte[]> r = execute(Git::readAll, args);
        return new Output(r.exit(), r.value(), r.err());
    }

    /** Runs git; a failure becomes one line naming what git was asked to do and why it failed. */
    public String ok(String... args) {
        Output o = run(args);
        if (!o.ok()) {
            throw failed(o, args);
        }
        return o.text();
    }

    LogboekException failed(Output o, String... args) {
        return LogboekException.failure("team.git-failed", "git " + args[0], dir, o.summary());
    }

    /** Runs git and hands its stdout, as it comes, to {@code reader}; fails like {@link #ok}. */
    public <T> T stream(Function<InputStream, T> reader, String... args) {
        Ran<T> r = execute(reader, args);
        if (r.exit() != 0) {
            throw failed(new Output(r.exit(), new byte[0], r.err()), args);
        }
        return r.value();
    }

    private record Ran<T>(T value, int exit, String err) {
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> Ran<T> execute(Function<InputStream, T> reader, String... args) {
        List<String> cmd = new ArrayList<>(List.of(executable.toString(),
                "-c", "user.name=" + name, "-c", "user.email=" + email,
                "-c", "core.autocrlf=false", "-c", "core.quotepath=false", "-c", "commit.gpgsign=false",
                "-c", "gc.autoDetach=false", "-c", "advice.detachedHead=false"));
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw LogboekException.failure("team.git-missing");
        }
        // stderr is read on its own thread: a full pipe would stop git while we read stdout.
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> new String(readAll(p.getErrorStream()),
                StandardCharsets.UTF_8));
        T value;
        try (InputStream in = p.getInputStream()) {
            value = reader.apply(in);
            in.transferTo(OutputStream.nullOutputStream()); // what the reader left, so git can finish
        } catch (IOException | RuntimeException e) {
            p.destroyForcibly();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        try {
            return new Ran<>(value, p.waitFor(), err.join());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw LogboekException.failure("team.git-failed", "git " + args[0], dir, "interrupted");
        }
    }
}
