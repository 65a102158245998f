package nl.logboek.privacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the known names of people in free text. Text and names are compared word by word
 * (letters and digits; case, accents written apart and punctuation in between do not matter),
 * so "Sam de Vries", "sam de vries" and "Sam-de-Vries" are one name and "m.jansen" is found in
 * "m.jansen@school.nl". The separate words of a longer name count too ("Sam" of "Sam de Vries"),
 * because notes rarely repeat a full name; a word that belongs to two different names is found
 * but attributed to neither. Matching more than needed is the safe side: a partner should rather
 * read "Persoon 1" once too often than a child's first name once.
 */
final class NameMatcher {
    /** Words of a name that are not a name on their own: Dutch tussenvoegsels and forms of address. */
    private static final Set<String> NOT_A_NAME = Set.of("van", "de", "der", "den", "het", "ter", "ten", "te", "op",
            "in", "en", "von", "la", "le", "du", "da", "di", "del", "dos", "das", "mevr", "mevrouw", "mw", "mvr", "dhr",
            "heer", "meneer", "juf", "juffrouw", "meester", "mr", "mrs", "ms", "dr", "drs", "ir", "jr", "sr");

    /** Stands for a word that belongs to more than one name. */
    private static final String AMBIGUOUS = "\u0000ambiguous";

    /** A stretch of text that names someone; {@code owner} is the name's key, or null when it could be more than one. */
    record Match(int start, int end, String owner) {
    }

    private record Word(int start, int end, String key) {
    }

    private final Map<String, String> fullNames = new HashMap<>();
    private final Map<String, String> nameWords = new HashMap<>();
    /** Names without a single letter or digit (an emoji handle): found only exactly as written. */
    private final Map<String, String> literalNames = new LinkedHashMap<>();
    private int longest = 1;

    NameMatcher(Collection<String> names) {
        for (String name : names) {
            List<Word> words = words(name);
            if (words.isEmpty()) {
                if (!name.isBlank()) {
                    literalNames.putIfAbsent(name.strip(), key(name));
                }
                continue;
            }
            String key = key(name);
            fullNames.putIfAbsent(key, key);
            longest = Math.max(longest, words.size());
        }
        for (String name : names) {
            List<Word> words = words(name);
            if (words.size() < 2) {
                continue;
            }
            String owner = key(name);
            for (Word w : words) {
                if (fullNames.containsKey(w.key()) || !canStandAlone(w.key())) {
                    continue;
                }
                nameWords.merge(w.key(), owner, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
        }
    }

    /** The key under which one person is known: the same for every way of writing the same name. */
    static String key(String name) {
        List<Word> words = words(name);
        if (words.isEmpty()) {
            return normalise(name.strip());
        }
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.key());
        }
        return sb.toString();
    }

    /** Every known name in {@code text}, left to right, not overlapping; the longest name wins where several start. */
    List<Match> find(String text) {
        List<Word> words = words(text);
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int length = 0;
            String owner = null;
            for (int n = Math.min(longest, words.size() - i); n >= 1 && owner == null; n--) {
                String key = join(words, i, n);
                owner = fullNames.get(key);
                if (owner == null && n == 1) {
                    owner = nameWords.get(key);
                }
                length = n;
            }
            if (owner != null) {
                found.add(new Match(words.get(i).start(), words.get(i + length - 1).end(), AMBIGUOUS.equals(owner) ? null : owner));
                i += length;
            } else {
                i++;
            }
        }
        for (Map.Entry<String, String> literal : literalNames.entrySet()) {
            for (int at = text.indexOf(literal.getKey()); at >= 0; at = text.indexOf(literal.getKey(), at + 1)) {
                Match m = new Match(at, at + literal.getKey().length(), literal.getValue());
                if (found.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) {
                    found.add(m);
                }
            }
        }
        found.sort(Comparator.comparingInt(Match::start));
        return found;
    }

    private static boolean canStandAlone(String word) {
        return word.codePointCount(0, word.length()) >= 2 && !word.chars().allMatch(Character::isDigit) && !NOT_A_NAME.contains(word);
    }

    private static String join(List<Word> words, int from, int n) {
        if (n == 1) {
            return words.get(from).key();
        }
        StringBuilder sb = new StringBuilder(words.get(from).key());
        for (int k = from + 1; k < from + n; k++) {
            sb.append(' ').append(words.get(k).key());
        }
        return sb.toString();
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean inWord = Character.isLetterOrDigit(cp) || isMark(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(new Word(start, i, normalise(text.substring(start, i))));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(new Word(start, text.length(), normalise(text.substring(start))));
        }
        return words;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
