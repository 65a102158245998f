package nl.logboek.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interactive `new` on a real pseudo-terminal (tmux), with tab completion of the category. Each
 * run has a tmux server of its own, on a socket in its temporary folder ({@code tmux -S}): it never
 * talks to the user's default server or to another test's, and it kills only its own server.
 */
class TmuxPromptIT {
    @TempDir
    Path home;

    /** This run's tmux server socket. */
    private Path socket;

    private String tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-S", socket.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("TMUX");   // a test started inside tmux must not reach that session's server
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private String waitFor(String text, int seconds) throws Exception {
        String screen = "";
        for (int i = 0; i < seconds * 10; i++) {
            screen = tmux("capture-pane", "-p", "-t", "it");
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited for \"" + text + "\"; screen:\n" + screen);
    }

    @Test
    void aCoordinatorTabCompletesTheCategoryAndConfirms() throws Exception {
        boolean hasTmux = new ProcessBuilder("sh", "-c", "command -v tmux").start().waitFor() == 0;
        Assumptions.assumeTrue(hasTmux, "tmux is not installed (apt-get install tmux): skipping the pseudo-terminal test");
        socket = home.resolve("tmux.sock");
        // A Unix socket's path has room for about 107 bytes.
        assertTrue(socket.toString().getBytes(StandardCharsets.UTF_8).length < 100, "socket path too long for tmux: " + socket);
        Path logbook = home.resolve("lb.jsonl");
        String launcher = Path.of("logboek").toAbsolutePath().toString();
        String command = "env LANG=C.UTF-8 LOGBOEK_LANG=nl LOGBOEK_FILE=" + logbook + " XDG_CONFIG_HOME=" + home.resolve(".config")
                + " LOGBOEK_AUTHOR=tmux " + launcher
                + " new; echo EXIT=$?; sleep 30";
        tmux("new-session", "-d", "-s", "it", "-x", "160", "-y", "50", command);
        try {
            waitFor("Categorie (Tab vult aan):", 30);
            tmux("send-keys", "-t", "it", "zorgw", "Tab");
            waitFor("zorgwekkend-bericht", 5);
            tmux("send-keys", "-t", "it", "Enter");
            waitFor("Titel:", 5);
            tmux("send-keys", "-t", "it", "Drillvideo met dreigement", "Enter");
            waitFor("Wanneer is het gebeurd?", 5);
            tmux("send-keys", "-t", "it", "Enter");
            waitFor("Omschrijving", 5);
            tmux("send-keys", "-t", "it", "Enter");
            waitFor("Betrokkene:", 5);
            tmux("send-keys", "-t", "it", "Enter");
            waitFor("Platform", 5);
            tmux("send-keys", "-t", "it", "Enter");
            waitFor("Ernst", 5);
            tmux("send-keys", "-t", "it", "Enter");
            waitFor("Bron", 5);
            tmux("send-keys", "-t", "it", "Enter");
            waitFor("Dit incident vastleggen?", 5);
            tmux("send-keys", "-t", "it", "ja", "Enter");
            String screen = waitFor("EXIT=", 20);
            assertTrue(screen.contains("EXIT=0"), screen);
            assertTrue(screen.contains("online-jeugdcriminaliteit"), screen);
            String log = Files.readString(logbook);
            assertTrue(log.contains("\"category\":\"zorgwekkend-bericht\"") && log.contains("Drillvideo met dreigement"), log);
        } finally {
            tmux("kill-server");   // this run's server only: it listens on this run's socket
            Files.deleteIfExists(socket);
        }
    }
}
