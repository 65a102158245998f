package nl.logboek.compat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `agenda --mine` in a team: only the incidents this writer recorded or last acted on. */
class AgendaTeamTest {
    @TempDir
    Path tmp;

    private static Set<String> incidents(Cli cli, String... args) throws Exception {
        Cli.Result r = cli.run(args);
        assertTrue(r.exit() == 0 || r.exit() == 3, r.describe());
        Set<String> ids = new TreeSet<>();
        Json.MAPPER.readTree(r.out()).get("entries").forEach(e -> ids.add(e.get("incident").asText()));
        return ids;
    }

    @Test
    void mineIsWhatThisWriterRecordedOrLastActedOn() throws Exception {
        FixtureLogbooksReadTheSameTest.Reader team = new FixtureLogbooksReadTheSameTest.Reader("team-plain", tmp);
        Cli cli = team.cli;
        // Both open incidents have been idle for more than 14 days at the fixture's clock.
        Set<String> all = incidents(cli, "agenda", "--json");
        assertEquals(Set.of("cbex8gr1", "ep240fv8"), all);
        assertEquals(Set.of(), incidents(cli, "agenda", "--json", "--mine"), "lezer recorded nothing");
        JsonNode annas = Json.MAPPER.readTree(cli.env("LOGBOEK_AUTHOR", "a.visser").run("agenda", "--json", "--mine").out());
        Set<String> anna = new TreeSet<>();
        annas.get("entries").forEach(e -> anna.add(e.get("incident").asText()));
        assertTrue(anna.contains("cbex8gr1"), "anna recorded it: " + annas);
        Set<String> bert = incidents(cli.env("LOGBOEK_AUTHOR", "b.smit"), "agenda", "--json", "--mine");
        assertTrue(bert.contains("ep240fv8"), "bert recorded it: " + bert);
        team.assertFixtureUnchanged();
    }
}
