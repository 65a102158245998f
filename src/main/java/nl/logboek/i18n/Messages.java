package nl.logboek.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text a user reads, in Dutch and English. Placeholders are {0}, {1}, ...; unlike
 * MessageFormat an apostrophe is just an apostrophe, which matters in Dutch ("foto's").
 */
public final class Messages {
    private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

    private final String language;
    private final Properties texts;

    private Messages(String language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    public static Messages forLanguage(String language) {
        return CACHE.computeIfAbsent(Language.normalise(language), Messages::load);
    }

    public static Messages english() {
        return forLanguage(Language.EN);
    }

    /**
     * The texts come in one file per area, so that areas can be worked on apart; a key may
     * appear in only one of them (a test checks that every key exists in both languages).
     */
    static final List<String> BUNDLES = List.of("messages", "report", "export", "reliability", "terminal", "privacy", "team");

    private static Messages load(String language) {
        Properties all = new Properties();
        for (String bundle : BUNDLES) {
            String resource = "/nl/logboek/i18n/" + bundle + "_" + language + ".properties";
            try (InputStream in = Messages.class.getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String key : p.stringPropertyNames()) {
                    if (all.containsKey(key)) {
                        throw new IllegalStateException("message key " + key + " is in more than one bundle (" + resource + ")");
                    }
                    all.setProperty(key, p.getProperty(key));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Messages(language, all);
    }

    public String language() {
        return language;
    }

    public boolean dutch() {
        return Language.NL.equals(language);
    }

    /** Whether a text exists for {@code key} (for words read from data, such as an answer). */
    public boolean has(String key) {
        return texts.getProperty(key) != null;
    }

    public String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            // A missing key is a programming error, but the user still deserves the facts.
            StringBuilder sb = new StringBuilder(key);
            for (Object a : args) {
                sb.append(' ').append(render(a));
            }
            return sb.toString();
        }
        if (args.length == 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(text, i + 1, close)) {
                int index = Integer.parseInt(text.substring(i + 1, close));
                sb.append(index < args.length ? render(args[index]) : text.substring(i, close + 1));
                i = close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private String render(Object arg) {
        return arg instanceof Msg m ? get(m.key(), m.args()) : String.valueOf(arg);
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public Set<String> keys() {
        return Collections.unmodifiableSet(texts.stringPropertyNames());
    }
}
