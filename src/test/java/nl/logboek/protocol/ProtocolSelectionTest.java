package nl.logboek.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.logboek.protocol.ProtocolRegistry.Choice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtocolSelectionTest {

    private final ProtocolRegistry registry = ProtocolRegistry.shipped();

    @Test
    void everyCategoryMapsToAProtocolForEveryKindOfTarget() {
        for (Category category : Category.values()) {
            for (TargetKind kind : TargetKind.values()) {
                assertTrue(registry.select(category.id(), kind.id()).isPresent(), category.id() + "/" + kind.id());
            }
        }
    }

    @ParameterizedTest(name = "{0} aimed at {1} -> {2}")
    @CsvSource({
            "zorgwekkend-bericht, leerling, online-jeugdcriminaliteit",
            "zorgwekkend-bericht, derde, online-jeugdcriminaliteit",
            "grensoverschrijdend-professional, medewerker, grensoverschrijdend-professional",
            "bedreiging, medewerker, grensoverschrijdend-professional",
            "cyberpesten, medewerker, grensoverschrijdend-professional",
            "reputatieschade, medewerker, grensoverschrijdend-professional",
            "hacken, medewerker, grensoverschrijdend-professional",
            "sexting, medewerker, grensoverschrijdend-professional",
            "sexting, leerling, sexting-loverboys",
            "loverboy, leerling, sexting-loverboys",
            "sextortion, leerling, sexting-loverboys",
            "grooming, derde, sexting-loverboys",
            "medewerker-gedrag, leerling, ongewenst-gedrag-medewerkers",
            "cyberpesten, leerling, ongewenst-gedrag-leerlingen",
            "bedreiging, derde, ongewenst-gedrag-leerlingen",
            "reputatieschade, leerling, ongewenst-gedrag-leerlingen",
            "hacken, leerling, ongewenst-gedrag-leerlingen",
            "media-incident, leerling, ongewenst-gedrag-leerlingen",
            "media-incident, derde, ongewenst-gedrag-leerlingen",
            "media-incident, medewerker, grensoverschrijdend-professional",
    })
    void selectsTheDocumentedProtocol(String category, String kind, String expected) {
        assertEquals(expected, registry.select(category, kind).orElseThrow().id());
    }

    @Test
    void meldcodeIsSuggestedBesideTheMainProtocolForGrooming() {
        assertEquals(List.of("meldcode"),
                registry.choose("grooming", "leerling", List.of(), null).orElseThrow().addedIds());
        assertEquals(List.of("media-incident"), registry.choose("media-incident", "leerling", List.of(), null).orElseThrow().addedIds(),
                "the media overlay is only ever added, beside the victim's protocol");
        Choice staff = registry.choose("medewerker-gedrag", "leerling",
                List.of(new Party("slachtoffer", "leerling"), new Party("dader", "medewerker")), null).orElseThrow();
        assertEquals("ongewenst-gedrag-medewerkers", staff.main());
        assertEquals(List.of(), staff.addedIds(), "the main protocol is not added again beside itself");
    }

    @ParameterizedTest(name = "{0} aimed at {1}, with {2} -> {3} + {4}")
    @CsvSource(delimiter = ';', value = {
            "grooming; leerling; slachtoffer:leerling dader:medewerker; sexting-loverboys; ongewenst-gedrag-medewerkers meldcode",
            "sexting; leerling; slachtoffer:leerling dader:leerling; sexting-loverboys; ongewenst-gedrag-leerlingen",
            "sexting; medewerker; slachtoffer:medewerker; grensoverschrijdend-professional; sexting-loverboys",
            "hacken; medewerker; slachtoffer:medewerker dader:leerling; grensoverschrijdend-professional; ongewenst-gedrag-leerlingen",
            "sextortion; medewerker; slachtoffer:medewerker; grensoverschrijdend-professional; sexting-loverboys",
            "loverboy; leerling; slachtoffer:leerling; sexting-loverboys; meldcode",
            "media-incident; medewerker; slachtoffer:medewerker; grensoverschrijdend-professional; media-incident",
            "cyberpesten; leerling; slachtoffer:leerling dader:medewerker; ongewenst-gedrag-leerlingen; ongewenst-gedrag-medewerkers",
            "cyberpesten; leerling; slachtoffer:leerling dader:leerling; ongewenst-gedrag-leerlingen; ''",
            "medewerker-gedrag; derde; dader:medewerker; ongewenst-gedrag-medewerkers; ''",
    })
    void everyoneInvolvedDecidesTheAddedProtocols(String category, String kind, String people, String main, String added) {
        List<Party> parties = java.util.Arrays.stream(people.split(" "))
                .map(p -> new Party(p.split(":")[0], p.split(":")[1])).toList();
        Choice choice = registry.choose(category, kind, parties, null).orElseThrow();
        assertEquals(main, choice.main());
        assertEquals(added.isBlank() ? List.of() : List.of(added.split(" ")), choice.addedIds());
    }

    @Test
    void unknownCategoryOrKindIsRefusedWithTheKnownValues() {
        IllegalArgumentException category = assertThrows(IllegalArgumentException.class,
                () -> registry.select("pesten", "leerling"));
        assertTrue(category.getMessage().contains("\"pesten\""));
        assertTrue(category.getMessage().contains("cyberpesten"));
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> registry.select("cyberpesten", "docent"));
        assertTrue(kind.getMessage().contains("leerling, medewerker, derde"));
    }
}
