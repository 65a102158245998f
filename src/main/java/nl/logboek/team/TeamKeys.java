package nl.logboek.team;

import nl.logboek.LogboekException;
import nl.logboek.logbook.Logbook;
import nl.logboek.logbook.WriterKey;
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
import java.util.TreeMap;

/**
 * team admit and team revoke: a member's signed word, as a key line in the member's own file, that
 * a writer's key counts for the team, or no longer counts after a given line of its file. Such a
 * line counts only when the member's own key counts (see WriterKeys): nobody can admit themselves.
 */
public final class TeamKeys {
    /** What was done: the writer, its key's id, and (for a revocation) the last line of its file that still counts. */
    public record Result(String writer, String keyId, boolean done, long after) {
    }

    private final Machine machine;
    private final TeamFolder team;
    private final TeamRepository repo;

    private TeamKeys(Machine machine, TeamFolder team) {
        this.machine = machine;
        this.team = team;
        String writer = team.writer().orElseThrow(() -> LogboekException.failure("team.no-writer", team.root()));
        this.repo = new TeamRepository(Git.locate(machine.env()).as(machine.author(), writer), team.root());
    }

    /** The id of the key this machine's writer file names in its header ("?" when it names none). */
    public static String ownKeyId(TeamFolder team) {
        try (java.io.BufferedReader r = Files.newBufferedReader(team.ownFile(), java.nio.charset.StandardCharsets.UTF_8)) {
            String key = nl.logboek.json.JsonTrees.parse(r.readLine()).path("payload").path(WriterKeys.HEADER_FIELD).asText(null);
            return key == null ? "?" : WriterKey.keyIdOf(key);
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** Admits the key that the writer {@code name} (its writer name or tag) proposes in its header, or names since. */
    public static Result admit(Machine machine, TeamFolder team, Logbook logbook, String name) {
        return new TeamKeys(machine, team).change(logbook, name, true);
    }

    /** Revokes the key that signs the writer {@code name}'s last line, after the lines this machine has of it. */
    public static Result revoke(Machine machine, TeamFolder team, Logbook logbook, String name) {
        return new TeamKeys(machine, team).change(logbook, name, false);
    }

    private Result change(Logbook logbook, String name, boolean admit) {
        String own = team.writer().orElseThrow();
        repo.fetch(); // a writer that just joined is only on the remote: sync will not merge it before it is admitted
        Map<String, Source> files = files();
        String writer = find(files, name);
        if (writer.equals(own)) {
            throw LogboekException.usage(admit ? "team.keys.admit-self" : "team.keys.revoke-self", own);
        }
        WriterKeys.Result now = check(files);
        String key = now.keys().get(writer);
        if (key == null) {
            throw LogboekException.failure("team.keys.no-key", writer, files.get(writer).where());
        }
        if (!now.of(own).stream().allMatch(f -> f.kind() == WriterKeys.Kind.NOT_SIGNED)) {
            throw LogboekException.failure("team.keys.own-not-admitted", own);
        }
        boolean counts = now.of(writer).stream().noneMatch(f -> f.kind() == WriterKeys.Kind.UNKNOWN_KEY && f.last() == files.get(writer).lines());
        long lines = files.get(writer).lines();
        if (admit && counts) {
            return new Result(writer, WriterKey.keyIdOf(key), false, 0);
        }
        logbook.append(s -> List.of(admit ? WriterKeys.admission(machine.author(), writer, key)
                : WriterKeys.revocation(machine.author(), writer, key, lines)));
        return new Result(writer, WriterKey.keyIdOf(key), true, lines);
    }

    /** A writer file as this machine has it: in the work tree, else only fetched (waiting to be admitted). */
    private record Source(Path file, byte[] fetched, long lines, String where) {
    }

    private Map<String, Source> files() {
        Map<String, Source> files = new TreeMap<>();
        Map<String, String> fetched = repo.files(TeamRepository.FETCHED);
        for (Map.Entry<String, String> f : fetched.entrySet()) {
            if (f.getKey().startsWith(TeamFolder.EVENTS + "/") && f.getKey().endsWith(".jsonl")) {
                String writer = TeamFolder.writerOf(Path.of(f.getKey()));
                byte[] content = repo.content(f.getValue());
                files.put(writer, new Source(null, content, lines(content), TeamRepository.FETCHED + ":" + f.getKey()));
            }
        }
        for (Path p : team.writerFiles()) {
            files.put(TeamFolder.writerOf(p), new Source(p, null, FileState.lines(p), p.toString()));
        }
        return files;
    }

    private static long lines(byte[] content) {
        long n = 0;
        for (byte b : content) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String find(Map<String, Source> files, String name) {
        if (files.containsKey(name)) {
            return name;
        }
        List<String> byTag = new ArrayList<>();
        for (String w : files.keySet()) {
            if (w.startsWith(name + "-")) {
                byTag.add(w);
            }
        }
        if (byTag.size() == 1) {
            return byTag.get(0);
        }
        throw LogboekException.failure("team.keys.unknown-writer", name, String.join(", ", files.keySet()));
    }

    private WriterKeys.Result check(Map<String, Source> files) {
        List<WriterKeys.Trail> trails = new ArrayList<>();
        List<WriterKeys.Reread> rereads = new ArrayList<>();
        try {
            for (Map.Entry<String, Source> f : files.entrySet()) {
                Source s = f.getValue();
                try (InputStream in = s.file() != null ? Files.newInputStream(s.file()) : new ByteArrayInputStream(s.fetched())) {
                    WriterKeys.Trail t = WriterKeys.trail(f.getKey(), in);
                    trails.add(t);
                    rereads.add(s.file() != null ? t.reread(s.file()) : t.reread(s.fetched()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TeamManifest m = team.manifest();
        if (m.founderKey() == null) {
            throw LogboekException.failure("team.keys.no-founder", team.root().resolve(TeamManifest.FILE));
        }
        return WriterKeys.checkTeam(trails, rereads, m.founderWriter(), m.founderKey());
    }
}
