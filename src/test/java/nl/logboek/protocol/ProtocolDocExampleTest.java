package nl.logboek.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The "complete, minimal protocol" in docs/protocol-format.md is one the loader accepts. */
class ProtocolDocExampleTest {

    @Test
    void minimalExampleInTheFormatDocIsValid() throws IOException {
        String doc = Files.readString(Path.of("docs", "protocol-format.md"), StandardCharsets.UTF_8);
        int intro = doc.indexOf("A complete, minimal protocol:");
        assertTrue(intro >= 0, "the example's introduction moved; update this test");
        int start = doc.indexOf("```json\n", intro) + "```json\n".length();
        String json = doc.substring(start, doc.indexOf("```", start));
        ProtocolRegistry shipped = ProtocolRegistry.shipped();
        Protocol p = new ProtocolLoader().readProtocol("pestprotocol-lyceum.json", json,
                shipped.partners().stream().map(Partner::id).collect(java.util.stream.Collectors.toSet()));
        assertEquals("pestprotocol-lyceum", p.id());
        assertEquals(2, p.ladder().levels().size());
    }

    @Test
    void exampleWithQuestionsDecisionsAndConditionsInTheFormatDocIsValid() throws IOException {
        String doc = Files.readString(Path.of("docs", "protocol-format.md"), StandardCharsets.UTF_8);
        int intro = doc.indexOf("The same protocol using questions");
        assertTrue(intro >= 0, "the example's introduction moved; update this test");
        int start = doc.indexOf("```json\n", intro) + "```json\n".length();
        String json = doc.substring(start, doc.indexOf("```", start));
        ProtocolRegistry shipped = ProtocolRegistry.shipped();
        Protocol p = new ProtocolLoader().readProtocol("pestprotocol-lyceum.json", json,
                shipped.partners().stream().map(Partner::id).collect(java.util.stream.Collectors.toSet()));
        assertEquals(ItemKind.DECISION, p.item("aanpak-gekozen").orElseThrow().kind());
        assertEquals("aanpak-gekozen", p.item("herstelgesprek-gevoerd").orElseThrow().when().answer());
        assertEquals(1, p.addWhen().size());
    }
}
