package nl.logboek.protocol;

import java.util.Locale;

/**
 * A text in Dutch and English. Dutch is the language of the source protocols and therefore the
 * authoritative text; English is a translation kept beside it.
 */
public record LocalizedText(String nl, String en) {

    /**
     * The text in {@code lang} ("nl" or "en"; anything else gets Dutch, the source language),
     * or the other language when that one is missing, so a caller always has something to show.
     */
    public String in(String lang) {
        boolean english = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en");
        String wanted = english ? en : nl;
        String other = english ? nl : en;
        return isBlank(wanted) ? other : wanted;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
