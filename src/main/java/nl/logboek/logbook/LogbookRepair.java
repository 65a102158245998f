package nl.logboek.logbook;

import nl.logboek.LogboekException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

/**
 * The one repair there is: a final line torn by a crash or a full disk is moved to a side file,
 * after the whole logbook has been copied. Nothing is ever deleted, and other damage is reported,
 * never repaired away.
 */
public final class LogbookRepair {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private LogbookRepair() {
    }

    public record Result(Path backup, Path sideFile, long line) {
    }

    /** Returns null when there is nothing to repair. */
    public static Result repairTornTail(Path file, Clock clock) {
        try (LogbookLock ignored = LogbookLock.acquire(file)) {
            LogbookVerifier.Report report = LogbookVerifier.verify(file);
            if (!report.ok() && !report.onlyTornTail()) {
                throw LogboekException.failure("repair.other-damage", file);
            }
            if (report.tornTail() == null) {
                return null;
            }
            String stamp = STAMP.format(java.time.LocalDateTime.now(clock));
            Path backup = unique(file.resolveSibling(file.getFileName() + "." + stamp + ".backup"));
            Path side = unique(file.resolveSibling(file.getFileName() + "." + stamp + ".torn"));
            PrivateFiles.createFile(backup);
            try (var in = Files.newInputStream(file); var out = Files.newOutputStream(backup, StandardOpenOption.WRITE)) {
                in.transferTo(out);
            }
            PrivateFiles.createFile(side);
            Files.write(side, report.tornTail());
            try (FileChannel b = FileChannel.open(backup, StandardOpenOption.WRITE);
                 FileChannel s = FileChannel.open(side, StandardOpenOption.WRITE)) {
                b.force(true);
                s.force(true);
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(report.goodBytes());
                ch.force(true);
            }
            PrivateFiles.syncFolder(file.toAbsolutePath().getParent());
            return new Result(backup, side, report.tornLine());
        } catch (IOException e) {
            throw new LogboekException(LogboekException.FAILURE, e, "logbook.write-failed", file, e.getMessage());
        }
    }

    private static Path unique(Path p) {
        Path candidate = p;
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = p.resolveSibling(p.getFileName() + "." + n);
        }
        return candidate;
    }
}
