package nl.logboek.cli;

/**
 * Text from the logbook or from the user made safe to print on a terminal: it may hold anything
 * anyone typed, pasted or synced in, and a control character (an escape sequence, a carriage
 * return, a bidi override) could rewrite, hide or reorder what the screen shows, or a newline start
 * a row that looks like another incident. Every such character is shown visibly instead: a C0
 * control as its Control Picture ({@code ␛} for ESC, {@code ␊} for a newline, {@code ␍} for a
 * carriage return), DEL as {@code ␡}, and a C1 control or an invisible bidi or line-separator
 * character as its code ({@code \u202e}). A tab becomes a space. This is the one sanitiser: every
 * text a command prints that it did not write itself goes through {@link #safe} (one line) or
 * {@link #lines} (a text of several lines, each made safe).
 */
final class TerminalText {
    private TerminalText() {
    }

    /** {@code s} on one line with every unsafe character shown visibly; null stays null. */
    static String safe(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(visible(c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** The lines of {@code s} (split at any line break), each made {@link #safe}. */
    static String[] lines(String s) {
        String[] lines = (s == null ? "" : s).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = safe(lines[i]);
        }
        return lines;
    }

    /** {@code s} on one line: every line break a space, everything else as {@link #safe}. */
    static String oneLine(String s) {
        return s == null ? null : safe(s.replaceAll("\\R", " "));
    }

    static String visible(char c) {
        if (c == '\t') {
            return " ";
        }
        if (c < 0x20) {
            return String.valueOf((char) (0x2400 + c));
        }
        if (c == 0x7F) {
            return "\u2421";
        }
        return String.format("\\u%04x", (int) c);
    }

    /**
     * C0 and C1 controls, DEL, line and paragraph separators, the bidi marks, embeddings,
     * overrides and isolates, and the invisible characters that can hide text (zero-width space,
     * joiners, word joiner, BOM).
     */
    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' || c == '\u200B' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029' || c == '\uFEFF';
    }
}
