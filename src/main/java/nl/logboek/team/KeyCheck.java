package nl.logboek.team;

import nl.logboek.logbook.WriterKeys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The check sync makes before it merges, after the history check: every line it would receive is
 * signed by the key its writer's file names, and that key was admitted to the team (from the
 * founder in team.json, through members' admit lines) and not revoked before that line. Lines this
 * machine already had are not judged again here: verify reports those.
 */
final class KeyCheck {
    private KeyCheck() {
    }

    /** What sync must refuse of the fetched files ({@code remote}: path to blob), with this machine's own file as it is here. */
    static List<Alteration> fetched(TeamRepository repo, TeamFolder team, SyncLedger known, Map<String, String> remote, String ownPath,
                                    Path own) {
        boolean anythingNew = false;
        for (Map.Entry<String, String> f : remote.entrySet()) {
            SyncLedger.Entry was = known.get(f.getKey());
            if (f.getKey().startsWith(TeamFolder.EVENTS + "/") && !f.getKey().equals(ownPath)
                    && (was == null || !was.blob().equals(f.getValue()))) {
                anythingNew = true;
            }
        }
        if (!anythingNew) {
            return List.of();
        }
        List<WriterKeys.Trail> trails = new ArrayList<>();
        List<WriterKeys.Reread> rereads = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        try {
            for (Map.Entry<String, String> f : remote.entrySet()) {
                String path = f.getKey();
                if (!path.startsWith(TeamFolder.EVENTS + "/") || path.equals(ownPath) || !path.endsWith(".jsonl")) {
                    continue;
                }
                byte[] content = repo.content(f.getValue());
                trails.add(WriterKeys.trail(TeamFolder.writerOf(Path.of(path)), new ByteArrayInputStream(content)));
                rereads.add(trails.get(trails.size() - 1).reread(content));
                paths.add(path);
            }
            if (Files.isRegularFile(own)) {
                try (InputStream in = Files.newInputStream(own)) {
                    trails.add(WriterKeys.trail(TeamFolder.writerOf(own), in));
                }
                rereads.add(trails.get(trails.size() - 1).reread(own));
                paths.add(ownPath);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TeamManifest m = team.manifest();
        WriterKeys.Result result = WriterKeys.checkTeam(trails, rereads, m.founderWriter(), m.founderKey());
        List<Alteration> found = new ArrayList<>();
        for (int i = 0; i < trails.size(); i++) {
            String path = paths.get(i);
            if (path.equals(ownPath)) {
                continue;
            }
            long had = known.lines(path);
            for (WriterKeys.Finding f : result.of(trails.get(i).writer())) {
                if (f.last() > had) {
                    found.add(new Alteration(path, f.writer(), kind(f.kind()), Math.max(f.line(), had + 1),
                            f.author() == null ? "?" : f.author()));
                }
            }
        }
        return found;
    }

    private static Alteration.Kind kind(WriterKeys.Kind k) {
        return switch (k) {
            case NOT_SIGNED -> Alteration.Kind.NOT_SIGNED;
            case UNKNOWN_KEY -> Alteration.Kind.UNKNOWN_KEY;
            case REVOKED -> Alteration.Kind.REVOKED_KEY;
        };
    }
}
