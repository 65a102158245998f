package nl.logboek.logbook;

import nl.logboek.LogboekException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Incident ids: 8 random characters of Crockford's base32 (no i, l, o, u), so they read aloud
 * without confusion and two machines' logbooks merge without collisions (40 random bits; a new
 * id is also checked against the logbook it is written to). A unique prefix is accepted anywhere.
 * A new id never looks like a number to a spreadsheet (all digits, or digits around one {@code e}:
 * Excel and LibreOffice read {@code 01234567} as 1234567 and {@code 3e000012} as 3E+12); ids made
 * by earlier versions may, and stay valid.
 */
public final class IncidentIds {
    public static final int LENGTH = 8;
    static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

    private IncidentIds() {
    }

    public static String random(Random random, int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(c);
    }

    public static String newId(Random random, Collection<String> taken) {
        return newId(random, taken, "");
    }

    /**
     * A new id starting with {@code prefix}: a team member's tag, which no other member's ids
     * start with, so that ids made offline on different machines never collide.
     */
    public static String newId(Random random, Collection<String> taken, String prefix) {
        String id;
        do {
            id = prefix + random(random, LENGTH - prefix.length());
        } while (taken.contains(id) || looksLikeNumber(id));
        return id;
    }

    /**
     * Whether a spreadsheet would read {@code id} as a number: only digits, or digits, one
     * {@code e} and digits (a number in scientific notation). New ids are never such.
     */
    public static boolean looksLikeNumber(String id) {
        int e = id.indexOf('e');
        if (e < 0) {
            return allDigits(id);
        }
        return e > 0 && e < id.length() - 1 && allDigits(id.substring(0, e)) && allDigits(id.substring(e + 1));
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Normalises what a user typed: case-insensitive, and the look-alikes i/l and o map to 1 and 0. */
    public static String normalise(String typed) {
        String s = typed.strip().toLowerCase(Locale.ROOT).replace('i', '1').replace('l', '1').replace('o', '0');
        for (int i = 0; i < s.length(); i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                throw LogboekException.usage("id.malformed", typed);
            }
        }
        return s;
    }

    /** Resolves a typed id or unique prefix against the ids that exist. */
    public static String resolve(String typed, Collection<String> existing) {
        String prefix = normalise(typed);
        if (prefix.isEmpty()) {
            throw LogboekException.usage("id.malformed", typed);
        }
        if (prefix.length() == LENGTH && existing.contains(prefix)) {
            return prefix; // a whole id: no need to walk every id (the index answers contains quickly)
        }
        List<String> matches = new ArrayList<>();
        for (String id : existing) {
            if (id.startsWith(prefix)) {
                if (id.equals(prefix)) {
                    return id;
                }
                matches.add(id);
            }
        }
        if (matches.isEmpty()) {
            throw LogboekException.failure("id.unknown", typed);
        }
        if (matches.size() > 1) {
            matches.sort(null);
            String shown = String.join(", ", matches.subList(0, Math.min(5, matches.size())));
            throw LogboekException.usage("id.ambiguous", typed, matches.size(), shown);
        }
        return matches.get(0);
    }
}
