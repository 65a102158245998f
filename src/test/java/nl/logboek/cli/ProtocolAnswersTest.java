package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 with an organisation's own protocol (src/test/resources/protocols-v2): protocols added
 * by rules on everyone involved, questions and decisions whose answers open or skip steps, labels
 * that name the law, items completed by the entry that fulfils them, duty dates in order.
 */
class ProtocolAnswersTest {
    @TempDir
    Path home;
    Cli cli;

    @BeforeEach
    void setUp() throws Exception {
        Path dir = home.resolve("config/logboek/protocols");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ons-staf.json"),
                new String(getClass().getResourceAsStream("/protocols-v2/ons-staf.json").readAllBytes()));
        cli = new Cli(home);
        cli.env("XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    private JsonNode json(String... args) throws Exception {
        return Json.MAPPER.readTree(cli.ok(args));
    }

    @Test
    void aStaffMemberAsPerpetratorInASexualCategoryAddsTheStaffProtocolBesideTheMainOneAndNewSaysWhy() throws Exception {
        String out = cli.ok("new", "-c", "grooming", "-t", "Contact via game",
                "--person", "Eva:slachtoffer:leerling", "--person", "Tom B.:dader:medewerker");
        assertTrue(out.contains("Also: Our staff protocol (a staff member is the perpetrator in a sexual category)"), out);
        assertTrue(out.contains("Main protocol: Sexting & loverboys"), out);
        assertTrue(out.contains("Also: Our staff protocol [ons-staf]"), out);
        String id = out.substring("Incident ".length(), "Incident ".length() + 8);
        JsonNode incident = json("show", id, "--json").get("incident");
        assertEquals("sexting-loverboys", incident.get("protocol").asText());
        assertTrue(incident.get("overlays").toString().contains("ons-staf"), incident.toString());

        String pupils = cli.ok("new", "-q", "-c", "grooming", "-t", "Tussen leerlingen",
                "--person", "Eva:slachtoffer:leerling", "--person", "Bram:dader:leerling");
        assertFalse(json("show", pupils, "--json").at("/incident/overlays").toString().contains("ons-staf"),
                "no staff member involved: no staff protocol");
    }

    @Test
    void theAangifteStepAppliesOnlyOnceTheSuspicionIsAnsweredJaAndDoesNotBlockClosingBefore() throws Exception {
        String id = cli.ok("new", "-q", "-c", "medewerker-gedrag", "-t", "Onbeleefde tweet van docent",
                "--person", "Docent X:dader:medewerker");
        String next = cli.ok("next", id);
        assertTrue(next.contains("LEGAL DUTY (Primary Education Act art. 4a):"), next);
        assertTrue(next.contains("(question)"), next);
        assertTrue(next.contains("--answer vermoeden=..."), next);

        Cli.Result ticked = cli.run("annotate", id, "--done", "vermoeden");
        ticked.assertExit(2);
        assertTrue(ticked.err().contains("is a question"), ticked.describe());
        Cli.Result wrong = cli.run("annotate", id, "--answer", "vermoeden=misschien");
        wrong.assertExit(2);
        assertTrue(wrong.err().contains("ja, nee, twijfel, onbekend"), wrong.describe());

        cli.ok("annotate", id, "--answer", "vermoeden=nee", "Alleen een onbeleefde tweet, niets seksueels");
        cli.ok("next", id, "--advance", "--reason", "gesprek volgt");
        String after = cli.ok("next", id);
        assertTrue(after.contains("Step 3 of 3: Decision"), "the aangifte step is skipped after nee:\n" + after);
        cli.ok("close", id, "--outcome", "Gesprek gevoerd");
    }

    @Test
    void aJaOpensTheAangifteStepWhoseDutiesBlockClosingAndWhoseDatesMustBeInOrder() throws Exception {
        String id = cli.ok("new", "-q", "-c", "medewerker-gedrag", "-t", "Berichten aan leerling", "--occurred", "2026-11-10",
                "--person", "Docent X:dader:medewerker");
        String conditional = cli.ok("next", id, "--advance", "--reason", "eerst duiden");
        assertTrue(conditional.contains("[?]"), "before the answer the aangifte items are conditional:\n" + conditional);
        assertTrue(conditional.contains("applies only if: Reasonable suspicion"), conditional);

        String id2 = cli.ok("new", "-q", "-c", "medewerker-gedrag", "-t", "Berichten aan leerling 2", "--occurred", "2026-11-10");
        cli.ok("annotate", id2, "--answer", "vermoeden=ja");
        Cli.Result blocked = cli.run("close", id2, "--outcome", "klaar");
        blocked.assertExit(1);
        assertTrue(blocked.err().contains("bestuur-gemeld"), blocked.describe());

        cli.ok("next", id2, "--advance", "--reason", "door naar aangifte");
        cli.ok("annotate", id2, "--done", "bestuur-gemeld", "--done-on", "2026-11-18");
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result early = cli.run("annotate", id2, "--done", "aangifte-gedaan", "--done-on", "2026-11-12");
        early.assertExit(2);
        assertTrue(early.err().contains("lies before that of bestuur-gemeld (2026-11-18)"), early.describe());
        Cli.Result beforeIncident = cli.run("annotate", id2, "--done", "aangifte-gedaan", "--done-on", "2026-11-01");
        beforeIncident.assertExit(2);
        assertTrue(beforeIncident.err().contains("before the incident itself"), beforeIncident.describe());
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()), "refused dates write nothing");
        cli.ok("annotate", id2, "--done", "aangifte-gedaan", "--done-on", "2026-11-19");
        cli.ok("close", id2, "--outcome", "Aangifte gedaan");
    }

    @Test
    void deadlinesOfItemsThatApplyAreOnTheAgendaAndOverdueTheNextDay() throws Exception {
        String id = cli.ok("new", "-q", "-c", "medewerker-gedrag", "-t", "Berichten aan leerling");
        assertFalse(cli.ok("agenda").contains("Reported to the board"), "no deadline while the duty does not apply yet");
        cli.ok("annotate", id, "--answer", "vermoeden=ja");
        String today = cli.ok("agenda");
        assertTrue(today.contains("Due: Reported to the board. (at once; WPO art. 4a)"), today);

        cli.clock(java.time.Clock.fixed(Cli.NOW.plus(java.time.Duration.ofDays(1)), Cli.AMSTERDAM));
        Cli.Result overdue = cli.run("agenda", "--json");
        overdue.assertExit(3);
        JsonNode entry = Json.MAPPER.readTree(overdue.out()).get("entries").get(0);
        assertEquals("overdue", entry.get("group").asText());
        assertEquals("deadline", entry.get("kind").asText());
        assertEquals("bestuur-gemeld", entry.get("item").asText());

        // Reported to the board on Friday 2026-11-20: the aangifte is due three working days later, on Wednesday.
        cli.ok("next", id, "--advance", "--reason", "door naar aangifte");
        cli.ok("annotate", id, "--done", "bestuur-gemeld", "--done-on", "2026-11-20");
        String next = cli.ok("agenda");
        assertTrue(next.contains("2026-11-25") && next.contains("Police report filed by the board"), next);
        assertFalse(next.contains("Reported to the board"), "a duty done is no longer due:\n" + next);
    }

    @Test
    void anUnconditionalDeadlineIsOnTheAgendaWithoutAnyAnswerAlsoOnceTheDigestPassesOverQuietIncidents() throws Exception {
        // The same staff protocol with the police-report step open from the start: its deadlines apply
        // without an answer, so the agenda must read the incident although no follow-up or idle time
        // puts it there (the digest would pass over it otherwise).
        Path dir = home.resolve("config/logboek/protocols");
        Files.writeString(dir.resolve("ons-staf.json"), Files.readString(dir.resolve("ons-staf.json"))
                .replace("\"when\": {\"answer\": \"vermoeden\", \"is\": [\"ja\"]},\n      \"regie\"", "\"regie\""));
        assertFalse(Files.readString(dir.resolve("ons-staf.json")).contains("\"when\": {\"answer\": \"vermoeden\", \"is\": [\"ja\"]},\n      \"regie\""));
        cli.ok("agenda");
        String id = cli.ok("new", "-q", "-c", "medewerker-gedrag", "-t", "Berichten aan leerling");
        cli.ok("agenda");
        cli.clock(java.time.Clock.fixed(Cli.NOW.plus(java.time.Duration.ofDays(1)), Cli.AMSTERDAM));
        Cli.Result overdue = cli.run("agenda", "--json");
        overdue.assertExit(3);
        JsonNode entry = Json.MAPPER.readTree(overdue.out()).get("entries").get(0);
        assertEquals(id, entry.get("incident").asText());
        assertEquals("deadline", entry.get("kind").asText());
        assertEquals("bestuur-gemeld", entry.get("item").asText());
    }

    @Test
    void evidenceWithTheFieldsAnItemNamesCompletesItAndCombinesWithDone() throws Exception {
        String id = cli.ok("new", "-q", "-c", "medewerker-gedrag", "-t", "Post op LinkedIn");
        cli.ok("annotate", id, "--evidence", "--posted-by", "@docent", "--channel", "LinkedIn", "--done", "gesprek",
                "Screenshot gezien");
        JsonNode show = json("show", id, "--json");
        JsonNode timeline = show.get("timeline");
        assertEquals("annotated", timeline.get(1).get("type").asText());
        assertEquals("items-done", timeline.get(2).get("type").asText());
        assertEquals(3, timeline.size(), "evidence and tick in one command: two lines, no extra tick for the evidence item");
        String next = cli.ok("next", id);
        assertTrue(next.matches("(?s).*\\[x] 2\\. Recorded who posted it and where.*"), next);
        assertTrue(next.matches("(?s).*\\[x] 3\\. Talked with the staff member.*"), next);
    }

    @Test
    void aDecisionIsAnsweredWithOneOfItsOptionsAndAnEscalationCompletesPartnersInvolved() throws Exception {
        String id = cli.ok("new", "-q", "-c", "medewerker-gedrag", "-t", "Ongepaste DM");
        cli.ok("annotate", id, "--answer", "vermoeden=nee");
        cli.ok("next", id, "--advance", "--reason", "door");
        String decision = cli.ok("next", id);
        assertTrue(decision.contains("options: gesprek (a talk only), schorsing (suspension)"), decision);
        assertTrue(decision.contains("(advice; decision)"), decision);
        cli.run("annotate", id, "--answer", "maatregel=ja").assertExit(2);
        cli.ok("annotate", id, "--answer", "maatregel=schorsing", "Na overleg met bestuur");
        cli.ok("escalate", id, "--reason", "vermoeden");
        String done = cli.ok("next", id);
        assertTrue(done.contains("[x] 2. Partners involved."), done);
        assertTrue(done.contains("answered: suspension"), done);
        JsonNode timeline = json("show", id, "--json").get("timeline");
        JsonNode answer = timeline.get(timeline.size() - 2).get("payload");
        assertEquals("ons-staf", answer.get("protocol").asText());
        assertEquals("Na overleg met bestuur", answer.get("text").asText());
    }

    @Test
    void protocolsAreAddedAndRemovedByAmendWithAReasonAndAnUnknownOneIsRefused() throws Exception {
        String id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp");
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result unknown = cli.run("amend", id, "--add-protocol", "bestaat-niet", "--reason", "x");
        unknown.assertExit(2);
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()));
        String added = cli.ok("amend", id, "--add-protocol", "meldcode", "--reason", "Zorgen over thuissituatie");
        assertTrue(added.contains("\nBeside it, Reporting code for domestic violence and child abuse: five steps: Step 1 of 5"), added);
        assertFalse(added.contains("Also: "), "the whole checklist only with --checklist: " + added);
        cli.run("amend", id, "--add-protocol", "meldcode", "--reason", "x").assertExit(2);
        cli.run("amend", id, "--remove-protocol", "ongewenst-gedrag-leerlingen", "--reason", "x").assertExit(2);
        cli.ok("amend", id, "--remove-protocol", "meldcode", "--reason", "Toch niet nodig");
        assertEquals("[]", json("show", id, "--json").at("/incident/overlays").toString());
        assertTrue(cli.ok("show", id).contains("protocol added: Reporting code for domestic violence and child abuse"), "by its title");
    }

    @Test
    void protocolsCheckNamesFileLineAndFieldOfBadAnswersConditionsAndCircles() throws Exception {
        String good = new String(getClass().getResourceAsStream("/protocols-v2/ons-staf.json").readAllBytes());
        Path bad = home.resolve("ons-staf.json");
        Files.writeString(bad, good.replace("\"is\": [\"ja\"]", "\"is\": [\"misschien\"]"));
        Cli.Result value = cli.run("protocols", "check", bad.toString());
        value.assertExit(1);
        assertTrue(value.err().contains("steps[1].when.is[0]"), value.describe());
        assertTrue(value.err().contains("\"misschien\" is not an answer"), value.describe());

        Files.writeString(bad, good.replace("\"answer\": \"vermoeden\"", "\"answer\": \"bestaat-niet\""));
        Cli.Result missing = cli.run("protocols", "check", bad.toString());
        assertTrue(missing.err().contains("refers to item \"bestaat-niet\""), missing.describe());

        Files.writeString(bad, good.replace("{\"id\": \"vermoeden\", \"kind\": \"question\",",
                "{\"id\": \"vermoeden\", \"kind\": \"question\", \"when\": {\"answer\": \"vermoeden\", \"is\": [\"ja\"]},"));
        Cli.Result circle = cli.run("protocols", "check", bad.toString());
        assertTrue(circle.err().contains("circular condition"), circle.describe());
        assertTrue(circle.err().matches("(?s).*ons-staf\\.json:\\d+.*"), circle.describe());

        Files.writeString(bad, good.replace("\"kind\": \"law\", \"law\": {\"nl\": \"Wet op het primair onderwijs art. 4a\", \"en\": \"Primary Education Act art. 4a\"},",
                "\"kind\": \"law\","));
        Cli.Result noLaw = cli.run("protocols", "check", bad.toString());
        assertTrue(noLaw.err().contains("alerts[0]") && noLaw.err().contains("law"), noLaw.describe());
        cli.ok("protocols", "check", home.resolve("config/logboek/protocols/ons-staf.json").toString());
    }
}
