package nl.logboek.team;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.LogboekException;
import nl.logboek.logbook.TeamLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A team logbook on this machine: a git work tree T holding team.json, .gitignore and one
 * ordinary logbook file per writer in T/events/. Which writer this machine is, and what it knew at
 * its last sync, are kept in T/.git/logboek/, which git never sends anywhere. See docs/team.md.
 */
public final class TeamFolder {
    public static final String EVENTS = "events";
    public static final String SUFFIX = ".team";
    static final String LOCAL = "logboek";
    private static final String JSONL = ".jsonl";

    private final Path root;
    private final TeamManifest manifest;

    private TeamFolder(Path root, TeamManifest manifest) {
        this.root = root;
        this.manifest = manifest;
    }

    /**
     * The team logbook a logbook path means: the path itself when it is a folder with a team.json,
     * else the folder NAME.team beside it (NAME without .jsonl) when that has one and the path is
     * no plain logbook file, else none. The store resolves a path the same way (TeamLayout).
     */
    public static Optional<TeamFolder> find(Path logbookPath) {
        return TeamLayout.find(logbookPath).map(layout -> open(layout.root()));
    }

    /** Where the team folder of a plain logbook file goes (or is): beside it, NAME.team. */
    public static Path folderFor(Path logbookFile) {
        return TeamLayout.folderFor(logbookFile);
    }

    static boolean isTeam(Path folder) {
        return TeamLayout.isTeam(folder);
    }

    static TeamFolder open(Path root) {
        return new TeamFolder(root, TeamManifest.read(root.resolve(TeamManifest.FILE)));
    }

    public Path root() {
        return root;
    }

    public TeamManifest manifest() {
        return manifest;
    }

    public String logbookId() {
        return manifest.logbookId();
    }

    /** The team's encryption, as the first writer's header describes it; null when it is not encrypted. */
    public ObjectNode encryption() {
        return manifest.encryption();
    }

    /** This machine's writer name, once it has one (after team init or team join). */
    public Optional<String> writer() {
        Path file = localDir().resolve("writer");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(file, StandardCharsets.UTF_8).strip();
            return Optional.of(WriterName.parse(name).orElseThrow(
                    () -> LogboekException.failure("team.writer-unreadable", file, name)).toString());
        } catch (IOException e) {
            throw LogboekException.failure("team.writer-unreadable", file, e.getMessage());
        }
    }

    /** This machine's own writer file, the only one it ever appends to. */
    public Path ownFile() {
        return writerFile(writer().orElseThrow(() -> LogboekException.failure("team.no-writer", root)));
    }

    public Path writerFile(String writer) {
        return root.resolve(EVENTS).resolve(writer + JSONL);
    }

    /** Every writer's file (events/*.jsonl), sorted by file name. */
    public List<Path> writerFiles() {
        Path events = root.resolve(EVENTS);
        if (!Files.isDirectory(events)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(events)) {
            return files.filter(p -> p.getFileName().toString().endsWith(JSONL) && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tag of a writer name: the two characters every incident id of that writer starts with. */
    public String tagOf(String writer) {
        return WriterName.parse(writer).orElseThrow(() -> new IllegalArgumentException("not a writer name: " + writer)).tag();
    }

    /** The writer a file in events/ belongs to: its name without .jsonl. */
    public static String writerOf(Path writerFile) {
        String name = writerFile.getFileName().toString();
        return name.endsWith(JSONL) ? name.substring(0, name.length() - JSONL.length()) : name;
    }

    /** The path of a writer file inside the repository, as git names it. */
    static String pathOf(String writer) {
        return EVENTS + "/" + writer + JSONL;
    }

    /** T/.git/logboek: what only this machine needs to know, never committed. */
    Path localDir() {
        return root.resolve(".git").resolve(LOCAL);
    }
}
