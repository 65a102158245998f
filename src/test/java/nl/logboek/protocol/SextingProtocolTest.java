package nl.logboek.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SextingProtocolTest {

    private final Protocol sexting = ProtocolRegistry.shipped().byId("sexting-loverboys").orElseThrow();

    @Test
    void policeRuleIsShownAtEveryStepAsARuleOfThePlan() {
        for (Step step : sexting.steps()) {
            assertTrue(sexting.alertsAt(step).stream().anyMatch(a -> a.kind() == AlertKind.RULE
                            && a.text().nl().contains("Bij sexting altijd contact opnemen met politie")
                            && a.text().nl().contains("zedenmisdrijf")),
                    step.id());
        }
    }

    @Test
    void policeContactIsAMandatoryRuleNotALegalDuty() {
        ChecklistItem police = sexting.item("politie-gecontacteerd").orElseThrow();
        assertEquals(Duty.RULE, police.duty());
        assertTrue(police.mandatory());
        assertTrue(police.source().startsWith("Stappenplan Sexting & Loverboys, stap 1"));
    }

    @Test
    void stepsFourToSevenApplyOnceAReportIsDecidedAtStepThree() {
        assertEquals(ItemKind.DECISION, sexting.item("besluit-melding").orElseThrow().kind());
        for (String step : List.of("melding-cjg", "partners-inschakelen", "coordinatie-tot-afschalen")) {
            assertEquals("besluit-melding", sexting.step(step).orElseThrow().when().answer(), step);
        }
        assertEquals(2, sexting.step("netwerkberaad").orElseThrow().when().all().size(),
                "the network meeting needs the report and its own decision");
    }

    @Test
    void escalationDeescalationAndConsentTickTheItemsTheyFulfil() {
        assertEquals(List.of("*"), fulfilments("toestemming-informatie-uitwisselen").stream().map(Fulfilment::consent).toList());
        assertEquals(List.of("comensha"), fulfilments("comensha-toestemming").stream().map(Fulfilment::consent).toList(),
                "a consent for the CJG does not tick CoMensha's item");
        assertEquals(List.of("*"), fulfilments("partners-ingeschakeld").stream().map(Fulfilment::escalation).toList());
        assertEquals(List.of("cjg"), fulfilments("melding-cjg-gedaan").stream().map(Fulfilment::escalation).toList());
        assertEquals(Boolean.TRUE, fulfilments("afgeschaald").get(0).deescalation());
    }

    private List<Fulfilment> fulfilments(String item) {
        return sexting.item(item).orElseThrow().fulfilledBy();
    }

    @Test
    void parentalConsentIsRecordedAtStepThree() {
        Step three = sexting.steps().get(2);
        ChecklistItem consent = three.items().stream().filter(ChecklistItem::consent).findFirst().orElseThrow();
        assertEquals("toestemming-informatie-uitwisselen", consent.id());
        assertTrue(consent.dated());
    }

    @Test
    void schoolHoldsRegieUntilStepThreeAndTheCjgFromStepFour() {
        assertEquals(List.of("school", "school", "school", "cjg", "cjg", "cjg", "cjg"),
                sexting.steps().stream().map(Step::regie).toList());
    }

    @Test
    void ladderRunsFromSchoolViaCjgToTheZorgEnVeiligheidshuis() {
        Ladder ladder = sexting.ladder();
        assertEquals(List.of("school", "cjg", "veilig-thuis", "zorg-en-veiligheidshuis"),
                ladder.levels().stream().map(Level::id).toList());
        assertTrue(ladder.level("veilig-thuis").orElseThrow().optional());
        assertTrue(ladder.level("zorg-en-veiligheidshuis").orElseThrow().regie().nl().contains("procesregie"));
        assertEquals(4, ladder.level("cjg").orElseThrow().tasks().size());
        assertEquals(List.of("meer-partners-nodig", "geen-toestemming-ouders", "geen-medewerking"),
                ladder.up().stream().map(Criterion::id).toList());
        assertEquals(List.of("doel-bereikt", "minder-partners-nodig"),
                ladder.down().stream().map(Criterion::id).toList());
        assertTrue(ladder.afterDown().nl().contains("terug naar school / ouders"));
    }

    @Test
    void partnerListsAreThoseOfTheSeed() {
        assertEquals(List.of("noodzakelijk", "optioneel", "bij-opschaling"),
                sexting.partnerGroups().stream().map(PartnerGroup::id).toList());
        assertEquals(List.of("ouders", "leerling", "school"), sexting.partnerGroups().get(0).partners());
        assertEquals(List.of("cjg"), sexting.partnerGroups().get(2).partners());
        assertTrue(sexting.partnerGroups().get(1).partners().containsAll(
                List.of("veilig-thuis", "leerplicht", "wijkagent", "zedenpolitie", "slachtofferhulp",
                        "zorg-en-veiligheidshuis", "ggd")));
    }
}
