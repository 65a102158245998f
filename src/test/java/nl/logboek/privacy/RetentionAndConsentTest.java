package nl.logboek.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetentionAndConsentTest {
    @TempDir
    Path home;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home).env("XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    private void at(String instant) {
        cli.clock(Clock.fixed(Instant.parse(instant), Cli.AMSTERDAM));
    }

    private JsonNode json(String... args) throws Exception {
        return Json.MAPPER.readTree(cli.ok(args));
    }

    @Test
    void aPurgeLeavesAVerifyingLogbookWithNoTraceOfThePurgedContent() throws Exception {
        at("2022-03-01T09:00:00Z");
        String old = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Pesten van Annelies Kortekaas",
                "--person", "Annelies Kortekaas:slachtoffer:leerling", "-d", "Berichten over Annelies");
        cli.ok("annotate", old, "Gesprek met vader van Annelies");
        cli.ok("close", old, "--outcome", "Opgelost met Annelies", "--force", "--reason", "Afgesproken in het team");
        at("2025-06-01T09:00:00Z");
        String recent = cli.ok("new", "-q", "-c", "hacken", "-t", "Account van Pieter overgenomen",
                "--person", "Pieter Zwanenburg:slachtoffer:leerling");
        cli.ok("close", recent, "--outcome", "Wachtwoord hersteld", "--force", "--reason", "Afgesproken in het team");
        at("2026-11-21T09:00:00Z");

        JsonNode retention = json("retention", "--json");
        assertEquals(24, retention.get("retention_months").asInt());
        assertEquals(1, retention.get("expired").size());
        assertEquals(old, retention.at("/expired/0/id").asText());

        String dry = cli.ok("purge", "--expired", "--dry-run");
        assertTrue(dry.contains(old), dry);
        assertTrue(Files.readString(cli.logbook()).contains("Annelies"), "a dry run changes nothing");
        cli.run("purge", "--expired").assertExit(2); // no terminal, no --yes: refused

        String done = cli.ok("purge", "--expired", "--yes");
        assertTrue(done.contains("Purged 1"), done);
        String text = Files.readString(cli.logbook());
        assertFalse(text.contains("Annelies") || text.contains("Kortekaas"), "no trace of the purged content");
        assertTrue(text.contains("Pieter Zwanenburg"), "other incidents are kept");
        try (var files = Files.list(cli.logbook().getParent())) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    String content = Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
                    assertFalse(content.contains("Annelies"), "no copy keeps the content: " + f);
                }
            }
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.logbook())));
        JsonNode verify = json("verify", "--json");
        assertTrue(verify.get("ok").asBoolean(), verify.toPrettyString());
        JsonNode list = json("list", "--json", "--status", "all").get("incidents");
        assertEquals(1, list.size());
        assertEquals(recent, list.get(0).get("id").asText());
        Cli.Result gone = cli.run("show", old);
        gone.assertExit(1);
        assertTrue(gone.err().contains("purged"), gone.describe());
        // The purge record says what, how many and who; the next write continues the chain.
        String last = Files.readAllLines(cli.logbook()).get(Files.readAllLines(cli.logbook()).size() - 1);
        assertTrue(last.contains("\"type\":\"purge\"") && last.contains(old) && last.contains("\"count\":1"), last);
        cli.ok("new", "-c", "hacken", "-t", "Na het opschonen");
        assertTrue(json("verify", "--json").get("ok").asBoolean());
    }

    @Test
    void emptyingLinesOutsideLogboekIsReported() throws Exception {
        String id = cli.ok("new", "-q", "-c", "hacken", "-t", "X");
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(cli.logbook()));
        String line = lines.get(1);
        int at = line.indexOf(",\"hash\":\"") + 9 + 64 + 2;
        lines.set(1, line.substring(0, at) + "\"purged\":true}");
        Files.write(cli.logbook(), lines);
        Cli.Result r = cli.run("list");
        r.assertExit(1);
        assertTrue(r.err().contains("no purge event accounts for it"), r.describe());
        JsonNode verify = Json.MAPPER.readTree(cli.run("verify", "--json").out());
        assertEquals("damage.purge-unaccounted", verify.at("/problems/0/code").asText());
        assertEquals(id.length(), 8);
    }

    @Test
    void retentionComesFromTheOrganisationsConfig() throws Exception {
        Path config = home.resolve("config/logboek/logboek.properties");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "retention.months=6\n");
        assertEquals(6, json("retention", "--json").get("retention_months").asInt());
        Files.writeString(config, "retention.months=twee jaar\n");
        Cli.Result bad = cli.run("retention");
        bad.assertExit(2);
        assertTrue(bad.err().contains("retention.months"), bad.describe());
    }

    @Test
    void consentIsRecordedWithWhoWhyWhomAndWhenAndTicksTheConsentItem() throws Exception {
        String id = cli.ok("new", "-q", "-c", "sexting", "-t", "Foto", "--person", "Lisa:slachtoffer:leerling");
        cli.ok("consent", id, "--partner", "cjg", "--from", "moeder", "--purpose", "hulp via het CJG", "--date", "2026-11-20");
        JsonNode show = json("show", id, "--json");
        JsonNode consent = show.get("timeline").get(1);
        assertEquals("consent", consent.get("type").asText());
        assertEquals("cjg", consent.at("/payload/partner").asText());
        assertEquals("moeder", consent.at("/payload/from").asText());
        assertEquals("hulp via het CJG", consent.at("/payload/purpose").asText());
        assertEquals("2026-11-20", consent.at("/payload/date").asText());
        assertEquals("toestemming", consent.at("/payload/ground").asText());
        assertEquals(2, show.get("timeline").size(), "one fact, one entry: the consent is the only line written");
        cli.ok("next", id, "--advance", "--reason", "verder");
        cli.ok("next", id, "--advance", "--reason", "verder");
        assertTrue(cli.ok("next", id).contains("[x]"), "the step-3 consent item is done by the consent itself");
        cli.run("consent", id, "--partner", "cjgg", "--from", "x", "--purpose", "y").assertExit(2);
        cli.run("consent", id, "--partner", "cjg", "--purpose", "y").assertExit(2);
    }

    @Test
    void aPersonalWorkNoteIsMarkedAsSuch() throws Exception {
        String id = cli.ok("new", "-q", "-c", "hacken", "-t", "X");
        cli.ok("annotate", id, "--private", "Mijn eigen indruk: twijfel");
        JsonNode note = json("show", id, "--json").get("timeline").get(1);
        assertTrue(note.at("/payload/private").asBoolean());
        assertTrue(cli.ok("show", id).contains("personal work note"));
    }

    @Test
    void aLogbookOthersCanReadIsWarnedAboutOnEveryCommand() throws Exception {
        cli.ok("new", "-c", "hacken", "-t", "X");
        Files.setPosixFilePermissions(cli.logbook(), PosixFilePermissions.fromString("rw-r--r--"));
        Cli.Result r = cli.run("list", "--json");
        r.assertExit(0);
        assertTrue(r.err().contains("chmod 600"), r.describe());
        Json.MAPPER.readTree(r.out()); // stdout stays clean JSON
    }

    @Test
    void aLongDescriptionOfASexualIncidentGetsAReminderToDescribeNotDepict() {
        Cli.Result r = cli.run("new", "-c", "sexting", "-t", "X", "-d", "x".repeat(400));
        r.assertExit(0);
        assertTrue(r.err().contains("never depict"), r.describe());
        assertFalse(cli.run("new", "-c", "hacken", "-t", "Y", "-d", "x".repeat(400)).err().contains("depict"));
    }

    @Test
    void theReportShowsWhatHasPassedItsRetentionPeriod() throws Exception {
        at("2023-05-10T09:00:00Z");
        String old = cli.ok("new", "-q", "-c", "hacken", "-t", "Oud");
        cli.ok("close", old, "--outcome", "Klaar", "--force", "--reason", "Afgesproken in het team");
        at("2026-11-21T09:00:00Z");
        JsonNode report = json("report", "--month", "2026-10", "--format", "json");
        assertEquals(24, report.at("/retention/months").asInt());
        assertEquals(1, report.at("/retention/expired").asInt());
        assertTrue(report.at("/retention/expired_incidents").isNull(), "ids only with --detail");
        assertTrue(cli.ok("report", "--month", "2026-10").contains("passed the retention period"));
        JsonNode detail = json("report", "--month", "2026-10", "--format", "json", "--detail");
        assertEquals(old, detail.at("/retention/expired_incidents/0").asText());
    }
}
