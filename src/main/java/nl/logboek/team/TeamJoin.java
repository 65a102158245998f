package nl.logboek.team;

import nl.logboek.LogboekException;
import nl.logboek.logbook.Logbook;
import nl.logboek.logbook.PrivateFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * team join: makes this machine a writer of an existing team logbook. The writer's file is
 * committed and pushed at once, before anything is recorded in it, because that is what claims
 * its tag: when another machine took the same tag meanwhile, the push is refused, and the still
 * empty file is made again under a free tag.
 */
public final class TeamJoin {
    /** What was made. */
    public record Result(Path folder, String writer, String logbookId, boolean encrypted, int writers) {
    }

    private final Machine machine;
    private final TeamFolder team;
    private final TeamRepository repo;

    private TeamJoin(Machine machine, TeamFolder team, TeamRepository repo) {
        this.machine = machine;
        this.team = team;
        this.repo = repo;
    }

    public static Result run(Machine machine, Path logbookPath, String remoteGiven, String name) {
        Path logbook = logbookPath.toAbsolutePath().normalize();
        Path folder = TeamSetup.newFolderFor(logbook);
        if (hasEntries(logbook)) {
            throw LogboekException.failure("team.join-not-empty", logbook);
        }
        Git git = Git.locate(machine.env());
        Remote remote = Remote.parse(remoteGiven);
        if (remote.path() != null && !Files.exists(remote.path())) {
            throw LogboekException.failure("team.remote-missing", remoteGiven);
        }
        Result result;
        try {
            TeamJoin join = clone(machine, git, folder, remote, remoteGiven);
            join.checkKey();
            result = join.claim(machine.slug(name));
        } catch (RuntimeException e) {
            TeamSetup.deleteTree(folder);
            throw e;
        }
        return TeamSetup.replacePlainLogbook(logbook, result, folder);
    }

    /**
     * Clones into a 0700 folder made first, so the files git writes with the umask are never
     * reachable by others, not even for a moment.
     */
    static TeamJoin clone(Machine machine, Git git, Path folder, Remote remote, String given) {
        try {
            PrivateFiles.createFolders(folder);
        } catch (IOException e) {
            throw LogboekException.failure("team.file-unwritable", folder, e.getMessage());
        }
        Git here = git.in(folder);
        Git.Output o = here.run("clone", "-q", "--no-tags", "-b", TeamRepository.BRANCH, "--origin", TeamRepository.REMOTE,
                remote.url(), ".");
        if (!o.ok()) {
            throw o.err().contains(" not found in upstream")
                    ? LogboekException.failure("team.remote-no-team", given)
                    : LogboekException.failure("team.clone-failed", given, o.summary());
        }
        TeamRepository repo = new TeamRepository(here, folder);
        repo.makePrivate();
        if (!TeamFolder.isTeam(folder)) {
            throw LogboekException.failure("team.remote-no-team", given);
        }
        return new TeamJoin(machine, TeamFolder.open(folder), repo);
    }

    /** The key of an encrypted team is never in the repository: it must be on this machine already. */
    void checkKey() {
        var encryption = team.encryption();
        if (encryption != null && "file".equals(encryption.path("key").asText())) {
            Path keyFile = machine.keys().keyFile(team.logbookId());
            if (!Files.isRegularFile(keyFile)) {
                throw LogboekException.failure("team.join-key-missing", keyFile, team.logbookId());
            }
        }
    }

    /** Picks a free tag, starts the own file with it and pushes; picks again when another machine was quicker. */
    Result claim(String slug) {
        String tag = null;
        for (int attempt = 1; attempt <= TeamSetup.ATTEMPTS; attempt++) {
            Set<String> taken = new HashSet<>();
            for (Path f : team.writerFiles()) {
                WriterName.parse(TeamFolder.writerOf(f)).ifPresent(w -> taken.add(w.tag()));
            }
            if (tag == null || taken.contains(tag)) {
                tag = WriterName.newTag(machine.random(), taken);
            }
            WriterName writer = new WriterName(tag, slug);
            Path own = team.writerFile(writer.toString());
            Logbook ownLogbook = new Logbook(own, machine.clock(), machine.keys());
            ownLogbook.initializeWriter(machine.author(), team.logbookId(), team.encryption(), writer.toString());
            if (team.encryption() != null) {
                ownLogbook.read(e -> { }); // opens the header with this machine's key: a wrong key is named now
            }
            TeamSetup.writeWriter(team.root(), writer);
            TeamRepository as = new TeamRepository(repo.git().as(machine.author(), writer.toString()), team.root());
            as.commit("logboek: " + writer + " joined the team", TeamFolder.pathOf(writer.toString()));
            if (as.push() == TeamRepository.Push.DONE) {
                TeamSetup.afterPush(as, team);
                return new Result(team.root(), writer.toString(), team.logbookId(), team.encryption() != null,
                        team.writerFiles().size());
            }
            // Someone pushed first: start again from what is there now. The own file, still holding only
            // its header, goes with the reset (it is in no commit but ours).
            as.fetch();
            repo.git().ok("reset", "-q", "--hard", TeamRepository.FETCHED);
            deleteSideFiles(own);
            repo.makePrivate();
        }
        throw LogboekException.failure("team.push-contended", TeamSetup.ATTEMPTS);
    }

    private static void deleteSideFiles(Path own) {
        try {
            Files.deleteIfExists(own);
            Files.deleteIfExists(own.resolveSibling("." + own.getFileName() + ".lock"));
        } catch (IOException ignored) {
            // A lock file left behind is harmless: git ignores it.
        }
    }

    /** Whether a plain logbook has more than its header line: only an empty machine joins a team. */
    private static boolean hasEntries(Path logbook) {
        return Files.isRegularFile(logbook) && FileState.lines(logbook) > 1;
    }
}
