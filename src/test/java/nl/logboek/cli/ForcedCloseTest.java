package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, part 4: a forced close needs a reason, and shows what it left open by the items' texts. */
class ForcedCloseTest {
    private static final String POLICE_NL = "Contact opgenomen met de politie: bij sexting altijd";
    private static final String POLICE_EN = "Contacted the police: always with sexting";

    @TempDir
    Path home;
    Cli cli;
    String id;

    @BeforeEach
    void sextingCaseWithoutPoliceContact() {
        cli = new Cli(home);
        id = cli.ok("new", "-q", "-c", "sexting", "-t", "Naaktfoto gedeeld in groepsapp 3A",
                "--person", "Lisa:slachtoffer:leerling");
    }

    @Test
    void forceWithoutReasonIsRefusedWithExit2InOneLineAndNothingIsWritten() throws Exception {
        byte[] before = Files.readAllBytes(cli.logbook());
        for (String[] args : new String[][] {
                {"close", id, "--outcome", "Afgehandeld", "--force"},
                {"close", id, "--outcome", "Afgehandeld", "--force", "--reason", "   "},
                {"--lang", "nl", "close", id, "--outcome", "Afgehandeld", "--force"}}) {
            Cli.Result r = cli.run(args);
            r.assertExit(2);
            assertEquals(1, r.err().strip().lines().count(), r.describe());
            assertTrue(r.err().contains("--reason"), r.describe());
            assertEquals("", r.out(), r.describe());
            assertArrayEquals(before, Files.readAllBytes(cli.logbook()), "nothing written: " + r.describe());
        }
        assertTrue(cli.run("--lang", "nl", "close", id, "--outcome", "x", "--force").err()
                .contains("--force vraagt om --reason: zeg waarom je sluit"));
    }

    @Test
    void withoutATerminalNothingIsAskedNotEvenWithJsonOnATerminal() throws Exception {
        byte[] before = Files.readAllBytes(cli.logbook());
        // Cli's console throws when a command would ask: a refusal with exit 2 shows nothing was asked.
        cli.terminal(true).run("close", id, "--outcome", "Afgehandeld", "--force", "--json").assertExit(2);
        cli.terminal(false).run("close", id, "--outcome", "Afgehandeld", "--force").assertExit(2);
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()));
    }

    @Test
    void theRefusalWithoutForceNamesTheOpenItemsByTheirText() {
        Cli.Result r = cli.run("close", id, "--outcome", "Afgehandeld");
        r.assertExit(1);
        assertTrue(r.err().contains("a mandatory item is still open: \u201c" + POLICE_EN), r.describe());
        assertTrue(r.err().contains("--force --reason"), r.describe());
        Cli.Result nl = cli.run("--lang", "nl", "close", id, "--outcome", "Afgehandeld");
        assertTrue(nl.err().contains("er staat nog een verplicht punt open: \u201c" + POLICE_NL), nl.describe());
    }

    @Test
    void aForcedCloseRecordsItsReasonAndShowPrintsItWithTheOpenItemsByTheirText() throws Exception {
        Cli.Result closed = cli.run("close", id, "--outcome", "Ouders doen zelf aangifte", "--force",
                "--reason", "Ouders melden het zelf bij de politie; overlegd met de directeur");
        closed.assertExit(0);
        assertTrue(closed.err().contains("closed with 1 mandatory item open: \u201c" + POLICE_EN), closed.describe());
        assertFalse(closed.err().contains("politie-gecontacteerd"), closed.describe());

        JsonNode timeline = Json.MAPPER.readTree(cli.ok("show", id, "--json")).get("timeline");
        JsonNode payload = timeline.get(timeline.size() - 1).get("payload");
        assertEquals("Ouders melden het zelf bij de politie; overlegd met de directeur", payload.get("reason").asText());
        assertTrue(payload.get("forced").asBoolean());
        assertEquals("politie-gecontacteerd", payload.at("/open_mandatory/0").asText());

        String en = cli.ok("show", id);
        assertTrue(en.contains("Closed anyway because: Ouders melden het zelf bij de politie; overlegd met de directeur"), en);
        assertTrue(en.contains("Closed with 1 mandatory item open:\n        - " + POLICE_EN), en);
        assertFalse(en.contains("politie-gecontacteerd"), en);
        String nl = cli.ok("--lang", "nl", "show", id);
        assertTrue(nl.contains("Toch gesloten, omdat: Ouders melden"), nl);
        assertTrue(nl.contains("Gesloten met 1 verplicht punt open:\n        - " + POLICE_NL), nl);
    }

    @Test
    void aCloseWithNothingOpenNeedsNoReasonAndWritesNone() throws Exception {
        cli.ok("annotate", id, "--done", "politie-gecontacteerd", "--done-on", "2026-11-20");
        cli.ok("close", id, "--outcome", "Politie ingelicht, rust in de klas");
        JsonNode timeline = Json.MAPPER.readTree(cli.ok("show", id, "--json")).get("timeline");
        JsonNode payload = timeline.get(timeline.size() - 1).get("payload");
        assertFalse(payload.has("reason"), payload.toString());
        assertFalse(payload.get("forced").asBoolean());
    }
}
