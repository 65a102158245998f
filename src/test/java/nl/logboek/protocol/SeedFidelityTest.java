package nl.logboek.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped protocols follow their seed documents (see the seeds' README): the expected texts
 * below are copied from the seeds, with only the OCR noise cleaned up.
 */
class SeedFidelityTest {

    private final ProtocolRegistry registry = ProtocolRegistry.shipped();

    @Test
    void routekaartFollowsSeed000StepsInOrder() {
        Protocol p = protocol("online-jeugdcriminaliteit");
        assertEquals(List.of("Bericht duiden", "Contextinformatie", "Partner(s) betrekken", "Interveniëren?",
                "Mogelijke online/offline acties"), dutchStepTitles(p));
        assertItemsAtStep(p, "bericht-duiden",
                "Is dit bericht strafbaar of kan het leiden tot strafbare feiten?",
                "Zijn er (potentiële) slachtoffers betrokken?",
                "Is het bekend wie dit zijn?");
        assertItemsAtStep(p, "contextinformatie",
                "Wat weet ik over deze persoon?",
                "Wat weet ik over de vriendengroep van deze persoon?");
        assertItemsAtStep(p, "partners-betrekken",
                "duidelijke rolverdeling tussen partners",
                "wanneer betrek je een partner?",
                "wanneer verwacht je betrokken te worden bij een (online) signaal?",
                "bij welk (online) signaal grijp jij of een ander in?");
        assertItemsAtStep(p, "mogelijke-acties",
                "openbare reactie plaatsen", "privébericht sturen (DM)", "direct bellen of FaceTimen",
                "openbaar bericht plaatsen om te de-escaleren", "jongere persoonlijk opzoeken",
                "collega of partner inschakelen", "ouders of voogd betrekken",
                "huisbezoek of fysiek contactmoment", "rol van handhaving");
    }

    @Test
    void routekaartAlwaysShowsThePrivacyRules() {
        Protocol p = protocol("online-jeugdcriminaliteit");
        String privacy = String.join(" ", p.alerts().stream()
                .filter(a -> a.kind() == AlertKind.PRIVACY).map(a -> a.text().nl()).toList());
        assertTrue(privacy.contains("openbare bronnen"));
        assertTrue(privacy.contains("Geen undercoveractiviteiten"));
        assertTrue(privacy.contains("Geen informatie uit privé-accounts delen"));
        assertTrue(privacy.contains("bij uitzondering met de convenantpartners"));
        assertTrue(privacy.contains("Besloten accounts alleen met OM-bevel"));
        assertTrue(p.alerts().stream().anyMatch(a -> a.text().nl().contains("transparant over je rol")));
    }

    @Test
    void professionalProtocolFollowsSeed001WithAfterCare() {
        Protocol p = protocol("grensoverschrijdend-professional");
        assertEquals(List.of("In gesprek", "Screenshot", "Rapporteer", "Bespreek", "Juridische hulp", "Nazorg"),
                dutchStepTitles(p));
        assertItemsAtStep(p, "screenshot", "wie het heeft gepost", "op welk kanaal het is gepost",
                "van wie het account is", "wie er verder bij betrokken zijn");
        assertItemsAtStep(p, "nazorg",
                "Laat jouw organisatie aangifte doen: neem contact op met jouw leidinggevende en volg het interne protocol.",
                "Een zorgvuldig nazorgtraject is belangrijk.");
    }

    @Test
    void sextingProtocolFollowsSeed002SevenSteps() {
        Protocol p = protocol("sexting-loverboys");
        assertEquals(List.of(
                "Herkennen van signalen vanuit school",
                "Gesprek met de leerling door mentor en/of ondersteuner",
                "Gesprek met de ouders en de leerling",
                "Melding doen — CJG inschakelen",
                "Inschakelen van partners",
                "Netwerkberaad — inclusief de ouders",
                "Coördinatie tot moment afschalen"), dutchStepTitles(p));
        assertTrue(p.step("gesprek-ouders").orElseThrow().description().nl()
                .contains("Toestemming vragen om informatie uit te wisselen"));
        assertTrue(p.step("melding-cjg").orElseThrow().description().nl()
                .contains("Coördinatie vanaf dit punt ligt bij het CJG"));
        assertTrue(p.step("coordinatie-tot-afschalen").orElseThrow().description().nl()
                .contains("dossier weer terug naar school / ouders"));
    }

    @Test
    void pupilProtocolKeepsSeed003ActionsWordForWord() {
        Protocol p = protocol("ongewenst-gedrag-leerlingen");
        assertTrue(p.alerts().stream().anyMatch(a -> a.kind() == AlertKind.RULE
                && a.text().nl().contains("onderneem altijd actie")));
        assertItemTexts(p,
                "We reageren altijd op een voorval.",
                "In het team bespreken we het incident en de te nemen of genomen maatregelen",
                "Met de kinderen bespreken we het incident in de klas.",
                "We geven voorlichting over ongewenst online gedrag en misbruik van sociale media",
                "De betrokken ouders worden geïnformeerd en betrokken bij de verdere gang van zaken rond het incident",
                "Afhankelijk van de aard van het incident worden de overige kinderen en ouders geïnformeerd",
                "We nemen passende maatregelen gericht op het herstellen van het veiligheidsgevoel van het slachtoffer",
                "we laten deze onderwerpen, gekoppeld aan de schoolafspraken, regelmatig terugkomen in de groepen",
                "Ouders van het slachtoffer maken wij attent op professionele hulpverlening en op de mogelijkheid tot het doen van aangifte",
                "We nemen maatregelen in de richting van de dader en verwijzen ouders zo nodig naar hulpverlening",
                "Afhankelijk van de aard en ernst van het incident schakelen wij de politie in.");
        assertEquals(11, p.items().size(), "one item per action in the seed");
    }

    @Test
    void staffProtocolKeepsSeed003ActionsWordForWord() {
        Protocol p = protocol("ongewenst-gedrag-medewerkers");
        assertItemTexts(p,
                "We gaan altijd in gesprek met de medewerker over een voorval",
                "Met de medewerker maken we afspraken over professioneel online gedrag en correcte online communicatie met kinderen en ouders",
                "Afhankelijk van de aard van het ongewenst gedrag wordt coaching op gedrag aangeboden of verplicht",
                "Teamleden worden geïnformeerd over het voorval en de genomen of te nemen maatregelen",
                "Wij overleggen met de ouders van het slachtoffer en verwijzen hen zo nodig naar de vertrouwenspersoon en/of externe hulpverlening",
                "Afhankelijk van de ernst van het incident nemen we arbeidsrechtelijke maatregelen",
                "Wij informeren ouders van kinderen afhankelijk van de aard en grootte van het incident",
                "We nemen contact op met de politie in geval van strafbaar online gedrag");
    }

    @Test
    void mediaOverlayCarriesSeed004Essentials() {
        Protocol p = protocol("media-incident");
        assertTrue(p.overlay());
        assertTrue(p.alerts().stream().anyMatch(a -> a.kind() == AlertKind.LEGAL
                && a.text().nl().contains("Bij strafbare feiten altijd contact opnemen met de politie")));
        assertTrue(p.alerts().stream().anyMatch(a -> a.kind() == AlertKind.URGENCY
                && a.text().nl().contains("binnen 24 uur")));
        assertEquals(List.of("Snel en daadkrachtig handelen", "Politie bij strafbare feiten",
                        "Berichtgeving indammen en daders aanpakken", "Slachtoffers begeleiden",
                        "Media en pers te woord staan", "Voorkomen"), dutchStepTitles(p));
    }

    @Test
    void meldcodeHasFiveStepsWithTheAfwegingskaderAtFourAndFive() {
        Protocol p = protocol("meldcode");
        assertEquals(5, p.steps().size());
        assertTrue(p.source().contains("Meldcode"));
        assertEquals(List.of("afweging-1-vermoeden", "afweging-2-onveiligheid"),
                p.steps().get(3).items().stream().map(ChecklistItem::id).toList());
        assertTrue(p.steps().get(4).items().stream().anyMatch(i -> i.id().equals("gemeld-bij-veilig-thuis")));
        assertTrue(p.ladder().level("veilig-thuis").isPresent());
    }

    private Protocol protocol(String id) {
        return registry.byId(id).orElseThrow();
    }

    private static List<String> dutchStepTitles(Protocol p) {
        return p.steps().stream().map(s -> s.title().nl()).toList();
    }

    private static void assertItemsAtStep(Protocol p, String stepId, String... seedTexts) {
        List<String> items = p.step(stepId).orElseThrow().items().stream().map(i -> i.text().nl()).toList();
        for (String seed : seedTexts) {
            assertTrue(items.stream().anyMatch(t -> t.toLowerCase().contains(seed.toLowerCase())),
                    stepId + " lacks \"" + seed + "\" in " + items);
        }
    }

    private static void assertItemTexts(Protocol p, String... seedTexts) {
        List<String> items = p.items().stream().map(i -> i.text().nl()).toList();
        for (String seed : seedTexts) {
            assertTrue(items.stream().anyMatch(t -> t.contains(seed)), "no item says \"" + seed + "\"");
        }
    }
}
