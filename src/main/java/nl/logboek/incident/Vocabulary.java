package nl.logboek.incident;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Suggestions;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The small fixed word lists of a registration (roles, kinds, severity, source of information),
 * with the aliases coordinators use. Ids are Dutch, as in the seeds; labels live in messages.
 */
public enum Vocabulary {
    ROLE("role", List.of("slachtoffer", "dader", "getuige", "melder"),
            Map.of("pleger", "dader", "omstander", "getuige", "victim", "slachtoffer", "perpetrator", "dader",
                    "witness", "getuige", "reporter", "melder")),
    KIND("kind", List.of("leerling", "medewerker", "derde"),
            Map.of("pupil", "leerling", "student", "leerling", "staff", "medewerker", "professional", "medewerker",
                    "other", "derde", "third-party", "derde")),
    SEVERITY("severity", List.of("laag", "middel", "hoog", "acuut"),
            Map.of("low", "laag", "medium", "middel", "high", "hoog", "acute", "acuut")),
    SOURCE("source", List.of("openbaar", "prive-account", "om-bevel"),
            Map.of("public", "openbaar", "privé-account", "prive-account", "private", "prive-account",
                    "private-account", "prive-account", "om", "om-bevel")),
    STATUS("status", List.of("open", "opgeschaald", "afgeschaald", "gesloten"),
            Map.of("escalated", "opgeschaald", "de-escalated", "afgeschaald", "closed", "gesloten"));

    private final String name;
    private final List<String> ids;
    private final Map<String, String> aliases;

    Vocabulary(String name, List<String> ids, Map<String, String> aliases) {
        this.name = name;
        this.ids = ids;
        this.aliases = aliases;
    }

    public List<String> ids() {
        return ids;
    }

    /** The id for what a user typed, or a usage error listing the valid words. */
    public String parse(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (ids.contains(t)) {
            return t;
        }
        String alias = aliases.get(t);
        if (alias != null) {
            return alias;
        }
        String suggestion = Suggestions.closest(t, ids);
        if (suggestion != null) {
            throw LogboekException.usage("vocabulary.unknown.suggest", new nl.logboek.i18n.Msg("vocab." + name), typed, suggestion, String.join(", ", ids));
        }
        throw LogboekException.usage("vocabulary.unknown", new nl.logboek.i18n.Msg("vocab." + name), typed, String.join(", ", ids));
    }

    public boolean accepts(String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        return ids.contains(t) || aliases.containsKey(t);
    }
}
