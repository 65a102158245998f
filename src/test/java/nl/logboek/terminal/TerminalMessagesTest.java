package nl.logboek.terminal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The texts of install and complete exist in Dutch and in English, with the same placeholders. */
class TerminalMessagesTest {
    @Test
    void everyTerminalKeyIsInBothLanguagesWithTheSamePlaceholders() throws IOException {
        Properties en = load("en");
        Properties nl = load("nl");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(nl.stringPropertyNames()),
                "terminal_en.properties and terminal_nl.properties have different keys");
        for (String key : en.stringPropertyNames()) {
            assertEquals(placeholders(en.getProperty(key)), placeholders(nl.getProperty(key)), key);
        }
    }

    private static Properties load(String lang) throws IOException {
        String resource = "/nl/logboek/i18n/terminal_" + lang + ".properties";
        try (InputStream in = TerminalMessagesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
