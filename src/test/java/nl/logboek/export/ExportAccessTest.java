package nl.logboek.export;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.privacy.Redactor;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * export --access PERSON (issue 7, part 6): what the person concerned may see on a request for
 * access (inzageverzoek): their own incidents, with their own name; every other person and every
 * member of staff as a pseudonym; no personal work notes.
 */
class ExportAccessTest {
    /** How Sam de Vries is written, whole and in parts: the only names an export for Sam may show. */
    static final List<String> SAM = List.of("Sam de Vries", "Sam", "Vries");

    @TempDir
    Path home;
    NamedCases cases;

    @BeforeEach
    void setUp() {
        cases = new NamedCases(home);
        cases.cli.ok("consent", cases.bullying, "--partner", "cjg", "--from", "moeder van Sam, gesproken met Alex",
                "--purpose", "hulp via CJG");
        cases.cli.ok("annotate", cases.bullying, "--private", "Eigen inschatting: Sam heeft het thuis zwaar");
    }

    static Stream<Arguments> everyShape() {
        List<Arguments> all = new ArrayList<>();
        for (List<String> format : List.of(List.of("--format", "csv"), List.of("--excel"), List.of("--format", "json"),
                List.of("--format", "jsonl"))) {
            for (List<String> mode : List.of(List.<String>of(), List.of("--events"))) {
                List<String> args = new ArrayList<>(List.of("export", "--access", "Sam de Vries"));
                args.addAll(format);
                args.addAll(mode);
                all.add(Arguments.of(args));
            }
        }
        return all.stream();
    }

    private static List<String> namesOtherThan(List<String> own, String text) {
        List<String> found = new ArrayList<>(NamedCases.namesIn(text));
        found.removeAll(own);
        return found;
    }

    private JsonNode json(String... args) throws Exception {
        return cases.json(args);
    }

    @ParameterizedTest
    @MethodSource("everyShape")
    void anAccessExportShowsThePersonsOwnNameAndNoOtherNameOrAuthor(List<String> args) {
        Cli.Result r = cases.cli.run(args.toArray(String[]::new)).assertExit(0);
        assertTrue(r.out().contains("Sam de Vries"), r.describe());
        assertEquals(List.of(), namesOtherThan(SAM, r.out()), "other names in" + r.describe());
        assertTrue(r.out().contains(cases.bullying) && r.out().contains(cases.loverboy), "Sam's two incidents" + r.describe());
        assertFalse(r.out().contains(cases.hacked) || r.out().contains(cases.sexting), "not someone else's" + r.describe());
        assertFalse(r.out().contains("inschatting") || r.out().contains("zwaar"), "no personal work note" + r.describe());
        assertFalse(r.out().contains("alex_oz") || r.out().contains("chat.whatsapp.com"), "no account details" + r.describe());
        assertTrue(r.err().startsWith("Access request by Sam de Vries: 2 incidents in which Sam de Vries is involved."),
                r.describe());
        assertTrue(r.err().contains("Left out 1 personal work note (annotate --private)"), r.describe());
        assertFalse(r.err().contains("contains names"), r.describe());
    }

    @Test
    void textKeepsThePersonsOwnNameAndEveryOtherNameBecomesAPseudonym() throws Exception {
        JsonNode export = json("export", "--access", "Sam de Vries", "--format", "json");
        assertTrue(export.get("redacted").asBoolean(), "other people are pseudonyms");
        JsonNode bullying = export.at("/incidents/0");
        assertEquals("Medewerker 1", bullying.get("reported_by").asText());
        assertEquals(List.of("Sam de Vries", "Persoon 1", "Persoon 2", "Persoon 3"), names(bullying));
        assertEquals("slachtoffer", bullying.at("/persons/0/role").asText());
        assertEquals(NamedCases.TITLE_A, bullying.get("title").asText());
        assertEquals("Sam de Vries wordt buitengesloten.\r\nPersoon 1 stuurde: \"ga weg\", Persoon 2 keek toe;\nmeer volgt",
                bullying.get("description").asText());
        assertEquals("openbaar", bullying.get("source").asText());
        JsonNode loverboy = export.at("/incidents/1");
        assertEquals("Signalen ronselen bij Persoon 4", loverboy.get("title").asText());
        assertEquals(List.of("Persoon 4", "Sam de Vries", "Persoon 5"), names(loverboy));
        assertEquals("Persoon 4 en Sam zijn veilig;\ndossier terug naar school", loverboy.get("outcome").asText());

        JsonNode events = json("export", "--access", "Sam de Vries", "--events", "--format", "json").get("events");
        JsonNode note = events.get(1);
        assertEquals("annotated", note.get("type").asText());
        assertEquals("Medewerker 2", note.get("author").asText());
        assertEquals("Gesprek met Sam en Persoon 3 gevoerd; Persoon 1 ontkent.", note.at("/payload/text").asText());
        JsonNode evidence = note.at("/payload/evidence");
        assertEquals("WhatsApp-groep 2B", evidence.get("channel").asText());
        for (String left : List.of("posted_by", "account", "involved", "url")) {
            assertFalse(evidence.has(left), left + " is about someone else's account: " + evidence);
        }
        JsonNode consent = null;
        for (JsonNode e : events) {
            assertFalse(e.at("/payload/private").asBoolean(), e.toString());
            if ("consent".equals(e.get("type").asText())) {
                consent = e;
            }
        }
        assertEquals("moeder van Sam, gesproken met Persoon 1", consent.at("/payload/from").asText());
        assertEquals("cjg", consent.at("/payload/partner").asText());
        assertEquals("hulp via CJG", consent.at("/payload/purpose").asText());
    }

    @Test
    void theNameIsFoundWhateverItsCaseAndSpacingAndShownAsRecorded() throws Exception {
        JsonNode incidents = json("export", "--access", "  sAM   de VRIES ", "--format", "json").get("incidents");
        assertEquals(2, incidents.size());
        assertEquals("Sam de Vries", incidents.at("/0/persons/0/name").asText());
    }

    @Test
    void anIncidentFromAPrivateAccountIsIncludedForThePersonItIsAbout() throws Exception {
        JsonNode export = json("export", "--access", "Lotte Visser", "--format", "json");
        JsonNode incidents = export.get("incidents");
        assertEquals(1, incidents.size());
        assertEquals(cases.hacked, incidents.at("/0/id").asText());
        assertEquals("prive-account", incidents.at("/0/source").asText(), "marked as such");
        assertEquals(NamedCases.PRIVATE_TITLE, incidents.at("/0/title").asText(), "Lotte's own name stays");
        assertEquals("Medewerker 1", incidents.at("/0/reported_by").asText(), "Jeroen Smit recorded it");
        String events = cases.cli.ok("export", "--access", "Lotte Visser", "--events", "--format", "jsonl");
        assertTrue(events.contains("Lotte gaf de inlog van haar privé-account"), events);
        assertEquals(List.of(), namesOtherThan(List.of("Lotte Visser", "Lotte", "Visser"), events + export));
    }

    @Test
    void filtersAndIdsNarrowTheIncidentsOfThatPerson() throws Exception {
        JsonNode incidents = json("export", "--access", "Sam de Vries", "--category", "loverboy", "--format", "json")
                .get("incidents");
        assertEquals(1, incidents.size());
        assertEquals(cases.loverboy, incidents.at("/0/id").asText());
        Cli.Result notHers = cases.cli.run("export", "--access", "Sam de Vries", "--format", "jsonl", cases.sexting).assertExit(0);
        assertEquals("", notHers.out(), "an incident Sam is not involved in is never in Sam's export" + notHers.describe());
    }

    @Test
    void aWordOfTheRequestersNameThatAlsoBelongsToAnotherNameIsHidden() {
        Redactor r = Redactor.forAccess(List.of("Sam de Vries", "Sam Bakker"), List.of("m.jansen"), "sam de vries");
        assertEquals("[naam] belde Medewerker 1; Sam de Vries en Persoon 1, Vries",
                r.freeText("Sam belde m.jansen; Sam de Vries en Sam Bakker, Vries"));
        assertEquals("Sam de Vries", r.person("Sam de Vries"), "as recorded");
        assertEquals("Persoon 1", r.person("Sam Bakker"));
        assertEquals("Medewerker 2", r.author("Sam de Vries"), "every author is a pseudonym");
        assertTrue(r.shares("prive-account"), "their own data, wherever it came from");
    }

    @Test
    void theSummaryIsInDutchToo() {
        Cli.Result nl = cases.cli.env("LANG", "nl_NL.UTF-8").run("export", "--access", "Sam de Vries").assertExit(0);
        assertTrue(nl.err().startsWith("Inzageverzoek van Sam de Vries: 2 incidenten waarbij Sam de Vries betrokken is."),
                nl.describe());
    }

    private static List<String> names(JsonNode incident) {
        List<String> names = new ArrayList<>();
        incident.get("persons").forEach(p -> names.add(p.get("name").asText()));
        return names;
    }
}
