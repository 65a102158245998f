package nl.logboek.team;

import nl.logboek.LogboekException;
import nl.logboek.logbook.PrivateFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** What team init and team join share: the checks before anything is made, and the undoing when one fails. */
final class TeamSetup {
    /** How often a push is tried again after someone else pushed first. */
    static final int ATTEMPTS = 5;

    private TeamSetup() {
    }

    /**
     * The team folder for the logbook path the user means, refusing what cannot become one: a path
     * that already is (or is inside) a team logbook, a folder, a team folder that is already there.
     */
    static Path newFolderFor(Path logbook) {
        TeamFolder.find(logbook).ifPresent(t -> {
            throw LogboekException.failure("team.already-team", t.root());
        });
        Path parent = logbook.getParent();
        if (parent != null && parent.getFileName() != null && TeamFolder.EVENTS.equals(parent.getFileName().toString())
                && TeamFolder.isTeam(parent.getParent())) {
            throw LogboekException.failure("team.writer-file", logbook, parent.getParent());
        }
        if (Files.isDirectory(logbook)) {
            throw LogboekException.usage("logbook.is-folder", logbook);
        }
        Path folder = TeamFolder.folderFor(logbook);
        if (Files.exists(folder)) {
            throw LogboekException.failure("team.folder-exists", folder);
        }
        return folder;
    }

    /** Records which writer this machine is (T/.git/logboek/writer). */
    static void writeWriter(Path root, WriterName writer) {
        Path file = root.resolve(".git").resolve(TeamFolder.LOCAL).resolve("writer");
        try {
            PrivateFiles.createFolders(file.getParent());
            PrivateFiles.createFile(file);
            Files.writeString(file, writer + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw LogboekException.failure("team.file-unwritable", file, e.getMessage());
        }
    }

    /**
     * Once the team folder is pushed, the plain logbook file (and the lock and index logboek kept
     * beside it) goes: while it is there, every command keeps using it instead of the team logbook.
     * The team is made by then, so a failure here undoes nothing; the user is told what is left.
     */
    static <T> T replacePlainLogbook(Path file, T made, Path folder) {
        try {
            nl.logboek.logbook.Logbook.deleteCaches(file);
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling("." + file.getFileName() + ".lock"));
        } catch (IOException e) {
            throw LogboekException.failure("team.plain-left", file, folder, e.getMessage());
        }
        return made;
    }

    /**
     * What follows a successful first push. Neither step may undo the team: git's upstream only
     * helps people who look with git themselves, and a missing ledger is rebuilt by the first sync
     * from what is committed here.
     */
    static void afterPush(TeamRepository repo, TeamFolder team) {
        repo.git().run("branch", "-q", "--set-upstream-to=" + TeamRepository.FETCHED);
        try {
            SyncLedger.of(repo, "HEAD", null).write(team);
        } catch (LogboekException e) {
            // See above: the first sync starts from what is committed.
        }
    }

    /** Undoes a half-made team folder (or a bare repository team init made), so a failure leaves nothing behind. */
    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Reported with the failure that brought us here, which matters more.
        }
    }
}
