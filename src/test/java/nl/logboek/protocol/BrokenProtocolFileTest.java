package nl.logboek.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem in a hand-written protocol file is reported as file:line: field: what is wrong. */
class BrokenProtocolFileTest {

    private static final String FILE = "my-protocol.json";

    /**
     * A valid protocol; the tests below break one line of it. Lines: 11 the step's partners, 16 the
     * end of the steps, 18 the ladder's levels, 19 and 20 its two levels.
     */
    private static final String VALID = """
            {
              "format": 1,
              "id": "my-protocol",
              "title": {"nl": "Mijn protocol", "en": "My protocol"},
              "source": "Eigen protocol van de school",
              "appliesTo": [{"categories": ["cyberpesten"]}],
              "steps": [
                {
                  "id": "eerste",
                  "title": {"nl": "Eerste stap", "en": "First step"},
                  "partners": ["mentor"],
                  "items": [
                    {"id": "gedaan", "text": {"nl": "Gedaan", "en": "Done"}}
                  ]
                }
              ],
              "ladder": {
                "levels": [
                  {"id": "school", "title": {"nl": "School", "en": "School"}, "regie": {"nl": "Mentor", "en": "Mentor"}},
                  {"id": "zorg", "title": {"nl": "Zorgteam", "en": "Care team"}, "regie": {"nl": "Zorgteam", "en": "Care team"}}
                ]
              }
            }
            """;

    /** {@link #VALID} without its ladder: the steps' closing bracket is the last thing in it. */
    private static final String WITHOUT_LADDER = VALID.substring(0, VALID.indexOf(",\n  \"ladder\"")) + "\n}\n";

    private final ProtocolLoader loader = new ProtocolLoader();

    @Test
    void theUnbrokenFileIsValid() {
        Protocol p = loader.readProtocol(FILE, VALID, Set.of("mentor"));
        assertEquals("my-protocol", p.id());
        assertEquals(Protocol.DEFAULT_PRIORITY, p.priority());
    }

    @Test
    void missingEnglishNamesFileLineAndField() {
        ProtocolException e = broken("{\"nl\": \"Gedaan\", \"en\": \"Done\"}", "{\"nl\": \"Gedaan\"}");
        assertEquals("my-protocol.json:13: steps[0].items[0].text: missing \"en\"", e.getMessage());
    }

    @Test
    void unknownPartnerNamesFileLineAndField() {
        ProtocolException e = broken("[\"mentor\"]", "[\"mentor\", \"zorgcordinator\"]");
        assertProblem(e, 11, "steps[0].partners[1]", "unknown partner \"zorgcordinator\"");
    }

    @Test
    void duplicateItemIdNamesFileLineAndField() {
        ProtocolException e = broken(
                "{\"id\": \"gedaan\", \"text\": {\"nl\": \"Gedaan\", \"en\": \"Done\"}}",
                "{\"id\": \"gedaan\", \"text\": {\"nl\": \"Gedaan\", \"en\": \"Done\"}},\n"
                        + "        {\"id\": \"gedaan\", \"text\": {\"nl\": \"Nog eens\", \"en\": \"Again\"}}");
        assertProblem(e, 14, "steps[0].items[1].id",
                "duplicate item id \"gedaan\" (also at steps[0].items[0].id)");
    }

    @Test
    void badJsonNamesFileLineAndField() {
        ProtocolException e = broken("\"partners\": [\"mentor\"],", "\"partners\": [\"mentor\"]");
        ProtocolProblem p = single(e);
        assertEquals(FILE, p.file());
        assertEquals(12, p.line());
        assertEquals("steps[0].partners", p.field());
        assertTrue(p.message().startsWith("invalid JSON: "), p.message());
    }

    @Test
    void misspeltFieldIsNotSilentlyIgnored() {
        ProtocolException e = broken("\"en\": \"Done\"}}", "\"en\": \"Done\"}, \"mandatroy\": true}");
        assertProblem(e, 13, "steps[0].items[0].mandatroy", "unknown field \"mandatroy\"; known fields: consent,");
    }

    @Test
    void wrongTypeSaysWhatWasExpected() {
        ProtocolException e = broken("\"en\": \"Done\"}}", "\"en\": \"Done\"}, \"mandatory\": \"ja\"}");
        assertProblem(e, 13, "steps[0].items[0].mandatory", "expected true or false");
    }

    @Test
    void unknownAlertKindListsTheKnownOnes() {
        ProtocolException e = broken("\"steps\": [",
                "\"alerts\": [{\"id\": \"let-op\", \"kind\": \"warning\", \"text\": {\"nl\": \"x\", \"en\": \"x\"}}],\n  \"steps\": [");
        assertProblem(e, 7, "alerts[0].kind", "\"warning\" is not one of: law, legal, privacy, image, urgency, rule, advice");
    }

    @Test
    void unsupportedFormatIsRefused() {
        ProtocolException e = broken("\"format\": 1", "\"format\": 2");
        assertProblem(e, 2, "format", "format 2 is not supported");
    }

    @Test
    void idMustMatchTheFileName() {
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> loader.readProtocol("other.json", VALID, Set.of("mentor")));
        assertTrue(e.getMessage().startsWith("other.json:3: id: \"my-protocol\" does not match the file name"),
                e.getMessage());
    }

    @Test
    void unknownCategoryListsTheKnownOnes() {
        ProtocolException e = broken("[\"cyberpesten\"]", "[\"pesten\"]");
        assertProblem(e, 6, "appliesTo[0].categories[0]", "unknown category \"pesten\"; known: cyberpesten,");
    }

    @Test
    void protocolForASexualCategoryMustWarnAgainstStoringImages() {
        ProtocolException e = broken("[\"cyberpesten\"]", "[\"cyberpesten\", \"sexting\"]");
        assertProblem(e, 6, "appliesTo", "the protocol applies to \"sexting\", so its \"alerts\" need one of kind \"image\"");
    }

    @Test
    void regieMustBeALevelOfTheLadder() {
        ProtocolException e = broken("\"partners\": [\"mentor\"],", "\"regie\": \"cjg\",");
        assertProblem(e, 11, "steps[0].regie", "unknown level \"cjg\"; the ladder has: school, zorg");
    }

    @Test
    void regieNamingALevelOfTheLadderIsValid() {
        String json = VALID.replace("\"partners\": [\"mentor\"],", "\"regie\": \"zorg\",");
        assertEquals("zorg", loader.readProtocol(FILE, json, Set.of("mentor")).steps().get(0).regie());
    }

    @Test
    void regieInAnOverlayWithoutLadderIsRefused() {
        String json = WITHOUT_LADDER.replace("\"partners\": [\"mentor\"],", "\"regie\": \"cjg\",")
                .replace("\"format\": 1,", "\"format\": 1,\n  \"overlay\": true,");
        ProtocolException e = assertThrows(ProtocolException.class, () -> loader.readProtocol(FILE, json, Set.of("mentor")));
        assertProblem(e, 12, "steps[0].regie", "refers to level \"cjg\" but the protocol has no \"ladder\"");
    }

    @Test
    void protocolThatIsNotAnOverlayNeedsALadder() {
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> loader.readProtocol(FILE, WITHOUT_LADDER, Set.of("mentor")));
        assertProblem(e, 1, "ladder", "missing: a protocol that is not an overlay needs an escalation \"ladder\""
                + " with at least 2 levels");
        assertTrue(e.getMessage().contains("set \"overlay\": true"), e.getMessage());
    }

    @Test
    void overlayMayHaveNoLadder() {
        String overlay = WITHOUT_LADDER.replace("\"format\": 1,", "\"format\": 1,\n  \"overlay\": true,");
        Protocol p = loader.readProtocol(FILE, overlay, Set.of("mentor"));
        assertTrue(p.overlay());
        assertEquals(null, p.ladder());
    }

    @Test
    void ladderWithOneLevelIsRefused() {
        ProtocolException e = broken(
                ",\n      {\"id\": \"zorg\", \"title\": {\"nl\": \"Zorgteam\", \"en\": \"Care team\"}, \"regie\": {\"nl\": \"Zorgteam\", \"en\": \"Care team\"}}",
                "");
        assertProblem(e, 18, "ladder.levels", "has 1 level; a ladder needs at least 2");
    }

    @Test
    void firstLevelCannotBeOptional() {
        ProtocolException e = broken("{\"id\": \"school\",", "{\"id\": \"school\", \"optional\": true,");
        assertProblem(e, 19, "ladder.levels[0].optional", "the first level is where every incident starts");
    }

    @Test
    void levelWithoutRegieIsRefused() {
        ProtocolException e = broken(", \"regie\": {\"nl\": \"Mentor\", \"en\": \"Mentor\"}", "");
        assertProblem(e, 19, "ladder.levels[0]", "missing \"regie\"");
    }

    @Test
    void levelMayNameItsSource() {
        String json = VALID.replace("\"regie\": {\"nl\": \"Zorgteam\", \"en\": \"Care team\"}}",
                "\"regie\": {\"nl\": \"Zorgteam\", \"en\": \"Care team\"}, \"source\": \"domain.md: escalatieketen\"}");
        assertEquals("domain.md: escalatieketen",
                loader.readProtocol(FILE, json, Set.of("mentor")).ladder().level("zorg").orElseThrow().source());
        ProtocolException e = broken("\"en\": \"Care team\"}}", "\"en\": \"Care team\"}, \"source\": \" \"}");
        assertProblem(e, 20, "ladder.levels[1].source", "is empty");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        String twice = VALID.replace("\"en\": \"My protocol\"", "\"en\": \"\"")
                .replace("[\"mentor\"]", "[\"nobody\"]");
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> loader.readProtocol(FILE, twice, Set.of("mentor")));
        assertEquals(List.of("title", "steps[0].partners[0]"), e.problems().stream().map(ProtocolProblem::field).toList());
        assertEquals(2, e.getMessage().lines().count());
    }

    @Test
    void brokenFilesInADirectoryAreAllReportedWithTheirPath(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), "{\n  \"format\": 1,\n  \"id\": \"a\"\n}\n");
        Files.writeString(dir.resolve("b.json"), "{\n  \"format\": 1,\n");
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> ProtocolRegistry.load(List.of(dir)));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals(dir.resolve("a.json").toString())
                && p.line() == 1 && p.message().equals("missing \"title\"")), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals(dir.resolve("b.json").toString())
                && p.message().startsWith("invalid JSON")), e.getMessage());
    }

    @Test
    void missingDirectoryIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("protocollen");
        ProtocolException e = assertThrows(ProtocolException.class, () -> ProtocolRegistry.load(List.of(missing)));
        assertEquals(missing + ": no such directory", e.getMessage());
    }

    private ProtocolException broken(String original, String replacement) {
        assertTrue(VALID.contains(original), "test setup: " + original);
        String json = VALID.replaceFirst(java.util.regex.Pattern.quote(original),
                java.util.regex.Matcher.quoteReplacement(replacement));
        return assertThrows(ProtocolException.class, () -> loader.readProtocol(FILE, json, Set.of("mentor")));
    }

    private static ProtocolProblem single(ProtocolException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    private static void assertProblem(ProtocolException e, int line, String field, String messageStart) {
        ProtocolProblem p = single(e);
        assertEquals(FILE, p.file());
        assertEquals(line, p.line(), e.getMessage());
        assertEquals(field, p.field(), e.getMessage());
        assertTrue(p.message().startsWith(messageStart), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + ":" + line + ": " + field + ": "), e.getMessage());
    }
}
