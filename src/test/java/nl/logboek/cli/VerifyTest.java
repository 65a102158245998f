package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifyTest {
    @TempDir
    Path home;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
        String id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Een");
        cli.ok("annotate", id, "notitie");
        cli.ok("new", "-q", "-c", "hacken", "-t", "Twee");
    }

    private JsonNode verifyJson(int exit) throws Exception {
        Cli.Result r = cli.run("verify", "--json").assertExit(exit);
        return Json.MAPPER.readTree(r.out());
    }

    @Test
    void anIntactLogbookPassesWithItsCountsAndChainHead() throws Exception {
        JsonNode v = verifyJson(0);
        assertTrue(v.get("ok").asBoolean());
        assertEquals(4, v.get("events").asInt());
        assertEquals(2, v.get("incidents").asInt());
        String lastLine = Files.readAllLines(cli.logbook()).get(3);
        assertTrue(lastLine.contains("\"hash\":\"" + v.get("head").asText() + "\""));
        assertTrue(cli.ok("verify").contains("OK"));
    }

    @Test
    void everyDamagedLineIsReportedWithItsNumberAndNothingChanges() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(cli.logbook()));
        lines.set(1, lines.get(1).replace("Een", "Eén"));
        lines.set(2, "niet eens json");
        Files.write(cli.logbook(), lines);
        byte[] before = Files.readAllBytes(cli.logbook());
        JsonNode v = verifyJson(1);
        JsonNode problems = v.get("problems");
        assertEquals(2, problems.size(), v.toPrettyString());
        assertEquals(2, problems.get(0).get("line").asInt());
        assertEquals("damage.content-hash", problems.get(0).get("code").asText());
        assertEquals(3, problems.get(1).get("line").asInt());
        assertEquals("damage.json", problems.get(1).get("code").asText());
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()));
        Cli.Result repair = cli.run("verify", "--repair");
        repair.assertExit(1);
        assertTrue(repair.err().contains("never repairs that itself"), repair.describe());
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()));
    }

    @Test
    void aRemovedLineIsReportedOnceAtTheGap() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(cli.logbook()));
        lines.remove(2);
        Files.write(cli.logbook(), lines);
        JsonNode problems = verifyJson(1).get("problems");
        assertEquals(1, problems.size(), problems.toPrettyString());
        assertEquals(3, problems.get(0).get("line").asInt());
        assertEquals("damage.seq", problems.get(0).get("code").asText());
    }

    @Test
    void repairMovesATornLastLineAsideAfterSavingACopy() throws Exception {
        byte[] good = Files.readAllBytes(cli.logbook());
        String torn = "{\"v\":1,\"seq\":5,\"incident\":\"ab";
        Files.write(cli.logbook(), (new String(good, StandardCharsets.UTF_8) + torn).getBytes(StandardCharsets.UTF_8));
        byte[] damaged = Files.readAllBytes(cli.logbook());
        assertEquals("damage.torn", verifyJson(1).get("problems").get(0).get("code").asText());

        Cli.Result r = cli.run("verify", "--repair").assertExit(0);
        assertTrue(r.out().contains("line 5"), r.describe());
        assertArrayEquals(good, Files.readAllBytes(cli.logbook()));
        Path dir = cli.logbook().getParent();
        try (var files = Files.list(dir)) {
            List<Path> side = files.filter(p -> p.getFileName().toString().contains(".2026")).sorted().toList();
            assertEquals(2, side.size(), side.toString());
            assertArrayEquals(damaged, Files.readAllBytes(side.get(0)), "backup is the logbook as it was");
            assertEquals(torn, Files.readString(side.get(1)), "side file holds the torn line");
            for (Path p : side) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
            }
        }
        cli.ok("new", "-c", "hacken", "-t", "Na herstel");
        verifyJson(0);
    }

    @Test
    void aLogbookReadableByOthersFailsWithTheFix() throws Exception {
        Files.setPosixFilePermissions(cli.logbook(), PosixFilePermissions.fromString("rw-r--r--"));
        Cli.Result r = cli.run("verify").assertExit(1);
        assertTrue(r.out().contains("chmod 600"), r.describe());
    }
}
