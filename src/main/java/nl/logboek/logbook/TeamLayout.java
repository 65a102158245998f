package nl.logboek.logbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a team logbook's parts are (docs/team.md): a folder that is a git work tree, with
 * {@code team.json}, one file per member and machine in {@code events/<writer>.jsonl}, and this
 * machine's writer name in {@code .git/logboek/writer} (never committed). A writer's name starts
 * with its tag: two characters no other writer's name starts with, which also start every
 * incident id that writer creates, so that ids never collide.
 *
 * @param root    the team folder
 * @param writer  this machine's writer name, or null when this machine has not joined
 * @param members every member's file, sorted by writer name
 */
public record TeamLayout(Path root, String writer, List<Path> members) {
    public static final String TEAM_FILE = "team.json";
    public static final String EVENTS = "events";
    public static final String SUFFIX = ".jsonl";

    /**
     * The team folder {@code logbook} means: the path itself when it is a team folder, else the
     * folder {@code <name without .jsonl>.team} beside it (where `team init` puts a logbook).
     */
    public static Optional<TeamLayout> find(Path logbook) {
        if (isTeam(logbook)) {
            return Optional.of(of(logbook));
        }
        Path beside = folderFor(logbook);
        return isTeam(beside) && !Files.isRegularFile(logbook) ? Optional.of(of(beside)) : Optional.empty();
    }

    /** Where the team folder of a plain logbook file goes (or is): beside it, NAME.team (NAME without .jsonl). */
    public static Path folderFor(Path logbookFile) {
        String name = logbookFile.getFileName() == null ? "" : logbookFile.getFileName().toString();
        String stem = name.endsWith(SUFFIX) && name.length() > SUFFIX.length() ? name.substring(0, name.length() - SUFFIX.length()) : name;
        return logbookFile.resolveSibling(stem + ".team");
    }

    public static boolean isTeam(Path folder) {
        return Files.isDirectory(folder) && Files.isRegularFile(folder.resolve(TEAM_FILE));
    }

    /** Reads the layout of the team folder {@code root}. */
    public static TeamLayout of(Path root) {
        String writer = null;
        Path mine = writerFile(root);
        try {
            if (Files.isRegularFile(mine)) {
                writer = Files.readString(mine, StandardCharsets.UTF_8).strip();
            }
            List<Path> members = new ArrayList<>();
            Path events = root.resolve(EVENTS);
            if (Files.isDirectory(events)) {
                try (Stream<Path> files = Files.list(events)) {
                    files.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && !p.getFileName().toString().startsWith("."))
                            .sorted(java.util.Comparator.comparing(TeamLayout::writerOf))
                            .forEach(members::add);
                }
            }
            return new TeamLayout(root, writer == null || writer.isEmpty() ? null : writer, List.copyOf(members));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The team folder {@code file} is one member's file of: when it lies in a folder
     * {@code events/} beside a {@code team.json}; else none (an ordinary logbook file).
     */
    public static Optional<Path> teamOfMember(Path file) {
        Path events = file.toAbsolutePath().normalize().getParent();
        if (events == null || events.getFileName() == null || !EVENTS.equals(events.getFileName().toString())) {
            return Optional.empty();
        }
        Path root = events.getParent();
        return root != null && isTeam(root) ? Optional.of(root) : Optional.empty();
    }

    /** Where this machine's writer name is kept: inside .git, so that it is never pushed. */
    public static Path writerFile(Path root) {
        return root.resolve(".git").resolve("logboek").resolve("writer");
    }

    /** The writer a member's file belongs to: its name without .jsonl. */
    public static String writerOf(Path memberFile) {
        String name = memberFile.getFileName().toString();
        return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }

    /** A writer's tag: the part of its name before the first '-'. */
    public static String tagOf(String writer) {
        int dash = writer.indexOf('-');
        return dash < 0 ? writer : writer.substring(0, dash);
    }

    /** This machine's own file (null when it has not joined). */
    public Path ownFile() {
        return writer == null ? null : root.resolve(EVENTS).resolve(writer + SUFFIX);
    }
}
