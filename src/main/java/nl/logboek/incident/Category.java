package nl.logboek.incident;

import nl.logboek.LogboekException;

import java.util.ArrayList;
import java.util.List;

/** The kinds of online incident, drawn from the seeds and domain.md. Ids are stable; labels live in messages. */
public enum Category {
    CYBERPESTEN("cyberpesten"),
    BEDREIGING("bedreiging"),
    SEXTING("sexting"),
    SEXTORTION("sextortion"),
    GROOMING("grooming"),
    LOVERBOY("loverboy"),
    REPUTATIESCHADE("reputatieschade"),
    HACKEN("hacken"),
    ZORGWEKKEND_BERICHT("zorgwekkend-bericht"),
    GRENSOVERSCHRIJDEND_PROFESSIONAL("grensoverschrijdend-professional"),
    MEDEWERKER_GEDRAG("medewerker-gedrag"),
    MEDIA_INCIDENT("media-incident");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Sexual categories: images of minors are never recorded, not even as a hash or path. */
    public boolean sexual() {
        return this == SEXTING || this == SEXTORTION || this == GROOMING || this == LOVERBOY;
    }

    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (Category c : values()) {
            ids.add(c.id);
        }
        return ids;
    }

    public static Category of(String id) {
        for (Category c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        String suggestion = Suggestions.closest(id, ids());
        if (suggestion != null) {
            throw LogboekException.usage("category.unknown.suggest", id, suggestion, String.join(", ", ids()));
        }
        throw LogboekException.usage("category.unknown", id, String.join(", ", ids()));
    }
}
