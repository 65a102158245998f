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
            description = "Only these statuses: open, opgeschaald, afgeschaald, gesloten.")
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
        Set<String> st = new LinkedHashSet<>();
        statuses.forEach(s -> st.add(Vocabulary.STATUS.parse(s)));
        Set<String> cats = new LinkedHashSet<>();
        categories.forEach(c -> cats.add(Category.parse(c).id()));
        return new IncidentFilter(st, cats,
                since == null ? null : Dates.parseDate("--since", since),
                until == null ? null : Dates.parseDate("--until", until),
                zone);
    }
}
