package nl.logboek.team;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The check sync makes before it merges anything: every file of the team must still begin with
 * what this machine knew of it (the ledger), this machine's own file on the remote must be the
 * beginning of its file here, and no two writers may share a tag. Appending is the only change a
 * team logbook ever sees; anything else is reported, never merged.
 */
final class HistoryCheck {
    private final TeamRepository repo;

    HistoryCheck(TeamRepository repo) {
        this.repo = repo;
    }

    /**
     * Before committing here: this machine's own file ({@code ownHere}: measured up to the length
     * the ledger knows) must begin with what it synced, and no other
     * writer's file may have been changed here, in the work tree ({@code changedHere}) or in a
     * commit ({@code head}: path to blob of the last commit). Only its own writer appends to a file,
     * and only on its own machine.
     */
    List<Alteration> here(SyncLedger ledger, String ownPath, Path ownFile, FileState.Measured ownHere, List<String> changedHere,
                          Map<String, String> head) {
        Map<String, Alteration> found = new LinkedHashMap<>();
        SyncLedger.Entry own = ledger.get(ownPath);
        if (own != null && !own.sha256().equals(ownHere.prefixSha256())) {
            found.put(ownPath, changedHere(ownPath, lineAgainst(own.blob(), ownFile)));
        }
        for (Map.Entry<String, String> f : head.entrySet()) {
            SyncLedger.Entry known = ledger.get(f.getKey());
            if (!f.getKey().equals(ownPath) && (known == null || !known.blob().equals(f.getValue()))) {
                long line = known == null ? 1 : repo.difference(known.blob(), f.getValue()).map(LineDifference::line).orElse(1L);
                found.put(f.getKey(), changedHere(f.getKey(), line));
            }
        }
        for (String path : changedHere) {
            Path file = repo.git().folder().resolve(path);
            if (!path.equals(ownPath) && !found.containsKey(path)) {
                SyncLedger.Entry known = ledger.get(path);
                // Nothing differs in what was known: lines were added after it.
                long line = known == null || !Files.exists(file) ? 1
                        : repo.difference(known.blob(), file).map(LineDifference::line).orElse(known.lines() + 1);
                found.put(path, changedHere(path, line));
            }
        }
        return new ArrayList<>(found.values());
    }

    private static Alteration changedHere(String path, long line) {
        return Alteration.of(path, Alteration.Kind.CHANGED_HERE, Math.max(1, line));
    }

    /** After fetching, before merging: the fetched files ({@code remote}: path to blob) against the ledger. */
    List<Alteration> fetched(SyncLedger ledger, Map<String, String> remote, String ownPath, Path ownFile) {
        List<Alteration> found = new ArrayList<>();
        for (Map.Entry<String, SyncLedger.Entry> known : ledger.files().entrySet()) {
            String path = known.getKey();
            SyncLedger.Entry was = known.getValue();
            String blob = remote.get(path);
            if (blob == null) {
                found.add(Alteration.of(path, Alteration.Kind.FILE_REMOVED, 0));
            } else if (blob.equals(was.blob())) {
                continue;
            } else if (path.equals(TeamManifest.FILE)) {
                found.add(Alteration.of(path, Alteration.Kind.MANIFEST_CHANGED, 0));
            } else if (!was.sha256().equals(repo.measure(blob, was.bytes()).prefixSha256())) {
                LineDifference d = repo.difference(was.blob(), blob).orElse(new LineDifference(1, false));
                Alteration.Kind kind = path.equals(ownPath) ? Alteration.Kind.OWN_CHANGED
                        : d.missing() ? Alteration.Kind.LINES_MISSING : Alteration.Kind.CHANGED;
                found.add(kind == Alteration.Kind.LINES_MISSING ? Alteration.linesMissing(path, was.lines(), d.line())
                        : Alteration.of(path, kind, d.line()));
            }
        }
        String ownRemote = remote.get(ownPath);
        SyncLedger.Entry ownKnown = ledger.get(ownPath);
        boolean reported = found.stream().anyMatch(a -> a.path().equals(ownPath));
        if (ownRemote != null && !reported && (ownKnown == null || !ownRemote.equals(ownKnown.blob()))) {
            // Lines on the remote that this machine never wrote (added, or other than its own).
            repo.difference(ownRemote, ownFile).ifPresent(d -> found.add(Alteration.of(ownPath, Alteration.Kind.OWN_CHANGED, d.line())));
        }
        found.addAll(names(remote));
        return found;
    }

    /** Every file in events/ is a writer file, and no two of them share a tag. */
    static List<Alteration> names(Map<String, String> files) {
        List<Alteration> found = new ArrayList<>();
        Map<String, String> byTag = new HashMap<>();
        for (String path : files.keySet()) {
            if (!path.startsWith(TeamFolder.EVENTS + "/")) {
                continue;
            }
            String file = path.substring(TeamFolder.EVENTS.length() + 1);
            Optional<WriterName> name = file.endsWith(".jsonl") && !file.contains("/")
                    ? WriterName.parse(file.substring(0, file.length() - ".jsonl".length())) : Optional.empty();
            if (name.isEmpty()) {
                found.add(Alteration.of(path, Alteration.Kind.NOT_A_WRITER_FILE, 0));
                continue;
            }
            String first = byTag.putIfAbsent(name.get().tag(), name.get().toString());
            if (first != null) {
                found.add(new Alteration(path, name.get().toString(), Alteration.Kind.TAG_REUSED, 0, first));
            }
        }
        return found;
    }

    private long lineAgainst(String blob, Path file) {
        return repo.difference(blob, file).map(LineDifference::line).orElse(0L);
    }
}
