package nl.logboek.logbook;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies a killed command left behind. {@code purge} copies the whole logbook aside
 * ({@code NAME.STAMP.pre-purge}) and writes the new one through {@code .NAME.purge-tmp}: killed
 * before it removes them, the copy still holds what the purge had to destroy. {@code backup}
 * writes through a hidden {@code .NAME-N.tmp} (a folder {@code .TEAM-N} for a team) in the
 * backup folder. The next command that takes the logbook's lock removes those beside the logbook
 * ({@link #removeBeside}); {@code backup} removes its own in the folder it writes to
 * ({@link #removeBackupTemps}); {@code verify} names what it finds ({@link #beside}).
 */
public final class Leftovers {
    private Leftovers() {
    }

    /** What a killed purge (or another whole rewrite of the logbook) left beside {@code logbook}, oldest name first. */
    public static List<Path> beside(Path logbook) {
        Path real = LogbookLock.realPath(logbook);
        Path dir = real.getParent();
        String name = real.getFileName().toString();
        List<Path> found = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (leftBeside(p.getFileName().toString(), name)) {
                    found.add(p);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            return found;
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    /**
     * Whether {@code file} is {@code NAME.yyyyMMddTHHmmss.pre-purge}, {@code .NAME.purge-tmp} or
     * {@code .NAME.N.tmp} for the logbook {@code name}. By hand rather than with a regular
     * expression: every write asks, and compiling one costs a short command more than the rest of
     * this (docs/benchmarks.md).
     */
    static boolean leftBeside(String file, String name) {
        String prePurge = ".pre-purge";
        if (file.length() == name.length() + 16 + prePurge.length() && file.startsWith(name) && file.endsWith(prePurge)) {
            int at = name.length(); // .yyyyMMddTHHmmss
            return file.charAt(at) == '.' && digits(file, at + 1, at + 9) && file.charAt(at + 9) == 'T'
                    && digits(file, at + 10, at + 16);
        }
        if (file.equals("." + name + ".purge-tmp")) {
            return true;
        }
        String prefix = "." + name + ".";
        return file.length() > prefix.length() + 4 && file.startsWith(prefix) && file.endsWith(".tmp")
                && digits(file, prefix.length(), file.length() - 4);
    }

    /** Whether {@code s} holds only the digits 0-9 from {@code from} to {@code to} (what \d matches in a regular expression). */
    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Removes {@link #beside}; called with the lock held, so no purge of this logbook is running. */
    static void removeBeside(Path logbook) {
        for (Path p : beside(logbook)) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // Reported by verify; the next command tries again.
            }
        }
    }

    /** Removes what a killed backup of {@code baseName} left in {@code dir}; called with the logbook's lock held. */
    static void removeBackupTemps(Path dir, String baseName) {
        Pattern left = Pattern.compile("\\." + Pattern.quote(baseName) + "-\\d+(\\.tmp)?");
        for (Path p : matching(dir, left)) {
            try {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    try (Stream<Path> all = Files.walk(p)) {
                        for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(f);
                        }
                    }
                } else {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // Left for the next backup.
            }
        }
    }

    private static List<Path> matching(Path dir, Pattern pattern) {
        List<Path> found = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (pattern.matcher(p.getFileName().toString()).matches()) {
                    found.add(p);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            return found;
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }
}
