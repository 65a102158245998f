package nl.logboek.i18n;

/**
 * A text that comes in both languages from elsewhere (a protocol's item, a step), passed as an
 * argument of a message so that it is shown in the language the message is rendered in.
 */
public record Translated(String nl, String en) {

    /** The text in {@code language}; the other one when that is missing. */
    public String in(String language) {
        String wanted = Language.NL.equals(language) ? nl : en;
        String other = Language.NL.equals(language) ? en : nl;
        return wanted == null || wanted.isBlank() ? (other == null ? "" : other) : wanted;
    }

    @Override
    public String toString() {
        return in(Language.EN);
    }
}
