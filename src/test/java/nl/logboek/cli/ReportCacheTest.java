package nl.logboek.cli;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report's caches ({@code .NAME.report}: what a report needs of each incident;
 * {@code .NAME.periods}: every incident's times in the orders a period needs) change how much a
 * report reads, never what it says: every report is byte for byte the same as without them
 * (LOGBOEK_DERIVED_CACHES=off, every key and line read), across months with escalations and
 * scale-downs, closings (forced, with mandatory items open), reopenings (also after the period),
 * corrections of category, platform, severity and protocols, retractions and a purge; and a cache
 * of another state of the log (appended to, cut short, damaged, another logbook's) is not believed.
 */
class ReportCacheTest {
    @TempDir
    Path home;
    Cli cli;

    /** Periods before, around and after the changes below, in every format, and the paths a report takes. */
    private static final String[][] REPORTS = {
            {"report"}, {"report", "--month", "2026-07"}, {"report", "--month", "2026-08", "--json"},
            {"report", "--month", "2026-09", "--format", "markdown"}, {"report", "--month", "2026-10"},
            {"report", "--month", "2026-10", "--format", "html"}, {"report", "--month", "2026-11", "--json"},
            {"report", "--year", "2026", "--json"}, {"report", "--year", "2025"},
            {"report", "--from", "2026-09-15", "--to", "2026-11-05", "--json"},
            {"report", "--month", "2026-10", "--stale-days", "3", "--json"},
            {"report", "--month", "2026-10", "--detail", "--json"}, {"report", "--month", "2023-02"},
    };

    @BeforeEach
    void setUp() {
        cli = new Cli(home).env("XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    private void at(String instant) {
        cli.clock(Clock.fixed(Instant.parse(instant), Cli.AMSTERDAM));
    }

    private Path cache(String name) {
        Path l = cli.logbook();
        return l.resolveSibling("." + l.getFileName() + "." + name);
    }

    /** Every report, with the caches and without; returns them (with the caches) by their arguments. */
    private Map<String, String> assertSameWithoutCaches(String when) {
        Map<String, String> out = new HashMap<>();
        for (String[] report : REPORTS) {
            Cli.Result full = cli.env(Surroundings.DERIVED_CACHES_ENV, "off").run(report);
            Cli.Result fast = cli.env(Surroundings.DERIVED_CACHES_ENV, null).run(report);
            String what = when + ": " + String.join(" ", report);
            assertEquals(full.exit(), fast.exit(), what + "\n" + fast.describe());
            assertEquals(full.out(), fast.out(), what);
            assertEquals(full.err(), fast.err(), what);
            out.put(String.join(" ", report), fast.out());
        }
        return out;
    }

    /**
     * A few months of work on top of a generated history: escalations and scale-downs, forced
     * closings, reopenings (one after the months it was closed in), corrections, retractions.
     */
    private void months() {
        at("2026-08-03T09:00:00Z");
        String a = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp 2B", "-p", "Instagram @sam",
                "--severity", "hoog", "--person", "Sam de Vries:slachtoffer:leerling");
        String b = cli.ok("new", "-q", "-c", "sexting", "-t", "Foto gedeeld", "-p", "Snapchat");
        at("2026-08-05T10:00:00Z");
        cli.ok("escalate", a, "--reason", "ouders weigeren toestemming");
        cli.ok("annotate", b, "Gesprek met de mentor");
        at("2026-08-20T10:00:00Z");
        cli.ok("close", b, "--outcome", "Afgerond", "--force", "--reason", "Afgesproken in het team");
        at("2026-09-02T09:00:00Z");
        cli.ok("amend", a, "-c", "bedreiging", "-p", "TikTok", "--severity", "acuut", "--reason", "correctie");
        String c = cli.ok("new", "-q", "-c", "hacken", "-t", "Account overgenomen", "-p", "een forum");
        cli.ok("annotate", c, "Wachtwoord gewijzigd");
        at("2026-09-10T09:00:00Z");
        cli.ok("retract", c, "--entry", "2", "--reason", "Notitie hoorde bij een ander incident");
        cli.ok("escalate", a, "--down", "--reason", "rust teruggekeerd");
        cli.ok("escalate", c, "--reason", "aangifte nodig");
        at("2026-10-06T09:00:00Z");
        cli.ok("close", a, "--outcome", "Opgelost", "--force", "--reason", "Afgesproken");
        String d = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Contact via game", "-p", "Roblox");
        cli.ok("amend", d, "--add-protocol", "meldcode", "--reason", "zorgen thuis");
        at("2026-10-20T09:00:00Z");
        cli.ok("reopen", a, "--reason", "opnieuw berichten");
        cli.ok("close", c, "--outcome", "Account terug", "--force", "--reason", "klaar");
        at("2026-11-03T09:00:00Z");
        cli.ok("close", a, "--outcome", "Opgelost", "--force", "--reason", "Afgesproken");
        // Reopened after the months it counted as closed in: those months still see it closed.
        cli.ok("reopen", b, "--reason", "nieuwe foto");
        cli.ok("escalate", b, "--reason", "politie");
        at("2026-11-12T09:00:00Z");
        cli.ok("close", b, "--outcome", "Aangifte gedaan", "--force", "--reason", "politie neemt over");
        at("2026-11-21T09:30:00Z");
    }

    @Test
    void everyReportIsTheSameWithTheCachesAsWithoutThroughMonthsOfWorkAndAPurge() throws IOException {
        nl.logboek.bench.LogbookGenerator.main(new String[] {"400", cli.logbook().toString(), "4", "5"});
        at("2026-11-21T09:30:00Z");
        assertSameWithoutCaches("generated");
        assertTrue(Files.exists(cache("report")) && Files.exists(cache("periods")), "the caches are made beside the index");
        months();
        assertSameWithoutCaches("after months of work");
        cli.ok("purge", "--expired", "--yes");
        assertFalse(Files.exists(cache("report")) || Files.exists(cache("periods")), "a purge removes the caches with the index");
        assertSameWithoutCaches("after a purge");
    }

    @Test
    void aCacheOfAnotherStateOfTheLogIsNotBelieved() throws IOException {
        nl.logboek.bench.LogbookGenerator.main(new String[] {"200", cli.logbook().toString(), "2", "9"});
        at("2026-11-21T09:30:00Z");
        Map<String, String> before = assertSameWithoutCaches("generated");
        byte[] report = Files.readAllBytes(cache("report"));
        byte[] periods = Files.readAllBytes(cache("periods"));
        months();
        Map<String, String> after = assertSameWithoutCaches("appended to");
        assertNotEquals(before.get("report --month 2026-10"), after.get("report --month 2026-10"),
                "the work changes the report: a stale cache would show");
        // Stale: the caches of the log before the work, put back behind its back.
        Files.write(cache("report"), report);
        Files.write(cache("periods"), periods);
        assertSameWithoutCaches("stale");
        // The periods of the earlier log beside an up-to-date report cache.
        Files.write(cache("periods"), periods);
        assertSameWithoutCaches("stale periods");
        // The log changed behind the back of all the caches: its last lines cut off.
        List<String> lines = Files.readAllLines(cli.logbook(), StandardCharsets.UTF_8);
        Files.write(cli.logbook(), lines.subList(0, lines.size() - 3), StandardCharsets.UTF_8);
        assertSameWithoutCaches("cut short behind its back");
        // Damaged: a byte changed in the middle, or cut short.
        for (String name : List.of("report", "periods")) {
            byte[] b = Files.readAllBytes(cache(name));
            b[b.length / 2] ^= 0x5a;
            Files.write(cache(name), b);
        }
        assertSameWithoutCaches("damaged");
        for (String name : List.of("report", "periods")) {
            byte[] b = Files.readAllBytes(cache(name));
            Files.write(cache(name), java.util.Arrays.copyOf(b, b.length / 3));
        }
        assertSameWithoutCaches("cut short");
        // Another logbook's caches.
        Cli other = new Cli(home.resolve("other")).env("XDG_CONFIG_HOME", home.resolve("other-config").toString());
        nl.logboek.bench.LogbookGenerator.main(new String[] {"150", other.logbook().toString(), "2", "12"});
        other.run("report", "--month", "2026-10");
        Path l = other.logbook();
        for (String name : List.of("report", "periods")) {
            Files.copy(l.resolveSibling("." + l.getFileName() + "." + name), cache(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertSameWithoutCaches("another logbook's");
        // Caches that cannot be written: every report still answers, from the log.
        for (String name : List.of("report", "periods")) {
            Files.delete(cache(name));
            Files.createDirectory(cache(name));
        }
        assertSameWithoutCaches("cannot be written");
    }

    @Test
    void theReportCachesOfAnEncryptedLogbookHoldNoNameOrTextInClear() throws IOException {
        at("2026-10-05T09:00:00Z");
        cli.ok("init", "--encrypt");
        String id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp klas 2B", "-p", "Instagram @sam",
                "--person", "Sam de Vries:slachtoffer:leerling");
        cli.ok("escalate", id, "--reason", "ouders weigeren toestemming");
        String other = cli.ok("new", "-q", "-c", "bedreiging", "-t", "Dreigbericht", "-p", "WhatsApp",
                "--person", "Noor Bakker:dader:leerling");
        at("2026-10-12T09:00:00Z");
        cli.ok("close", other, "--outcome", "Opgelost", "--force", "--reason", "klaar");
        at("2026-11-21T09:30:00Z");
        assertSameWithoutCaches("encrypted");
        for (String name : List.of("report", "periods")) {
            byte[] b = Files.readAllBytes(cache(name));
            for (String clear : List.of("Sam", "Vries", "Noor", "Bakker", "Groepsapp", "Dreig", "instagram", "Instagram",
                    "whatsapp", "cyberpesten", "bedreiging", "hoog", "ongewenst", "mentor", "zorgco")) {
                for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
                    assertFalse(new String(b, StandardCharsets.ISO_8859_1).contains(new String(clear.getBytes(charset),
                            StandardCharsets.ISO_8859_1)), name + " holds " + clear);
                }
            }
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(cache(name))));
        }
    }

    @Test
    void anIncidentOfAProtocolTheReportDoesNotKnowIsReadFromTheLogAsWithoutTheCaches() throws IOException {
        // An organisation's own protocol (a shipped one under another id), then reports with and without it.
        Path dir = Files.createDirectories(home.resolve("eigen"));
        String shipped;
        try (var in = getClass().getClassLoader().getResourceAsStream("nl/logboek/protocols/media-incident.json")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("eigen-media.json"), shipped.replaceFirst("\"id\": \"media-incident\"", "\"id\": \"eigen-media\""));
        at("2026-10-05T09:00:00Z");
        String id = cli.ok("new", "-q", "-c", "media-incident", "-t", "Filmpje online", "--protocols", dir.toString());
        cli.ok("amend", id, "--protocol", "eigen-media", "--reason", "ons eigen protocol", "--protocols", dir.toString());
        String other = cli.ok("new", "-q", "-c", "hacken", "-t", "Account", "--protocols", dir.toString());
        at("2026-10-08T09:00:00Z");
        cli.ok("close", id, "--outcome", "Afgerond", "--force", "--reason", "klaar", "--protocols", dir.toString());
        cli.ok("close", other, "--outcome", "Afgerond", "--force", "--reason", "klaar");
        at("2026-11-21T09:30:00Z");
        for (String[] report : List.of(new String[] {"report", "--month", "2026-10", "--json"},
                new String[] {"report", "--month", "2026-10", "--protocols", dir.toString()},
                new String[] {"report", "--month", "2026-11", "--json", "--protocols", dir.toString()})) {
            Cli.Result full = cli.env(Surroundings.DERIVED_CACHES_ENV, "off").run(report);
            Cli.Result fast = cli.env(Surroundings.DERIVED_CACHES_ENV, null).run(report);
            assertEquals(full.exit(), fast.exit(), String.join(" ", report) + "\n" + fast.describe());
            assertEquals(full.out(), fast.out(), String.join(" ", report));
            assertEquals(full.err(), fast.err(), String.join(" ", report));
        }
        assertTrue(Files.exists(cache("report")), "the caches are made");
    }
}
