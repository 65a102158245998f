package nl.logboek.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaffProtocolTest {

    private final Protocol staff = ProtocolRegistry.shipped().byId("ongewenst-gedrag-medewerkers").orElseThrow();

    @Test
    void meldEnAangifteplichtIsFourMandatoryDatedLegalDutiesInTheirOrder() {
        List<ChecklistItem> step = staff.steps().get(0).items();
        assertEquals(List.of("vermoeden-seksueel-contact", "gemeld-bij-bestuur", "vertrouwensinspecteur-geraadpleegd",
                        "redelijk-vermoeden", "betrokkenen-ingelicht-voor-aangifte", "aangifte-door-bestuur"),
                step.stream().map(ChecklistItem::id).toList());
        List<ChecklistItem> duties = step.stream().filter(i -> i.kind() == ItemKind.ACTION).toList();
        duties.forEach(item -> {
            assertTrue(item.mandatory(), item.id());
            assertTrue(item.dated(), item.id());
            assertEquals(Duty.LAW, item.duty(), item.id());
            assertTrue(item.law().nl().contains("Wet op het primair onderwijs art. 4a"), item.id());
            assertTrue(item.law().nl().contains("WVO") && item.law().nl().contains("WEB"), item.id());
        });
        assertTrue(staff.item("gemeld-bij-bestuur").orElseThrow().text().nl().contains("direct en rechtstreeks, niet via een tussenpersoon"));
        assertTrue(staff.item("aangifte-door-bestuur").orElseThrow().text().nl().contains("ook tegen de wens van betrokkenen in"));
        assertEquals(List.of("vertrouwensinspecteur-geraadpleegd"),
                staff.item("betrokkenen-ingelicht-voor-aangifte").orElseThrow().notBefore());
        assertEquals(List.of("vertrouwensinspecteur-geraadpleegd", "betrokkenen-ingelicht-voor-aangifte"),
                staff.item("aangifte-door-bestuur").orElseThrow().notBefore(),
                "the staff member and the parents are informed before the aangifte");
        assertEquals(List.of("gemeld-bij-bestuur"), staff.item("vertrouwensinspecteur-geraadpleegd").orElseThrow().notBefore());
    }

    @Test
    void theAangifteAppliesOnlyOnceAReasonableSuspicionIsAnsweredJa() {
        ChecklistItem question = staff.item("redelijk-vermoeden").orElseThrow();
        assertEquals(ItemKind.QUESTION, question.kind());
        assertTrue(question.text().nl().contains("redelijk vermoeden van een zedenmisdrijf door een medewerker"));
        for (String id : List.of("betrokkenen-ingelicht-voor-aangifte", "aangifte-door-bestuur")) {
            Condition when = staff.item(id).orElseThrow().when();
            assertEquals("redelijk-vermoeden", when.answer(), id);
            assertEquals(List.of("ja"), when.is(), id);
        }
        for (String id : List.of("gemeld-bij-bestuur", "vertrouwensinspecteur-geraadpleegd", "redelijk-vermoeden")) {
            Condition when = staff.item(id).orElseThrow().when();
            assertEquals("vermoeden-seksueel-contact", when.answer(), id);
            assertEquals(List.of("ja", "twijfel"), when.is(), id);
        }
        assertNull(staff.steps().get(0).regie(), "a rude tweet stays with the school management: the level follows escalate");
    }

    @Test
    void theReportToTheBoardAndTheConsultationAreDueAtOnce() {
        Deadline report = staff.item("gemeld-bij-bestuur").orElseThrow().deadline();
        assertEquals("immediately", report.within());
        assertEquals("reported", report.after());
        Deadline consult = staff.item("vertrouwensinspecteur-geraadpleegd").orElseThrow().deadline();
        assertEquals("immediately", consult.within());
        assertEquals("gemeld-bij-bestuur", consult.after());
        assertTrue(consult.source().contains("art. 4a"));
    }

    @Test
    void lawAlertComesFirstWithTheLawNamed() {
        Alert first = staff.alerts().get(0);
        assertEquals(AlertKind.LAW, first.kind());
        assertTrue(first.law().nl().contains("art. 4a"));
        assertTrue(first.text().nl().startsWith("Meld- en aangifteplicht"));
        assertTrue(first.source().contains("Inspectie van het Onderwijs"));
    }

    @Test
    void isAddedForAStaffMemberAsPerpetratorInASexualCategory() {
        assertTrue(staff.addWhen().stream().anyMatch(r -> r.categories().containsAll(List.of("sexting", "sextortion", "grooming", "loverboy"))
                && r.involves().stream().anyMatch(i -> "dader".equals(i.role()) && "medewerker".equals(i.kind()))));
    }
}
