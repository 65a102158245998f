package nl.logboek.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
            "media-incident, leerling, media-incident",
            "media-incident, medewerker, media-incident",
    })
    void selectsTheDocumentedProtocol(String category, String kind, String expected) {
        assertEquals(expected, registry.select(category, kind).orElseThrow().id());
    }

    @Test
    void meldcodeIsSuggestedBesideTheMainProtocolForGrooming() {
        assertEquals(List.of("meldcode"),
                registry.choose("grooming", "leerling", List.of(), null).orElseThrow().addedIds());
        assertEquals(List.of(), registry.choose("media-incident", "leerling", List.of(), null).orElseThrow().addedIds(),
                "the main protocol is not added again beside itself");
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
