package nl.logboek.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaffProtocolTest {

    private final Protocol staff = ProtocolRegistry.shipped().byId("ongewenst-gedrag-medewerkers").orElseThrow();

    @Test
    void meldEnAangifteplichtIsThreeMandatoryDatedItems() {
        List<ChecklistItem> duty = staff.steps().get(0).items();
        assertEquals(List.of("gemeld-bij-bestuur", "vertrouwensinspecteur-geraadpleegd", "aangifte-door-bestuur"),
                duty.stream().map(ChecklistItem::id).toList());
        duty.forEach(item -> {
            assertTrue(item.mandatory(), item.id());
            assertTrue(item.dated(), item.id());
        });
        assertTrue(duty.get(0).text().nl().contains("onverwijld en rechtstreeks, niet via een tussenpersoon"));
        assertTrue(duty.get(2).text().nl().contains("ook tegen de wens van betrokkenen in"));
    }

    @Test
    void legalAlertComesFirst() {
        Alert first = staff.alerts().get(0);
        assertEquals(AlertKind.LEGAL, first.kind());
        assertTrue(first.text().nl().startsWith("Meld- en aangifteplicht"));
        assertTrue(first.source().contains("Onderwijsinspectie"));
    }
}
