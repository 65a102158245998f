package nl.logboek.cli;

import nl.logboek.incident.Dates;
import nl.logboek.incident.IncidentFilter;
import nl.logboek.incident.Vocabulary;
import nl.logboek.protocol.Category;
import picocli.CommandLine.Option;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The incident filters that `list` and `export` share, so both select exactly the same incidents. */
final class FilterOptions {
    @Option(names = "--status", paramLabel = "STATUS", split = ",",
            description = "Only these statuses: open, opgeschaald, afgeschaald, gesloten; active (every status but gesloten), all.")
    List<String> statuses = new ArrayList<>();

    @Option(names = {"-c", "--category"}, paramLabel = "CATEGORY", split = ",",
            completionCandidates = NewCommand.CategoryCandidates.class, description = "Only these categories.")
    List<String> categories = new ArrayList<>();

    @Option(names = "--since", paramLabel = "DATE", description = "Only incidents reported on or after DATE (yyyy-mm-dd).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only incidents reported on or before DATE (yyyy-mm-dd).")
    String until;

    /** Throws a usage error naming the first value that is not a status, category or date. */
    IncidentFilter toFilter(ZoneId zone) {
        return toFilter(zone, false);
    }

    /**
     * @param activeByDefault without --status, only the incidents not closed (`list`); else all
     */
    IncidentFilter toFilter(ZoneId zone, boolean activeByDefault) {
        Set<String> st = new LinkedHashSet<>();
        boolean all = false;
        for (String s : statuses) {
            String word = s.strip().toLowerCase(java.util.Locale.ROOT);
            if ("all".equals(word) || "alle".equals(word)) {
                all = true;
            } else if ("active".equals(word) || "actief".equals(word)) {
                st.addAll(nl.logboek.incident.Status.ACTIVE);
            } else {
                st.add(Vocabulary.STATUS.parse(s));
            }
        }
        if (all) {
            st.clear();
        } else if (st.isEmpty() && activeByDefault) {
            st.addAll(nl.logboek.incident.Status.ACTIVE);
        }
        Set<String> cats = new LinkedHashSet<>();
        categories.forEach(c -> cats.add(Category.parse(c).id()));
        return new IncidentFilter(st, cats,
                since == null ? null : Dates.parseDate("--since", since),
                until == null ? null : Dates.parseDate("--until", until),
                zone);
    }
}
