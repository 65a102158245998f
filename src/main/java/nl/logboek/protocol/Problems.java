package nl.logboek.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects the problems of one file, with the checks every kind of file shares. */
final class Problems {

    /** Ids are typed by users ({@code --done ITEM}) and kept in logbooks: plain kebab-case. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final LocatedJson json;
    private final List<ProtocolProblem> found = new ArrayList<>();

    Problems(LocatedJson json) {
        this.json = json;
    }

    void add(String path, String message) {
        found.add(json.problem(path, message));
    }

    List<ProtocolProblem> found() {
        return List.copyOf(found);
    }

    /** Checks a required field is there; false when it is not, so callers skip checks inside it. */
    boolean present(String path, String name, Object value) {
        if (value == null) {
            add(path, "missing \"" + name + "\"");
            return false;
        }
        return true;
    }

    void text(String path, String name, String value) {
        if (present(path, name, value) && value.isBlank()) {
            add(LocatedJson.field(path, name), "is empty");
        }
    }

    void optionalText(String path, String name, String value) {
        if (value != null && value.isBlank()) {
            add(LocatedJson.field(path, name), "is empty; leave the field out instead");
        }
    }

    void localized(String path, String name, LocalizedText value) {
        if (present(path, name, value)) {
            languages(LocatedJson.field(path, name), value);
        }
    }

    /** Both languages are required: the product is used in Dutch and in English. */
    void languages(String path, LocalizedText value) {
        language(path, "nl", value.nl());
        language(path, "en", value.en());
    }

    void optionalLocalized(String path, String name, LocalizedText value) {
        if (value != null) {
            localized(path, name, value);
        }
    }

    private void language(String path, String lang, String value) {
        if (value == null) {
            add(path, "missing \"" + lang + "\"");
        } else if (value.isBlank()) {
            add(path, "\"" + lang + "\" is empty");
        }
    }

    /**
     * Checks a required id: present, kebab-case and not used before in {@code seen} (id to the
     * path of its first use), which the caller scopes to where ids must be unique.
     */
    void id(String path, String id, String what, Map<String, String> seen) {
        if (!present(path, "id", id)) {
            return;
        }
        String at = LocatedJson.field(path, "id");
        if (!ID.matcher(id).matches()) {
            add(at, "\"" + id + "\" is not a valid id: use lower-case letters, digits and single"
                    + " hyphens, such as \"ouders-geinformeerd\"");
        }
        String first = seen.putIfAbsent(id, at);
        if (first != null) {
            add(at, "duplicate " + what + " id \"" + id + "\" (also at " + first + ")");
        }
    }

    void id(String path, String id, String what) {
        id(path, id, what, new HashMap<>());
    }

    void partners(String path, List<String> ids, Set<String> known) {
        for (int i = 0; i < ids.size(); i++) {
            String at = LocatedJson.index(path, i);
            String id = ids.get(i);
            if (id == null) {
                add(at, "missing partner id");
            } else if (!known.contains(id)) {
                add(at, "unknown partner \"" + id + "\"; use an id from partners.json, or add the"
                        + " partner to a partners.json in your protocol directory");
            }
        }
    }

    interface Check<T> {
        void at(String path, T element);
    }

    /** Runs {@code check} on every element, reporting null elements instead of failing on them. */
    <T> void each(String path, List<T> list, Check<? super T> check) {
        for (int i = 0; i < list.size(); i++) {
            String at = LocatedJson.index(path, i);
            T element = list.get(i);
            if (element == null) {
                add(at, "is null; remove it or fill it in");
            } else {
                check.at(at, element);
            }
        }
    }

    void format(Integer format) {
        if (format == null) {
            add("", "missing \"format\"; write \"format\": " + ProtocolLoader.FORMAT);
        } else if (format != ProtocolLoader.FORMAT) {
            add("format", "format " + format + " is not supported; this version of logboek reads format "
                    + ProtocolLoader.FORMAT);
        }
    }
}
