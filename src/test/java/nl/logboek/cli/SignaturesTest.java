package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import nl.logboek.testutil.Forger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16, item 1 and 3: every line is signed by its writer's key; a rewritten chain is found. */
class SignaturesTest {
    @TempDir
    Path home;
    Cli cli;
    String id;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
        id = cli.ok("new", "-q", "-c", "grooming", "-t", "Berichten aan Noor");
        cli.ok("annotate", id, "Gesprek met Noor gevoerd.");
    }

    private Path keysFolder() {
        return home.resolve(".config/logboek/writer-keys");
    }

    @Test
    void everyLineIsSignedAndTheKeyIsPrivateInTheConfigFolder() throws Exception {
        List<String> lines = Forger.read(cli.logbook());
        assertEquals(3, lines.size());
        lines.forEach(l -> assertTrue(l.contains(",\"sig\":\""), l));
        assertTrue(lines.get(0).contains("\"writer_key\":\""));
        try (var keys = Files.list(keysFolder())) {
            Path key = keys.filter(p -> p.toString().endsWith(".key")).findFirst().orElseThrow();
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        }
        assertTrue(cli.ok("verify").contains("OK"));
    }

    @Test
    void aRewrittenChainWithRecomputedHashesFailsVerify() throws Exception {
        Forger.rewrite(cli.logbook(), 2, l -> l.replace("Gesprek met Noor gevoerd.", "Niets gedaan."));
        Cli.Result r = cli.run("verify").assertExit(1);
        assertTrue(r.out().contains("line 3: not signed by the key of writer"), r.out());
        JsonNode v = Json.MAPPER.readTree(cli.run("verify", "--json").assertExit(1).out());
        assertEquals(3, v.get("problems").get(0).get("line").asInt());
        assertEquals("sign.problem.not-signed", v.get("problems").get(0).get("code").asText());
    }

    @Test
    void aCorrectlyChainedLineAppendedWithoutTheKeyIsReportedWithItsClaimedAuthor() {
        Forger.appendLike(cli.logbook(), 2, l -> l.replace("\"annotated\"", "\"annotated\"").replace("Test Coördinator", "B. de Vries"));
        Cli.Result r = cli.run("verify").assertExit(1);
        assertTrue(r.out().contains("line 4: not signed by the key of writer"), r.out());
        assertTrue(r.out().contains("B. de Vries"), r.out());
    }

    @Test
    void aLineInTheMiddleRewrittenIsFoundWithEveryLineAfterIt() {
        cli.ok("annotate", id, "Tweede notitie.");
        cli.ok("annotate", id, "Derde notitie.");
        Forger.rewrite(cli.logbook(), 2, l -> l.replace("Gesprek met Noor gevoerd.", "Niets gedaan."));
        Cli.Result r = cli.run("verify").assertExit(1);
        assertTrue(r.out().contains("line 3: not signed by the key of writer") && r.out().contains("up to line 5"), r.out());
    }

    @Test
    void aMissingKeyRefusesToWriteInOneLineAndChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(cli.logbook());
        try (var keys = Files.list(keysFolder())) {
            for (Path k : keys.toList()) {
                Files.delete(k);
            }
        }
        Cli.Result r = cli.run("annotate", id, "Nog een notitie.").assertExit(1);
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("writer key") && r.err().contains("is missing"), r.err());
        assertEquals(new String(before), new String(Files.readAllBytes(cli.logbook())));
    }

    @Test
    void anotherLogbooksKeyRefusesToWrite() throws Exception {
        Path other = home.resolve("other");
        Cli b = new Cli(other);
        b.ok("new", "-q", "-c", "hacken", "-t", "Ander");
        Path mine;
        try (var keys = Files.list(keysFolder())) {
            mine = keys.filter(p -> p.toString().endsWith(".key")).findFirst().orElseThrow();
        }
        try (var keys = Files.list(other.resolve(".config/logboek/writer-keys"))) {
            Files.copy(keys.filter(p -> p.toString().endsWith(".key")).findFirst().orElseThrow(), mine, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result r = cli.run("annotate", id, "Nog een notitie.").assertExit(1);
        assertTrue(r.err().contains("not with the writer key in"), r.err());
        assertEquals(new String(before), new String(Files.readAllBytes(cli.logbook())));
    }

    @Test
    void aLogbookWrittenBeforeSignaturesGetsItsKeyOnTheNextWriteAndItsOldLinesAreUnsignedNotForged() throws Exception {
        // Strip the signatures and the header's key, as a logbook written by an earlier release has none.
        List<String> lines = Forger.read(cli.logbook());
        for (int i = 0; i < lines.size(); i++) {
            final int n = i;
            Forger.rewrite(cli.logbook(), n, l -> l.replaceFirst(",\"sig\":\"[^\"]*\"", "").replaceFirst(",\"writer_key\":\"[^\"]*\"", ""));
        }
        try (var keys = Files.list(keysFolder())) {
            for (Path k : keys.toList()) {
                Files.delete(k);
            }
        }
        // Nor did an earlier release remember how far it saw the logbook (its witness).
        try (var witnesses = Files.list(keysFolder().resolveSibling("witness"))) {
            for (Path w : witnesses.toList()) {
                Files.delete(w);
            }
        }
        String out = cli.ok("verify");
        assertTrue(out.contains("3 lines were written before signatures") && out.contains("OK"), out);
        cli.ok("annotate", id, "Na de update.");
        List<String> now = Forger.read(cli.logbook());
        assertEquals(5, now.size());
        assertTrue(now.get(3).contains("\"type\":\"key\"") && now.get(3).contains("\"action\":\"rotate\""), now.get(3));
        out = cli.ok("verify");
        assertTrue(out.contains("3 lines were written before signatures") && out.contains("OK"), out);
        assertFalse(cli.ok("show", id).contains("key"));
    }

    @Test
    void aWriteRefusesToSignOnTopOfALineAddedWithoutTheKey() throws Exception {
        Forger.appendLike(cli.logbook(), 2, l -> l.replace("Gesprek met Noor gevoerd.", "Toegevoegd."));
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result r = cli.run("annotate", id, "Nog een notitie.").assertExit(1);
        assertEquals(1, r.err().strip().lines().count(), r.err());
        // Named as verify names it: the newest signature is checked before anything is read or written.
        assertTrue(r.err().contains("line 4: not signed by the key of writer"), r.err());
        assertEquals(new String(before), new String(Files.readAllBytes(cli.logbook())));

        // The same line without any signature: this machine holds the key, so it is no logbook from before.
        Forger.rewrite(cli.logbook(), 3, l -> l.replaceFirst(",\"sig\":\"[^\"]*\"", ""));
        r = cli.run("annotate", id, "Nog een notitie.").assertExit(1);
        assertTrue(r.err().contains("line 4: not signed by the key of writer"), r.err());
        assertTrue(cli.run("verify").assertExit(1).out().contains("line 4: not signed by the key of writer"));
    }

    @Test
    void aRotatedKeySignsTheLinesAfterItAndTheOldKeyNoLonger() throws Exception {
        Path keyFile;
        try (var keys = Files.list(keysFolder())) {
            keyFile = keys.filter(p -> p.toString().endsWith(".key")).findFirst().orElseThrow();
        }
        String old = Files.readString(keyFile);
        String out = cli.ok("rotate-key");
        assertTrue(out.contains("now signs with key"), out);
        assertFalse(Files.readString(keyFile).equals(old));
        assertFalse(Files.exists(keyFile.resolveSibling(keyFile.getFileName() + ".new")));
        cli.ok("annotate", id, "Met de nieuwe sleutel.");
        assertTrue(cli.ok("verify").contains("OK"));
        List<String> lines = Forger.read(cli.logbook());
        assertTrue(lines.get(3).contains("\"action\":\"rotate\""), lines.get(3));

        // Someone with a copy of the old key signs a line after the rotation: it is reported.
        Files.writeString(keyFile, old);
        Cli.Result r = cli.run("annotate", id, "Met de oude sleutel.").assertExit(1);
        assertTrue(r.err().contains("not with the writer key in"), r.err());
    }

    @Test
    void anUnreadableKeyFileIsNamedInOneLineAndNothingIsWritten() throws Exception {
        Path keyFile;
        try (var keys = Files.list(keysFolder())) {
            keyFile = keys.filter(p -> p.toString().endsWith(".key")).findFirst().orElseThrow();
        }
        Files.writeString(keyFile, "geen sleutel\n");
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result r = cli.run("annotate", id, "Nog een notitie.").assertExit(1);
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(keyFile.toString()) && r.err().contains("cannot be read"), r.err());
        assertEquals(new String(before), new String(Files.readAllBytes(cli.logbook())));
    }
}
