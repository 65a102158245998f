package nl.logboek.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.incident.IncidentBook;
import nl.logboek.incident.NewIncident;
import nl.logboek.logbook.Json;
import nl.logboek.logbook.Logbook;
import nl.logboek.protocol.Category;
import nl.logboek.protocol.ProtocolRegistry;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, part 6: consent reads in words in the timeline; escalating to or exporting for a partner
 * without a recorded ground warns (never refuses); the source rules of the Routekaart Samenwerken bij
 * online jeugdcriminaliteit (private accounts, OM orders) at `new`, `escalate` and `export --for`.
 */
class ConsentAndSourceRulesTest {
    @TempDir
    Path home;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home).env("XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    private String sexting(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("new", "-q", "-c", "sexting", "-t", "Foto van Lisa gedeeld",
                "--person", "Lisa:slachtoffer:leerling"));
        args.addAll(List.of(more));
        return cli.ok(args.toArray(String[]::new));
    }

    @Test
    void consentReadsInWordsInTheTimelinePartnerByNameFromWhomPurposeGroundAndDate() {
        String id = sexting();
        cli.ok("consent", id, "--partner", "cjg", "--from", "moeder van Lisa", "--purpose", "hulp via het CJG", "--date", "2026-11-20");
        cli.ok("consent", id, "--partner", "politie", "--ground", "wettelijke-plicht", "--purpose", "melding zedenzaak");
        cli.ok("consent", id, "--partner", "veilig-thuis", "--from", "ouders", "--purpose", "advies", "--refused");

        String nl = cli.ok("--lang", "nl", "show", id);
        assertFalse(nl.contains("event.consent") || nl.contains("timeline.consent"), nl);
        assertTrue(nl.contains("Toestemming om te delen"), nl);
        assertTrue(nl.contains("Centrum voor Jeugd en Gezin (CJG): toestemming gegeven door moeder van Lisa; doel: hulp via het CJG; "
                + "grondslag: toestemming; datum: 20-11-2026"), nl);
        assertTrue(nl.contains("Politie: grondslag vastgelegd om te delen; doel: melding zedenzaak; grondslag: wettelijke plicht; "
                + "datum: 21-11-2026"), nl);
        assertTrue(nl.contains("Veilig Thuis: toestemming geweigerd door ouders; doel: advies; datum: 21-11-2026"), nl);

        String en = cli.ok("--lang", "en", "show", id);
        assertTrue(en.contains("Centre for Youth and Family (CJG): consent given by moeder van Lisa; purpose: hulp via het CJG; "
                + "ground: consent; date: 2026-11-20"), en);
        assertTrue(en.contains("Police: ground recorded for sharing; purpose: melding zedenzaak; ground: legal duty"), en);
        assertTrue(en.contains("Veilig Thuis (advice and reporting centre for domestic violence and child abuse): consent refused by "
                + "ouders; purpose: advies"), en);
    }

    @Test
    void aRefusalSuggestsEscalateOnlyWhereTheProtocolHasALadder() {
        String sexting = sexting();
        String withLadder = cli.ok("--lang", "en", "consent", sexting, "--partner", "cjg", "--from", "ouders", "--purpose", "hulp",
                "--refused");
        assertTrue(withLadder.startsWith("Refusal of consent for incident " + sexting + " with partner Centre for Youth and Family "
                + "(CJG) recorded (a criterion to scale up; see 'logboek escalate')."), withLadder);
        // A protocol without a ladder (the media protocol, today only added beside a main one) as the incident's own.
        String media = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Filmpje over de school");
        cli.ok("amend", media, "--protocol", "media-incident", "--reason", "Het gaat om de pers");
        String without = cli.ok("--lang", "en", "consent", media, "--partner", "politie", "--from", "ouders", "--purpose", "aangifte",
                "--refused");
        assertFalse(without.contains("escalate"), without);
        assertTrue(without.startsWith("Refusal of consent for incident " + media + " with partner Police recorded: share"), without);
    }

    @Test
    void escalatingToTheCjgWithNoConsentRecordedWarnsOnOneLineAndStillEscalates() {
        String id = sexting();
        Cli.Result r = cli.run("--lang", "nl", "escalate", id, "--reason", "meer-partners-nodig");
        r.assertExit(0);
        assertTrue(r.out().contains("opgeschaald: School -> CJG"), r.describe());
        assertEquals(1, r.err().lines().count(), r.describe());
        assertTrue(r.err().startsWith("Let op: er is voor Centrum voor Jeugd en Gezin (CJG) geen grondslag vastgelegd om incident "
                + id + " te delen (toestemming, een wettelijke plicht of een vitaal belang)."), r.describe());
        assertTrue(r.err().contains("logboek consent " + id + " --partner cjg"), r.describe());
        assertEquals("opgeschaald", status(id));
    }

    @Test
    void withConsentRecordedForTheCjgEscalatingToItSaysNothing() {
        String id = sexting();
        cli.ok("consent", id, "--partner", "cjg", "--from", "ouders", "--purpose", "hulp via het CJG");
        Cli.Result r = cli.run("escalate", id, "--reason", "meer-partners-nodig");
        r.assertExit(0);
        assertEquals("", r.err(), r.describe());
    }

    @Test
    void aRefusedConsentWarnsThatOnlyAnotherGroundWillDo() {
        String id = sexting();
        cli.ok("consent", id, "--partner", "cjg", "--from", "ouders", "--purpose", "hulp via het CJG", "--refused");
        Cli.Result r = cli.run("--lang", "en", "escalate", id, "--to", "cjg", "--reason", "ouders weigeren toestemming");
        r.assertExit(0);
        assertEquals(1, r.err().lines().count(), r.describe());
        assertTrue(r.err().startsWith("Warning: consent to share incident " + id + " with Centre for Youth and Family (CJG) was refused"),
                r.describe());
    }

    @Test
    void escalatingWithPartnerChecksThatPartnerAndALegalDutyIsAGround() {
        String id = sexting();
        Cli.Result r = cli.run("--lang", "en", "escalate", id, "--reason", "meer-partners-nodig", "--partner", "politie");
        r.assertExit(0);
        assertTrue(r.err().startsWith("Warning: for Police, no ground to share incident " + id + " is recorded"), r.describe());
        assertFalse(r.err().contains("CJG"), r.describe());

        String other = sexting();
        cli.ok("consent", other, "--partner", "politie", "--ground", "wettelijke-plicht", "--purpose", "melding zedenzaak");
        Cli.Result quiet = cli.run("escalate", other, "--reason", "meer-partners-nodig", "--partner", "politie");
        quiet.assertExit(0);
        assertEquals("", quiet.err(), quiet.describe());
    }

    @Test
    void escalatingWithinTheSchoolNeedsNoGround() {
        String id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp 2B", "--person", "Sam:slachtoffer:leerling");
        Cli.Result r = cli.run("escalate", id, "--reason", "ernstig");
        r.assertExit(0);
        assertTrue(r.out().contains("Care coordinator") || r.out().contains("->"), r.describe());
        assertEquals("", r.err(), r.describe());
    }

    @Test
    void escalatingAnIncidentFromAPrivateAccountWarnsThatItIsNotSharedWithPartners() {
        String id = sexting("--source", "prive-account");
        Cli.Result r = cli.run("--lang", "nl", "escalate", id, "--to", "zorg-en-veiligheidshuis", "--reason", "ouders weigeren toestemming");
        r.assertExit(0);
        assertEquals(1, r.err().lines().count(), r.describe());
        assertTrue(r.err().startsWith("Let op: de informatie van incident " + id + " komt uit een privéaccount en wordt niet gedeeld met "
                + "Zorg- en Veiligheidshuis"), r.describe());
        assertTrue(r.err().contains("jongerenwerk alleen bij uitzondering, met convenantpartners"), r.describe());

        // Consent does not change that: the source decides.
        cli.ok("consent", id, "--partner", "politie", "--ground", "wettelijke-plicht", "--purpose", "melding zedenzaak");
        Cli.Result police = cli.run("--lang", "en", "escalate", id, "--down", "--reason", "doel-bereikt");
        police.assertExit(0);
        assertEquals("", police.err(), "scaling down shares nothing" + police.describe());
        Cli.Result again = cli.run("--lang", "en", "escalate", id, "--reason", "meer-partners-nodig", "--partner", "politie");
        assertTrue(again.err().contains("comes from a private account and is not shared with Police"), again.describe());
    }

    @Test
    void anExportForAPartnerLeavesOutAnIncidentFromAPrivateAccountEvenWithConsent() throws Exception {
        String privateOne = sexting("--source", "prive-account");
        cli.ok("consent", privateOne, "--partner", "cjg", "--from", "ouders", "--purpose", "hulp via het CJG");
        Cli.Result r = cli.run("--lang", "en", "export", privateOne, "--for", "cjg", "--format", "json");
        r.assertExit(0);
        assertEquals(0, Json.MAPPER.readTree(r.out()).get("incidents").size(), r.describe());
        assertTrue(r.err().contains("1 left out (information from a private account is never shared)"), r.describe());
    }

    @Test
    void anExportForAPartnerWithoutAGroundWarnsAndRedacts() throws Exception {
        String without = sexting();
        String with = sexting();
        cli.ok("consent", with, "--partner", "cjg", "--from", "ouders", "--purpose", "hulp via het CJG");
        Cli.Result one = cli.run("--lang", "en", "export", without, "--for", "cjg", "--format", "json");
        one.assertExit(0);
        assertTrue(one.err().contains("Warning: for Centre for Youth and Family (CJG), no ground is recorded (consent, a legal duty "
                + "or a vital interest): the incident is in this export with pseudonyms, without names or free text."), one.describe());
        assertFalse(one.out().contains("Lisa"), one.describe());

        String another = sexting();
        Cli.Result two = cli.run("--lang", "nl", "export", without, another, "--for", "cjg", "--format", "json");
        two.assertExit(0);
        assertTrue(two.err().contains("Let op: in geen van deze 2 incidenten is voor Centrum voor Jeugd en Gezin (CJG) een "
                + "grondslag vastgelegd"), two.describe());

        // With a ground for some of them, the counts of the summary say which part is redacted.
        Cli.Result all = cli.run("--lang", "en", "export", "--for", "cjg", "--format", "json");
        all.assertExit(0);
        assertTrue(all.err().startsWith("For cjg: 1 incident with names"), all.describe());
        assertFalse(all.err().contains("Warning"), all.describe());

        Cli.Result named = cli.run("export", with, "--for", "cjg", "--format", "json");
        named.assertExit(0);
        assertFalse(named.err().contains("Warning"), named.describe());
        assertTrue(named.out().contains("Lisa"), named.describe());
    }

    @Test
    void newRefusesAnOmOrderAsSourceOnOneLineWithExitTwoAndWritesNothing() throws Exception {
        cli.ok("new", "-q", "-c", "bedreiging", "-t", "Eerder incident");
        byte[] before = Files.readAllBytes(cli.logbook());
        for (String typed : List.of("om-bevel", "om", "OM-BEVEL")) {
            Cli.Result r = cli.run("--lang", "nl", "new", "-c", "bedreiging", "-t", "Dreigbericht in besloten groep", "--source", typed);
            r.assertExit(2);
            assertEquals("", r.out(), r.describe());
            assertEquals(1, r.err().lines().count(), r.describe());
            assertTrue(r.err().contains("alleen de politie kan met een bevel van de officier van justitie (OM)"), r.describe());
            assertTrue(r.err().contains("--source openbaar of prive-account"), r.describe());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(cli.logbook())), "nothing written");
    }

    @Test
    void amendRefusesAnOmOrderAsSourceToo() throws Exception {
        String id = sexting("--source", "openbaar");
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result r = cli.run("--lang", "en", "amend", id, "--source", "om-bevel", "--reason", "Politie keek in de besloten groep");
        r.assertExit(2);
        assertEquals(1, r.err().lines().count(), r.describe());
        assertTrue(r.err().contains("--source om-bevel: only the police can act on an order of the public prosecutor (OM)"), r.describe());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(cli.logbook())), "nothing written");
    }

    @Test
    void aSourceCorrectedToAPrivateAccountIsNoLongerSharedWithPartners() throws Exception {
        String id = sexting("--source", "openbaar");
        cli.ok("consent", id, "--partner", "cjg", "--from", "ouders", "--purpose", "hulp via het CJG");
        assertEquals(1, Json.MAPPER.readTree(cli.ok("export", id, "--for", "cjg", "--format", "json")).get("incidents").size());

        cli.ok("amend", id, "--source", "prive-account", "--reason", "De foto kwam uit Lisa's besloten account");
        String show = cli.ok("--lang", "en", "show", id);
        assertTrue(show.contains("Source:        private account (never shared with partners)  (corrected)"), show);
        assertEquals("prive-account", Json.MAPPER.readTree(cli.ok("show", id, "--json")).at("/incident/source").asText());
        assertEquals(0, Json.MAPPER.readTree(cli.ok("export", id, "--for", "cjg", "--format", "json")).get("incidents").size());
        Cli.Result escalate = cli.run("--lang", "en", "escalate", id, "--reason", "meer-partners-nodig");
        escalate.assertExit(0);
        assertTrue(escalate.err().contains("comes from a private account and is not shared with Centre for Youth and Family (CJG)"),
                escalate.describe());
    }

    @Test
    void aLogbookThatHoldsAnOmOrderAsSourceStillReads() throws Exception {
        // Written as an earlier release did, before the rule: straight through the incident layer.
        IncidentBook book = new IncidentBook(new Logbook(cli.logbook(), Clock.fixed(Cli.NOW, Cli.AMSTERDAM)));
        String id = book.create(new NewIncident("Dreigbericht in besloten groep", Category.parse("bedreiging"), null,
                "2026-11-20", null, List.of(), null, "om-bevel"), null, ProtocolRegistry.shipped(), "m.jansen").id();
        String show = cli.ok("--lang", "en", "show", id);
        assertTrue(show.contains("closed account, by order of the public prosecutor (OM)"), show);
        JsonNode listed = Json.MAPPER.readTree(cli.ok("list", "--json"));
        assertEquals(id, listed.get("incidents").get(0).get("id").asText());
        cli.ok("annotate", id, "Politie heeft het overgenomen.");
        cli.ok("verify");
        // And its source can be corrected to what we saw ourselves.
        cli.ok("amend", id, "--source", "openbaar", "--reason", "Het bericht stond ook openbaar");
        assertEquals("openbaar", Json.MAPPER.readTree(cli.ok("show", id, "--json")).at("/incident/source").asText());
    }

    private String status(String id) {
        try {
            return Json.MAPPER.readTree(cli.ok("show", id, "--json")).at("/incident/status").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
