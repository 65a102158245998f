package nl.logboek.incident;

import nl.logboek.LogboekException;
import nl.logboek.logbook.Hashing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fingerprints a screenshot file so the logbook can prove which file it was, without keeping a copy. */
public final class Screenshot {
    private Screenshot() {
    }

    public static String sha256(Path file) {
        if (!Files.isRegularFile(file)) {
            throw LogboekException.usage("evidence.screenshot-missing", file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Hashing.sha256(in);
        } catch (IOException e) {
            throw LogboekException.usage("evidence.screenshot-unreadable", file, e.getMessage());
        }
    }
}
