package nl.logboek.i18n;

import java.util.Locale;
import java.util.Map;

/** Chooses Dutch or English: --lang, else LOGBOEK_LANG, else the locale (nl_* is Dutch), else English. */
public final class Language {
    public static final String NL = "nl";
    public static final String EN = "en";

    private Language() {
    }

    /** The languages --lang takes, for the message that refuses another. */
    public static final String CHOICES = "nl, en";

    private static final java.util.regex.Pattern KNOWN = java.util.regex.Pattern.compile("(?i)(nl|en)([_.-].*)?");

    /**
     * The language --lang names (nl or en, or a locale name such as nl_NL), else null: an unknown
     * language is refused before anything runs, in the language chosen without it.
     */
    public static String known(String flag) {
        return flag != null && KNOWN.matcher(flag.strip()).matches() ? normalise(flag.strip()) : null;
    }

    public static String resolve(String flag, Map<String, String> env) {
        if (known(flag) != null) {
            return known(flag);
        }
        String configured = env.get("LOGBOEK_LANG");
        if (configured != null && !configured.isBlank()) {
            return normalise(configured);
        }
        for (String var : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(var);
            if (value != null && !value.isBlank()) {
                return normalise(value);
            }
        }
        return EN;
    }

    static String normalise(String value) {
        return value.toLowerCase(Locale.ROOT).startsWith("nl") ? NL : EN;
    }
}
