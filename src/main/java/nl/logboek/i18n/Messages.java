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
    /** Each bundle's texts, read when a key is first looked for in it (null: not read yet). */
    private final Properties[] bundles = new Properties[BUNDLES.size()];

    private Messages(String language) {
        this.language = language;
    }

    public static Messages forLanguage(String language) {
        return CACHE.computeIfAbsent(Language.normalise(language), Messages::new);
    }

    public static Messages english() {
        return forLanguage(Language.EN);
    }

    /**
     * The texts come in one file per area, so that areas can be worked on apart; a key may
     * appear in only one of them (a test checks that every key exists in both languages, and
     * {@link #keys} that none is in two bundles). The bundles are read in this order, each only
     * when a key is not in those before it: most commands need only the first.
     */
    static final List<String> BUNDLES = List.of("messages", "report", "export", "reliability", "terminal", "privacy", "team",
            "partners");

    private synchronized Properties bundle(int b) {
        Properties p = bundles[b];
        if (p == null) {
            p = new Properties();
            String resource = "/nl/logboek/i18n/" + BUNDLES.get(b) + "_" + language + ".properties";
            try (InputStream in = Messages.class.getResourceAsStream(resource)) {
                if (in != null) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundles[b] = p;
        }
        return p;
    }

    /** The text of {@code key}, from the first bundle that has it; null when none has. */
    private String text(String key) {
        for (int b = 0; b < bundles.length; b++) {
            String text = bundle(b).getProperty(key);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    public String language() {
        return language;
    }

    public boolean dutch() {
        return Language.NL.equals(language);
    }

    /** Whether a text exists for {@code key} (for words read from data, such as an answer). */
    public boolean has(String key) {
        return text(key) != null;
    }

    public String get(String key, Object... args) {
        String text = text(key);
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
        return format(text, args);
    }

    /**
     * Fills in {0}, {1}, ... and chooses the words for a number: {0,choice,1#1 incident|1<{0}
     * incidenten} (as MessageFormat's choice: the last limit that the number reaches, "#" for at
     * least, "<" for more than; the chosen text is filled in again). Any other text, apostrophes
     * included, is taken as it is.
     */
    String format(String text, Object[] args) {
        StringBuilder sb = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? closing(text, i) : -1;
            if (close > i + 1 && isIndex(text, i + 1, close)) {
                int index = Integer.parseInt(text.substring(i + 1, close));
                sb.append(index < args.length ? render(args[index]) : text.substring(i, close + 1));
                i = close + 1;
            } else if (close > i + 1 && choice(text.substring(i + 1, close), args) != null) {
                sb.append(format(choice(text.substring(i + 1, close), args), args));
                i = close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** The index of the brace that closes the one at {@code open}, counting nested braces; -1 when none. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The text chosen by "N,choice,LIMIT#TEXT|LIMIT<TEXT..." for argument N; null when {@code spec} is not one. */
    private static String choice(String spec, Object[] args) {
        int comma = spec.indexOf(',');
        if (comma <= 0 || !isIndex(spec, 0, comma) || !spec.startsWith(",choice,", comma)) {
            return null;
        }
        int index = Integer.parseInt(spec.substring(0, comma));
        if (index >= args.length) {
            return null;
        }
        // A count given as text still chooses; anything else gets the last (plural) form.
        double value = Double.NaN;
        if (args[index] instanceof Number number) {
            value = number.doubleValue();
        } else if (args[index] != null) {
            try {
                value = Double.parseDouble(String.valueOf(args[index]).strip());
            } catch (NumberFormatException notACount) {
                value = Double.NaN;
            }
        }
        String chosen = null;
        int depth = 0;
        int from = comma + ",choice,".length();
        for (int i = from; i <= spec.length(); i++) {
            char c = i < spec.length() ? spec.charAt(i) : '|';
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                String part = spec.substring(from, i);
                int mark = firstOf(part, '#', '<');
                if (mark < 0) {
                    return null;
                }
                double limit = Double.parseDouble(part.substring(0, mark).strip());
                boolean reached = Double.isNaN(value) || (part.charAt(mark) == '#' ? value >= limit : value > limit);
                if (chosen == null || reached) {
                    chosen = part.substring(mark + 1);
                }
                from = i + 1;
            }
        }
        return chosen;
    }

    private static int firstOf(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }

    private String render(Object arg) {
        if (arg instanceof Msg m) {
            return get(m.key(), m.args());
        }
        if (arg instanceof Translated t) {
            return t.in(language);
        }
        return String.valueOf(arg);
    }

    private static boolean isIndex(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Every key of every bundle; a key in more than one bundle is a programming error (IllegalStateException). */
    public Set<String> keys() {
        Set<String> all = new java.util.TreeSet<>();
        for (int b = 0; b < bundles.length; b++) {
            for (String key : bundle(b).stringPropertyNames()) {
                if (!all.add(key)) {
                    throw new IllegalStateException("message key " + key + " is in more than one bundle ("
                            + BUNDLES.get(b) + "_" + language + ".properties)");
                }
            }
        }
        return Collections.unmodifiableSet(all);
    }
}
