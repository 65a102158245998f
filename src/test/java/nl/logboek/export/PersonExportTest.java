package nl.logboek.export;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * person NAME --export FILE (issue 7, part 7): everything recorded about one person for a request
 * for access, as JSON and as a readable document; other people and staff pseudonymised, personal
 * work notes and lines taken back left out, corrections shown with before, after and reason.
 */
class PersonExportTest {
    static final String PERSONAL = "Eigen inschatting: thuis zwaar";
    static final String TAKEN_BACK = "Hoort bij een ander incident";

    @TempDir
    Path home;
    NamedCases cases;
    Cli cli;

    @BeforeEach
    void setUp() {
        cases = new NamedCases(home);
        cli = cases.cli;
        cli.ok("annotate", cases.bullying, "--private", PERSONAL);
        cli.ok("annotate", cases.bullying, TAKEN_BACK);
        String shown = cli.ok("show", cases.bullying);
        int entries = (int) shown.lines().filter(l -> l.matches("\\s+\\d+  \\d{4}-.*")).count();
        cli.ok("retract", cases.bullying, "--entry", String.valueOf(entries), "--reason", "verkeerd incident");
        cli.ok("amend", cases.bullying, "--severity", "hoog", "-t", "Pesten van Sam door Alex",
                "--reason", "ernst na gesprek met Alex bijgesteld");
    }

    private static List<String> otherNames(String text) {
        List<String> found = new ArrayList<>(NamedCases.namesIn(text));
        found.removeAll(ExportAccessTest.SAM);
        return found;
    }

    @Test
    void jsonHoldsThePersonsIncidentsRolesAndCorrectionsAndNoOtherName() throws Exception {
        Path file = home.resolve("inzage/sam.json");
        String out = cli.ok("person", "sam de vries", "--export", file.toString());
        assertTrue(out.contains("2 incidents"), out);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String text = Files.readString(file);
        assertEquals(List.of(), otherNames(text), text);
        assertFalse(text.contains(PERSONAL) || text.contains(TAKEN_BACK), "no personal note, no line taken back");
        JsonNode doc = Json.MAPPER.readTree(text);
        assertEquals(1, doc.get("format").asInt());
        assertEquals("Sam de Vries", doc.get("subject").asText());
        assertEquals(2, doc.get("incidents").size());
        JsonNode bullying = doc.at("/incidents/0");
        assertEquals(cases.bullying, bullying.get("id").asText());
        assertEquals(cases.loverboy, doc.at("/incidents/1/id").asText());
        assertEquals("slachtoffer", bullying.at("/roles/0/role").asText());
        assertEquals("getuige", doc.at("/incidents/1/roles/0/role").asText());
        assertEquals("Sam de Vries", bullying.at("/persons/0/name").asText());
        assertTrue(bullying.at("/persons/1/name").asText().startsWith("Persoon "));
        assertTrue(bullying.get("reported_by").asText().startsWith("Medewerker "));
        JsonNode amended = null;
        for (JsonNode e : bullying.get("entries")) {
            if (e.get("type").asText().equals("amended")) {
                amended = e;
            }
        }
        assertTrue(amended != null, bullying.toPrettyString());
        assertTrue(amended.get("reason").asText().startsWith("ernst na gesprek met Persoon "), amended.toPrettyString());
        boolean severity = false;
        for (JsonNode c : amended.get("corrections")) {
            if (c.get("field").asText().equals("severity")) {
                assertEquals("middel", c.get("before").asText());
                assertEquals("hoog", c.get("after").asText());
                severity = true;
            }
        }
        assertTrue(severity, amended.toPrettyString());
    }

    @Test
    void theDocumentIsReadableInDutchAndEnglishAndHidesTheSameAsJson() throws Exception {
        Path en = home.resolve("sam.md");
        cli.ok("person", "Sam de Vries", "--export", en.toString(), "--lang", "en");
        String text = Files.readString(en);
        assertTrue(text.startsWith("# Everything recorded about Sam de Vries\n"), text);
        assertTrue(text.contains("AVG art. 16") && text.contains("logboek amend"), text);
        assertTrue(text.contains("Persoon 1") && text.contains("Medewerker 1"), text);
        assertTrue(text.contains("Cyberbullying") && text.contains("victim") && text.contains("witness"), text);
        assertTrue(text.contains("Severity: “medium” → “high”"), text);
        assertEquals(List.of(), otherNames(text), text);
        assertFalse(text.contains(PERSONAL) || text.contains(TAKEN_BACK), text);
        assertTrue(text.indexOf(cases.bullying) < text.indexOf(cases.loverboy), "oldest first");
        assertTrue(text.contains("· Closed · ") && text.contains("zijn veilig;"), "the closing with its outcome: " + text);
        assertTrue(text.contains("· Escalated · ") && text.contains("weigeren toestemming"), text);

        Path nl = home.resolve("sam-nl.txt");
        cli.ok("person", "Sam de Vries", "--export", nl.toString(), "--format", "markdown", "--lang", "nl");
        String dutch = Files.readString(nl);
        assertTrue(dutch.startsWith("# Alles wat is vastgelegd over Sam de Vries\n"), dutch);
        assertTrue(dutch.contains("slachtoffer") && dutch.contains("Ernst: “middel” → “hoog”"), dutch);
        assertEquals(List.of(), otherNames(dutch), dutch);
    }

    @Test
    void badInputIsOneLineExitTwoAndWritesNothing() throws Exception {
        Path existing = home.resolve("bestaat.md");
        Files.writeString(existing, "van iemand anders");
        assertBad(cli.run("person", "Sam de Vries", "--export", existing.toString()), "already exists");
        assertArrayEquals("van iemand anders".getBytes(), Files.readAllBytes(existing));
        Path fresh = home.resolve("nieuw.md");
        assertBad(cli.run("person", "Sam de Vris", "--export", fresh.toString()), "did you mean Sam de Vries?");
        assertBad(cli.run("person", "Sam de Vries", "--export", fresh.toString(), "--format", "pdf"), "--format");
        assertBad(cli.run("person", "Sam de Vries", "--export", fresh.toString(), "--json"), "--json");
        assertBad(cli.run("person", "Sam de Vries", "--format", "json"), "--format");
        assertFalse(Files.exists(fresh));
        try (var files = Files.list(home)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    private static void assertBad(Cli.Result r, String says) {
        r.assertExit(2);
        assertEquals(1, r.err().lines().count(), r.describe());
        assertTrue(r.err().contains(says), r.describe());
    }
}
