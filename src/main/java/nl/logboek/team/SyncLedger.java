package nl.logboek.team;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.LogboekException;
import nl.logboek.logbook.AtomicFiles;
import nl.logboek.json.JsonTrees;
import nl.logboek.logbook.PrivateFiles;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * T/.git/logboek/known.json: per file of the team (team.json and every writer file), what this
 * machine had after its last sync: the bytes, their SHA-256 and the git blob. The next sync
 * accepts a fetched file only if it still begins with exactly those bytes, so an entry altered or
 * removed on the remote is caught before it is merged.
 */
final class SyncLedger {
    static final String FILE = "known.json";

    /** What was known of one file. */
    record Entry(long bytes, long lines, String sha256, String blob) {
        static Entry of(FileState s, String blob) {
            return new Entry(s.bytes(), s.lines(), s.sha256(), blob);
        }
    }

    private final SortedMap<String, Entry> files;

    SyncLedger(Map<String, Entry> files) {
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    SortedMap<String, Entry> files() {
        return files;
    }

    Entry get(String path) {
        return files.get(path);
    }

    long lines(String path) {
        Entry e = files.get(path);
        return e == null ? 0 : e.lines();
    }

    /** What a commit holds, measured; entries whose blob is unchanged are taken from {@code previous}. */
    static SyncLedger of(TeamRepository repo, String rev, SyncLedger previous) {
        Map<String, Entry> files = new TreeMap<>();
        for (Map.Entry<String, String> f : repo.files(rev).entrySet()) {
            Entry was = previous == null ? null : previous.get(f.getKey());
            files.put(f.getKey(), was != null && was.blob().equals(f.getValue()) ? was
                    : Entry.of(repo.state(f.getValue()), f.getValue()));
        }
        return new SyncLedger(files);
    }

    /** The same ledger with one entry replaced (or removed, for null). */
    SyncLedger with(String path, Entry entry) {
        Map<String, Entry> copy = new TreeMap<>(files);
        if (entry == null) {
            copy.remove(path);
        } else {
            copy.put(path, entry);
        }
        return new SyncLedger(copy);
    }

    static Path fileOf(TeamFolder team) {
        return team.localDir().resolve(FILE);
    }

    /** The ledger of the last sync; null when there is none (a team folder made by hand). */
    static SyncLedger read(TeamFolder team) {
        Path file = fileOf(team);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode json = JsonTrees.parse(Files.readString(file, StandardCharsets.UTF_8));
            Map<String, Entry> files = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = json.path("files").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode e = f.getValue();
                files.put(f.getKey(), new Entry(e.path("bytes").asLong(), e.path("lines").asLong(),
                        e.path("sha256").asText(), e.path("blob").asText()));
            }
            return new SyncLedger(files);
        } catch (IOException | RuntimeException e) {
            throw LogboekException.failure("team.ledger-unreadable", file, e.getMessage());
        }
    }

    /** Replaces the ledger in one step: a sync killed halfway leaves the old one, never half a file. */
    void write(TeamFolder team) {
        Path file = fileOf(team);
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try {
            PrivateFiles.createFolders(file.getParent());
            AtomicFiles.to(file).through(tmp).withoutFsync().write(text().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw LogboekException.failure("team.ledger-unwritable", file, e.getMessage());
        }
    }

    private String text() throws IOException {
        ObjectNode root = JsonTrees.object();
        root.put("format", 1);
        ObjectNode all = root.putObject("files");
        for (Map.Entry<String, Entry> f : files.entrySet()) {
            ObjectNode e = all.putObject(f.getKey());
            e.put("bytes", f.getValue().bytes());
            e.put("lines", f.getValue().lines());
            e.put("sha256", f.getValue().sha256());
            e.put("blob", f.getValue().blob());
        }
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JsonTrees.FACTORY.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            JsonTrees.write(g, root);
        }
        return w + "\n";
    }
}
