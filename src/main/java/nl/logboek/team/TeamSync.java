package nl.logboek.team;

import nl.logboek.LogboekException;
import nl.logboek.logbook.Logbook;
import nl.logboek.logbook.KeySource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * logboek sync: commit this machine's new events, fetch everyone else's, check that nothing
 * already known was altered, merge, push; again when someone else pushed meanwhile. Every writer
 * only appends to its own file, so the merge never conflicts. See docs/team.md.
 */
public final class TeamSync {
    private final Machine machine;
    private final TeamFolder team;
    private final String writer;
    private final String ownPath;
    private final Path own;
    private final TeamRepository repo;
    private final HistoryCheck check;

    private TeamSync(Machine machine, TeamFolder team) {
        this.machine = machine;
        this.team = team;
        this.writer = team.writer().orElseThrow(() -> LogboekException.failure("team.no-writer", team.root()));
        this.ownPath = TeamFolder.pathOf(writer);
        this.own = team.ownFile();
        this.repo = new TeamRepository(Git.locate(machine.env()).as(machine.author(), writer), team.root());
        this.check = new HistoryCheck(repo);
    }

    public static SyncResult run(Machine machine, TeamFolder team) {
        TeamSync sync = new TeamSync(machine, team);
        try (SyncLock ignored = SyncLock.acquire(team)) {
            return sync.run();
        }
    }

    private SyncResult run() {
        // Without a record of an earlier sync (a folder set up by hand), what this machine has merged is what it knows.
        SyncLedger start = Optional.ofNullable(SyncLedger.read(team)).orElseGet(() -> SyncLedger.of(repo, "HEAD", null));
        SyncLedger known = start;
        List<Alteration> here = new Logbook(own, machine.clock(), KeySource.NONE).withLock(() -> commitOwn(start));
        if (!here.isEmpty()) {
            return result(start, known, 0, false, here, 0);
        }
        for (int attempt = 1; attempt <= TeamSetup.ATTEMPTS; attempt++) {
            repo.fetch();
            Map<String, String> remote = repo.files(TeamRepository.FETCHED);
            List<Alteration> altered = check.fetched(known, remote, ownPath, own);
            if (altered.isEmpty()) {
                altered = KeyCheck.fetched(repo, team, known, remote, ownPath, own);
            }
            if (!altered.isEmpty()) {
                return result(start, known, 0, false, altered, attempt);
            }
            merge(remote);
            // Of its own file the ledger keeps what the remote has, not what is merged here: should the push
            // fail, the next sync must still accept the remote's shorter own file, and nothing shorter.
            String ownRemote = remote.get(ownPath);
            SyncLedger.Entry before = known.get(ownPath);
            SyncLedger.Entry ownKnown = ownRemote == null ? null : before != null && before.blob().equals(ownRemote) ? before
                    : SyncLedger.Entry.of(repo.state(ownRemote), ownRemote);
            known = SyncLedger.of(repo, "HEAD", known).with(ownPath, ownKnown);
            known.write(team);
            if (repo.commit("HEAD").equals(repo.commit(TeamRepository.FETCHED))) {
                return result(start, known, 0, false, List.of(), attempt);
            }
            if (repo.push() == TeamRepository.Push.DONE) {
                known = SyncLedger.of(repo, "HEAD", known);
                known.write(team);
                long sent = known.lines(ownPath) - (ownKnown == null ? 0 : ownKnown.lines());
                return result(start, known, sent, true, List.of(), attempt);
            }
        }
        throw LogboekException.failure("team.push-contended", TeamSetup.ATTEMPTS);
    }

    /**
     * Under the own file's write lock, so the commit never holds half a line: commits the own
     * file when it grew. Returns what was found changed on this machine instead (then nothing is
     * committed).
     */
    private List<Alteration> commitOwn(SyncLedger known) {
        SyncLedger.Entry ownKnown = known.get(ownPath);
        // Read once, under the lock: what is checked is what is committed, and measured for the ledger.
        FileState.Measured here = FileState.measure(own, ownKnown == null ? 0 : ownKnown.bytes());
        if (!here.endsWithNewline() && here.state().bytes() > 0) {
            throw LogboekException.failure("team.own-torn", own);
        }
        List<String> changed = changedHere();
        Map<String, String> head = repo.files("HEAD");
        List<Alteration> altered = check.here(known, ownPath, own, here, changed, head);
        if (altered.isEmpty() && changed.contains(ownPath)) {
            String committed = head.get(ownPath);
            long before = committed == null ? 0
                    : ownKnown != null && committed.equals(ownKnown.blob()) ? ownKnown.lines() : repo.state(committed).lines();
            repo.commit("logboek: " + writer + " +" + (here.state().lines() - before) + " events", ownPath);
            repo.remember(repo.files("HEAD").get(ownPath), here.state());
        }
        return altered;
    }

    /** Tracked team files that differ from the last commit here (the own file, normally). */
    private List<String> changedHere() {
        List<String> changed = new ArrayList<>();
        String status = repo.git().ok("status", "--porcelain", "-z", "--untracked-files=no", "--", TeamManifest.FILE,
                TeamFolder.EVENTS);
        for (String entry : status.split("\0")) {
            if (entry.length() > 3) {
                changed.add(entry.substring(3));
            }
        }
        return changed;
    }

    /**
     * Merges what was fetched. Readers take no lock, but a reader that finds a file cut short waits
     * for that file's write lock and reads again; so every file the merge rewrites is locked
     * while git writes it.
     */
    private void merge(Map<String, String> remote) {
        Map<String, String> head = repo.files("HEAD");
        List<Path> touched = new ArrayList<>();
        for (Map.Entry<String, String> f : remote.entrySet()) {
            if (f.getKey().startsWith(TeamFolder.EVENTS + "/") && !f.getValue().equals(head.get(f.getKey()))) {
                touched.add(team.root().resolve(f.getKey()));
            }
        }
        locked(touched, 0, () -> {
            Git.Output o = repo.git().run("merge", "-q", "--no-edit", "-m", "logboek: " + writer + " received the team's events",
                    TeamRepository.FETCHED);
            if (!o.ok()) {
                repo.git().run("merge", "--abort");
                throw LogboekException.failure("team.merge-failed", o.summary());
            }
            return null;
        });
        repo.makePrivate();
    }

    private <T> T locked(List<Path> files, int from, Supplier<T> work) {
        if (from == files.size()) {
            return work.get();
        }
        return new Logbook(files.get(from), machine.clock(), KeySource.NONE).withLock(() -> locked(files, from + 1, work));
    }

    private SyncResult result(SyncLedger start, SyncLedger now, long sent, boolean pushed, List<Alteration> altered, int attempts) {
        List<SyncResult.Received> received = new ArrayList<>();
        for (Map.Entry<String, SyncLedger.Entry> f : now.files().entrySet()) {
            String path = f.getKey();
            if (!path.startsWith(TeamFolder.EVENTS + "/") || path.equals(ownPath)) {
                continue;
            }
            boolean joined = start.get(path) == null;
            long events = joined ? Math.max(0, f.getValue().lines() - 1) : f.getValue().lines() - start.lines(path);
            if (joined || events > 0) {
                received.add(new SyncResult.Received(TeamFolder.writerOf(Path.of(path)), events, joined));
            }
        }
        return new SyncResult(team.logbookId(), writer, sent, pushed, received, altered, attempts);
    }
}
