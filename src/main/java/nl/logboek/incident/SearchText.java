package nl.logboek.incident;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as `search` and `person` compare it: accents and other combining marks dropped (NFD),
 * lower case, every run of white space one space, leading and trailing space gone. A folded text
 * remembers where each of its characters came from, so a match can be shown in the original.
 */
public final class SearchText {
    private final String original;
    private final String folded;
    /** For each char of {@code folded}: the offset in {@code original} of the code point it came from (one extra at the end). */
    private final int[] from;

    private SearchText(String original, String folded, int[] from) {
        this.original = original;
        this.folded = folded;
        this.from = from;
    }

    /** The folded form alone: for comparing names and for the needle of a search. */
    public static String normalise(String s) {
        return of(s).folded;
    }

    public static SearchText of(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] from = new int[s.length() * 2 + 1];
        int n = 0;
        boolean space = false;
        for (int at = 0; at < s.length(); ) {
            int cp = s.codePointAt(at);
            int next = at + Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
            } else if (cp < 0x80) {
                // ASCII, most of every text: no decomposition to do.
                if (space) {
                    from = room(from, n + 1);
                    from[n++] = at;
                    out.append(' ');
                    space = false;
                }
                from = room(from, n + 1);
                from[n++] = at;
                out.append(cp >= 'A' && cp <= 'Z' ? (char) (cp + 32) : (char) cp);
            } else {
                String part = Normalizer.normalize(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT),
                        Normalizer.Form.NFD);
                StringBuilder kept = new StringBuilder();
                part.codePoints().filter(c -> !isMark(c)).forEach(kept::appendCodePoint);
                String lower = kept.toString();
                if (!lower.isEmpty()) {
                    if (space) {
                        from = room(from, n + 1);
                        from[n++] = at;
                        out.append(' ');
                        space = false;
                    }
                    from = room(from, n + lower.length());
                    for (int i = 0; i < lower.length(); i++) {
                        from[n++] = at;
                    }
                    out.append(lower);
                }
            }
            at = next;
        }
        from = room(from, n + 1);
        from[n] = s.length();
        return new SearchText(s, out.toString(), from);
    }

    private static int[] room(int[] a, int needed) {
        return needed < a.length ? a : java.util.Arrays.copyOf(a, Math.max(needed + 1, a.length * 2));
    }

    public String folded() {
        return folded;
    }

    /**
     * Where the folded {@code needle} occurs first in this text, as offsets into the original
     * ({@code [start, end)}), or null. Taken literally: no character has a special meaning.
     */
    public int[] find(String needle) {
        if (needle.isEmpty()) {
            return null;
        }
        int at = folded.indexOf(needle);
        if (at < 0) {
            return null;
        }
        int start = from[at];
        int lastFrom = from[at + needle.length() - 1];
        int end = lastFrom + Character.charCount(original.codePointAt(lastFrom));
        // Marks that follow the last character belong to it.
        while (end < original.length() && isMark(original.codePointAt(end))) {
            end += Character.charCount(original.codePointAt(end));
        }
        return new int[] {start, end};
    }

    private static boolean isMark(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }
}
