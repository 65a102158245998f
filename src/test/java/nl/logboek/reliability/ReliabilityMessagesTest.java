package nl.logboek.reliability;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reliability texts exist in both languages, and the backup code uses no key that is missing. */
class ReliabilityMessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(backup\\.[a-z-]+)\"");

    private static Properties load(String lang) throws IOException {
        try (InputStream in = ReliabilityMessagesTest.class.getResourceAsStream("/nl/logboek/i18n/reliability_" + lang + ".properties")) {
            assertNotNull(in, "reliability_" + lang + ".properties");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void everyReliabilityKeyExistsInDutchAndEnglishWithTheSamePlaceholders() throws IOException {
        Properties en = load("en");
        Properties nl = load("nl");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(nl.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertEquals(placeholders(en.getProperty(key)), placeholders(nl.getProperty(key)), key);
            assertFalse(en.getProperty(key).equals(nl.getProperty(key)) && en.getProperty(key).length() > 20,
                    key + " is not translated");
        }
    }

    @Test
    void everyBackupKeyUsedInTheCodeIsDefined() throws IOException {
        Properties en = load("en");
        TreeSet<String> used = new TreeSet<>();
        for (String source : new String[] {"src/main/java/nl/logboek/logbook/Backup.java", "src/main/java/nl/logboek/cli/BackupCommand.java"}) {
            Matcher m = KEY_IN_CODE.matcher(Files.readString(Path.of(source)));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertTrue(used.size() >= 10, "found the keys in the code: " + used);
        TreeSet<String> missing = new TreeSet<>(used);
        missing.removeAll(en.stringPropertyNames());
        assertEquals(new TreeSet<>(), missing);
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
