package nl.logboek.i18n;

import java.util.Locale;
import java.util.Map;

/** Chooses Dutch or English: --lang, else LOGBOEK_LANG, else the locale (nl_* is Dutch), else English. */
public final class Language {
    public static final String NL = "nl";
    public static final String EN = "en";

    private Language() {
    }

    public static String resolve(String flag, Map<String, String> env) {
        if (flag != null && !flag.isBlank()) {
            return normalise(flag);
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
