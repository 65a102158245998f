package nl.logboek.team;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamesAndRemotesTest {
    @Test
    void twoWriterFilesWithOneTagAndFilesThatAreNoWriterFilesAreAlterations() {
        Map<String, String> files = new TreeMap<>(Map.of("team.json", "1", "events/3s-anna-pc.jsonl", "2",
                "events/3s-bert-pc.jsonl", "3", "events/vk-cor-pc.jsonl", "4", "events/notities.txt", "5"));
        List<Alteration> found = HistoryCheck.names(files);
        assertEquals(2, found.size(), found.toString());
        assertEquals(new Alteration("events/3s-bert-pc.jsonl", "3s-bert-pc", Alteration.Kind.TAG_REUSED, 0, "3s-anna-pc"), found.get(0));
        assertEquals(Alteration.of("events/notities.txt", Alteration.Kind.NOT_A_WRITER_FILE, 0), found.get(1));
        assertTrue(HistoryCheck.names(Map.of("events/3s-anna-pc.jsonl", "1", "team.json", "2")).isEmpty());
    }

    @Test
    void remotesAreUrlsHostPathsOrFoldersMadeAbsolute() {
        assertNull(Remote.parse("ssh://server.school.nl/srv/logboek.git").path());
        assertNull(Remote.parse("git@server:logboek.git").path());
        assertNull(Remote.parse("https://git.example.nl/team/logboek.git").path());
        Remote share = Remote.parse("teamschijf/logboek.git");
        assertEquals(Path.of("teamschijf/logboek.git").toAbsolutePath().normalize(), share.path());
        assertEquals(share.path().toString(), share.url());
        assertEquals("https://***@git.example.nl/x.git", Remote.shown("https://jan:geheim@git.example.nl/x.git"));
        assertEquals("ssh://jan@server/x.git", Remote.shown("ssh://jan@server/x.git"));
    }

    @Test
    void aTeamFolderIsTheFolderItselfOrTheOneBesideTheLogbookFile() {
        assertEquals(Path.of("/d/logboek.team"), TeamFolder.folderFor(Path.of("/d/logboek.jsonl")));
        assertEquals(Path.of("/d/notes.team"), TeamFolder.folderFor(Path.of("/d/notes")));
        assertEquals("3s-anna-pc", TeamFolder.writerOf(Path.of("/t/events/3s-anna-pc.jsonl")));
    }
}
