package nl.logboek.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compares output with a golden file (the report's are under src/test/resources/golden/report).
 * With {@code -Dgolden.update=true} the golden file is (re)written instead, to be reviewed in the diff.
 */
public final class Golden {
    static final Path FOLDER = Path.of("src", "test", "resources", "golden", "report");
    private static final String HOW = "If the change is intended, run the tests with -Dgolden.update=true and review the diff of "
            + FOLDER + ".";

    private Golden() {
    }

    static void assertMatches(String name, String actual) {
        assertMatches(FOLDER.resolve(name), actual, HOW);
    }

    /**
     * @param file the golden file, relative to the project's folder
     * @param how  what to do about a difference, added to the failure message
     */
    public static void assertMatches(Path file, String actual, String how) {
        try {
            if (Boolean.getBoolean("golden.update")) {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("golden file " + file + " is missing. " + how);
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "output differs from " + file + ". " + how);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
