package nl.logboek.export;

import nl.logboek.incident.EventTypes;
import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentFolder;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.Json;
import nl.logboek.logbook.Logbook;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * export --for PARTNER (issue 7, part 4): an incident carries names and text only when consent or
 * another ground is recorded for that partner; every other one is redacted as --redact does; an
 * incident from a private account is never in it.
 */
class ExportForPartnerTest {
    @TempDir
    Path home;
    NamedCases cases;

    @BeforeEach
    void setUp() {
        cases = new NamedCases(home);
        // A ground for another partner, whose consent event names people in who gave it and why.
        cases.cli.ok("consent", cases.bullying, "--partner", "politie", "--from", "moeder van Sam",
                "--purpose", "melding, besproken met Marieke Jansen", "--date", "2026-11-20");
    }

    static Stream<Arguments> everyShape() {
        List<Arguments> all = new ArrayList<>();
        for (List<String> format : List.of(List.of("--format", "csv"), List.of("--excel"), List.of("--format", "json"),
                List.of("--format", "jsonl"))) {
            for (List<String> mode : List.of(List.<String>of(), List.of("--events"))) {
                List<String> args = new ArrayList<>(format);
                args.addAll(mode);
                all.add(Arguments.of(args));
            }
        }
        return all.stream();
    }

    private Cli.Result export(String partner, List<String> more) {
        List<String> args = new ArrayList<>(List.of("export", "--for", partner));
        args.addAll(more);
        return cases.cli.run(args.toArray(String[]::new)).assertExit(0);
    }

    private JsonNode json(String... args) throws Exception {
        return Json.MAPPER.readTree(cases.cli.ok(args));
    }

    private static List<String> names(JsonNode incident) {
        List<String> names = new ArrayList<>();
        incident.get("persons").forEach(p -> names.add(p.get("name").asText()));
        return names;
    }

    /** The records of the export that belong to other incidents than {@code id}, as text. */
    private static String recordsNotOf(JsonNode records, String id) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode r : records) {
            String of = r.has("incident") ? r.get("incident").asText() : r.get("id").asText();
            if (!of.equals(id)) {
                sb.append(r).append('\n');
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @MethodSource("everyShape")
    void aPartnerExportWithoutConsentForThatPartnerCarriesNoNames(List<String> shape) {
        Cli.Result r = export("cjg", shape);
        assertEquals(List.of(), NamedCases.namesIn(r.out()), "names in" + r.describe());
        assertTrue(r.out().contains("Persoon 1") && r.out().contains("Medewerker 1"), r.describe());
        assertTrue(r.out().contains(cases.bullying) && r.out().contains(cases.loverboy) && r.out().contains(cases.sexting), r.describe());
        assertFalse(r.out().contains(cases.hacked), "the private-account incident is left out" + r.describe());
        assertFalse(r.out().contains("moeder") || r.out().contains("besproken"),
                "who gave consent to another partner, and why, is not shown" + r.describe());
        assertEquals("For cjg: 0 incidents with names (consent or another ground recorded for cjg), 3 redacted (no ground "
                + "recorded for cjg: record one with 'logboek consent ID --partner cjg'), 1 left out (information from a "
                + "private account is never shared).", r.err().lines().findFirst().orElse(""), r.describe());
        assertTrue(r.err().contains("Warning: for Centre for Youth and Family (CJG), no ground is recorded in any of these 3 incidents"),
                r.describe());
    }

    @Test
    void withConsentForThePartnerItsIncidentCarriesNamesAndTextButTheOthersDoNot() throws Exception {
        cases.cli.ok("consent", cases.bullying, "--partner", "cjg", "--from", "ouders van Sam", "--purpose", "hulp via CJG");

        JsonNode export = json("export", "--for", "cjg", "--format", "json");
        assertTrue(export.get("redacted").asBoolean(), "some incidents in it are redacted");
        JsonNode incidents = export.get("incidents");
        assertEquals(3, incidents.size());
        JsonNode shared = incidents.get(0);
        assertEquals(cases.bullying, shared.get("id").asText());
        assertEquals(List.of("Sam de Vries", "Alex Özdemir", "Noor El Amrani", "mevr. Bakker"), names(shared));
        assertEquals(NamedCases.TITLE_A, shared.get("title").asText());
        assertEquals(NamedCases.DESCRIPTION_A, shared.get("description").asText());
        assertEquals("Marieke Jansen", shared.get("reported_by").asText());
        assertEquals(List.of(), NamedCases.namesIn(recordsNotOf(incidents, cases.bullying)), "the other incidents are redacted");
        assertTrue(incidents.get(1).get("title").isNull(), incidents.get(1).toString());
        assertEquals("Persoon 1", incidents.get(1).at("/persons/0/name").asText(), "numbered among the redacted incidents");

        JsonNode events = json("export", "--for", "cjg", "--events", "--format", "json").get("events");
        assertEquals(List.of(), NamedCases.namesIn(recordsNotOf(events, cases.bullying)));
        JsonNode cjgConsent = null;
        for (JsonNode e : events) {
            if (EventTypes.CONSENT.equals(e.get("type").asText()) && "cjg".equals(e.at("/payload/partner").asText())) {
                cjgConsent = e;
            }
        }
        assertEquals("ouders van Sam", cjgConsent.at("/payload/from").asText(), "the incident is shared with names: " + cjgConsent);
        assertEquals("hulp via CJG", cjgConsent.at("/payload/purpose").asText());
        assertEquals("Test Coördinator", cjgConsent.get("author").asText());

        assertFalse(json("export", "--for", "cjg", "--format", "json", cases.bullying).get("redacted").asBoolean(),
                "nothing in it is redacted");

        Cli.Result r = export("cjg", List.of("--format", "jsonl"));
        assertTrue(r.err().startsWith("For cjg: 1 incident with names (consent or another ground recorded for cjg), 2 redacted"),
                r.describe());

        for (String other : List.of("veilig-thuis", "wijkteam")) {
            for (List<String> shape : List.of(List.of("--format", "json"), List.of("--events", "--format", "json"))) {
                Cli.Result o = export(other, shape);
                assertEquals(List.of(), NamedCases.namesIn(o.out()), "consent for cjg is not consent for " + other + o.describe());
                assertFalse(o.out().contains("ouders van") || o.out().contains("hulp via"), o.describe());
            }
        }
    }

    @Test
    void aRefusalAfterConsentRedactsTheIncidentAgainAndANewConsentSharesIt() throws Exception {
        cases.cli.ok("consent", cases.bullying, "--partner", "cjg", "--from", "ouders", "--purpose", "hulp via CJG",
                "--date", "2026-11-19");
        assertEquals("Sam de Vries", json("export", "--for", "cjg", "--format", "json").at("/incidents/0/persons/0/name").asText());

        cases.cli.ok("consent", cases.bullying, "--partner", "cjg", "--from", "ouders", "--purpose", "hulp via CJG",
                "--refused", "--date", "2026-11-20");
        for (List<String> shape : List.of(List.of("--format", "csv"), List.of("--events", "--format", "jsonl"))) {
            Cli.Result r = export("cjg", shape);
            assertEquals(List.of(), NamedCases.namesIn(r.out()), "refused: redacted again" + r.describe());
            assertTrue(r.err().startsWith("For cjg: 0 incidents with names"), r.describe());
        }

        cases.cli.ok("consent", cases.bullying, "--partner", "cjg", "--from", "ouders", "--purpose", "toch hulp via CJG");
        assertEquals("Sam de Vries", json("export", "--for", "cjg", "--format", "json").at("/incidents/0/persons/0/name").asText(),
                "the latest word counts");
    }

    @Test
    void aLegalDutyOrVitalInterestCountsAsAGround() throws Exception {
        cases.cli.ok("consent", cases.sexting, "--partner", "veilig-thuis", "--ground", "wettelijke-plicht",
                "--purpose", "melding");
        cases.cli.ok("consent", cases.bullying, "--partner", "veilig-thuis", "--ground", "vitaal-belang",
                "--purpose", "acute dreiging");
        JsonNode incidents = json("export", "--for", "veilig-thuis", "--format", "json").get("incidents");
        assertEquals(List.of("Sam de Vries", "Alex Özdemir", "Noor El Amrani", "mevr. Bakker"), names(incidents.get(0)));
        assertEquals(List.of("Zoë Çelik"), names(incidents.get(2)));
        assertNull(incidents.get(1).get("title").textValue(), "the loverboy incident has no ground for veilig-thuis");
    }

    @Test
    void theSeedConsentForThePoliceSharesWithThePoliceOnly() throws Exception {
        JsonNode incidents = json("export", "--for", "politie", "--format", "json").get("incidents");
        assertEquals("Sam de Vries", incidents.at("/0/persons/0/name").asText());
        JsonNode events = json("export", "--for", "politie", "--events", "--format", "json").get("events");
        boolean seen = false;
        for (JsonNode e : events) {
            if (EventTypes.CONSENT.equals(e.get("type").asText())) {
                assertEquals("moeder van Sam", e.at("/payload/from").asText());
                seen = true;
            }
        }
        assertTrue(seen, events.toString());
    }

    @Test
    void privateAccountIncidentsAreNeverInAPartnerExportEvenWithConsent() {
        cases.cli.ok("consent", cases.hacked, "--partner", "cjg", "--from", "Lotte Visser", "--purpose", "hulp");
        for (List<String> shape : List.of(List.of("--format", "jsonl"), List.of("--events", "--format", "jsonl"))) {
            List<String> asked = new ArrayList<>(shape);
            asked.add(cases.hacked);
            Cli.Result r = export("cjg", asked);
            assertEquals("", r.out(), "not even when asked for by id" + r.describe());
            assertTrue(r.err().startsWith("For cjg: 0 incidents with names (consent or another ground recorded for cjg), "
                    + "0 redacted"), r.describe());
            assertTrue(r.err().contains("1 left out (information from a private account is never shared)"), r.describe());

            Cli.Result all = export("cjg", shape);
            assertFalse(all.out().contains(cases.hacked) || all.out().contains("Lotte"), all.describe());
        }
    }

    @Test
    void forWithRedactRedactsEveryIncidentEvenWithConsent() {
        cases.cli.ok("consent", cases.bullying, "--partner", "cjg", "--from", "ouders", "--purpose", "hulp via CJG");
        for (List<String> shape : List.of(List.of("--format", "json"), List.of("--events", "--excel"),
                List.of("--keep-text", "--format", "jsonl"))) {
            List<String> args = new ArrayList<>(List.of("--redact"));
            args.addAll(shape);
            Cli.Result r = export("cjg", args);
            assertEquals(List.of(), NamedCases.namesIn(r.out()), r.describe());
            assertTrue(r.err().startsWith("For cjg: 0 incidents with names, 3 redacted (--redact: all of them), 1 left out"),
                    r.describe());
        }
    }

    @Test
    void aPartnerIsKnownWhateverItsCaseAndTheSummaryIsInDutchToo() {
        cases.cli.ok("consent", cases.bullying, "--partner", "cjg", "--from", "ouders", "--purpose", "hulp via CJG");
        Cli.Result r = export("CJG", List.of("--format", "jsonl"));
        assertTrue(r.out().contains("Sam de Vries") && r.err().startsWith("For cjg: 1 incident with names"), r.describe());

        Cli.Result nl = cases.cli.env("LANG", "nl_NL.UTF-8").run("export", "--for", "cjg").assertExit(0);
        assertEquals("Voor cjg: 1 incident met namen (toestemming of een andere grondslag vastgelegd voor cjg), "
                + "2 gepseudonimiseerd (geen grondslag vastgelegd voor cjg: leg die vast met 'logboek consent ID --partner cjg'), "
                + "1 weggelaten (informatie uit een privéaccount wordt nooit gedeeld).", nl.err().strip(), nl.describe());
    }

    @Test
    void aPartnerExportIsDeterministic() {
        cases.cli.ok("consent", cases.bullying, "--partner", "cjg", "--from", "ouders", "--purpose", "hulp via CJG");
        for (List<String> shape : List.of(List.of("--format", "csv"), List.of("--events", "--format", "json"))) {
            assertEquals(export("cjg", shape).out(), export("cjg", shape).out());
        }
    }

    /**
     * The consent rule (privacy.Consents): the latest word per partner decides; a refusal after a
     * consent takes it back, a consent after a refusal gives it, a legal ground counts as one.
     */
    @Test
    void theLatestConsentEventPerPartnerDecidesWhetherAnIncidentIsShared() {
        cases.cli.ok("consent", cases.bullying, "--partner", "cjg", "--from", "ouders", "--purpose", "a");
        cases.cli.ok("consent", cases.bullying, "--partner", "cjg", "--from", "ouders", "--purpose", "b", "--refused");
        cases.cli.ok("consent", cases.sexting, "--partner", "cjg", "--from", "ouders", "--purpose", "c", "--refused");
        cases.cli.ok("consent", cases.sexting, "--partner", "veilig-thuis", "--ground", "wettelijke-plicht", "--purpose", "d");
        cases.cli.ok("consent", cases.hacked, "--partner", "wijkteam", "--from", "Lotte", "--purpose", "e", "--refused");
        cases.cli.ok("consent", cases.hacked, "--partner", "wijkteam", "--from", "Lotte", "--purpose", "f");

        List<Event> events = new ArrayList<>();
        new Logbook(cases.cli.logbook(), Clock.systemUTC()).read(events::add);
        IncidentFolder compact = IncidentFolder.compact(false);
        events.forEach(compact);
        java.util.Set<String> shared = new java.util.TreeSet<>();
        for (Incident incident : compact.incidents()) {
            IncidentSummary summary = new IncidentSummary(incident, List.of());
            for (String partner : List.of("cjg", "politie", "veilig-thuis", "wijkteam", "ggd")) {
                if (summary.mayShareWith(partner)) {
                    shared.add(incident.id() + " / " + partner);
                }
            }
        }
        // The bullying case had politie recorded before this test (see NamedCases).
        assertEquals(new java.util.TreeSet<>(List.of(cases.bullying + " / politie", cases.sexting + " / veilig-thuis",
                cases.hacked + " / wijkteam")), shared);
    }
}
