package nl.logboek.export;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
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

class ExportRedactionTest {
    @TempDir
    Path home;
    NamedCases cases;

    @BeforeEach
    void setUp() {
        cases = new NamedCases(home);
    }

    static Stream<Arguments> everyShape() {
        List<Arguments> all = new ArrayList<>();
        for (List<String> format : List.of(List.of("--format", "csv"), List.of("--excel"), List.of("--format", "json"),
                List.of("--format", "jsonl"))) {
            for (List<String> mode : List.of(List.<String>of(), List.of("--events"))) {
                for (List<String> text : List.of(List.<String>of(), List.of("--keep-text"))) {
                    List<String> args = new ArrayList<>(List.of("export", "--redact"));
                    args.addAll(format);
                    args.addAll(mode);
                    args.addAll(text);
                    all.add(Arguments.of(args));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("everyShape")
    void aRedactedExportContainsNoneOfTheNamesInTheLogbook(List<String> args) {
        Cli.Result r = cases.cli.run(args.toArray(String[]::new)).assertExit(0);
        assertEquals(List.of(), NamedCases.namesIn(r.out()), "names in" + r.describe());
        assertTrue(r.out().contains("Persoon 1") && r.out().contains("Medewerker 1"), r.describe());
        assertTrue(r.out().contains(cases.bullying) && r.out().contains(cases.loverboy) && r.out().contains(cases.sexting), r.describe());
        assertFalse(r.out().contains(cases.hacked), "the private-account incident is left out" + r.describe());
        assertFalse(r.out().contains("privé"), "nothing of the private-account incident" + r.describe());
        assertTrue(r.err().contains("Left out 1 incident whose information comes from a private account"), r.describe());
        assertFalse(r.err().contains("contains names"), r.describe());
    }

    @Test
    void theSamePersonHasOnePseudonymNumberedByFirstAppearance() throws Exception {
        JsonNode incidents = Json.MAPPER.readTree(cases.cli.ok("export", "--redact", "--format", "json")).get("incidents");
        assertEquals(List.of("Persoon 1", "Persoon 2", "Persoon 3", "Persoon 4"), names(incidents.get(0)));
        assertEquals(List.of("Persoon 5", "Persoon 1", "Persoon 6"), names(incidents.get(1)), "Sam de Vries again, as Persoon 1");
        assertEquals(List.of("Persoon 6"), names(incidents.get(2)), "Zoë Çelik again, as Persoon 6");
        assertEquals("Medewerker 1", incidents.get(0).get("reported_by").asText());
        assertEquals("Medewerker 2", incidents.get(1).get("reported_by").asText());
        assertEquals("Medewerker 2", incidents.get(2).get("reported_by").asText());
        assertEquals("slachtoffer", incidents.get(0).at("/persons/0/role").asText(), "roles are kept");
        assertEquals("leerling", incidents.get(0).at("/persons/0/kind").asText(), "kinds are kept");

        JsonNode events = Json.MAPPER.readTree(cases.cli.ok("export", "--redact", "--events", "--format", "json")).get("events");
        JsonNode loverboyCreated = null;
        for (JsonNode e : events) {
            if (e.get("incident").asText().equals(cases.loverboy) && e.get("type").asText().equals("created")) {
                loverboyCreated = e;
            }
        }
        assertEquals("Persoon 1", loverboyCreated.at("/payload/persons/1/name").asText(), "Sam de Vries in the audit trail too");
    }

    private static List<String> names(JsonNode incident) {
        List<String> names = new ArrayList<>();
        incident.get("persons").forEach(p -> names.add(p.get("name").asText()));
        return names;
    }

    @Test
    void freeTextIsLeftOutButWhatIsNeededToFollowTheCaseStays() throws Exception {
        JsonNode export = Json.MAPPER.readTree(cases.cli.ok("export", "--redact", "--format", "json"));
        assertTrue(export.get("redacted").asBoolean());
        JsonNode a = export.get("incidents").get(0);
        assertTrue(a.get("title").isNull() && a.get("description").isNull(), a.toString());
        assertEquals("cyberpesten", a.get("category").asText());
        assertEquals("WhatsApp", a.get("platform").asText());
        assertEquals("middel", a.get("severity").asText());
        JsonNode b = export.get("incidents").get(1);
        assertTrue(b.get("outcome").isNull(), b.toString());
        assertEquals("gesloten", b.get("status").asText());
        assertEquals("school", b.get("level").asText());

        JsonNode events = Json.MAPPER.readTree(cases.cli.ok("export", "--redact", "--events", "--format", "json")).get("events");
        JsonNode evidenceNote = events.get(1).get("payload");
        assertFalse(evidenceNote.has("text"), evidenceNote.toString());
        JsonNode evidence = evidenceNote.get("evidence");
        assertEquals("WhatsApp-groep 2B", evidence.get("channel").asText());
        JsonNode recorded = Json.MAPPER.readTree(cases.cli.ok("export", "--events", "--format", "json")).at("/events/1/payload/evidence");
        assertEquals(recorded.get("posted_at"), evidence.get("posted_at"));
        for (String dropped : List.of("posted_by", "account", "involved", "url")) {
            assertFalse(evidence.has(dropped), dropped + " in " + evidence);
        }
        JsonNode escalated = events.get(4).get("payload");
        assertEquals("escalated", events.get(4).get("type").asText());
        assertEquals("cjg", escalated.get("to").asText());
        assertTrue(escalated.hasNonNull("regie"), "regie names a role, not a person: " + escalated);
        assertFalse(escalated.get("criterion").has("text"), escalated.toString());
        assertFalse(events.get(6).get("payload").has("outcome"), events.get(6).toString());
    }

    @Test
    void keptTextHasEveryKnownNameReplacedByItsPseudonym() throws Exception {
        JsonNode incidents = Json.MAPPER.readTree(cases.cli.ok("export", "--redact", "--keep-text", "--format", "json")).get("incidents");
        assertEquals("Persoon 1 wordt buitengesloten.\r\nPersoon 2 stuurde: \"ga weg\", Persoon 3 keek toe;\nmeer volgt",
                incidents.get(0).get("description").asText());
        assertEquals(NamedCases.TITLE_A, incidents.get(0).get("title").asText());
        assertEquals("Signalen ronselen bij Persoon 5", incidents.get(1).get("title").asText());
        assertEquals("Persoon 5 en Persoon 1 zijn veilig;\ndossier terug naar school", incidents.get(1).get("outcome").asText());

        JsonNode events = Json.MAPPER.readTree(cases.cli.ok("export", "--redact", "--keep-text", "--events", "--format", "json")).get("events");
        JsonNode note = events.get(1).get("payload");
        assertEquals("Gesprek met Persoon 1 en Persoon 4 gevoerd; Persoon 2 ontkent.", note.get("text").asText());
        assertEquals("Persoon 3, Persoon 1", note.at("/evidence/involved").asText());
        assertEquals("=HYPERLINK(\"http://example.org\"), door Persoon 5 gemeld", events.get(2).at("/payload/text").asText());
        assertEquals("ouders van Persoon 6 weigeren toestemming", events.get(4).at("/payload/criterion/text").asText(),
                "Mo first appears after Zoë in the audit trail");
        assertEquals("doel bereikt met Medewerker 3", events.get(5).at("/payload/criterion/text").asText(),
                "a staff name in text becomes that staff member's pseudonym");
    }

    @Test
    void privateAccountIncidentsAreLeftOutEvenWhenAskedForByIdAndTheUserIsTold() {
        Cli.Result r = cases.cli.run("export", "--redact", "--format", "jsonl", cases.hacked).assertExit(0);
        assertEquals("", r.out());
        assertEquals("Left out 1 incident whose information comes from a private account: that is never shared with partners.",
                r.err().strip());
    }

    @Test
    void anUnredactedExportSaysOnStderrThatItContainsNames() {
        Cli.Result r = cases.cli.run("export", "--format", "jsonl").assertExit(0);
        assertTrue(r.out().contains("Sam de Vries") && r.out().contains(cases.hacked), "everything, for the coordinator" + r.describe());
        assertEquals(1, r.err().strip().lines().count(), r.describe());
        assertTrue(r.err().contains("contains names"), r.describe());

        Cli.Result nl = cases.cli.env("LANG", "nl_NL.UTF-8").run("export", "--format", "jsonl").assertExit(0);
        assertTrue(nl.err().contains("bevat namen"), nl.describe());
    }

    @Test
    void aRedactedExportWithNothingLeftOutIsSilentOnStderr() {
        Cli.Result r = cases.cli.run("export", "--redact", "--category", "cyberpesten").assertExit(0);
        assertEquals("", r.err(), r.describe());
    }

    /** Corrections with names and free text in every field that can hold them: amend, retract (a tick and a note), reopen. */
    private void correctEveryWay() {
        cases.cli.ok("amend", cases.bullying, "--title", "Sam en Alex in de app", "--platform", "DM van Noor",
                "--description", "Mo zag het", "--remove-person", "Alex Özdemir", "--add-person", "Jeroen Smit:getuige:medewerker",
                "--severity", "hoog", "--reason", "Zoë wist het beter");
        cases.cli.ok("annotate", cases.sexting, "Gesprek met Lotte");
        cases.cli.ok("retract", cases.sexting, "--entry", "3", "--reason", "Lotte hoort bij een ander incident");
        cases.cli.ok("retract", cases.sexting, "--item", "1", "--reason", "per ongeluk door Marieke Jansen");
        cases.cli.ok("reopen", cases.loverboy, "--reason", "Mo opnieuw benaderd door Alex");
    }

    static Stream<Arguments> everyEventShape() {
        return everyShape().filter(a -> ((List<?>) a.get()[0]).contains("--events"));
    }

    @ParameterizedTest
    @MethodSource("everyEventShape")
    void aRedactedEventExportOfCorrectedIncidentsContainsNoneOfTheNames(List<String> args) {
        correctEveryWay();
        Cli.Result r = cases.cli.run(args.toArray(String[]::new)).assertExit(0);
        assertEquals(List.of(), NamedCases.namesIn(r.out()), "names in" + r.describe());
        for (String type : List.of("amended", "retracted", "reopened")) {
            assertTrue(r.out().contains(type), type + " in" + r.describe());
        }
    }

    @Test
    void correctionsShowWhatWasCorrectedButNotTheirFreeText() throws Exception {
        correctEveryWay();
        JsonNode events = Json.MAPPER.readTree(cases.cli.ok("export", "--redact", "--events", "--format", "json")).get("events");
        JsonNode amended = payload(events, cases.bullying, "amended");
        assertFalse(amended.has("reason"), amended.toString());
        JsonNode set = amended.get("set");
        assertEquals(List.of("severity", "platform"), fieldNames(set), "title and description are free text: " + set);
        assertEquals("hoog", set.get("severity").asText());
        assertTrue(set.get("platform").asText().matches("DM van Persoon \\d+"), set.toString());
        JsonNode created = payload(events, cases.bullying, "created");
        assertEquals(created.at("/persons/1/name"), amended.at("/remove_persons/0"), "Alex Özdemir keeps one pseudonym");
        assertTrue(amended.at("/add_persons/0/name").asText().startsWith("Persoon "), amended.toString());
        assertEquals("getuige", amended.at("/add_persons/0/role").asText());
        assertEquals("medewerker", amended.at("/add_persons/0/kind").asText());

        List<JsonNode> retracted = payloads(events, cases.sexting, "retracted");
        assertEquals(2, retracted.size(), events.toString());
        assertEquals(List.of("entry"), fieldNames(retracted.get(0)));
        assertEquals(List.of("hash", "seq"), fieldNames(retracted.get(0).get("entry")));
        assertEquals("{\"item\":\"signalen-vastgelegd\"}", retracted.get(1).toString());
        assertEquals("{\"base\":true}", payload(events, cases.loverboy, "reopened").toString());
    }

    @Test
    void keptTextOfCorrectionsHasEveryKnownNameReplaced() throws Exception {
        correctEveryWay();
        JsonNode events = Json.MAPPER.readTree(cases.cli.ok("export", "--redact", "--keep-text", "--events", "--format", "json"))
                .get("events");
        JsonNode amended = payload(events, cases.bullying, "amended");
        assertTrue(amended.get("reason").asText().matches("Persoon \\d+ wist het beter"), amended.toString());
        assertEquals(List.of("title", "severity", "platform", "description"), fieldNames(amended.get("set")));
        assertEquals("Persoon 1 en Persoon 2 in de app", amended.at("/set/title").asText(), "Sam and Alex as in the rest of the export");
        List<JsonNode> retracted = payloads(events, cases.sexting, "retracted");
        assertTrue(retracted.get(0).get("reason").asText().matches("Persoon \\d+ hoort bij een ander incident"), retracted.toString());
        assertEquals("per ongeluk door Medewerker 1", retracted.get(1).get("reason").asText());
        assertEquals("Persoon 6 opnieuw benaderd door Persoon 2", payload(events, cases.loverboy, "reopened").get("reason").asText(),
                "Mo and Alex as in the rest of the export");
    }

    private static JsonNode payload(JsonNode events, String incident, String type) {
        List<JsonNode> all = payloads(events, incident, type);
        assertEquals(1, all.size(), type + " of " + incident + " in " + events);
        return all.get(0);
    }

    private static List<JsonNode> payloads(JsonNode events, String incident, String type) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode e : events) {
            if (e.get("incident").asText().equals(incident) && e.get("type").asText().equals(type)) {
                found.add(e.get("payload"));
            }
        }
        return found;
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void handlesPhoneNumbersAndEmailAddressesAreRemovedFromPlatformAndChannel() throws Exception {
        Cli cli = new Cli(home.resolve("contacts"));
        String id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Berichten via Snapchat",
                "-p", "Snapchat @sam_oz, telefoon 06-12345678", "--person", "Sam de Vries:slachtoffer:leerling");
        cli.ok("annotate", id, "--evidence", "--channel", "DM van @alex.2b (alex@example.nl, +31 6 1234 5678)", "Gezien.");
        for (List<String> format : List.of(List.of("--format", "json"), List.of("--format", "csv"))) {
            for (List<String> extra : List.of(List.<String>of(), List.of("--events"), List.of("--keep-text"))) {
                List<String> args = new ArrayList<>(List.of("export", "--redact"));
                args.addAll(format);
                args.addAll(extra);
                Cli.Result r = cli.run(args.toArray(String[]::new)).assertExit(0);
                for (String contact : List.of("@sam_oz", "06-12345678", "@alex.2b", "alex@example.nl", "1234 5678", "example.nl")) {
                    assertFalse(r.out().contains(contact), contact + " in" + r.describe());
                }
            }
        }
        JsonNode incident = Json.MAPPER.readTree(cli.ok("export", "--redact", "--format", "json")).at("/incidents/0");
        assertEquals("Snapchat [account], telefoon [telefoonnummer]", incident.get("platform").asText());
        JsonNode evidence = Json.MAPPER.readTree(cli.ok("export", "--redact", "--events", "--format", "json"))
                .at("/events/1/payload/evidence");
        assertEquals("DM van [account] ([e-mailadres], [telefoonnummer])", evidence.get("channel").asText());
    }
}
