package nl.logboek.it;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real ./logboek launcher, as separate processes (runs after the jar is packaged). */
class ProcessesIT {
    static final Path LAUNCHER = Path.of("logboek").toAbsolutePath();

    @TempDir
    Path home;

    record Run(int exit, String out, String err) {
    }

    Run run(String... args) throws Exception {
        return runWith(java.util.Map.of(), args);
    }

    Run runWith(java.util.Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(LAUNCHER.toString());
        cmd.addAll(Arrays.asList(args));
        Process p = start(cmd, env);
        // Read before waiting: a full pipe would block the child forever.
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        String out = readAll(p.getInputStream());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
        return new Run(p.exitValue(), out, err.get());
    }

    static String readAll(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Process start(List<String> cmd) throws IOException {
        return start(cmd, java.util.Map.of());
    }

    Process start(List<String> cmd, java.util.Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("LOGBOEK_FILE", home.resolve("lb.jsonl").toString());
        pb.environment().put("LOGBOEK_AUTHOR", "proces");
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString()); // writer keys stay in the test's folder
        pb.environment().remove("LOGBOEK_LANG");
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LC_CTYPE");
        pb.environment().putAll(env);
        return pb.start();
    }

    @Test
    void launcherRoundTripsAnIncident() throws Exception {
        Run created = run("new", "-q", "-c", "grooming", "-t", "Contact via Snapchat", "--person", "Noor:slachtoffer:leerling");
        assertEquals(0, created.exit(), created.err());
        String id = created.out().strip();
        assertEquals(0, run("annotate", id, "Ouders geïnformeerd").exit());
        Run show = run("show", id, "--json");
        JsonNode json = Json.MAPPER.readTree(show.out());
        assertEquals("Noor", json.at("/incident/persons/0/name").asText());
        assertEquals("Ouders geïnformeerd", json.at("/timeline/1/payload/text").asText());
        Run bad = run("new", "-c", "nope", "-t", "x");
        assertEquals(2, bad.exit());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    @Test
    void accentsArriveIntactUnderEveryLocaleAndAUtf8LocaleIsAskedAboutOnlyOnce() throws Exception {
        Path note = Path.of("target", "cds", "utf-8-locale-C.UTF-8");
        Files.deleteIfExists(note);
        // C is ASCII; xx_YY.UTF-8 is installed nowhere (glibc falls back to C); C.UTF-8 is UTF-8.
        for (String lang : List.of("C", "xx_YY.UTF-8", "C.UTF-8", "C.UTF-8")) {
            Run created = runWith(java.util.Map.of("LANG", lang), "new", "-q", "-c", "cyberpesten", "-t", "Zoë en Coördinator " + lang);
            assertEquals(0, created.exit(), lang + ": " + created.err());
            Run show = run("show", created.out().strip(), "--json");
            assertEquals("Zoë en Coördinator " + lang, Json.MAPPER.readTree(show.out()).at("/incident/title").asText(), lang);
        }
        assertTrue(Files.exists(note), "a UTF-8 locale is noted, so that later commands need not ask `locale`");
        assertTrue(!Files.exists(Path.of("target", "cds", "utf-8-locale-xx_YY.UTF-8")), "a locale that is not installed is never noted");
    }

    @Test
    void eightProcessesEachRecording25IncidentsAtOnceLeave200WithAnIntactChain() throws Exception {
        // Eight shell loops, each starting 25 `logboek new` processes one after the other.
        List<Process> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            String script = "for n in $(seq 1 25); do \"$0\" new -q -c cyberpesten -t \"writer " + w + " #$n\" || exit 1; done";
            writers.add(start(List.of("bash", "-c", script, LAUNCHER.toString())));
        }
        Set<String> printed = new HashSet<>();
        int lines = 0;
        for (Process p : writers) {
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "writer finished");
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), err);
            for (String id : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                printed.add(id.strip());
                lines++;
            }
        }
        assertEquals(200, lines);
        assertEquals(200, printed.size(), "distinct ids");

        Run list = run("list", "--json"); // reading checks every line and the whole chain
        assertEquals(0, list.exit(), list.err());
        Set<String> listed = new HashSet<>();
        Json.MAPPER.readTree(list.out()).get("incidents").forEach(i -> listed.add(i.get("id").asText()));
        assertEquals(printed, listed);
        assertEquals(201, Files.readAllLines(home.resolve("lb.jsonl")).size());
    }
}
