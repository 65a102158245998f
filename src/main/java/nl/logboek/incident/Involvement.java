package nl.logboek.incident;

import nl.logboek.i18n.Suggestions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is involved where: `person` (one person's incidents) and the repeat signal at `new` and
 * `amend --add-person`. Names are compared folded ({@link SearchText}: case, accents and runs of
 * white space do not count), against the people an incident has now (after corrections).
 */
public final class Involvement {
    private Involvement() {
    }

    /**
     * One incident of a person's chronology: the incident and the person's entries in it (roles,
     * kinds); {@code status}: the incident's status; {@code removed}: when a correction took the person out of the incident (and they are
     * not in it now), the person as it was recorded (role and kind when the report recorded them).
     */
    public record Involved(Incident incident, List<Person> as, List<Person> removed, String status) {
        public Involved(Incident incident, List<Person> as) {
            this(incident, as, List.of());
        }

        public Involved(Incident incident, List<Person> as, List<Person> removed) {
            this(incident, as, removed, incident.status());
        }

        /** The same with the incident's status as told by the index (its fold read no status line). */
        Involved withStatus(String status) {
            return new Involved(incident, as, removed, status);
        }

        /** What the chronology shows of it. */
        public Row row() {
            return new Row(incident.id(), incident.reportedAt(), incident.category(), incident.title(), as, removed, status);
        }

        /** The person's name as recorded in this incident. */
        public String recordedName() {
            return as.isEmpty() ? removed.get(0).name() : as.get(0).name();
        }
    }

    /** Someone of a new or corrected incident who is involved in {@code incidents} incidents of the period. */
    public record Repeat(String name, int incidents) {
    }

    public static boolean sameName(String a, String b) {
        return SearchText.normalise(a).equals(SearchText.normalise(b));
    }

    /** The incidents (in the order given) whose people include {@code name}, with that person's entries. */
    public static List<Involved> of(String name, Collection<Incident> incidents) {
        String wanted = SearchText.normalise(name);
        List<Involved> out = new ArrayList<>();
        for (Incident i : incidents) {
            List<Person> as = new ArrayList<>();
            for (Person p : i.persons()) {
                if (SearchText.normalise(p.name()).equals(wanted)) {
                    as.add(p);
                }
            }
            if (!as.isEmpty()) {
                out.add(new Involved(i, as));
            }
        }
        return out;
    }

    /**
     * As {@link #of}, and also the incidents a correction removed {@code name} from: the record
     * still holds the name (in the report or the correction), so a request for access or erasure
     * must find it. For `person` and `purge --person`.
     */
    public static List<Involved> recorded(String name, Collection<Incident> incidents) {
        String wanted = SearchText.normalise(name);
        List<Involved> out = new ArrayList<>();
        for (Incident i : incidents) {
            List<Person> as = new ArrayList<>();
            for (Person p : i.persons()) {
                if (SearchText.normalise(p.name()).equals(wanted)) {
                    as.add(p);
                }
            }
            List<Person> removed = as.isEmpty() ? removedAs(wanted, removals(i), null) : List.of();
            if (!as.isEmpty() || !removed.isEmpty()) {
                out.add(new Involved(i, as, removed));
            }
        }
        return out;
    }

    /**
     * A person a correction took out of an incident: the name as the correction recorded it, and
     * the person as the report recorded them (role and kind), or the name alone when the report
     * did not record them.
     */
    public record Removal(String before, Person as) {
    }

    /** Every correction of {@code i} that removed a person, oldest first. */
    static List<Removal> removals(Incident i) {
        List<Removal> out = new ArrayList<>();
        for (Incident.Correction c : i.corrections()) {
            if ("persons".equals(c.field()) && c.before() != null && c.after() == null) {
                out.add(new Removal(c.before(), i.original().persons().stream().filter(p -> p.name().equals(c.before()))
                        .findFirst().orElse(new Person(c.before(), null, null))));
            }
        }
        return out;
    }

    /**
     * The people of {@code removals} whose name folds to {@code wanted}, each recorded name once:
     * what {@link #recorded} marks as removed by a correction (when the incident does not have the
     * person now). {@code folded}: the removals' names folded, in the same order (null: folded here).
     */
    static List<Person> removedAs(String wanted, List<Removal> removals, List<String> folded) {
        List<Person> removed = new ArrayList<>();
        for (int k = 0; k < removals.size(); k++) {
            Removal r = removals.get(k);
            String f = folded == null ? SearchText.normalise(r.before()) : folded.get(k);
            if (f.equals(wanted) && removed.stream().noneMatch(p -> p.name().equals(r.before()))) {
                removed.add(r.as());
            }
        }
        return removed;
    }

    /**
     * One incident of a person's chronology as `person` prints it: when it was reported, the
     * incident, the person's entries in it and those a correction removed, its category, status
     * and title. Made from a fold ({@link Involved#row}) or from the people cache.
     */
    public record Row(String id, java.time.OffsetDateTime reportedAt, String category, String title,
                      List<Person> as, List<Person> removed, String status) {
    }

    /** The recorded name closest to {@code name} (as recorded first), or null when none is close. */
    public static String nearest(String name, Collection<Incident> incidents) {
        Map<String, String> byFolded = new LinkedHashMap<>();
        for (Incident i : incidents) {
            for (Person p : i.persons()) {
                byFolded.putIfAbsent(SearchText.normalise(p.name()), p.name());
            }
        }
        return nearest(name, byFolded);
    }

    /**
     * As {@link #nearest(String, Collection)}, given every recorded name folded, each with the name
     * as recorded first, in the order of the incidents and their people.
     */
    static String nearest(String name, Map<String, String> byFolded) {
        String folded = SearchText.normalise(name);
        String best = Suggestions.closest(folded, byFolded.keySet());
        if (best == null) {
            // A first name alone, or a surname alone: one word of a recorded name.
            for (Map.Entry<String, String> e : byFolded.entrySet()) {
                if (!folded.isEmpty() && List.of(e.getKey().split(" ")).contains(folded)) {
                    return e.getValue();
                }
            }
        }
        return best == null ? null : byFolded.get(best);
    }

    /**
     * The people of {@code persons} (by folded name, each once) involved in at least
     * {@code threshold} of the incidents {@code recent} (which holds the incident just written).
     */
    public static List<Repeat> repeats(List<Person> persons, Collection<Incident> recent, int threshold) {
        Set<String> seen = new LinkedHashSet<>();
        List<Repeat> out = new ArrayList<>();
        for (Person p : persons) {
            if (!seen.add(SearchText.normalise(p.name()))) {
                continue;
            }
            int n = of(p.name(), recent).size();
            if (n >= threshold) {
                out.add(new Repeat(p.name(), n));
            }
        }
        return out;
    }

    /** The start of a period of {@code days} days ending at {@code now}. */
    public static Instant periodStart(Instant now, int days) {
        return now.minus(java.time.Duration.ofDays(days));
    }
}
