package nl.logboek.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every main protocol has an escalation ladder: {@code escalate} starts an incident at the first
 * level and moves it one (non-optional) level up or down, recording the level's first partner and
 * who holds regie there. The ladders follow the seeds where they speak and domain.md's escalation
 * chain otherwise; what is not in the source document says in its {@code source} that it is
 * logboek's addition (or names the public source, such as the Onderwijsinspectie).
 */
class ProtocolLadderTest {

    private final ProtocolRegistry registry = ProtocolRegistry.shipped();

    @Test
    void everyProtocolThatIsNotAnOverlayHasALadderOfAtLeastTwoLevels() {
        List<Protocol> main = registry.all().stream().filter(p -> !p.overlay()).toList();
        assertEquals(5, main.size());
        for (Protocol p : main) {
            Ladder ladder = p.ladder();
            assertNotNull(ladder, p.id() + " has no ladder");
            assertTrue(ladder.levels().size() >= 2, p.id() + " has fewer than two levels");
            for (Level level : ladder.levels()) {
                assertNotNull(level.regie(), p.id() + "/" + level.id());
                assertFalse(level.regie().nl().isBlank(), p.id() + "/" + level.id());
                assertFalse(level.regie().en().isBlank(), p.id() + "/" + level.id());
            }
            assertFalse(ladder.up().isEmpty(), p.id() + " has no criterion to scale up");
            assertFalse(ladder.down().isEmpty(), p.id() + " has no criterion to scale down");
        }
    }

    @Test
    void theFirstLevelIsWhereEveryIncidentStartsSoItIsNotOptional() {
        registry.all().stream().filter(p -> p.ladder() != null)
                .forEach(p -> assertFalse(p.ladder().levels().get(0).optional(), p.id()));
    }

    @Test
    void everyLevelAboveTheBaseNamesThePartnerThatEscalationRecords() {
        registry.all().stream().filter(p -> p.ladder() != null).forEach(p -> {
            List<Level> levels = p.ladder().levels();
            levels.subList(1, levels.size()).forEach(l ->
                    assertFalse(l.partners().isEmpty(), p.id() + "/" + l.id() + " names no partner"));
        });
    }

    @Test
    void everyStepRegieNamesALevelOfItsLadder() {
        registry.all().forEach(p -> p.steps().stream().filter(s -> s.regie() != null).forEach(s ->
                assertTrue(p.ladder() != null && p.ladder().level(s.regie()).isPresent(), p.id() + "/" + s.id())));
    }

    /** Per protocol: level ids (optional ones marked with '?'), up criteria, down criteria. */
    private static final Map<String, List<List<String>>> LADDERS = Map.of(
            "online-jeugdcriminaliteit", List.of(
                    List.of("professional", "partners-afsprakenkaart", "zorg-en-veiligheidshuis", "politie-om"),
                    List.of("partner-volgens-afsprakenkaart", "strafbare-feiten", "slachtoffers-betrokken",
                            "besloten-accounts", "procesregie-nodig"),
                    List.of("niet-intervenieren", "doel-bereikt", "minder-partners-nodig")),
            "grensoverschrijdend-professional", List.of(
                    List.of("professional", "leidinggevende", "juridisch-aangifte"),
                    List.of("grote-impact", "blijft-achtervolgen", "platform-verwijdert-niet",
                            "bedreiging-of-kwaad-daglicht"),
                    List.of("bericht-verwijderd", "doel-bereikt")),
            "sexting-loverboys", List.of(
                    List.of("school", "cjg", "veilig-thuis?", "zorg-en-veiligheidshuis"),
                    List.of("meer-partners-nodig", "geen-toestemming-ouders", "geen-medewerking"),
                    List.of("doel-bereikt", "minder-partners-nodig")),
            "ongewenst-gedrag-leerlingen", List.of(
                    List.of("team-mentor", "zorgcoordinator", "ouders-politie", "cjg", "veilig-thuis?"),
                    List.of("zorg-om-leerling", "veiligheidsgevoel-niet-hersteld", "aard-en-ernst", "strafbaar-gedrag",
                            "hulpverlening-nodig", "onveiligheid-thuis"),
                    List.of("veiligheidsgevoel-hersteld", "doel-bereikt", "minder-partners-nodig")),
            "ongewenst-gedrag-medewerkers", List.of(
                    List.of("schoolleiding", "bestuur", "vertrouwensinspecteur", "politie"),
                    List.of("vermoeden-seksueel-contact", "arbeidsrechtelijke-maatregelen", "overleg-vertrouwensinspecteur",
                            "redelijk-vermoeden", "strafbaar-online-gedrag"),
                    List.of("geen-redelijk-vermoeden", "doel-bereikt")));

    @Test
    void laddersAreTheOnesShipped() {
        LADDERS.forEach((id, expected) -> {
            Ladder ladder = registry.byId(id).orElseThrow().ladder();
            assertEquals(expected.get(0), ladder.levels().stream()
                    .map(l -> l.id() + (l.optional() ? "?" : "")).toList(), id);
            assertEquals(expected.get(1), ladder.up().stream().map(Criterion::id).toList(), id);
            assertEquals(expected.get(2), ladder.down().stream().map(Criterion::id).toList(), id);
        });
    }

    /**
     * The rungs the seeds name keep the protocol's own source; the others (domain.md's escalation
     * chain) say where they come from.
     */
    @Test
    void levelsAndCriteriaFromOutsideTheSourceDocumentsSayWhereTheyCameFrom() {
        Map<String, Set<String>> fromDomain = Map.of(
                "online-jeugdcriminaliteit", Set.of("professional", "partners-afsprakenkaart", "zorg-en-veiligheidshuis",
                        "politie-om", "strafbare-feiten", "slachtoffers-betrokken", "procesregie-nodig",
                        "niet-intervenieren", "doel-bereikt", "minder-partners-nodig"),
                "grensoverschrijdend-professional", Set.of("bericht-verwijderd", "doel-bereikt"),
                "ongewenst-gedrag-leerlingen", Set.of("team-mentor", "zorgcoordinator", "ouders-politie", "cjg",
                        "veilig-thuis", "zorg-om-leerling", "veiligheidsgevoel-niet-hersteld", "hulpverlening-nodig",
                        "onveiligheid-thuis", "veiligheidsgevoel-hersteld", "doel-bereikt", "minder-partners-nodig"),
                "ongewenst-gedrag-medewerkers", Set.of("schoolleiding", "bestuur", "politie", "vermoeden-seksueel-contact",
                        "arbeidsrechtelijke-maatregelen", "redelijk-vermoeden", "geen-redelijk-vermoeden", "doel-bereikt"));
        fromDomain.forEach((id, sourced) -> {
            Ladder ladder = registry.byId(id).orElseThrow().ladder();
            Stream.concat(
                    ladder.levels().stream().map(l -> Map.entry(l.id(), String.valueOf(l.source()))),
                    Stream.concat(ladder.up().stream(), ladder.down().stream())
                            .map(c -> Map.entry(c.id(), String.valueOf(c.source()))))
                    .forEach(e -> {
                        if (sourced.contains(e.getKey())) {
                            assertTrue(e.getValue().contains("logboek") || e.getValue().contains("Onderwijsinspectie"), id + "/" + e.getKey() + ": " + e.getValue());
                        } else {
                            assertEquals("null", e.getValue(), id + "/" + e.getKey() + " is in the source document");
                        }
                    });
        });
    }

    @Test
    void routekaartRunsFromTheProfessionalViaTheAfsprakenkaartToPoliceAndOm() {
        Ladder ladder = registry.byId("online-jeugdcriminaliteit").orElseThrow().ladder();
        assertEquals(List.of("wijkagent", "jongerenwerk", "leerplicht"),
                ladder.level("partners-afsprakenkaart").orElseThrow().partners());
        assertTrue(ladder.level("zorg-en-veiligheidshuis").orElseThrow().regie().nl().contains("procesregie"));
        assertTrue(ladder.level("politie-om").orElseThrow().regie().nl().contains("opsporingsbevel van het OM"));
        assertNull(ladder.afterDown(), "seed 000 does not say what happens after scaling down");
    }

    @Test
    void professionalLadderEndsWithLegalHelpAndAangifteByTheOrganisationThenAfterCare() {
        Ladder ladder = registry.byId("grensoverschrijdend-professional").orElseThrow().ladder();
        assertEquals(List.of("juridisch", "politie"), ladder.level("juridisch-aangifte").orElseThrow().partners());
        assertTrue(ladder.up().stream().anyMatch(c -> c.text().nl().contains("platform verwijdert het bericht niet")));
        assertTrue(ladder.afterDown().nl().contains("Een zorgvuldig nazorgtraject is belangrijk."));
    }

    @Test
    void pupilLadderBringsInThePoliceByNatureAndSeverity() {
        Ladder ladder = registry.byId("ongewenst-gedrag-leerlingen").orElseThrow().ladder();
        assertEquals("politie", ladder.level("ouders-politie").orElseThrow().partners().get(0));
        assertTrue(ladder.up().stream().anyMatch(c -> c.id().equals("aard-en-ernst")
                && c.text().nl().contains("Afhankelijk van de aard en ernst van het incident")));
        assertTrue(ladder.level("veilig-thuis").orElseThrow().optional());
    }

    @Test
    void staffLadderFollowsTheMeldEnAangifteplicht() {
        Protocol staff = registry.byId("ongewenst-gedrag-medewerkers").orElseThrow();
        Ladder ladder = staff.ladder();
        assertEquals("bestuur", staff.item("gemeld-bij-bestuur").orElseThrow().fulfilledBy().get(0).escalation(),
                "escalating to the board is the report to the board");
        assertTrue(ladder.level("politie").orElseThrow().regie().nl().contains("ook tegen de wens van betrokkenen in"));
        assertTrue(ladder.up().stream().anyMatch(c -> c.id().equals("vermoeden-seksueel-contact")
                && c.text().nl().contains("direct en rechtstreeks bij het bestuur")));
    }
}
