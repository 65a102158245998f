package nl.logboek.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An organisation adapts the shipped protocols by putting its own files in a directory. */
class DirectoryProtocolTest {

    private static String protocol(String id, int priority, String category, String partner) {
        return """
                {
                  "format": 1,
                  "id": "%s",
                  "title": {"nl": "Eigen versie", "en": "Own version"},
                  "source": "Eigen protocol van de school",
                  "priority": %d,
                  "appliesTo": [{"categories": ["%s"], "targets": ["leerling"]}],
                  "alerts": [{"id": "geen-beelden", "kind": "image",
                              "text": {"nl": "Sla geen beelden op.", "en": "Store no images."}}],
                  "steps": [
                    {"id": "enige-stap", "title": {"nl": "Enige stap", "en": "Only step"}, "partners": ["%s"],
                     "items": [{"id": "gedaan", "text": {"nl": "Gedaan", "en": "Done"}}]}
                  ],
                  "ladder": {"levels": [
                    {"id": "school", "title": {"nl": "School", "en": "School"}, "regie": {"nl": "Mentor", "en": "Mentor"}},
                    {"id": "zorg", "title": {"nl": "Zorgteam", "en": "Care team"}, "regie": {"nl": "Zorgteam", "en": "Care team"}}
                  ]}
                }
                """.formatted(id, priority, category, partner);
    }

    @Test
    void directoryProtocolWithAShippedIdReplacesIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sexting-loverboys.json"), protocol("sexting-loverboys", 30, "sexting", "mentor"));
        ProtocolRegistry registry = ProtocolRegistry.load(List.of(dir));

        Protocol replaced = registry.byId("sexting-loverboys").orElseThrow();
        assertEquals("Eigen versie", replaced.title().nl());
        assertEquals(ProtocolRegistry.shipped().all().size(), registry.all().size());
        assertEquals(1, registry.all().stream().filter(p -> p.id().equals("sexting-loverboys")).count());
    }

    @Test
    void ownVersionOfAMainProtocolWithoutLadderIsRefused(@TempDir Path dir) throws IOException {
        String noLadder = protocol("sexting-loverboys", 30, "sexting", "mentor")
                .replaceAll("(?s),\\s*\"ladder\": \\{.*?]}", "");
        Files.writeString(dir.resolve("sexting-loverboys.json"), noLadder);
        ProtocolException e = assertThrows(ProtocolException.class, () -> ProtocolRegistry.load(List.of(dir)));
        assertEquals(1, e.problems().size(), e.getMessage());
        ProtocolProblem p = e.problems().get(0);
        assertEquals(dir.resolve("sexting-loverboys.json").toString(), p.file());
        assertEquals(1, p.line());
        assertEquals("ladder", p.field());
        assertTrue(e.getMessage().startsWith(dir.resolve("sexting-loverboys.json") + ":1: ladder: missing: "),
                e.getMessage());
    }

    @Test
    void laterDirectoryReplacesEarlierOne(@TempDir Path root) throws IOException {
        Path first = Files.createDirectory(root.resolve("bestuur"));
        Path second = Files.createDirectory(root.resolve("school"));
        Files.writeString(first.resolve("meldcode.json"), protocol("meldcode", 90, "grooming", "mentor"));
        Files.writeString(second.resolve("meldcode.json"),
                protocol("meldcode", 90, "grooming", "mentor").replace("Eigen versie", "Versie school"));
        assertEquals("Versie school", ProtocolRegistry.load(List.of(first, second))
                .byId("meldcode").orElseThrow().title().nl());
    }

    @Test
    void newProtocolWithLowerPriorityIsSelectedFirst(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pestprotocol.json"), protocol("pestprotocol", 5, "cyberpesten", "mentor"));
        ProtocolRegistry registry = ProtocolRegistry.load(List.of(dir));
        assertEquals("pestprotocol", registry.select("cyberpesten", "leerling").orElseThrow().id());
        assertEquals("grensoverschrijdend-professional", registry.select("cyberpesten", "medewerker").orElseThrow().id());
    }

    @Test
    void directoryPartnersFileAddsPartnersItsProtocolsMayUse(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(ProtocolLoader.PARTNERS_FILE), """
                {"format": 1, "partners": [
                  {"id": "buurtsportcoach", "name": {"nl": "Buurtsportcoach", "en": "Community sports coach"}}
                ]}
                """);
        Files.writeString(dir.resolve("sport.json"), protocol("sport", 100, "cyberpesten", "buurtsportcoach"));
        ProtocolRegistry registry = ProtocolRegistry.load(List.of(dir));
        assertEquals("Buurtsportcoach", registry.partner("buurtsportcoach").orElseThrow().name().nl());
        assertTrue(registry.partner("mentor").isPresent(), "shipped partners stay");
        assertTrue(registry.byId("sport").isPresent());
    }
}
