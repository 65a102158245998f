package nl.logboek.team;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where a team logbook stands on this machine, without asking the remote: as of the last fetch.
 *
 * @param remote  the remote's URL, a password in it left out
 * @param writers every writer file here, with its events (the header line not counted)
 * @param unsent  events of this machine's writer the remote did not have at the last sync
 */
public record TeamStatus(String team, boolean encrypted, Path folder, String remote, String writer,
                         List<Writer> writers, long unsent) {

    public record Writer(String name, long events, boolean own) {
    }

    public static TeamStatus of(Machine machine, TeamFolder team) {
        String writer = team.writer().orElse(null);
        TeamRepository repo = new TeamRepository(Git.locate(machine.env()), team.root());
        List<Writer> writers = new ArrayList<>();
        long ownLines = 0;
        for (Path f : team.writerFiles()) {
            String name = TeamFolder.writerOf(f);
            long lines = FileState.lines(f);
            writers.add(new Writer(name, Math.max(0, lines - 1), name.equals(writer)));
            if (name.equals(writer)) {
                ownLines = lines;
            }
        }
        long unsent = 0;
        if (writer != null) {
            Map<String, String> fetched = repo.files(TeamRepository.FETCHED);
            String ownBlob = fetched.get(TeamFolder.pathOf(writer));
            unsent = Math.max(0, ownLines - (ownBlob == null ? 0 : repo.state(ownBlob).lines()));
        }
        String remote = repo.remoteUrl().map(Remote::shown).orElse(null);
        return new TeamStatus(team.logbookId(), team.encryption() != null, team.root(), remote, writer, writers, unsent);
    }
}
