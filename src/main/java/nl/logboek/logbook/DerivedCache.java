package nl.logboek.logbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Caches that another layer derives from the log and keeps beside the index ({@code .NAME.<name>}):
 * the store only keeps the bytes, privately (0600) and written whole; what they mean, and whether
 * they still match the log ({@link LogView#continues}), is for the layer that made them. They are
 * removed with the index (a purge, a repair, {@link Logbook#deleteCaches}). Nothing here fails a
 * command: a cache that cannot be read is absent, one that cannot be written is not written.
 */
final class DerivedCache {
    /** The names of the derived caches there are (removed with the index). */
    static final List<String> NAMES = List.of("digest", "words", "report", "periods", "people");

    private DerivedCache() {
    }

    static Path fileOf(Path logbook, String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown cache " + name);
        }
        return logbook.resolveSibling("." + logbook.getFileName() + "." + name);
    }

    /** The cache opened for reading, or null when there is none (or it cannot be opened). */
    static java.nio.channels.FileChannel open(Path logbook, String name) {
        Path f = fileOf(logbook, name);
        try {
            if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            return java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** What writes a cache's bytes. */
    interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Replaces the cache whole, private; gives up quietly (a cache is never a reason to fail). */
    static void write(Path logbook, String name, Content content) {
        // Not forced to disk: a cache lost in a crash is rebuilt; one half written fails its checks.
        try (AtomicFiles.Pending pending = AtomicFiles.to(fileOf(logbook, name)).withoutFsync().begin()) {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(pending.tmp()), 1 << 16)) {
                content.writeTo(out);
            }
            pending.commit();
        } catch (IOException | RuntimeException e) {
            // A read-only folder, a full disk: the next command derives it again.
        }
    }

    static void deleteAll(Path logbook) throws IOException {
        for (String name : NAMES) {
            Files.deleteIfExists(fileOf(logbook, name));
        }
    }
}
