package nl.logboek.team;

import nl.logboek.LogboekException;
import nl.logboek.logbook.IncidentIds;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The name of one writer of a team logbook (a member on one machine): {@code <tag>-<slug>}. The
 * tag, two characters of the incident-id alphabet, is unique within the team and prefixes every
 * incident id the writer makes, which is what keeps ids from colliding; the slug only tells people
 * who and where it is.
 */
public record WriterName(String tag, String slug) {
    public static final int TAG_LENGTH = 2;
    public static final int SLUG_MAX = 24;
    /** 32 characters, two places. */
    static final int TAGS = 32 * 32;

    public WriterName {
        if (!isTag(tag) || slug.isEmpty() || !slug.equals(slug(slug))) {
            throw new IllegalArgumentException("not a writer name: " + tag + "-" + slug);
        }
    }

    @Override
    public String toString() {
        return tag + "-" + slug;
    }

    public String fileName() {
        return this + ".jsonl";
    }

    /** A writer name as found in a file name or in .git/logboek/writer; empty when it is none. */
    public static Optional<WriterName> parse(String name) {
        if (name.length() < TAG_LENGTH + 2 || name.charAt(TAG_LENGTH) != '-') {
            return Optional.empty();
        }
        String tag = name.substring(0, TAG_LENGTH);
        String slug = name.substring(TAG_LENGTH + 1);
        if (!isTag(tag) || slug.isEmpty() || !slug.equals(slug(slug))) {
            return Optional.empty();
        }
        return Optional.of(new WriterName(tag, slug));
    }

    /** Whether {@code s} is two characters of the id alphabet, written as ids are written. */
    public static boolean isTag(String s) {
        if (s == null || s.length() != TAG_LENGTH) {
            return false;
        }
        try {
            return IncidentIds.normalise(s).equals(s);
        } catch (LogboekException notInAlphabet) {
            return false;
        }
    }

    /**
     * A slug from free text (a user and host name, or --name): lowercase, letters without their
     * accents, anything else a hyphen, at most 24 characters; "writer" when nothing is left.
     */
    public static String slug(String raw) {
        String plain = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String s = plain.replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (s.length() > SLUG_MAX) {
            s = s.substring(0, SLUG_MAX).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "writer" : s;
    }

    /** A random tag that none of {@code taken} has. */
    public static String newTag(Random random, Collection<String> taken) {
        if (taken.size() >= TAGS) {
            throw LogboekException.failure("team.tags-exhausted", TAGS);
        }
        String tag;
        do {
            tag = IncidentIds.random(random, TAG_LENGTH);
        } while (taken.contains(tag));
        return tag;
    }
}
