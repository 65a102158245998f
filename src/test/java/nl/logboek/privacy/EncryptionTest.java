package nl.logboek.privacy;

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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncryptionTest {
    @TempDir
    Path home;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home).env("XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    private String recordSensitiveCase() {
        String id = cli.ok("new", "-q", "-c", "sextortion", "-t", "Chantage met beelden van Jorinde Vermeulen",
                "--person", "Jorinde Vermeulen:slachtoffer:leerling", "--person", "Kevin Oosterhuis:dader:derde",
                "-d", "Kevin dreigt de beelden te verspreiden", "--author", "Marieke Zorgcoördinator");
        cli.ok("annotate", id, "Moeder van Jorinde gebeld", "--author", "Marieke Zorgcoördinator");
        cli.ok("escalate", id, "--reason", "geen-toestemming-ouders");
        return id;
    }

    @Test
    void anEncryptedLogbookCopiedElsewhereContainsNoneOfTheNamesAndTexts() throws Exception {
        String out = cli.ok("init", "--encrypt");
        Path keyFile = Files.list(home.resolve("config/logboek/keys")).findFirst().orElseThrow();
        assertTrue(out.contains(keyFile.toString()), out);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        String id = recordSensitiveCase();

        byte[] copy = Files.readAllBytes(cli.logbook());
        String text = new String(copy, StandardCharsets.UTF_8);
        for (String secret : new String[] {"Jorinde", "Vermeulen", "Kevin", "Oosterhuis", "Marieke", "Chantage", "dreigt",
                "Moeder", "beelden", "slachtoffer", "sextortion"}) {
            assertFalse(text.contains(secret), "the logbook file shows \"" + secret + "\"");
        }
        // With the key, everything reads back.
        JsonNode show = Json.MAPPER.readTree(cli.ok("show", id, "--json"));
        assertEquals("Jorinde Vermeulen", show.at("/incident/persons/0/name").asText());
        assertEquals("Moeder van Jorinde gebeld", show.at("/timeline/1/payload/text").asText());
        assertEquals("Marieke Zorgcoördinator", show.at("/timeline/1/author").asText());

        // A copy elsewhere, without the key file: refused with a clear message, never garbage.
        Path stolen = home.resolve("usb/logboek.jsonl");
        Files.createDirectories(stolen.getParent());
        Files.write(stolen, copy);
        Files.setPosixFilePermissions(stolen, PosixFilePermissions.fromString("rw-------"));
        Cli thief = new Cli(home.resolve("elders")).env("LOGBOEK_FILE", stolen.toString());
        Cli.Result r = thief.run("list");
        r.assertExit(1);
        assertTrue(r.err().contains("key file") && r.err().contains("missing"), r.describe());
        assertFalse(r.out().contains("Jorinde"));
        // The chain still verifies without the key.
        Cli.Result verify = thief.run("verify");
        verify.assertExit(0);
    }

    @Test
    void aWrongKeyIsNamedAndNothingIsWritten() throws Exception {
        cli.ok("init", "--encrypt");
        recordSensitiveCase();
        Path keyFile = Files.list(home.resolve("config/logboek/keys")).findFirst().orElseThrow();
        Files.writeString(keyFile, java.util.Base64.getEncoder().encodeToString(new byte[32]) + "\n");
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result r = cli.run("new", "-c", "hacken", "-t", "x");
        r.assertExit(1);
        assertTrue(r.err().contains("does not fit"), r.describe());
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()));
        cli.run("list").assertExit(1);
    }

    @Test
    void aPassphraseLogbookNeedsThePassphrase() throws Exception {
        cli.env("LOGBOEK_PASSPHRASE", "paard-batterij-niet-vergeten");
        cli.ok("init", "--encrypt", "--passphrase");
        String id = recordSensitiveCase();
        assertFalse(Files.readString(cli.logbook()).contains("Jorinde"));
        assertTrue(cli.ok("show", id).contains("Jorinde Vermeulen"));
        cli.env("LOGBOEK_PASSPHRASE", "verkeerd");
        assertTrue(cli.run("show", id).err().contains("does not fit"));
        cli.env("LOGBOEK_PASSPHRASE", null);
        Cli.Result none = cli.run("show", id);
        none.assertExit(1);
        assertTrue(none.err().contains("LOGBOEK_PASSPHRASE"), none.describe());
    }

    @Test
    void encryptionIsChosenBeforeTheFirstEntryOnly() throws Exception {
        cli.ok("new", "-c", "hacken", "-t", "eerst");
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result r = cli.run("init", "--encrypt");
        r.assertExit(1);
        assertTrue(r.err().contains("already has entries"), r.describe());
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()));
        assertFalse(Files.exists(home.resolve("config/logboek/keys")), "no key made for a refused init");
    }

    @Test
    void anEncryptedLineMovedToAnotherPlaceDoesNotOpen() throws Exception {
        cli.ok("init", "--encrypt");
        String a = cli.ok("new", "-q", "-c", "hacken", "-t", "A");
        cli.ok("annotate", a, "eerste");
        cli.ok("annotate", a, "tweede");
        // Swap the sealed contents of lines 3 and 4 and fix up every hash, as a forger would.
        var lines = new java.util.ArrayList<>(Files.readAllLines(cli.logbook()));
        String s3 = lines.get(2).substring(lines.get(2).indexOf("\"sealed\""));
        String s4 = lines.get(3).substring(lines.get(3).indexOf("\"sealed\""));
        lines.set(2, lines.get(2).replace(s3, s4));
        lines.set(3, lines.get(3).replace(s4, s3));
        Files.write(cli.logbook(), lines);
        Cli.Result r = cli.run("show", a);
        r.assertExit(1);
        assertTrue(r.err().contains("line 3"), r.describe());
    }
}
