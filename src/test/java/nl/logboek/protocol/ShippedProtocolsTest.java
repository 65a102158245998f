package nl.logboek.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShippedProtocolsTest {

    private final ProtocolRegistry registry = ProtocolRegistry.shipped();

    @Test
    void everyShippedProtocolLoadsAndValidates() {
        assertEquals(List.of("grensoverschrijdend-professional", "ongewenst-gedrag-medewerkers",
                        "sexting-loverboys", "online-jeugdcriminaliteit", "ongewenst-gedrag-leerlingen",
                        "media-incident", "meldcode"),
                registry.all().stream().map(Protocol::id).toList());
    }

    @Test
    void allIsOrderedByPriorityThenId() {
        List<Protocol> all = registry.all();
        for (int i = 1; i < all.size(); i++) {
            Protocol a = all.get(i - 1);
            Protocol b = all.get(i);
            assertTrue(a.priority() < b.priority()
                    || a.priority().equals(b.priority()) && a.id().compareTo(b.id()) < 0, a.id() + " before " + b.id());
        }
    }

    @Test
    void everyPartnerAProtocolNamesHasADutchAndEnglishName() {
        registry.all().forEach(p -> partnerIds(p).forEach(id -> {
            Partner partner = registry.partner(id).orElseThrow(() -> new AssertionError(p.id() + ": " + id));
            assertFalse(partner.name().nl().isBlank());
            assertFalse(partner.name().en().isBlank());
        }));
    }

    @Test
    void theDomainEscalationChainIsInThePartnerList() {
        Stream.of("mentor", "zorgcoordinator", "ondersteuningsteam", "cjg", "wijkteam", "veilig-thuis",
                        "zorg-en-veiligheidshuis", "politie", "om", "zedenpolitie", "leerplicht", "wijkagent",
                        "ggd", "slachtofferhulp", "jongerenwerk", "gemeente", "helpwanted", "comensha")
                .forEach(id -> assertTrue(registry.partner(id).isPresent(), id));
    }

    @Test
    void protocolsForSexualCategoriesForbidStoringImagesOfMinors() {
        for (Protocol p : registry.all()) {
            boolean sexual = p.appliesTo().stream().flatMap(a -> a.categories().stream())
                    .anyMatch(c -> Category.byId(c).orElseThrow().sexual());
            if (sexual) {
                Alert image = p.alerts().stream().filter(a -> a.kind() == AlertKind.IMAGE).findFirst()
                        .orElseThrow(() -> new AssertionError(p.id() + " has no image alert"));
                assertTrue(image.text().nl().contains("art. 252 Sr, tot 1 juli 2024 art. 240b Sr"), p.id());
                assertTrue(image.text().nl().contains("URL"), p.id());
                assertTrue(image.source().contains("252") && image.source().contains("240b"), p.id());
                assertTrue(image.categories().stream().allMatch(c -> Category.byId(c).orElseThrow().sexual()),
                        p.id() + ": the image warning is shown only where sexual images of minors can be part of the incident");
            }
        }
    }

    @Test
    void anItemIsFoundWithItsStep() {
        Protocol sexting = registry.byId("sexting-loverboys").orElseThrow();
        assertEquals("gesprek-ouders", sexting.stepOf("toestemming-informatie-uitwisselen").orElseThrow().id());
        assertTrue(sexting.item("toestemming-informatie-uitwisselen").orElseThrow().consent());
        assertTrue(sexting.item("bestaat-niet").isEmpty());
    }

    private static Stream<String> partnerIds(Protocol p) {
        Stream<String> steps = p.steps().stream().flatMap(s -> s.partners().stream());
        Stream<String> groups = p.partnerGroups().stream().flatMap(g -> g.partners().stream());
        Stream<String> levels = p.ladder() == null ? Stream.empty()
                : p.ladder().levels().stream().flatMap(l -> l.partners().stream());
        return Stream.of(steps, groups, levels).flatMap(s -> s);
    }
}
