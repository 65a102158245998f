package nl.logboek.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.json.JsonTrees;
import nl.logboek.report.Golden;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped protocols' index.jsonl is made from the protocol files, which stay the source of
 * truth: it must name every one of them with the header that file holds.
 */
class ShippedProtocolIndexTest {
    private static final Path DIR = Path.of("src", "main", "resources", "nl", "logboek", "protocols");
    private static final Path INDEX = DIR.resolve(ProtocolIndex.FILE);
    private static final String HOW = "The index is made from the protocol files: run"
            + " `mvn -B test -Dtest=ShippedProtocolIndexTest -Dgolden.update=true` to rewrite it, and review its diff.";

    @Test
    void theIndexNamesEveryShippedProtocolFileWithTheHeaderThatFileHolds() throws IOException {
        Golden.assertMatches(INDEX, indexOfTheProtocolFiles(), HOW);
    }

    @Test
    void theHeadersReadFromTheIndexAreThoseOfTheBoundShippedProtocols() {
        ProtocolLoader loader = new ProtocolLoader();
        Set<String> partnerIds = loader.shippedPartners().stream().map(Partner::id).collect(Collectors.toSet());
        List<ProtocolRegistry.Header> bound = loader.shippedProtocols(partnerIds).stream()
                .map(ProtocolRegistry.Header::of)
                .toList();
        assertEquals(bound, loader.shippedHeaders());
    }

    @Test
    void anIndexLineWritesEveryFieldInAFixedOrderWithTheDefaultsOfAFieldLeftOut() throws IOException {
        JsonNode protocol = JsonTrees.parse("{\"appliesTo\":[{\"targets\":[\"leerling\"],\"categories\":[\"sexting\"]}],"
                + "\"format\":1,\"id\":\"eigen\",\"steps\":[]}");
        assertEquals("{\"file\":\"eigen.json\",\"id\":\"eigen\",\"priority\":" + Protocol.DEFAULT_PRIORITY
                        + ",\"overlay\":false,\"appliesTo\":[{\"categories\":[\"sexting\"],\"targets\":[\"leerling\"]}]}",
                ProtocolIndex.line("eigen.json", protocol));
    }

    @Test
    void aMalformedIndexLineIsABuildErrorNamingTheLine() {
        String good = "{\"file\":\"a.json\",\"id\":\"a\",\"priority\":1,\"overlay\":false,\"appliesTo\":[]}";
        assertEquals("a", ProtocolIndex.parse("index.jsonl", good + "\n").get(0).header().id());
        IllegalStateException notJson = assertThrows(IllegalStateException.class,
                () -> ProtocolIndex.parse("index.jsonl", good + "\n\na.json\n"));
        assertTrue(notJson.getMessage().startsWith("index.jsonl line 3 is not JSON"), notJson.getMessage());
        IllegalStateException noPriority = assertThrows(IllegalStateException.class,
                () -> ProtocolIndex.parse("index.jsonl", "{\"file\":\"a.json\",\"id\":\"a\",\"overlay\":false,\"appliesTo\":[]}"));
        assertTrue(noPriority.getMessage().startsWith("index.jsonl line 1 is not"), noPriority.getMessage());
    }

    /**
     * The index the protocol files give: every *.json but partners.json, those already in the
     * checked-in index in its order, then any others by name.
     */
    private static String indexOfTheProtocolFiles() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(DIR)) {
            files = listing.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".json") && !f.equals(ProtocolLoader.PARTNERS_FILE))
                    .sorted().toList();
        }
        List<String> order = new ArrayList<>(checkedInOrder());
        order.retainAll(files);
        files.stream().filter(f -> !order.contains(f)).forEach(order::add);
        StringBuilder index = new StringBuilder();
        for (String file : order) {
            JsonNode protocol = JsonTrees.parse(Files.readString(DIR.resolve(file), StandardCharsets.UTF_8));
            index.append(ProtocolIndex.line(file, protocol)).append('\n');
        }
        return index.toString();
    }

    /** The file names in the checked-in index, in its order, passing over lines it cannot read. */
    private static List<String> checkedInOrder() throws IOException {
        if (!Files.exists(INDEX)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(INDEX, StandardCharsets.UTF_8)) {
            try {
                JsonNode entry = JsonTrees.parse(line);
                if (entry.path("file").isTextual() && !names.contains(entry.path("file").textValue())) {
                    names.add(entry.path("file").textValue());
                }
            } catch (IOException e) {
                // a damaged line: the file it named, if any, goes after the others
            }
        }
        return names;
    }
}
