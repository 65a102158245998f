package nl.logboek.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real ./logboek launcher (or a shell around it) as separate processes on one logbook, for
 * the *IT tests. Output is read on threads of its own while the process runs, so a full pipe never
 * blocks a child, and what a process printed before it was killed is kept.
 */
public final class Processes {
    public static final Path LAUNCHER = Path.of("logboek").toAbsolutePath();

    private final Path logbook;

    public Processes(Path logbook) {
        this.logbook = logbook;
    }

    public Path logbook() {
        return logbook;
    }

    public record Run(int exit, String out, String err, String command) {
        public String describe() {
            return "\n$ " + command + "\n--- exit: " + exit + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        }
    }

    /** Runs the launcher with {@code args} and waits for it. */
    public Run run(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(LAUNCHER.toString());
        cmd.addAll(Arrays.asList(args));
        return start(cmd, Map.of()).await(120);
    }

    /** Runs the launcher under bash with the given prefix, e.g. {@code trap '' XFSZ; ulimit -f 2;}. */
    public Run runUnder(String shellPrefix, Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", shellPrefix + " exec \"$0\" \"$@\"", LAUNCHER.toString()));
        cmd.addAll(Arrays.asList(args));
        return start(cmd, env).await(120);
    }

    /** Starts a bash script; $0 in it is the launcher. */
    public Running startScript(String script) {
        return start(List.of("bash", "-c", script, LAUNCHER.toString()), Map.of());
    }

    public Running start(List<String> cmd, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("LOGBOEK_FILE", logbook.toString());
        pb.environment().put("LOGBOEK_AUTHOR", "proces");
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().remove("LOGBOEK_LANG");
        pb.environment().remove("LC_ALL");
        // The config folder (writer keys) beside the logbook, as the in-process Cli has it for a logbook
        // in its home: the processes sign with the key the test's own commands made, never the user's.
        pb.environment().put("XDG_CONFIG_HOME", logbook.toAbsolutePath().getParent().resolve(".config").toString());
        pb.environment().putAll(env);
        try {
            return new Running(pb.start(), String.join(" ", cmd));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A started process whose stdout and stderr are collected as they come. */
    public static final class Running {
        public final Process process;
        private final String command;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final Thread outReader;
        private final Thread errReader;
        private volatile boolean killed;

        Running(Process process, String command) {
            this.process = process;
            this.command = command;
            outReader = drain(process.getInputStream(), out);
            errReader = drain(process.getErrorStream(), err);
        }

        private static Thread drain(InputStream in, ByteArrayOutputStream to) {
            Thread t = new Thread(() -> {
                byte[] buf = new byte[8192];
                try (in) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        synchronized (to) {
                            to.write(buf, 0, n);
                        }
                    }
                } catch (IOException ignored) {
                    // The process is gone; what it printed so far is kept.
                }
            });
            t.setDaemon(true);
            t.start();
            return t;
        }

        /**
         * SIGKILL to the process and everything it started (a shell loop's java child would
         * otherwise live on). The children are listed before the parent dies, since an orphan
         * no longer shows up as its descendant.
         */
        public void killTree() {
            killed = true;
            List<ProcessHandle> children = process.descendants().toList();
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            process.descendants().forEach(ProcessHandle::destroyForcibly);
        }

        public boolean killed() {
            return killed;
        }

        public boolean alive() {
            return process.isAlive();
        }

        /** Waits for the end (a killed process included) and for all of its output. */
        public Run await(int seconds) {
            try {
                if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                    killTree();
                    throw new AssertionError("still running after " + seconds + " s: " + command);
                }
                outReader.join(seconds * 1000L);
                errReader.join(seconds * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            return new Run(process.exitValue(), text(out), text(err), command);
        }

        private static String text(ByteArrayOutputStream b) {
            synchronized (b) {
                return b.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
