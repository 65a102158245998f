package nl.logboek.i18n;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void everyKeyExistsInBothLanguages() {
        TreeSet<String> en = new TreeSet<>(Messages.forLanguage("en").keys());
        TreeSet<String> nl = new TreeSet<>(Messages.forLanguage("nl").keys());
        TreeSet<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(nl);
        TreeSet<String> onlyNl = new TreeSet<>(nl);
        onlyNl.removeAll(en);
        assertEquals(new TreeSet<>(), onlyEn, "keys missing in Dutch");
        assertEquals(new TreeSet<>(), onlyNl, "keys missing in English");
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        Messages en = Messages.forLanguage("en");
        Messages nl = Messages.forLanguage("nl");
        for (String key : en.keys()) {
            assertEquals(placeholders(en.get(key)), placeholders(nl.get(key)), key);
        }
    }

    @Test
    void apostrophesAndNestedMessagesRender() {
        Messages nl = Messages.forLanguage("nl");
        assertEquals("Sexting / verspreiden van naaktfoto's", nl.get("category.sexting"));
        assertEquals("onbekende rol \"baas\". Kies uit: a, b.", nl.get("vocabulary.unknown", new Msg("vocab.role"), "baas", "a, b"));
    }

    @Test
    void languageFollowsFlagThenEnvironmentThenLocale() {
        assertEquals("nl", Language.resolve("nl", Map.of("LOGBOEK_LANG", "en")));
        assertEquals("en", Language.resolve(null, Map.of("LOGBOEK_LANG", "en", "LANG", "nl_NL.UTF-8")));
        assertEquals("nl", Language.resolve(null, Map.of("LANG", "nl_BE.UTF-8")));
        assertEquals("en", Language.resolve(null, Map.of("LANG", "de_DE.UTF-8")));
        assertEquals("en", Language.resolve(null, Map.of()));
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
