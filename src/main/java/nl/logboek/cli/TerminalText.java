package nl.logboek.cli;

/**
 * Text from the logbook made safe to print on a terminal: it may hold anything anyone typed or
 * pasted, and a control character (an escape sequence, a carriage return, a bidi override) could
 * rewrite or hide what the screen shows. Each such character becomes one U+FFFD, so offsets into
 * the text stay the same.
 */
final class TerminalText {
    static final char REPLACEMENT = '\uFFFD';

    private TerminalText() {
    }

    static String safe(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, c == '\t' ? ' ' : REPLACEMENT);
            }
        }
        return out == null ? s : out.toString();
    }

    /** C0 and C1 controls, DEL, line and paragraph separators, and the bidi marks, embeddings, overrides and isolates. */
    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029';
    }
}
