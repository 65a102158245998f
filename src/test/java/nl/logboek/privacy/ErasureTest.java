package nl.logboek.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** purge --person: a request for erasure (AVG art. 17), per incident, only past the retention period. */
class ErasureTest {
    @TempDir
    Path home;
    Cli cli;
    String expired;
    String otherExpired;
    String running;
    String open;

    @BeforeEach
    void setUp() {
        cli = new Cli(home).env("XDG_CONFIG_HOME", home.resolve("config").toString());
        at("2022-03-01T09:00:00Z");
        expired = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Pesten van Annelies Kortekaas",
                "--person", "Annelies Kortekaas:slachtoffer:leerling", "--person", "Bram Visser:dader:leerling",
                "-d", "Berichten over Annelies");
        cli.ok("annotate", expired, "Gesprek met vader van Annelies");
        cli.ok("close", expired, "--outcome", "Opgelost met Annelies", "--force", "--reason", "Afgesproken in het team");
        otherExpired = cli.ok("new", "-q", "-c", "hacken", "-t", "Account van Pieter overgenomen",
                "--person", "Pieter Zwanenburg:slachtoffer:leerling");
        cli.ok("close", otherExpired, "--outcome", "Wachtwoord hersteld", "--force", "--reason", "Afgesproken in het team");
        at("2025-06-01T09:00:00Z");
        running = cli.ok("new", "-q", "-c", "hacken", "-t", "Wachtwoord geraden",
                "--person", "Annelies Kortekaas:slachtoffer:leerling");
        cli.ok("close", running, "--outcome", "Nieuw wachtwoord", "--force", "--reason", "Afgesproken in het team");
        at("2026-11-01T09:00:00Z");
        open = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Weer berichten",
                "--person", "annelies kortekaas:slachtoffer:leerling");
        at("2026-11-21T09:00:00Z");
    }

    private void at(String instant) {
        cli.clock(Clock.fixed(Instant.parse(instant), Cli.AMSTERDAM));
    }

    @Test
    void purgeByPersonRemovesExactlyThatPersonsExpiredIncidentsAndListsWhatIsKept() throws Exception {
        byte[] before = Files.readAllBytes(cli.logbook());
        String dry = cli.ok("purge", "--person", "Annelies Kortekaas", "--reason", "verzoek van 2026-11-20", "--dry-run");
        assertTrue(dry.contains("involved in 3 incidents: 1 past the retention period"), dry);
        assertTrue(dry.contains("Would purge 1 incident: " + expired), dry);
        assertTrue(dry.contains(running + " hacken: kept until 2027-06-01"), dry);
        assertTrue(dry.contains(open + " cyberpesten (open): kept"), dry);
        assertFalse(dry.contains(otherExpired), "another person's expired incident is not this request's");
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()), "a dry run changes nothing");

        String done = cli.ok("purge", "--person", "annelies  kortekaas", "--reason", "verzoek van 2026-11-20", "--yes");
        assertTrue(done.contains("Purged 1 incident"), done);
        String text = Files.readString(cli.logbook());
        assertFalse(text.contains("Pesten van Annelies") || text.contains("Bram Visser") || text.contains("vader van Annelies"),
                "the expired incident is emptied whole, with everyone in it");
        assertTrue(text.contains("Pieter Zwanenburg") && text.contains("Wachtwoord hersteld"), "another person's incident is kept");
        assertTrue(text.contains("Wachtwoord geraden") && text.contains("Weer berichten"), "incidents within their period are kept");
        assertTrue(Json.MAPPER.readTree(cli.ok("verify", "--json")).get("ok").asBoolean());
        List<String> lines = Files.readAllLines(cli.logbook());
        JsonNode purge = Json.MAPPER.readTree(lines.get(lines.size() - 1));
        assertEquals("purge", purge.get("type").asText());
        assertEquals(expired, purge.at("/payload/incidents/0").asText());
        assertEquals(1, purge.at("/payload/count").asInt());
        assertEquals("request for erasure (AVG art. 17): verzoek van 2026-11-20; retention 24 months ended",
                purge.at("/payload/reason").asText());
        assertEquals(2, Json.MAPPER.readTree(cli.ok("person", "Annelies Kortekaas", "--json")).get("incidents").size());

        String again = cli.ok("purge", "--person", "Annelies Kortekaas", "--reason", "verzoek van 2026-11-20", "--yes");
        assertTrue(again.contains("Nothing of Annelies Kortekaas can be purged yet"), again);
    }

    @Test
    void badInputIsOneLineExitTwoAndWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(cli.logbook());
        assertBad(cli.run("purge", "--person", "Annelies Kortekas", "--reason", "verzoek", "--yes"), "did you mean Annelies Kortekaas?");
        assertBad(cli.run("purge", "--person", "Annelies Kortekaas", "--yes"), "needs --reason");
        assertBad(cli.run("purge", "--person", "Annelies Kortekaas", "--reason", " ", "--yes"), "needs --reason");
        assertBad(cli.run("purge", "--person", "Annelies Kortekaas", "--reason", "verzoek van annelies-kortekaas", "--yes"),
                "names the person");
        assertBad(cli.run("purge", "--person", "Annelies Kortekaas", "--reason", "verzoek", "--expired", "--yes"), "either --expired");
        assertBad(cli.run("purge", "--yes"), "either --expired");
        assertBad(cli.run("purge", "--expired", "--reason", "x", "--yes"), "--reason goes with --person");
        assertBad(cli.run("purge", "--person", "Annelies Kortekaas", "--reason", "verzoek"), "add --yes");
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()));
    }

    private static void assertBad(Cli.Result r, String says) {
        r.assertExit(2);
        assertEquals(1, r.err().lines().count(), r.describe());
        assertTrue(r.err().contains(says), r.describe());
    }
}
