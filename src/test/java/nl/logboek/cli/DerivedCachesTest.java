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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The caches derived from the log ({@code .NAME.digest} for agenda, list --overdue/--person and
 * person; {@code .NAME.words} for search; {@code .NAME.people}, what person prints, for person in
 * a plain logbook) only ever skip incidents that cannot be in an answer, or answer as the lines do:
 * every view reads the same with them as without them (LOGBOEK_DERIVED_CACHES=off, the full fold),
 * on a generated logbook, after appends, corrections that change names, a purge, and with a cache
 * that is stale, damaged or another logbook's.
 */
class DerivedCachesTest {
    @TempDir
    Path home;
    Cli cli;

    /** The views the caches serve, with texts and names that are there, are near, and are not. */
    private static final String[][] VIEWS = {
            {"agenda"}, {"agenda", "--json"}, {"agenda", "--idle-days", "3"}, {"agenda", "--idle-days", "0", "--json"},
            {"agenda", "--idle-days", "400"},
            {"list", "--overdue"}, {"list", "--overdue", "--status", "all", "--json"}, {"list", "--overdue", "--sort", "due"},
            {"list", "--person", "Sam de Vries", "--status", "all"}, {"list", "--person", "zoe VISSER", "--json"},
            {"person", "Sam de Vries", "--json"}, {"person", "zoë  visser"}, {"person", "Sam de Vriez"}, {"person", "Niemand Anders"},
            {"person", "Kim Weg"}, {"person", "Sam de Vries"}, {"person", "KIM weg", "--json"}, {"--lang", "nl", "person", "zoe visser"},
            {"search", "sam de vries", "--json"}, {"search", "Nagesprek"}, {"search", "zo"}, {"search", "ZOË"},
            {"search", "nieuwe titel"}, {"search", "xyzzy"}, {"search", "Synthetic incident", "--status", "all"},
            {"search", "kim weg", "--json"},
    };

    @BeforeEach
    void setUp() {
        cli = new Cli(home).env("XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    private void generate(int incidents, long seed) throws IOException {
        nl.logboek.bench.LogbookGenerator.main(new String[] {String.valueOf(incidents), cli.logbook().toString(), "3",
                String.valueOf(seed)});
    }

    private Path cache(String name) {
        Path l = cli.logbook();
        return l.resolveSibling("." + l.getFileName() + "." + name);
    }

    private void assertSameAsFullFold(String when) {
        for (String[] view : VIEWS) {
            Cli.Result full = cli.env(Surroundings.DERIVED_CACHES_ENV, "off").run(view);
            Cli.Result fast = cli.env(Surroundings.DERIVED_CACHES_ENV, null).run(view);
            String what = when + ": " + String.join(" ", view);
            assertEquals(full.exit(), fast.exit(), what + "\n" + fast.describe());
            assertEquals(full.out(), fast.out(), what);
            assertEquals(full.err(), fast.err(), what);
        }
    }

    private List<String> ids(String... args) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\" : \"([0-9a-z]+)\"").matcher(cli.ok(args));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private void at(String instant) {
        cli.clock(Clock.fixed(Instant.parse(instant), Cli.AMSTERDAM));
    }

    /** Follow-ups, corrections of names and titles, closings and new incidents, as a day's work adds them. */
    private void work(String day) {
        at(day + "T09:00:00Z");
        List<String> open = ids("list", "--json");
        for (int n = 0; n < open.size(); n += 3) {
            cli.ok("annotate", open.get(n), "--follow-up", n % 2 == 0 ? "2026-11-18" : "2026-11-25", "Nagesprek " + n);
        }
        if (!open.isEmpty()) {
            String id = open.get(0);
            cli.ok("amend", id, "--add-person", "Kim Weg:getuige:leerling", "--title", "Nieuwe titel", "--reason", "correctie");
            cli.ok("amend", id, "--remove-person", "Kim Weg", "--reason", "verkeerd genoteerd");
            cli.ok("close", open.get(open.size() - 1), "--outcome", "Opgelost", "--force", "--reason", "Afgesproken in het team");
        }
        String fresh = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp Zoë", "--person", "Zoë Visser:slachtoffer:leerling");
        cli.ok("annotate", fresh, "--follow-up", "2026-11-20", "Ouders van Zoë bellen");
        at("2026-11-21T09:30:00Z");
    }

    @Test
    void everyViewReadsTheSameWithTheCachesAsWithoutOnAGeneratedLogbookAsItGrowsAndIsPurged() throws IOException {
        generate(300, 7);
        assertSameAsFullFold("generated");
        assertTrue(Files.exists(cache("digest")) && Files.exists(cache("words")) && Files.exists(cache("people")),
                "the caches are made beside the index");
        work("2026-11-10");
        assertSameAsFullFold("after a day's work");
        work("2026-11-12");
        assertSameAsFullFold("after another day's work");
        cli.ok("purge", "--expired", "--yes");
        assertFalse(Files.exists(cache("digest")) || Files.exists(cache("people")), "a purge removes the caches with the index");
        assertSameAsFullFold("after a purge");
    }

    /**
     * The agenda sorts the digest's closings by the day their retention period ends (ended before
     * today, this week, later) without folding them: on days across a month, at an hour when the
     * day in Amsterdam is not the day in UTC, and for periods of several lengths, it counts and
     * lists the same retention periods as the full fold.
     */
    @Test
    void theAgendaFindsTheSameRetentionPeriodsWithTheDigestOnEveryDayAndForEveryPeriod() throws IOException {
        generate(300, 5);
        Path config = home.resolve("config").resolve("logboek").resolve("logboek.properties");
        Files.createDirectories(config.getParent());
        for (int months : new int[] {1, 13, 24}) {
            Files.writeString(config, "retention.months=" + months + "\n");
            Files.setPosixFilePermissions(config, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            for (int day = 1; day <= 30; day += 3) {
                at(String.format("2026-11-%02dT23:30:00Z", day));
                for (String[] view : new String[][] {{"agenda"}, {"agenda", "--json"}}) {
                    Cli.Result full = cli.env(Surroundings.DERIVED_CACHES_ENV, "off").run(view);
                    Cli.Result fast = cli.env(Surroundings.DERIVED_CACHES_ENV, null).run(view);
                    String what = months + " months, 2026-11-" + day + ": " + String.join(" ", view);
                    assertEquals(full.exit(), fast.exit(), what + "\n" + fast.describe());
                    assertEquals(full.out(), fast.out(), what);
                    assertEquals(full.err(), fast.err(), what);
                }
            }
        }
    }

    @Test
    void aStaleDamagedOrForeignCacheIsNotBelievedButRebuilt() throws IOException {
        generate(200, 11);
        assertSameAsFullFold("generated");
        List<String> names = List.of("digest", "words", "people");
        List<byte[]> earlier = new ArrayList<>();
        for (String name : names) {
            earlier.add(Files.readAllBytes(cache(name)));
        }
        work("2026-11-12");
        // Stale: the cache of an earlier log, brought up to date from its last line on.
        for (int k = 0; k < names.size(); k++) {
            Files.write(cache(names.get(k)), earlier.get(k));
        }
        assertSameAsFullFold("stale");
        // Damaged: a byte changed in the middle, or cut short.
        for (String name : names) {
            byte[] b = Files.readAllBytes(cache(name));
            b[b.length / 2] ^= 0x5a;
            Files.write(cache(name), b);
        }
        assertSameAsFullFold("damaged");
        for (String name : names) {
            byte[] b = Files.readAllBytes(cache(name));
            Files.write(cache(name), java.util.Arrays.copyOf(b, b.length / 3));
        }
        assertSameAsFullFold("cut short");
        // Another logbook's caches.
        Cli other = new Cli(home.resolve("other")).env("XDG_CONFIG_HOME", home.resolve("other-config").toString());
        nl.logboek.bench.LogbookGenerator.main(new String[] {"150", other.logbook().toString(), "3", "12"});
        other.run("agenda");
        other.run("search", "zoe");
        other.run("person", "Sam de Vries");
        Path l = other.logbook();
        for (String name : names) {
            Files.copy(l.resolveSibling("." + l.getFileName() + "." + name), cache(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertSameAsFullFold("another logbook's");
        // A cache that cannot be written: every view still answers, from the log.
        for (String name : names) {
            Files.delete(cache(name));
            Files.createDirectory(cache(name));
        }
        assertSameAsFullFold("cannot be written");
    }

    /**
     * `person` reads its rows from the people cache alone: every record of it that a name reads is
     * checked, and one that does not check (a byte changed in every record) makes the cache be
     * derived again, with the same answer as the full fold.
     */
    @Test
    void aDamagedRecordOfThePeopleCacheIsNotBelievedButTheCacheIsRebuilt() throws IOException {
        generate(120, 3);
        for (int k = 0; k < 6; k++) {
            cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp " + k, "--person", "Sam de Vries:slachtoffer:leerling");
        }
        cli.ok("person", "Sam de Vries");
        byte[] made = Files.readAllBytes(cache("people"));
        byte[] b = made.clone();
        for (int at = b.length - 1; at > b.length * 2 / 3; at -= 40) {
            b[at] ^= 0x21;
        }
        Files.write(cache("people"), b);
        assertSameAsFullFold("records damaged");
        org.junit.jupiter.api.Assertions.assertArrayEquals(made, Files.readAllBytes(cache("people")),
                "the damaged cache is derived again, as it was");
        // The names an unknown name is compared with (after the header and the filters).
        int n = java.nio.ByteBuffer.wrap(made, 88, 4).getInt();
        int names = 92 + 4 * (n + 1) + 8 * n + 8 + 4;
        b = made.clone();
        b[names + 3] ^= 0x21;
        Files.write(cache("people"), b);
        Cli.Result near = cli.run("person", "Sam de Vriez");
        assertEquals(2, near.exit(), near.describe());
        assertTrue(near.err().contains("Sam de Vries"), near.describe());
        org.junit.jupiter.api.Assertions.assertArrayEquals(made, Files.readAllBytes(cache("people")),
                "the damaged names are derived again, as they were");
    }

    @Test
    void theCachesOfAnEncryptedLogbookHoldNoNameOrTextInClear() throws IOException {
        at("2026-11-10T09:00:00Z");
        cli.ok("init", "--encrypt");
        String id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp klas 2B", "--person", "Sam de Vries:slachtoffer:leerling");
        cli.ok("annotate", id, "--follow-up", "2026-11-18", "Nagesprek met mentor");
        cli.ok("amend", id, "--remove-person", "Sam de Vries", "--reason", "verkeerd");
        String other = cli.ok("new", "-q", "-c", "bedreiging", "-t", "Dreigbericht", "--person", "Noor Bakker:dader:leerling");
        cli.ok("annotate", other, "Sam werd genoemd in een bericht");
        at("2026-11-21T09:30:00Z");
        assertSameAsFullFold("encrypted");
        assertFalse(Files.exists(cache("people")), "an encrypted logbook has no people cache: it would hold names and titles");
        for (String name : List.of("digest", "words")) {
            byte[] b = Files.readAllBytes(cache(name));
            for (String clear : List.of("Sam", "Vries", "vries", "Noor", "Bakker", "Groepsapp", "groepsapp", "mentor", "Dreig", "dreig")) {
                for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
                    assertFalse(new String(b, StandardCharsets.ISO_8859_1).contains(new String(clear.getBytes(charset),
                            StandardCharsets.ISO_8859_1)), name + " holds " + clear);
                }
            }
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(cache(name))));
        }
        Cli.Result person = cli.run("person", "sam de vries", "--json");
        person.assertExit(0);
        assertTrue(person.out().contains(id), person.describe());
    }

    @Test
    void aNameACorrectionRemovedIsStillFoundByPersonAndPurgePerson() {
        String id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp", "--person", "Sam de Vries:slachtoffer:leerling",
                "--person", "Bo Jansen:dader:leerling");
        cli.ok("amend", id, "--remove-person", "Sam de Vries", "--reason", "verkeerd genoteerd");
        Cli.Result person = cli.run("person", "sam de vries");
        person.assertExit(0);
        assertTrue(person.out().contains(id) && person.out().contains("removed by a correction"), person.describe());
        Cli.Result json = cli.run("person", "Sam de Vries", "--json");
        assertTrue(json.out().contains("\"removed\" : true"), json.describe());
        // Still involved now: not marked.
        assertFalse(cli.run("person", "Bo Jansen").out().contains("removed"));
        Cli.Result purge = cli.run("purge", "--person", "Sam de Vries", "--reason", "verzoek ouders", "--yes");
        assertFalse(purge.err().contains("no person"), purge.describe());
        assertTrue(purge.out().contains(id) || purge.err().contains(id), purge.describe());
    }
}
