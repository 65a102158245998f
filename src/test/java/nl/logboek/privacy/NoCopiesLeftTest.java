package nl.logboek.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16, attacks 6 and 7: what a killed purge or backup left is found and removed; a purged line confirms no guess. */
class NoCopiesLeftTest {
    @TempDir
    Path home;
    Cli cli;
    String old;

    @BeforeEach
    void setUp() {
        cli = new Cli(home).env("XDG_CONFIG_HOME", home.resolve("config").toString());
        cli.clock(Clock.fixed(Instant.parse("2022-03-01T09:00:00Z"), Cli.AMSTERDAM));
        old = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Pesten van Annelies Kortekaas",
                "--person", "Annelies Kortekaas:slachtoffer:leerling");
        cli.ok("annotate", old, "Gesprek met vader van Annelies");
        cli.ok("close", old, "--outcome", "Opgelost", "--force", "--reason", "Afgesproken in het team");
        cli.clock(Clock.fixed(Cli.NOW, Cli.AMSTERDAM));
    }

    /** What a purge killed after its copy was made leaves: the copy and the half-written new file. */
    private List<Path> killedPurgeLeftovers() throws Exception {
        Path log = cli.logbook();
        Path copy = log.resolveSibling(log.getFileName() + ".20261121T093000.pre-purge");
        Path tmp = log.resolveSibling("." + log.getFileName() + ".purge-tmp");
        Files.copy(log, copy);
        Files.writeString(tmp, Files.readAllLines(log).get(0) + "\n");
        return List.of(copy, tmp);
    }

    @Test
    void verifyReportsTheCopyAKilledPurgeLeftAndTheNextWriteRemovesIt() throws Exception {
        List<Path> left = killedPurgeLeftovers();
        Cli.Result verify = cli.run("verify");
        assertEquals(1, verify.exit(), verify.describe());
        for (Path p : left) {
            assertTrue(verify.out().contains(p.toString()), p + " named" + verify.describe());
        }
        JsonNode json = Json.MAPPER.readTree(cli.run("verify", "--json").out());
        assertEquals("damage.leftover", json.at("/problems/0/code").asText(), json.toPrettyString());

        cli.ok("annotate", "-q", old.substring(0, 4), "Nog een notitie");
        for (Path p : left) {
            assertFalse(Files.exists(p), p + " removed by the next command that took the lock");
        }
        assertTrue(Json.MAPPER.readTree(cli.run("verify", "--json").out()).get("ok").asBoolean());
    }

    @Test
    void aLaterPurgeRemovesWhatAnEarlierKilledPurgeLeft() throws Exception {
        List<Path> left = killedPurgeLeftovers();
        cli.ok("purge", "--expired", "--yes");
        try (var files = Files.list(cli.logbook().getParent())) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    assertFalse(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Annelies"),
                            "no copy keeps the content: " + f);
                }
            }
        }
        for (Path p : left) {
            assertFalse(Files.exists(p), p.toString());
        }
    }

    @Test
    void theNextBackupRemovesTheHiddenCopyAKilledBackupLeft() throws Exception {
        Path usb = home.resolve("usb");
        Files.createDirectories(usb);
        Path hidden = usb.resolve(".logboek-8812734.tmp");
        Files.copy(cli.logbook(), hidden);
        cli.ok("backup", usb.toString());
        assertFalse(Files.exists(hidden), "the killed backup's copy is gone");
        try (var files = Files.list(usb)) {
            assertEquals(1, files.count(), "only the new backup");
        }
    }

    @Test
    void aPurgedLineConfirmsNoGuessOfWhatItSaid() throws Exception {
        List<String> before = Files.readAllLines(cli.logbook());
        String note = before.stream().filter(l -> l.contains("\"type\":\"annotated\"")).findFirst().orElseThrow();
        // Someone who guesses the author and the text exactly, in logboek's own layout:
        String guess = "{" + note.substring(note.indexOf("\"author\"")).replaceAll(",\"salt\":\"[0-9a-f]{32}\"", "");
        assertTrue(guess.contains("Gesprek met vader van Annelies"), guess);

        cli.ok("purge", "--expired", "--yes");
        String purged = Files.readAllLines(cli.logbook()).stream()
                .filter(l -> l.contains("\"type\":\"annotated\"")).findFirst().orElseThrow();
        assertTrue(purged.endsWith("\"purged\":true}"), purged);
        String recorded = Json.MAPPER.readTree(purged).get("content_sha256").asText();
        assertNotEquals(sha256(guess), recorded, "the content hash of a purged line must not confirm a guess");
        assertTrue(Json.MAPPER.readTree(cli.run("verify", "--json").out()).get("ok").asBoolean(), "still verifies");
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
