package nl.logboek.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped protocols follow their source documents (see the seeds' README): the expected texts
 * below are taken from the sources, with only the scanning noise cleaned up; the "we" sentences
 * of the school protocol are written as what the coordinator did.
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
        for (String question : List.of("strafbaar", "slachtoffers-betrokken", "slachtoffers-bekend")) {
            assertEquals(ItemKind.QUESTION, p.item(question).orElseThrow().kind(), question);
        }
        assertItemsAtStep(p, "contextinformatie",
                "wat je weet over deze persoon",
                "wat je weet over de vriendengroep van deze persoon");
        assertItemsAtStep(p, "mogelijke-acties",
                "openbare reactie geplaatst", "privébericht (DM) gestuurd", "direct gebeld of gefacetimed",
                "openbaar bericht geplaatst om te de-escaleren", "jongere persoonlijk opgezocht",
                "collega of partner ingeschakeld", "ouders of voogd betrokken",
                "huisbezoek of ander fysiek contactmoment", "handhaving ingeschakeld");
        assertEquals(ItemKind.DECISION, p.item("besluit-intervenieren").orElseThrow().kind());
        assertEquals(List.of("intervenieren"), p.step("mogelijke-acties").orElseThrow().when().is(),
                "the actions of step 5 apply once it is decided to step in");
    }

    @Test
    void routekaartLeavesTheAfsprakenkaartToTheOrganisationsPartnersFile() {
        Protocol p = protocol("online-jeugdcriminaliteit");
        Step partners = p.step("partners-betrekken").orElseThrow();
        assertEquals(List.of("partners-betrokken"), partners.items().stream().map(ChecklistItem::id).toList(),
                "the agreements card is made before any incident, not ticked per incident");
        String advice = partners.alerts().stream().filter(a -> a.kind() == AlertKind.ADVICE)
                .map(a -> a.text().nl()).findFirst().orElseThrow();
        for (String question : List.of("wie doet wat", "wanneer betrek je een partner",
                "wanneer verwacht je betrokken te worden", "bij welk (online) signaal grijp jij of een ander in",
                "afsprakenkaart", "logboek partners")) {
            assertTrue(advice.contains(question), question + " in " + advice);
        }
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
        assertItemsAtStep(p, "screenshot", "wie het bericht heeft gepost", "op welk kanaal het is gepost",
                "van wie het account is", "wie er verder bij betrokken zijn");
        assertItemsAtStep(p, "nazorg",
                "Aangifte laten doen door de organisatie: via de leidinggevende en volgens het interne protocol.",
                "zorgvuldig nazorgtraject");
        assertEquals(Duty.ADVICE, p.item("aangifte-via-organisatie").orElseThrow().duty(),
                "the guide gives it as a tip");
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
    void pupilProtocolHasAnItemForEachActionOfSeed003() {
        Protocol p = protocol("ongewenst-gedrag-leerlingen");
        assertTrue(p.alerts().stream().anyMatch(a -> a.kind() == AlertKind.RULE
                && a.text().nl().contains("onderneem altijd actie")));
        assertItemTexts(p,
                "Gereageerd op het voorval",
                "Het incident en de te nemen of genomen maatregelen besproken in het team",
                "Het incident met de kinderen in de klas besproken",
                "het delen van belastend beeldmateriaal verboden",
                "Voorlichting gegeven over ongewenst online gedrag en misbruik van sociale media",
                "De betrokken ouders geïnformeerd en betrokken bij de verdere afhandeling van het incident",
                "de andere kinderen en hun ouders geïnformeerd",
                "Passende maatregelen genomen om het veiligheidsgevoel van het slachtoffer",
                "gekoppeld aan de schoolafspraken, ingepland om regelmatig terug te komen in de groepen",
                "De ouders van het slachtoffer gewezen op professionele hulpverlening en op de mogelijkheid om aangifte te doen",
                "Maatregelen genomen richting de dader",
                "Afhankelijk van de aard en ernst van het incident de politie ingeschakeld");
        assertEquals(11, p.items().size(), "one item per action in the seed");
    }

    @Test
    void staffProtocolHasAnItemForEachActionOfSeed003() {
        Protocol p = protocol("ongewenst-gedrag-medewerkers");
        assertItemTexts(p,
                "Gesprek gevoerd met de medewerker over het voorval",
                "Afspraken gemaakt met de medewerker over professioneel online gedrag en correcte online communicatie met kinderen en ouders",
                "coaching aangeboden of verplicht gesteld",
                "Teamleden geïnformeerd over het voorval en de genomen of te nemen maatregelen",
                "Overlegd met de ouders van het slachtoffer en hen zo nodig verwezen naar de vertrouwenspersoon en/of externe hulpverlening",
                "Afhankelijk van de ernst van het incident arbeidsrechtelijke maatregelen genomen",
                "Ouders van kinderen geïnformeerd, afhankelijk van de aard en omvang van het incident",
                "Contact opgenomen met de politie over het strafbare online gedrag");
    }

    @Test
    void noShippedItemIsAPolicySentenceOrAddressesTheVictim() {
        for (Protocol p : registry.all()) {
            for (ChecklistItem item : p.items()) {
                String nl = " " + item.text().nl().toLowerCase(java.util.Locale.ROOT) + " ";
                for (String word : List.of(" we ", " wij ", " u ", " uw ", " jouw organisatie", " je gevoelens")) {
                    assertFalse(nl.contains(word), p.id() + "/" + item.id() + " says \"" + word.strip() + "\": " + item.text().nl());
                }
            }
        }
    }

    @Test
    void mediaOverlayCarriesSeed004Essentials() {
        Protocol p = protocol("media-incident");
        assertTrue(p.overlay());
        assertTrue(p.alerts().stream().anyMatch(a -> a.kind() == AlertKind.ADVICE
                && a.text().nl().contains("Bij strafbare feiten raadt deze adviespagina altijd aan contact op te nemen met de politie")),
                "the page's 'wij adviseren altijd contact met de politie' is advice, not a legal duty");
        assertTrue(p.alerts().stream().noneMatch(a -> a.text().nl().contains("24 uur")),
                "the 24 hours are the consultancy's promise about its own response, no warning to a school");
        ChecklistItem promise = p.item("spoedaanvragen-binnen-24-uur").orElseThrow();
        assertTrue(promise.text().nl().contains("een belofte van het bureau, geen termijn voor de school"));
        assertNull(promise.deadline());
        assertFalse(promise.mandatory());
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
        for (String afweging : List.of("afweging-1-vermoeden", "afweging-2-onveiligheid", "afweging-3-effectieve-hulp",
                "afweging-4-hulp-aanvaard", "afweging-5-hulp-op-tijd")) {
            ChecklistItem item = p.item(afweging).orElseThrow();
            assertEquals(ItemKind.DECISION, item.kind(), afweging);
            assertEquals(Duty.LAW, item.duty(), afweging);
            assertTrue(item.law().nl().contains("Wet verplichte meldcode"), afweging);
        }
        assertEquals(List.of("ja"), p.step("beslissen").orElseThrow().when().is(),
                "afweging 1 'nee': record and close, the later steps are skipped");
        assertTrue(p.steps().get(3).alerts().stream().anyMatch(a -> a.kind() == AlertKind.ADVICE
                && a.text().nl().contains("Raadpleeg Veilig Thuis")), "bij twijfel Veilig Thuis raadplegen");
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
