package nl.logboek.compat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, part 5: two members of a team escalate the same incident before either has synced. The
 * fold follows the team's timeline (the later move), and keeps the conflict: `next` and `show` say
 * who moved it where, until someone who has seen both records the right level with escalate.
 *
 * <p>Built on the team fixture (see TeamCorrectionsTest): two copies of it stand for anna's and
 * bert's machines; a sync is anna's file copied to bert's (a member only appends to a file of their own).
 */
class ConcurrentEscalationTest {
    /** anna's first incident, at the care coordinator's level of ongewenst-gedrag-leerlingen. */
    private static final String MILA = "cbex8gr1";
    private static final String ANNAS_FILE = "logboek.team/events/0p-anna-laptop.jsonl";

    @TempDir
    Path tmp;

    @Test
    void escalationsByTwoMembersWhoHadNotSeenEachOthersAreAConflictInNextAndShowUntilOneIsRecorded() throws Exception {
        FixtureLogbooksReadTheSameTest.Reader anna = new FixtureLogbooksReadTheSameTest.Reader("team-plain", tmp.resolve("anna"));
        FixtureLogbooksReadTheSameTest.Reader bert = new FixtureLogbooksReadTheSameTest.Reader("team-plain", tmp.resolve("bert"));
        Files.writeString(bert.root.resolve("logboek.team/.git/logboek/writer"), "ep-bert-pc\n");
        anna.cli.env("LOGBOEK_AUTHOR", "a.visser");
        bert.cli.env("LOGBOEK_AUTHOR", "b.smit");
        assertEquals("zorgcoordinator", level(bert.cli));

        anna.cli.ok("escalate", MILA, "--to", "cjg", "--reason", "hulpverlening-nodig");
        bert.cli.ok("escalate", MILA, "--to", "veilig-thuis", "--reason", "onveiligheid-thuis");
        Files.copy(anna.root.resolve(ANNAS_FILE), bert.root.resolve(ANNAS_FILE), StandardCopyOption.REPLACE_EXISTING);
        bert.cli.ok("verify");

        String conflict = "! Tegelijk opgeschaald door a.visser (naar CJG / wijkteam) en b.smit (naar Veilig Thuis): overleg en "
                + "leg het juiste niveau vast met 'logboek escalate " + MILA + " --to NIVEAU --reason ...'.";
        String next = bert.cli.ok("--lang", "nl", "next", MILA);
        assertTrue(next.contains(conflict), next);
        String show = bert.cli.ok("--lang", "nl", "show", MILA);
        assertTrue(show.contains(conflict), show);
        assertTrue(bert.cli.ok("--lang", "en", "next", MILA).contains("! Escalated at the same time by a.visser (to CJG / "
                + "neighbourhood team) and b.smit (to Veilig Thuis)"));
        assertEquals("veilig-thuis", level(bert.cli), "the fold follows the team's timeline: bert's move came later");
        JsonNode shown = Json.MAPPER.readTree(bert.cli.ok("show", MILA, "--json"));
        assertEquals("[{\"first\":{\"author\":\"a.visser\",\"to\":\"cjg\",\"down\":false},"
                + "\"second\":{\"author\":\"b.smit\",\"to\":\"veilig-thuis\",\"down\":false}}]", shown.get("ladder_conflicts").toString());
        assertEquals("[\"team-mentor\",\"zorgcoordinator\",\"veilig-thuis\"]", shown.get("ladder_path").toString());

        // They talk it over: the CJG was right. --to names it, whichever way it lies.
        bert.cli.ok("escalate", MILA, "--to", "cjg", "--reason", "overlegd met Anna: CJG");
        assertEquals("cjg", level(bert.cli));
        assertFalse(bert.cli.ok("--lang", "nl", "next", MILA).contains("Tegelijk"));
        assertFalse(bert.cli.ok("--lang", "nl", "show", MILA).contains("Tegelijk"));
        assertEquals("[]", Json.MAPPER.readTree(bert.cli.ok("show", MILA, "--json")).get("ladder_conflicts").toString());
        // The way back is the one the incident took: from the CJG to the care coordinator.
        bert.cli.ok("escalate", MILA, "--down", "--reason", "doel bereikt");
        assertEquals("zorgcoordinator", level(bert.cli));
    }

    @Test
    void theLevelTheIncidentIsAtCanBeRecordedAsTheRightOne() throws Exception {
        FixtureLogbooksReadTheSameTest.Reader anna = new FixtureLogbooksReadTheSameTest.Reader("team-plain", tmp.resolve("anna"));
        FixtureLogbooksReadTheSameTest.Reader bert = new FixtureLogbooksReadTheSameTest.Reader("team-plain", tmp.resolve("bert"));
        Files.writeString(bert.root.resolve("logboek.team/.git/logboek/writer"), "ep-bert-pc\n");
        anna.cli.env("LOGBOEK_AUTHOR", "a.visser");
        bert.cli.env("LOGBOEK_AUTHOR", "b.smit");
        anna.cli.ok("escalate", MILA, "--to", "cjg", "--reason", "hulpverlening-nodig");
        bert.cli.ok("escalate", MILA, "--down", "--reason", "doel bereikt");
        Files.copy(anna.root.resolve(ANNAS_FILE), bert.root.resolve(ANNAS_FILE), StandardCopyOption.REPLACE_EXISTING);

        String next = bert.cli.ok("--lang", "en", "next", MILA);
        assertTrue(next.contains("! Moved on the ladder at the same time by a.visser (to CJG / neighbourhood team) and b.smit "
                + "(down to School: team and mentor)"), next);
        bert.cli.ok("escalate", MILA, "--to", "team-mentor", "--reason", "overlegd: terug naar het team");
        assertFalse(bert.cli.ok("next", MILA).contains("at the same time"));
        JsonNode incident = Json.MAPPER.readTree(bert.cli.ok("show", MILA, "--json")).get("incident");
        assertEquals("team-mentor", incident.get("level").asText());
        assertEquals("afgeschaald", incident.get("status").asText());
    }

    private static String level(Cli cli) throws Exception {
        return Json.MAPPER.readTree(cli.ok("show", MILA, "--json")).get("incident").get("level").asText();
    }
}
