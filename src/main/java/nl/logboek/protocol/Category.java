package nl.logboek.protocol;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Suggestions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The fixed kinds of incident. Their ids are stored in logbooks, so they never change. */
public enum Category {
    CYBERPESTEN("cyberpesten", false),
    BEDREIGING("bedreiging", false),
    SEXTING("sexting", true),
    SEXTORTION("sextortion", true),
    GROOMING("grooming", true),
    LOVERBOY("loverboy", true),
    REPUTATIESCHADE("reputatieschade", false),
    HACKEN("hacken", false),
    ZORGWEKKEND_BERICHT("zorgwekkend-bericht", false),
    GRENSOVERSCHRIJDEND_PROFESSIONAL("grensoverschrijdend-professional", false),
    MEDEWERKER_GEDRAG("medewerker-gedrag", false),
    MEDIA_INCIDENT("media-incident", false);

    private final String id;
    private final boolean sexual;

    Category(String id, boolean sexual) {
        this.id = id;
        this.sexual = sexual;
    }

    public String id() {
        return id;
    }

    /**
     * Whether sexual images of minors may be part of the incident: protocols for these
     * categories must carry the alert that such images are never stored (art. 240b Sr).
     */
    public boolean sexual() {
        return sexual;
    }

    public static Optional<Category> byId(String id) {
        for (Category c : values()) { // a loop, not a stream: on the way of every `new`
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** What a user typed, as a category; a usage error naming the closest one and all choices otherwise. */
    public static Category parse(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<Category> found = byId(t);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> all = Arrays.stream(values()).map(Category::id).toList();
        String suggestion = Suggestions.closest(t, all);
        if (suggestion != null) {
            throw LogboekException.usage("category.unknown.suggest", typed, suggestion, ids());
        }
        throw LogboekException.usage("category.unknown", typed, ids());
    }

    /** The ids as a comma-separated list, for messages that tell the user what is allowed. */
    public static String ids() {
        return Arrays.stream(values()).map(Category::id).collect(Collectors.joining(", "));
    }
}
