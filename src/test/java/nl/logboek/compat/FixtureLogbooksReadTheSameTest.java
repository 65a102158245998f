package nl.logboek.compat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.report.Golden;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Logbooks written by an earlier release (src/test/resources/compat, written once by
 * FixtureLogbooksWriter) must read the same with today's code: list, show, next, report, export
 * and verify print, byte for byte, what the golden files under src/test/resources/golden/compat
 * hold. Each test reads a fresh copy of a fixture in a temporary folder, with a fixed clock
 * (2026-12-20 11:00 in Europe/Amsterdam); the copy's path is printed as {@value #PLACEHOLDER}.
 * -Dgolden.update=true rewrites the golden files (review the diff; the README there lists the
 * ones that hold output known to be wrong today).
 */
class FixtureLogbooksReadTheSameTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "compat");
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "compat");
    static final String SUMS = "SHA256SUMS";
    static final String PLACEHOLDER = "$FIXTURE";
    static final Instant NOW = Instant.parse("2026-12-20T10:00:00Z");
    private static final String HOW = "The fixture was written by an earlier release and must read the same. If the change of "
            + "output is intended (and is no change of how a logbook is read), run the test with -Dgolden.update=true and review "
            + "the diff of " + GOLDEN + " (see its README.md).";
    private static final List<String> LANGUAGES = List.of("en", "nl");

    @TempDir
    Path tmp;

    // ------------------------------------------------------------------------------- the tests

    @ParameterizedTest
    @ValueSource(strings = {"single-plain", "single-encrypted", "team-plain", "team-encrypted"})
    void theFixtureHoldsTheBytesTheReleaseWrote(String fixture) throws IOException {
        Path folder = FIXTURES.resolve(fixture);
        Map<String, String> expected = new TreeMap<>();
        for (String line : Files.readAllLines(folder.resolve(SUMS), StandardCharsets.UTF_8)) {
            expected.put(line.substring(66), line.substring(0, 64));
        }
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(SUMS)).toList()) {
                actual.put(folder.relativize(f).toString().replace('\\', '/'), sha256(Files.readAllBytes(f)));
            }
        }
        assertEquals(expected, actual, "a fixture is never edited: it is what an earlier release wrote (git must not convert line ends either)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"single-plain", "single-encrypted"})
    void aSingleFixtureHoldsEveryEventTypeTheReleaseWrote(String fixture) throws IOException {
        Set<String> types = new TreeSet<>();
        for (String line : Files.readAllLines(FIXTURES.resolve(fixture).resolve("logboek.jsonl"), StandardCharsets.UTF_8)) {
            types.add(Json.MAPPER.readTree(line).get("type").asText());
        }
        assertEquals(new TreeSet<>(List.of("logbook", "created", "annotated", "items-done", "step-done", "escalated",
                "de-escalated", "consent", "closed")), types);
    }

    @ParameterizedTest
    @ValueSource(strings = {"single-plain", "single-encrypted", "team-plain", "team-encrypted"})
    void listShowsEveryIncidentWithItsStatusAsBefore(String fixture) {
        Reader r = new Reader(fixture, tmp);
        for (String lang : LANGUAGES) {
            r.golden("list." + lang + ".txt", "--lang", lang, "list", "--status", "all");
        }
        r.golden("list.json", "list", "--json", "--status", "all");
        r.assertFixtureUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"single-plain", "single-encrypted", "team-plain", "team-encrypted"})
    void showShowsEveryIncidentWithItsTimelineAndChecklistAsBefore(String fixture) {
        Reader r = new Reader(fixture, tmp);
        List<String> ids = r.ids();
        assertFalse(ids.isEmpty());
        for (String id : ids) {
            for (String lang : LANGUAGES) {
                r.golden("show." + id + "." + lang + ".txt", "--lang", lang, "show", id);
            }
            r.golden("show." + id + ".json", "show", id, "--json");
        }
        r.assertFixtureUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"single-plain", "single-encrypted", "team-plain", "team-encrypted"})
    void nextShowsTheCurrentStepOfEveryOpenIncidentAsBefore(String fixture) {
        Reader r = new Reader(fixture, tmp);
        List<String> open = r.openIds();
        assertFalse(open.isEmpty(), "every fixture has an incident that is not closed");
        for (String id : open) {
            for (String lang : LANGUAGES) {
                r.golden("next." + id + "." + lang + ".txt", "--lang", lang, "next", id);
            }
        }
        r.assertFixtureUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"single-plain", "single-encrypted", "team-plain", "team-encrypted"})
    void reportsOfNovemberAndDecemberAreTheSameInEveryFormat(String fixture) {
        Reader r = new Reader(fixture, tmp);
        for (String month : List.of("2026-11", "2026-12")) {
            String name = "report-" + month;
            for (String lang : LANGUAGES) {
                r.golden(name + "." + lang + ".txt", "--lang", lang, "report", "--month", month);
                r.golden(name + "." + lang + ".md", "--lang", lang, "report", "--month", month, "--format", "markdown");
                r.golden(name + "." + lang + ".html", "--lang", lang, "report", "--month", month, "--format", "html");
            }
            r.golden(name + ".json", "report", "--month", month, "--format", "json");
            r.golden(name + ".detail.en.txt", "--lang", "en", "report", "--month", month, "--detail");
        }
        r.assertFixtureUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"single-plain", "single-encrypted", "team-plain", "team-encrypted"})
    void exportsOfIncidentsAndOfEventsAreTheSame(String fixture) {
        Reader r = new Reader(fixture, tmp);
        r.export("export.csv", "export", "--format", "csv");
        r.export("export.json", "export", "--format", "json");
        r.export("export-events.csv", "export", "--events", "--format", "csv");
        r.export("export-events.json", "export", "--events", "--format", "json");
        r.export("export-redact.json", "export", "--redact", "--format", "json");
        r.export("export-for-cjg.json", "export", "--for", "cjg", "--format", "json");
        r.assertFixtureUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"single-plain", "single-encrypted", "team-plain", "team-encrypted"})
    void verifyFindsEveryLineAndTheWholeChainIntact(String fixture) {
        Reader r = new Reader(fixture, tmp);
        for (String lang : LANGUAGES) {
            r.golden("verify." + lang + ".txt", "--lang", lang, "verify");
        }
        r.golden("verify.json", "verify", "--json");
        r.assertFixtureUnchanged();
    }

    /** Known wrong today (see the README of the golden files): a member's file alone refers to incidents of other members. */
    @ParameterizedTest
    @ValueSource(strings = {"team-plain", "team-encrypted"})
    void verifyAndBackupOfOneMemberFileAloneSayTheSameAsBefore(String fixture) {
        Reader r = new Reader(fixture, tmp);
        for (Path member : r.memberFiles()) {
            String writer = member.getFileName().toString().replace(".jsonl", "");
            String who = writer.substring(writer.indexOf('-') + 1);
            r.transcript("member-" + who + ".verify.en.txt", "--lang", "en", "--logbook", member.toString(), "verify");
            r.transcript("member-" + who + ".backup.en.txt", "--lang", "en", "--logbook", member.toString(),
                    "backup", r.root.resolve("backups").toString());
        }
        r.assertFixtureUnchanged();
    }

    // ------------------------------------------------------------------------------- reading a copy

    /** A fresh copy of one fixture, private to its owner as logboek wants it, and a Cli that reads it. */
    static final class Reader {
        final String fixture;
        final Path root;
        final Path logbook;
        final Cli cli;
        final Map<String, String> before;

        Reader(String fixture, Path tmp) {
            this.fixture = fixture;
            this.root = tmp.resolve(fixture);
            Path from = FIXTURES.resolve(fixture);
            copyPrivately(from, root);
            if (Files.isRegularFile(root.resolve("writers.txt"))) {
                // Reading a team logbook needs this machine's writer name, kept in .git/logboek/writer (which git
                // cannot check in): the fixture is read as anna's machine.
                String anna = line(root.resolve("writers.txt"), "anna: ");
                write(root.resolve("logboek.team/.git/logboek/writer"), anna + "\n");
                logbook = root.resolve("logboek.team");
            } else {
                logbook = root.resolve("logboek.jsonl");
            }
            Path home = tmp.resolve("home");
            cli = new Cli(home)
                    .env("LOGBOEK_FILE", logbook.toString())
                    .env("XDG_CONFIG_HOME", home.resolve("config").toString())
                    .env("USER", "lezer")
                    .env("LOGBOEK_AUTHOR", "lezer")
                    .clock(Clock.fixed(NOW, Cli.AMSTERDAM));
            if (Files.isRegularFile(root.resolve("logboek.key"))) {
                cli.env("LOGBOEK_KEY_FILE", root.resolve("logboek.key").toString());
            }
            before = contents(root);
        }

        /** Runs a command that must succeed without a word on stderr; its stdout must match the golden file. */
        void golden(String name, String... args) {
            Cli.Result result = cli.run(args);
            result.assertExit(0);
            assertEquals("", result.err(), "nothing on stderr" + result.describe());
            Golden.assertMatches(GOLDEN.resolve(fixture).resolve(name), placeholders(result.out()), HOW);
        }

        /** An export: stdout must match the golden file, and its notes on stderr (in English) the .stderr one. */
        void export(String name, String... args) {
            List<String> all = new ArrayList<>(List.of("--lang", "en"));
            all.addAll(List.of(args));
            Cli.Result result = cli.run(all.toArray(String[]::new));
            result.assertExit(0);
            Golden.assertMatches(GOLDEN.resolve(fixture).resolve(name), placeholders(result.out()), HOW);
            Golden.assertMatches(GOLDEN.resolve(fixture).resolve(name + ".stderr.en.txt"), placeholders(result.err()), HOW);
        }

        /** A command whose exit code, stdout and stderr together must match the golden file. */
        void transcript(String name, String... args) {
            Cli.Result result = cli.run(args);
            String text = "exit: " + result.exit() + "\n--- stdout\n" + result.out() + "--- stderr\n" + result.err();
            Golden.assertMatches(GOLDEN.resolve(fixture).resolve(name), placeholders(text), HOW);
        }

        /** The incidents' ids, as list --json gives them (oldest first). */
        List<String> ids() {
            List<String> ids = new ArrayList<>();
            incidents().forEach(i -> ids.add(i.get("id").asText()));
            return ids;
        }

        List<String> openIds() {
            List<String> ids = new ArrayList<>();
            incidents().forEach(i -> {
                if (!"gesloten".equals(i.get("status").asText())) {
                    ids.add(i.get("id").asText());
                }
            });
            return ids;
        }

        private JsonNode incidents() {
            try {
                return Json.MAPPER.readTree(cli.ok("list", "--json", "--status", "all")).get("incidents");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<Path> memberFiles() {
            try (Stream<Path> files = Files.list(logbook.resolve("events"))) {
                return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String placeholders(String text) {
            return text.replace(root.toString(), PLACEHOLDER);
        }

        /** Reading commands append nothing and change no byte of the logbook (index files may appear beside it). */
        void assertFixtureUnchanged() {
            Map<String, String> after = contents(root);
            after.keySet().retainAll(before.keySet());
            assertEquals(before, after);
        }
    }

    // ------------------------------------------------------------------------------- helpers

    /** Copies a fixture folder with the permissions logboek keeps (0700 folders, 0600 files); a checkout has others. */
    private static void copyPrivately(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
                } else if (!p.getFileName().toString().equals(SUMS)) {
                    Files.copy(p, target);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(Path file, String prefix) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith(prefix))
                    .map(l -> l.substring(prefix.length()).strip()).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every logbook file under a folder (*.jsonl, team.json), by path, as its SHA-256. */
    private static Map<String, String> contents(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (!name.startsWith(".") && (name.endsWith(".jsonl") || name.equals("team.json"))) {
                    files.put(root.relativize(f).toString(), sha256(Files.readAllBytes(f)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(!files.isEmpty(), "no logbook in " + root);
        return files;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
