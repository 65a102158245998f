package nl.logboek.logbook;

import nl.logboek.json.JsonTrees;
import nl.logboek.LogboekException;
import nl.logboek.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one definition of a sound team logbook (LogbookVerifier.verifyTeam), which verify and backup
 * both apply, and the rule for one member's file checked on its own. The writer files are made
 * line by line through the store, so that lines no command would write (about an incident nobody
 * created, or before its creation) are still correctly chained: only the team rule can find them.
 */
class TeamRuleTest {
    @TempDir
    Path tmp;
    Path root;
    /** Sorts before anna's writer name: in one second, bert's lines come first in the timeline unless they must wait. */
    Path bert;
    Path anna;

    @BeforeEach
    void team() throws IOException {
        root = tmp.resolve("logboek.team");
        Files.createDirectories(root.resolve("events"));
        Files.writeString(root.resolve(TeamLayout.TEAM_FILE), "{\"format\":1,\"logbook_id\":\"teamtest00000000\",\"encryption\":null}");
        bert = writer("a1-bert-pc");
        anna = writer("k3-anna-pc");
    }

    private Path writer(String name) {
        Path file = root.resolve("events").resolve(name + ".jsonl");
        new Logbook(file, clock("2026-11-02T08:00:00Z")).initializeWriter(name, "teamtest00000000", null, name);
        return file;
    }

    private static Clock clock(String time) {
        return Clock.fixed(Instant.parse(time), ZoneOffset.UTC);
    }

    /** Appends one line about {@code incident} to a writer file as it is, whatever the other files hold. */
    private static void line(Path file, String time, String incident, String type) {
        Logbook alone = Logbook.team(file, List.of(file), "", clock(time), KeySource.NONE);
        alone.append(s -> List.of(new NewEvent(incident, type, "test", JsonTrees.object().put("text", "x"))));
    }

    private static List<String> problems(LogbookVerifier.Report r) {
        List<String> out = new ArrayList<>();
        r.problems().forEach(p -> out.add(p.line() + " " + p.reason().key() + " " + p.reason().args()[0]));
        return out;
    }

    private List<LogbookVerifier.Report> verifyTeam() throws IOException {
        return LogbookVerifier.verifyTeam(TeamLayout.of(root).members());
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).sorted().toList();
        }
    }

    @Test
    void aNoteOnAnotherMembersIncidentInTheSameSecondIsSoundForVerifyBackupAndTheMemberFileAlone() throws Exception {
        line(anna, "2026-11-02T09:00:00Z", "k3aaaaaa", EventType.CREATED);
        line(bert, "2026-11-02T09:00:00Z", "k3aaaaaa", nl.logboek.incident.EventTypes.ANNOTATED);
        line(bert, "2026-11-02T08:59:00Z", "k3aaaaaa", nl.logboek.incident.EventTypes.ESCALATED); // a clock that is behind

        List<LogbookVerifier.Report> team = verifyTeam();
        assertTrue(team.stream().allMatch(LogbookVerifier.Report::ok), () -> team.toString());
        assertNull(team.get(0).team(), "in the team check nothing is left to another check");
        assertEquals(0, team.get(0).leftToTeam());

        LogbookVerifier.Report alone = LogbookVerifier.verify(bert);
        assertTrue(alone.ok(), alone.problems()::toString);
        assertEquals(root.toAbsolutePath(), alone.team());
        assertEquals(2, alone.leftToTeam(), "the note and the escalation are about anna's incident");
        assertEquals(0, LogbookVerifier.verify(anna).leftToTeam());

        // The reading order agrees: the creation comes first, although bert's name and clock say otherwise.
        List<String> order = new ArrayList<>();
        Logbook.team(anna, List.of(anna, bert), "k3", clock("2026-11-03T00:00:00Z"), KeySource.NONE)
                .read(e -> order.add(e.type() + (e.writer() == null ? "" : "@" + e.writer())));
        assertEquals(List.of("logbook@a1-bert-pc", "logbook@k3-anna-pc", "created@k3-anna-pc", "annotated@a1-bert-pc",
                "escalated@a1-bert-pc"), order);

        Path dir = tmp.resolve("usb");
        Backup.Result r = Backup.createTeam(root, anna, dir, clock("2026-11-03T10:00:00Z"));
        Path copy = dir.resolve("logboek-20261103T100000.team");
        assertEquals(copy, r.backup());
        assertEquals(List.of(copy, copy.resolve("events"), copy.resolve("events/a1-bert-pc.jsonl"), copy.resolve("events/k3-anna-pc.jsonl"),
                copy.resolve("team.json")), filesIn(dir));
        for (Path f : List.of(bert, anna, root.resolve("team.json"))) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(copy.resolve(root.relativize(f))), f.toString());
        }
        assertEquals(List.of("a1-bert-pc", "k3-anna-pc"), r.writers().stream().map(Backup.Writer::writer).toList());
        assertEquals(List.of(false, true), r.writers().stream().map(Backup.Writer::own).toList());
        assertEquals(LogbookVerifier.verify(anna).headHash(), r.headHash(), "the chain head of this machine's own file");
        assertEquals(5, r.lines());
        assertEquals(Files.size(bert) + Files.size(anna) + Files.size(root.resolve("team.json")), r.bytes());

        // One member's file alone is backed up by the member's rule too, and its copy checked by it.
        Backup.Result one = Backup.create(bert, tmp.resolve("one"), clock("2026-11-03T10:00:00Z"));
        assertArrayEquals(Files.readAllBytes(bert), Files.readAllBytes(one.backup()));
    }

    @Test
    void aLineAboutAnIncidentNoMemberCreatedIsRefusedByVerifyAndBackupAtTheSameLine() throws Exception {
        line(anna, "2026-11-02T09:00:00Z", "k3aaaaaa", EventType.CREATED);
        line(bert, "2026-11-02T09:01:00Z", "k3aaaaaa", nl.logboek.incident.EventTypes.ANNOTATED);
        line(bert, "2026-11-02T09:02:00Z", "k3zzzzzz", nl.logboek.incident.EventTypes.ANNOTATED);

        List<LogbookVerifier.Report> team = verifyTeam();
        assertEquals(List.of("3 damage.unknown-incident k3zzzzzz"), problems(team.get(0)));
        assertTrue(team.get(1).ok());

        Path dir = tmp.resolve("usb");
        LogboekException refused = assertThrows(LogboekException.class,
                () -> Backup.createTeam(root, anna, dir, clock("2026-11-03T10:00:00Z")));
        assertEquals("backup.damaged", refused.key());
        LogbookVerifier.Problem p = team.get(0).problems().get(0);
        String sameAsVerify = bert + ", line 3: " + Messages.english().get(p.reason().key(), p.reason().args()) + ". No backup was made";
        assertTrue(refused.getMessage().startsWith(sameAsVerify), refused.getMessage());
        assertTrue(refused.getMessage().contains("refers to incident k3zzzzzz, which was not created before this line"),
                refused.getMessage());
        assertEquals(List.of(), filesIn(dir), "no backup, no temporary folder, no folder made");
        assertTrue(!Files.exists(dir));

        // On its own, bert's file cannot know: the line is counted and left to the team's check.
        LogbookVerifier.Report alone = LogbookVerifier.verify(bert);
        assertTrue(alone.ok(), alone.problems()::toString);
        assertEquals(2, alone.leftToTeam());
    }

    @Test
    void twoFilesWaitingForEachOthersLaterCreationAreBothDamage() throws Exception {
        line(anna, "2026-11-02T09:00:00Z", "a1bbbbbb", nl.logboek.incident.EventTypes.ANNOTATED);
        line(bert, "2026-11-02T09:00:00Z", "k3aaaaaa", nl.logboek.incident.EventTypes.ANNOTATED);
        line(anna, "2026-11-02T09:01:00Z", "k3aaaaaa", EventType.CREATED);
        line(bert, "2026-11-02T09:01:00Z", "a1bbbbbb", EventType.CREATED);

        List<LogbookVerifier.Report> team = verifyTeam();
        assertEquals(List.of("2 damage.unknown-incident k3aaaaaa"), problems(team.get(0)));
        assertEquals(List.of("2 damage.unknown-incident a1bbbbbb"), problems(team.get(1)));
        assertTrue(LogbookVerifier.verify(bert).ok(), "each file alone is sound");
        assertTrue(LogbookVerifier.verify(anna).ok(), "each file alone is sound");
        assertThrows(LogboekException.class, () -> Backup.createTeam(root, anna, tmp.resolve("usb"), clock("2026-11-03T10:00:00Z")));
    }

    @Test
    void aFileThatRefersToItsOwnIncidentBeforeCreatingItIsDamageAloneAndOnceInTheTeam() throws Exception {
        line(bert, "2026-11-02T09:00:00Z", "a1bbbbbb", nl.logboek.incident.EventTypes.ANNOTATED);
        line(bert, "2026-11-02T09:01:00Z", "a1bbbbbb", EventType.CREATED);

        LogbookVerifier.Report alone = LogbookVerifier.verify(bert);
        assertEquals(List.of("2 damage.unknown-incident a1bbbbbb"), problems(alone));
        assertEquals(0, alone.leftToTeam());
        assertEquals(List.of("2 damage.unknown-incident a1bbbbbb"), problems(verifyTeam().get(0)));
    }

    @Test
    void anIncidentCreatedInTwoFilesIsDamageInTheLaterWritersFile() throws Exception {
        line(bert, "2026-11-02T09:00:00Z", "zzzzzzzz", EventType.CREATED);
        line(anna, "2026-11-02T09:00:00Z", "zzzzzzzz", EventType.CREATED);
        List<LogbookVerifier.Report> team = verifyTeam();
        assertTrue(team.get(0).ok());
        assertEquals(List.of("2 damage.created-twice zzzzzzzz"), problems(team.get(1)));
    }

    @Test
    void outsideATeamFolderAFileMustCreateAnIncidentBeforeReferringToIt() throws Exception {
        line(anna, "2026-11-02T09:00:00Z", "k3aaaaaa", EventType.CREATED);
        line(bert, "2026-11-02T09:01:00Z", "k3aaaaaa", nl.logboek.incident.EventTypes.ANNOTATED);
        Path copy = tmp.resolve("kopie.jsonl");
        Files.copy(bert, copy);
        LogbookVerifier.Report plain = LogbookVerifier.verify(copy);
        assertEquals(List.of("2 damage.unknown-incident k3aaaaaa"), problems(plain));
        assertNull(plain.team());
        assertThrows(LogboekException.class, () -> Backup.create(copy, tmp.resolve("usb"), clock("2026-11-03T10:00:00Z")));
    }
}
