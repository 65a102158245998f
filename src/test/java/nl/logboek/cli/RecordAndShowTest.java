package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordAndShowTest {
    @TempDir
    Path home;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
    }

    private JsonNode json(String... args) throws Exception {
        return Json.MAPPER.readTree(cli.ok(args));
    }

    @Test
    void newThenAnnotateThenShowRoundTripsEveryField() throws Exception {
        String id = cli.ok("new", "--quiet", "--category", "cyberpesten", "--title", "Groepsapp 2B: buitensluiten",
                "--platform", "WhatsApp", "--occurred", "2026-11-20T15:30", "--description", "Regel één,\n\"twee\"",
                "--person", "Sam de Vries:slachtoffer:leerling", "--person", "Alex:dader:leerling",
                "--person", "Mevr. K: Jansen:melder:medewerker", "--severity", "hoog", "--source", "prive-account");
        Path shot = home.resolve("shot.png");
        Files.write(shot, new byte[] {1, 2, 3});
        cli.ok("annotate", id.substring(0, 4), "--evidence", "--posted-by", "@anon", "--channel", "Instagram",
                "--account", "@anon", "--involved", "klas 2B", "--url", "https://example.org/p/1",
                "--posted-at", "2026-11-20T21:14", "--screenshot", shot.toString(), "Screenshot gemaakt");
        cli.ok("annotate", id, "Gesprek", "met", "ouders");

        JsonNode show = json("show", id, "--json");
        assertEquals(1, show.get("format").asInt());
        JsonNode inc = show.get("incident");
        assertEquals(id, inc.get("id").asText());
        assertEquals("Groepsapp 2B: buitensluiten", inc.get("title").asText());
        assertEquals("cyberpesten", inc.get("category").asText());
        assertEquals("open", inc.get("status").asText());
        assertEquals("WhatsApp", inc.get("platform").asText());
        assertEquals("2026-11-20T15:30:00+01:00", inc.get("occurred").asText());
        assertEquals("2026-11-21T10:30:00+01:00", inc.get("reported_at").asText());
        assertEquals("Test Coördinator", inc.get("reported_by").asText());
        assertEquals("Regel één,\n\"twee\"", inc.get("description").asText());
        assertEquals("hoog", inc.get("severity").asText());
        assertEquals("prive-account", inc.get("source").asText());
        JsonNode persons = inc.get("persons");
        assertEquals(3, persons.size());
        assertEquals("Sam de Vries", persons.get(0).get("name").asText());
        assertEquals("slachtoffer", persons.get(0).get("role").asText());
        assertEquals("leerling", persons.get(0).get("kind").asText());
        assertEquals("Mevr. K: Jansen", persons.get(2).get("name").asText());
        assertEquals("melder", persons.get(2).get("role").asText());
        assertEquals("medewerker", persons.get(2).get("kind").asText());
        assertEquals(3, inc.get("events").asInt());

        JsonNode timeline = show.get("timeline");
        assertEquals(3, timeline.size());
        JsonNode ev = timeline.get(1).get("payload").get("evidence");
        assertEquals("Screenshot gemaakt", timeline.get(1).get("payload").get("text").asText());
        assertEquals("@anon", ev.get("posted_by").asText());
        assertEquals("Instagram", ev.get("channel").asText());
        assertEquals("@anon", ev.get("account").asText());
        assertEquals("klas 2B", ev.get("involved").asText());
        assertEquals("https://example.org/p/1", ev.get("url").asText());
        assertEquals("2026-11-20T21:14:00+01:00", ev.get("posted_at").asText());
        assertEquals(sha256(new byte[] {1, 2, 3}), ev.get("screenshot").get("sha256").asText());
        assertEquals(shot.toAbsolutePath().toString(), ev.get("screenshot").get("path").asText());
        assertEquals("Gesprek met ouders", timeline.get(2).get("payload").get("text").asText());

        String text = cli.ok("show", id);
        assertTrue(text.contains("Sam de Vries (victim, pupil)"), text);
        assertTrue(text.contains("Screenshot gemaakt"), text);
    }

    @Test
    void screenshotIsFingerprintedNeverCopied() throws Exception {
        String id = cli.ok("new", "-q", "-c", "bedreiging", "-t", "Dreigbericht");
        Path shot = home.resolve("shot.png");
        byte[] marker = "UNIQUE-IMAGE-BYTES-4711".getBytes(StandardCharsets.UTF_8);
        Files.write(shot, marker);
        cli.ok("annotate", id, "--screenshot", shot.toString(), "bewaard");
        String logbook = Files.readString(cli.logbook());
        assertFalse(logbook.contains("UNIQUE-IMAGE-BYTES-4711"));
        assertTrue(logbook.contains(sha256(marker)));
    }

    @Test
    void screenshotOfASexualIncidentIsRefusedAndNothingIsWritten() throws Exception {
        String id = cli.ok("new", "-q", "-c", "sexting", "-t", "Naaktfoto gedeeld");
        Path shot = home.resolve("img.jpg");
        Files.write(shot, new byte[] {9});
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result r = cli.run("annotate", id, "--screenshot", shot.toString(), "foto");
        r.assertExit(2);
        assertTrue(r.err().contains("240b"), r.describe());
        assertEquals(HexFormat.of().formatHex(before), HexFormat.of().formatHex(Files.readAllBytes(cli.logbook())));
    }

    @Test
    void quietPrintsTheIdAloneAndAUniquePrefixFindsIt() {
        String id = cli.ok("new", "-q", "-c", "hacken", "-t", "Account overgenomen");
        assertTrue(id.matches("[0-9a-hjkmnp-tv-z]{8}"), id);
        assertTrue(cli.ok("show", id.substring(0, 3).toUpperCase()).startsWith(id));
    }

    @Test
    void listFiltersByStatusCategoryAndReportDate() throws Exception {
        cli.clock(java.time.Clock.fixed(java.time.Instant.parse("2026-10-05T10:00:00Z"), Cli.AMSTERDAM));
        String oct = cli.ok("new", "-q", "-c", "hacken", "-t", "Oktober");
        cli.clock(java.time.Clock.fixed(Cli.NOW, Cli.AMSTERDAM));
        String nov = cli.ok("new", "-q", "-c", "sexting", "-t", "November");

        assertEquals(2, json("list", "--json").get("incidents").size());
        assertEquals(2, json("list", "--status", "open", "--json").get("incidents").size());
        assertEquals(0, json("list", "--status", "gesloten", "--json").get("incidents").size());
        JsonNode sexting = json("list", "--category", "sexting,grooming", "--json").get("incidents");
        assertEquals(1, sexting.size());
        assertEquals(nov, sexting.get(0).get("id").asText());
        JsonNode since = json("list", "--since", "2026-11-01", "--json").get("incidents");
        assertEquals(nov, since.get(0).get("id").asText());
        JsonNode until = json("list", "--until", "2026-10-05", "--json").get("incidents");
        assertEquals(1, until.size());
        assertEquals(oct, until.get(0).get("id").asText());
        String table = cli.ok("list");
        assertTrue(table.contains(oct) && table.contains(nov) && table.contains("2 incidents."), table);
    }

    @Test
    void listOfAMissingLogbookIsEmptyAndCreatesNothing() {
        assertEquals("No incidents.", cli.ok("list"));
        assertFalse(Files.exists(cli.logbook().getParent()));
    }

    @Test
    void logbookIsCreatedPrivateToItsOwner() throws Exception {
        cli.ok("new", "-c", "cyberpesten", "-t", "Eerste");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.logbook())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.logbook().getParent())));
    }

    @Test
    void logbookOptionBeatsEnvironmentAndXdgDataHomeIsTheDefault() throws Exception {
        Path explicit = home.resolve("elders/lb.jsonl");
        cli.ok("--logbook", explicit.toString(), "new", "-c", "hacken", "-t", "Via optie voor het subcommando");
        cli.ok("new", "--logbook", explicit.toString(), "-c", "hacken", "-t", "Via optie na het subcommando");
        assertEquals(2, json("list", "--logbook", explicit.toString(), "--json").get("incidents").size());
        assertFalse(Files.exists(cli.logbook()));

        cli.env("LOGBOEK_FILE", null).env("XDG_DATA_HOME", home.resolve("xdg").toString());
        cli.ok("new", "-c", "hacken", "-t", "Standaardplek");
        assertTrue(Files.exists(home.resolve("xdg/logboek/logboek.jsonl")));
        cli.env("XDG_DATA_HOME", null);
        cli.ok("new", "-c", "hacken", "-t", "Thuismap");
        assertTrue(Files.exists(home.resolve(".local/share/logboek/logboek.jsonl")));
    }

    @Test
    void authorComesFromOptionThenEnvironment() throws Exception {
        String a = cli.ok("new", "-q", "--author", "Fatima", "-c", "hacken", "-t", "A");
        assertEquals("Fatima", json("show", a, "--json").get("incident").get("reported_by").asText());
        String b = cli.ok("new", "-q", "-c", "hacken", "-t", "B");
        assertEquals("Test Coördinator", json("show", b, "--json").get("incident").get("reported_by").asText());
    }

    @Test
    void dutchLocaleGetsDutchMessages() {
        cli.env("LANG", "nl_NL.UTF-8");
        assertTrue(cli.ok("new", "-c", "sexting", "-t", "Foto").contains("vastgelegd"));
        Cli.Result r = cli.run("show", "zzzzzzzz");
        assertTrue(r.err().contains("geen incident met nummer"), r.describe());
        assertTrue(cli.run("--lang", "en", "show", "zzzzzzzz").err().contains("no incident with id"));
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }
}
