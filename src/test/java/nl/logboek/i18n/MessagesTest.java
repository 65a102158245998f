package nl.logboek.i18n;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {
    /** {0}, and the number of a choice: {0,choice,...}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    /**
     * The bundles are read one by one, as far as a key needs: a key of a later bundle is found as
     * one of the first, and no key is in two bundles (keys() reads them all and says so).
     */
    @Test
    void aKeyOfAnyBundleIsFoundAndNoKeyIsInTwoBundles() {
        for (String language : new String[] {"en", "nl"}) {
            Messages m = Messages.forLanguage(language);
            java.util.Set<String> all = org.junit.jupiter.api.Assertions.assertDoesNotThrow(m::keys);
            for (String key : all) {
                assertTrue(m.has(key), key);
                assertTrue(!m.get(key).equals(key) || key.isEmpty(), key);
            }
            assertEquals("no.such.key 3", m.get("no.such.key", 3));
        }
    }

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
    void aChoiceGivesSingularAndPluralAndKeepsApostrophesAndOtherBraces() {
        Messages nl = Messages.forLanguage("nl");
        assertEquals("Gesloten in de periode terwijl verplichte punten open stonden: geen", nl.get("report.duties-closed", 0));
        assertEquals("Gesloten in de periode terwijl verplichte punten open stonden: 1 incident", nl.get("report.duties-closed", 1));
        assertEquals("Gesloten in de periode terwijl verplichte punten open stonden: 12 incidenten", nl.get("report.duties-closed", 12));
        assertEquals("Let op: incident abcd gesloten met 1 verplicht punt open: x. Dit wordt vastgelegd, met je reden.",
                nl.get("close.forced-warning", "abcd", 1, "x"));
        assertEquals("Let op: incident abcd gesloten met 3 verplichte punten open: x. Dit wordt vastgelegd, met je reden.",
                nl.get("close.forced-warning", "abcd", 3, "x"));
        assertEquals("foto's {json} en 2 dingen", Messages.english().format("foto's {json} en {0,choice,1#1 ding|1<{0} dingen}",
                new Object[] {2}));
        assertEquals("3 dingen, tekst: dingen", Messages.english().format(
                "{0,choice,1#1 ding|1<{0} dingen}, {1}: {1,choice,1#ding|1<dingen}", new Object[] {"3", "tekst"}));
    }

    @Test
    void aTextInBothLanguagesIsShownInTheLanguageOfTheMessage() {
        Translated item = new Translated("Contact opgenomen met de politie", "Contacted the police");
        assertTrue(Messages.forLanguage("nl").get("close.forced-warning", "abcd", 1, item).contains(": Contact opgenomen met de politie."));
        assertTrue(Messages.forLanguage("en").get("close.forced-warning", "abcd", 1, item).contains(": Contacted the police."));
        assertEquals("Contact opgenomen met de politie", new Translated("Contact opgenomen met de politie", null).in("en"));
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
            found.add(m.group(1));
        }
        return found;
    }
}
