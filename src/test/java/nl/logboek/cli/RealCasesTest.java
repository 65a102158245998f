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

/**
 * The scenarios of issue 14's "Why", with their exact commands, on the shipped protocols: each
 * failed on the release before it.
 */
class RealCasesTest {
    @TempDir
    Path home;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
    }

    private JsonNode incident(String id) throws Exception {
        return Json.MAPPER.readTree(cli.ok("show", id, "--json")).get("incident");
    }

    private static String idOf(String printed) {
        return printed.substring("Incident ".length(), "Incident ".length() + 8);
    }

    @Test
    void groomingByAStaffMemberBringsTheMeldEnAangifteplichtBesideTheSextingPlanAndTheMeldcode() throws Exception {
        String out = cli.ok("new", "-c", "grooming", "-t", "Contact via game",
                "--person", "Eva:slachtoffer:leerling", "--person", "Tom B.:dader:medewerker");
        JsonNode i = incident(idOf(out));
        assertEquals("sexting-loverboys", i.get("protocol").asText());
        assertTrue(i.get("overlays").toString().contains("ongewenst-gedrag-medewerkers"), i.toString());
        assertTrue(i.get("overlays").toString().contains("meldcode"), i.toString());
        assertTrue(out.contains("LEGAL DUTY (Primary Education Act (WPO)"), "the meld- en aangifteplicht is shown, with its law:\n" + out);
        assertTrue(out.contains("Also: "), "new says which protocols were added and why:\n" + out);
    }

    @Test
    void sextingWithATeacherAsVictimKeepsThePoliceRuleOfTheSextingPlan() throws Exception {
        String out = cli.ok("new", "-c", "sexting", "-t", "Naaktfoto van docent verspreid",
                "--person", "Mevr. K:slachtoffer:medewerker", "--person", "Bram:dader:leerling");
        JsonNode i = incident(idOf(out));
        assertTrue((i.get("protocol").asText() + i.get("overlays")).contains("sexting-loverboys"), i.toString());
        assertTrue(out.contains("politie-gecontacteerd"), "the police item of the sexting plan is there:\n" + out);
    }

    @Test
    void pupilsHackingATeachersAccountGetTheMeasuresTowardPupilsBesideTheProfessionalsGuide() throws Exception {
        String id = cli.ok("new", "-q", "-c", "hacken", "-t", "Account docent overgenomen",
                "--person", "Dhr. V:slachtoffer:medewerker", "--person", "Jesse:dader:leerling");
        JsonNode i = incident(id);
        assertEquals("grensoverschrijdend-professional", i.get("protocol").asText());
        assertTrue(i.get("overlays").toString().contains("ongewenst-gedrag-leerlingen"), i.toString());
    }

    @Test
    void aNudeImageSpreadAmongPupilsGetsTheSchoolsClassActions() throws Exception {
        String id = cli.ok("new", "-q", "-c", "sexting", "-t", "Naaktfoto rondgestuurd in 3B",
                "--person", "Lisa:slachtoffer:leerling", "--person", "Kevin:dader:leerling");
        JsonNode i = incident(id);
        assertEquals("sexting-loverboys", i.get("protocol").asText());
        assertTrue(i.get("overlays").toString().contains("ongewenst-gedrag-leerlingen"), i.toString());
        assertTrue(cli.ok("protocols", "show", "ongewenst-gedrag-leerlingen").contains("besproken-in-klas"));
    }

    @Test
    void aStaffMembersRudeTweetClosesWithoutForceOnceTheTalkIsHeldAndTheAangifteStepsBlockNothing() throws Exception {
        String id = cli.ok("new", "-q", "-c", "medewerker-gedrag", "-t", "Onbeleefde tweet over collega",
                "--person", "Docent X:dader:medewerker");
        String next = cli.ok("next", id);
        assertTrue(next.contains("[?]"), "the aangifte items show as conditional:\n" + next);
        cli.ok("annotate", id, "--answer", "vermoeden-seksueel-contact=nee", "Een onbeleefde tweet, niets seksueels");
        cli.ok("annotate", id, "--done", "gesprek-medewerker-gevoerd");
        cli.ok("close", id, "--outcome", "Gesprek gevoerd, tweet verwijderd");
    }

    @Test
    void afterEscalatingDownWithoutReasonableSuspicionCloseIsNotRefusedForTheAangifte() throws Exception {
        String id = cli.ok("new", "-q", "-c", "medewerker-gedrag", "-t", "Vermoeden bleek ongegrond",
                "--person", "Docent Y:dader:medewerker");
        cli.ok("annotate", id, "--answer", "vermoeden-seksueel-contact=twijfel");
        cli.ok("annotate", id, "--done", "gemeld-bij-bestuur,vertrouwensinspecteur-geraadpleegd", "--done-on", "2026-11-20");
        cli.ok("annotate", id, "--answer", "redelijk-vermoeden=nee", "Na overleg met de vertrouwensinspecteur: geen redelijk vermoeden");
        cli.ok("annotate", id, "--done", "gesprek-medewerker-gevoerd");
        cli.ok("close", id, "--outcome", "Geen redelijk vermoeden; gesprek gevoerd");
    }

    @Test
    void theStepsOfTheMeldEnAangifteplichtMustBeDatedInOrder() throws Exception {
        String id = cli.ok("new", "-q", "-c", "medewerker-gedrag", "-t", "Berichten aan leerling",
                "--person", "Docent Z:dader:medewerker");
        cli.ok("annotate", id, "--answer", "vermoeden-seksueel-contact=ja");
        cli.ok("annotate", id, "--done", "gemeld-bij-bestuur", "--done-on", "2026-11-20");
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result early = cli.run("annotate", id, "--done", "vertrouwensinspecteur-geraadpleegd", "--done-on", "2026-11-19");
        early.assertExit(2);
        assertTrue(early.err().contains("gemeld-bij-bestuur"), early.describe());
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()));
        cli.ok("annotate", id, "--answer", "redelijk-vermoeden=ja");
        String next = cli.ok("next", id);
        assertTrue(next.contains("betrokkenen-ingelicht-voor-aangifte"),
                "the duty to inform the staff member and the parents before the aangifte is there:\n" + next);
    }

    @Test
    void meldcodeAfwegingOneNoSkipsTheRestOfTheMeldcode() throws Exception {
        String id = cli.ok("new", "-q", "-c", "grooming", "-t", "Chat met onbekende", "--person", "Noor:slachtoffer:leerling");
        for (int i = 0; i < 3; i++) {
            cli.ok("next", id, "--advance", "--protocol", "meldcode", "--reason", "elders vastgelegd");
        }
        cli.ok("annotate", id, "--answer", "meldcode:afweging-1-vermoeden=nee", "Geen vermoeden na gesprek");
        cli.ok("next", id, "--advance", "--protocol", "meldcode");
        String next = cli.ok("next", id);
        assertTrue(next.contains("All steps of this protocol are done."), "after afweging 1 nee the meldcode ends:\n" + next);
    }

    @Test
    void consentForTheCjgDoesNotCompleteCoMenshasItem() throws Exception {
        String id = cli.ok("new", "-q", "-c", "loverboy", "-t", "Signalen ronselen", "--person", "Sanne:slachtoffer:leerling");
        cli.ok("consent", id, "--partner", "cjg", "--from", "moeder", "--purpose", "hulp via het CJG", "--date", "2026-11-20");
        JsonNode show = Json.MAPPER.readTree(cli.ok("show", id, "--json"));
        assertEquals(2, show.get("timeline").size(), "one fact, one entry");
        cli.ok("next", id, "--advance", "--reason", "x");
        cli.ok("next", id, "--advance", "--reason", "x");
        assertTrue(cli.ok("next", id).matches("(?s).*\\[x] \\d\\. [^\\n]*\\[toestemming-informatie-uitwisselen].*"));
        cli.ok("annotate", id, "--answer", "besluit-melding=melden");
        cli.ok("next", id, "--advance", "--reason", "x");
        cli.ok("next", id, "--advance", "--reason", "x");
        String step5 = cli.ok("next", id);
        assertTrue(step5.matches("(?s).*\\[ ] \\d\\. [^\\n]*\\[comensha-toestemming].*"), step5);
    }

    @Test
    void evidenceWithPosterChannelAccountAndScreenshotCompletesTheProfessionalsStepTwo() throws Exception {
        String id = cli.ok("new", "-q", "-c", "grensoverschrijdend-professional", "-t", "Beledigende post",
                "--person", "Mevr. D:slachtoffer:medewerker");
        cli.ok("next", id, "--advance", "--reason", "gesprek niet mogelijk");
        Path shot = home.resolve("shot.png");
        Files.writeString(shot, "png");
        cli.ok("annotate", id, "--evidence", "--posted-by", "@x", "--channel", "LinkedIn", "--account", "@x",
                "--involved", "niemand", "--screenshot", shot.toString());
        String next = cli.ok("next", id);
        assertTrue(next.contains("Every item of this step is done"), next);
        assertFalse(next.contains("NEVER STORE THE IMAGE"), "no image warning on an adult's LinkedIn insult:\n" + next);
    }

    @Test
    void labelsSayLawRuleOrAdvice() {
        String sexting = cli.ok("protocols", "show", "sexting-loverboys");
        assertTrue(sexting.contains("PROTOCOL RULE"), sexting);
        assertFalse(sexting.contains("LEGAL DUTY:"), "police contact is a rule of the plan, not law:\n" + sexting);
        assertTrue(sexting.contains("252"), "the renumbered article of the Criminal Code:\n" + sexting);
        String media = cli.ok("protocols", "show", "media-incident");
        assertTrue(media.contains("ADVICE"), media);
        String staff = cli.ok("protocols", "show", "ongewenst-gedrag-medewerkers");
        assertTrue(staff.contains("LEGAL DUTY (Primary Education Act (WPO) art. 4a"), staff);
        assertFalse(cli.ok("protocols", "show", "sexting-loverboys", "--lang", "nl").toLowerCase().contains("seed"));
    }
}
