package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtocolFlowTest {
    private static final Pattern OPEN_ITEM = Pattern.compile("^  \\[ ] (\\d+)\\. (.*)  \\[([a-z0-9:-]+)]$", Pattern.MULTILINE);
    private static final Pattern FIRST_OPTION = Pattern.compile("^ +options: ([a-z0-9-]+) \\(", Pattern.MULTILINE);

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
    void aSextingIncidentIsWalkedFromStepOneToClosingByThePrintedChecklistsAlone() throws Exception {
        String printed = cli.ok("new", "-c", "sexting", "-t", "Naaktfoto 3C gedeeld", "--person", "Lisa:slachtoffer:leerling");
        String id = printed.substring("Incident ".length(), "Incident ".length() + 8);
        assertTrue(printed.contains("sexting-loverboys"), printed);
        int steps = 0;
        while (!printed.contains("All steps are done")) {
            assertTrue(printed.contains("With sexting always contact the police"), "police alert at every step:\n" + printed);
            assertTrue(printed.contains("NEVER STORE THE IMAGE"), printed);
            if (printed.contains("Every item of this step is done")) {
                // Ticking never finishes a step by itself: the checklist says how.
                assertTrue(printed.contains("'logboek next " + id + " --advance'"), printed);
                printed = cli.ok("next", id, "--advance");
                continue;
            }
            Matcher m = OPEN_ITEM.matcher(printed);
            List<String> open = new ArrayList<>();
            List<String> answers = new ArrayList<>();
            while (m.find()) {
                if (m.group(2).endsWith("(decision)")) {
                    // A decision is answered, not ticked: take the first option, which goes on (melden, netwerkberaad).
                    Matcher option = FIRST_OPTION.matcher(printed.substring(m.end()));
                    assertTrue(option.find(), "a decision lists its options:\n" + printed);
                    answers.add(m.group(3) + "=" + option.group(1));
                } else {
                    open.add(m.group(1));
                }
            }
            assertFalse(open.isEmpty() && answers.isEmpty(), "an open step lists open items:\n" + printed);
            for (String answer : answers) {
                printed = cli.ok("annotate", id, "--answer", answer, "--checklist");
            }
            if (!open.isEmpty()) {
                printed = cli.ok("annotate", id, "--done", String.join(",", open), "--done-on", "2026-11-21", "--checklist");
            }
            steps++;
            assertTrue(steps <= 7, "at most one round per step");
        }
        assertEquals(7, steps);
        JsonNode show = json("show", id, "--json");
        assertEquals(7, show.at("/incident/steps_done").size());
        assertEquals(0, show.at("/checklist/open_mandatory").size());
        cli.ok("close", id, "--outcome", "Zorg loopt via CJG; dossier terug naar school");
        JsonNode closed = json("show", id, "--json").get("incident");
        assertEquals("gesloten", closed.get("status").asText());
        assertEquals("Zorg loopt via CJG; dossier terug naar school", closed.get("outcome").asText());
        cli.run("annotate", id, "--done", "1").assertExit(1);
        cli.ok("annotate", id, "Nazorg: gesprek na drie maanden");
    }

    @Test
    void aStaffIncidentCannotBeClosedWithTheMeldEnAangifteplichtOpenWithoutForce() throws Exception {
        String id = cli.ok("new", "-q", "-c", "medewerker-gedrag", "-t", "Docent stuurt leerling privéberichten",
                "--person", "Docent X:dader:medewerker");
        assertEquals("ongewenst-gedrag-medewerkers", json("show", id, "--json").at("/incident/protocol").asText());
        String next = cli.ok("next", id);
        assertTrue(next.contains("LEGAL DUTY (Primary Education Act (WPO) art. 4a and the corresponding articles of the WVO and the WEB)"), next);
        cli.ok("annotate", id, "--answer", "vermoeden-seksueel-contact=ja", "Leerling toonde berichten aan de mentor");
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result refused = cli.run("close", id, "--outcome", "Afgehandeld");
        refused.assertExit(1);
        assertTrue(refused.err().contains("mandatory items are still open"), refused.describe());
        assertEquals(new String(before), new String(Files.readAllBytes(cli.logbook())));

        Cli.Result forced = cli.run("close", id, "--outcome", "Afgehandeld", "--force", "--reason", "Afgesproken in het team");
        forced.assertExit(0);
        assertTrue(forced.err().contains("mandatory items open"), forced.describe());
        JsonNode events = json("show", id, "--json").get("timeline");
        JsonNode close = events.get(events.size() - 1).get("payload");
        assertTrue(close.get("forced").asBoolean());
        assertTrue(close.get("open_mandatory").size() >= 3, close.toString());
    }

    @Test
    void staffDutiesDoneWithDatesAllowClosingWithoutForce() throws Exception {
        String id = cli.ok("new", "-q", "-c", "medewerker-gedrag", "-t", "Vermoeden grooming door medewerker");
        JsonNode checklist = json("show", id, "--json").get("checklist");
        List<String> mandatory = new ArrayList<>();
        checklist.get("open_mandatory").forEach(n -> mandatory.add(n.asText()));
        cli.ok("annotate", id, "--done", String.join(",", mandatory), "--done-on", "2026-11-20", "Bestuur direct ingelicht");
        JsonNode items = json("show", id, "--json").get("timeline").get(1).get("payload");
        assertEquals("2026-11-20", items.get("done_on").asText());
        cli.ok("close", id, "--outcome", "Aangifte gedaan door bestuur");
    }

    @Test
    void escalationUpAndBackDownRoundTripsThroughShow() throws Exception {
        String id = cli.ok("new", "-q", "-c", "loverboy", "-t", "Signalen ronselen", "--person", "Mo:slachtoffer:leerling");
        String up = cli.ok("escalate", id, "--reason", "meer-partners-nodig");
        assertTrue(up.contains("escalated: School -> CJG."), up);
        JsonNode inc = json("show", id, "--json").get("incident");
        assertEquals("opgeschaald", inc.get("status").asText());
        assertEquals("cjg", inc.get("level").asText());
        cli.ok("escalate", id, "--to", "zorg-en-veiligheidshuis", "--reason", "ouders weigeren toestemming");
        cli.run("escalate", id, "--reason", "x").assertExit(2); // at the top already
        cli.ok("escalate", id, "--down", "--reason", "minder-partners-nodig");
        cli.ok("escalate", id, "--down", "--reason", "doel-bereikt");

        JsonNode show = json("show", id, "--json");
        assertEquals("afgeschaald", show.at("/incident/status").asText());
        assertEquals("school", show.at("/incident/level").asText());
        JsonNode t = show.get("timeline");
        assertEquals("escalated", t.get(1).get("type").asText());
        assertEquals("school", t.get(1).at("/payload/from").asText());
        assertEquals("cjg", t.get(1).at("/payload/to").asText());
        assertEquals("meer-partners-nodig", t.get(1).at("/payload/criterion/id").asText());
        assertFalse(t.get(1).at("/payload/regie").asText().isBlank());
        assertEquals("zorg-en-veiligheidshuis", t.get(2).at("/payload/to").asText());
        assertTrue(t.get(2).at("/payload/criterion/id").isNull());
        assertEquals("ouders weigeren toestemming", t.get(2).at("/payload/criterion/text").asText());
        assertEquals("de-escalated", t.get(3).get("type").asText());
        assertEquals("cjg", t.get(3).at("/payload/to").asText());
        assertEquals("school", t.get(4).at("/payload/to").asText());
        assertEquals("doel-bereikt", t.get(4).at("/payload/criterion/id").asText());
        String text = cli.ok("show", id);
        assertTrue(text.contains("Scaled down") && text.contains("Escalated"), text);
    }

    @Test
    void newChoosesTheProtocolFromCategoryAndTargetAndRecordsAnOverride() throws Exception {
        String pupil = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Pesten");
        assertEquals("ongewenst-gedrag-leerlingen", json("show", pupil, "--json").at("/incident/protocol").asText());
        String staff = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Leerkracht belachelijk gemaakt",
                "--person", "Juf A:slachtoffer:medewerker");
        assertEquals("grensoverschrijdend-professional", json("show", staff, "--json").at("/incident/protocol").asText());
        String worry = cli.ok("new", "-q", "-c", "zorgwekkend-bericht", "-t", "Drillvideo met dreigement");
        assertEquals("online-jeugdcriminaliteit", json("show", worry, "--json").at("/incident/protocol").asText());
        String chosen = cli.ok("new", "-q", "-c", "grooming", "-t", "Contact via game", "--protocol", "meldcode");
        assertEquals("sexting-loverboys", json("show", chosen, "--json").at("/incident/protocol").asText(),
                "an overlay asked for is added beside the main protocol, never instead of it");
        assertTrue(json("show", chosen, "--json").at("/incident/overlays").toString().contains("meldcode"));
        Cli.Result bad = cli.run("new", "-c", "grooming", "-t", "x", "--protocol", "bestaat-niet");
        bad.assertExit(2);
        assertTrue(bad.err().contains("unknown protocol \"bestaat-niet\""), bad.describe());
    }

    @Test
    void itemsAreTickedByIdOrNumberAndMistakesAreNamed() throws Exception {
        String id = cli.ok("new", "-q", "-c", "sexting", "-t", "Foto");
        cli.ok("annotate", id, "--done", "politie-gecontacteerd", "--done-on", "2026-11-21");
        Cli.Result twice = cli.run("annotate", id, "--done", "politie-gecontacteerd");
        twice.assertExit(2);
        assertTrue(twice.err().contains("already done"), twice.describe());
        Cli.Result typo = cli.run("annotate", id, "--done", "politie-gecontacterd");
        assertTrue(typo.err().contains("did you mean \"politie-gecontacteerd\""), typo.describe());
        Cli.Result number = cli.run("annotate", id, "--done", "9");
        assertTrue(number.err().contains("no item 9"), number.describe());
        Cli.Result noReason = cli.run("next", id, "--advance");
        noReason.assertExit(2);
        assertTrue(noReason.err().contains("signalen-vastgelegd"), noReason.describe());
        String advanced = cli.ok("next", id, "--advance", "--reason", "Signalen staan in de melding zelf");
        assertTrue(advanced.contains("items left open: Recorded the signals from school"), "left open, by their text: " + advanced);
        assertFalse(advanced.contains("signalen-vastgelegd"), advanced);
        assertTrue(advanced.contains("Step 2 of 7"), advanced);
        JsonNode t = json("show", id, "--json").get("timeline");
        assertEquals("step-done", t.get(2).get("type").asText());
        assertEquals("user", t.get(2).at("/payload/how").asText());
    }

    @Test
    void anOrganisationsOwnProtocolReplacesTheShippedOneById() throws Exception {
        Path dir = home.resolve("config/logboek/protocols");
        Files.createDirectories(dir);
        String shipped = new String(getClass().getResourceAsStream("/nl/logboek/protocols/media-incident.json").readAllBytes());
        Files.writeString(dir.resolve("media-incident.json"),
                shipped.replaceFirst("\"nl\": \"[^\"]*\"", "\"nl\": \"Ons eigen mediaprotocol\""));
        cli.env("XDG_CONFIG_HOME", home.resolve("config").toString()).env("LANG", "nl_NL.UTF-8");
        assertTrue(cli.ok("protocols").contains("Ons eigen mediaprotocol"));
        assertTrue(cli.ok("protocols", "show", "media-incident").contains("Ons eigen mediaprotocol"));

        Files.writeString(dir.resolve("kapot.json"), "{\"format\": 1,\n \"id\": \"kapot\",\n \"title\": {\"nl\": \"x\"}}");
        Cli.Result broken = cli.run("new", "-c", "hacken", "-t", "x");
        broken.assertExit(1);
        assertTrue(broken.err().contains("kapot.json:3"), broken.describe());
        Cli.Result check = cli.run("protocols", "check", dir.resolve("kapot.json").toString());
        check.assertExit(1);
        assertTrue(check.err().contains("kapot.json:3"), check.describe());
    }

    @Test
    void protocolsListsEveryShippedProtocolInJson() throws Exception {
        JsonNode list = json("protocols", "--json").get("protocols");
        List<String> ids = new ArrayList<>();
        list.forEach(p -> ids.add(p.get("id").asText()));
        assertTrue(ids.containsAll(List.of("online-jeugdcriminaliteit", "grensoverschrijdend-professional", "sexting-loverboys",
                "ongewenst-gedrag-leerlingen", "ongewenst-gedrag-medewerkers", "media-incident", "meldcode")), ids.toString());
        String nl = cli.ok("--lang", "nl", "protocols", "show", "sexting-loverboys");
        assertTrue(nl.contains("Bij sexting altijd contact opnemen met politie"), nl);
        assertTrue(nl.contains("Zorg- en Veiligheidshuis"), nl);
    }
}
