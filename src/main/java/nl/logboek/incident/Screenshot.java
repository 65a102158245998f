package nl.logboek.incident;

import nl.logboek.LogboekException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Fingerprints a screenshot file so the logbook can prove which file it was, without keeping a copy. */
public final class Screenshot {
    private Screenshot() {
    }

    public static String sha256(Path file) {
        if (!Files.isRegularFile(file)) {
            throw LogboekException.usage("evidence.screenshot-missing", file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw LogboekException.usage("evidence.screenshot-unreadable", file, e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
