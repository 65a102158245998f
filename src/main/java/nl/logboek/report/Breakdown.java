package nl.logboek.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The incidents of one breakdown (by category, protocol, platform or severity), counted per key. */
final class Breakdown {
    /** Per key (null: not given): reported, reported in the previous period, closed, open at the end. */
    private final Map<String, int[]> counts = new HashMap<>();

    void add(String key, boolean reported, boolean reportedPrevious, boolean closed, boolean openAtEnd) {
        int[] c = counts.computeIfAbsent(key, k -> new int[4]);
        c[0] += reported ? 1 : 0;
        c[1] += reportedPrevious ? 1 : 0;
        c[2] += closed ? 1 : 0;
        c[3] += openAtEnd ? 1 : 0;
    }

    /**
     * The known ids in their fixed order (always listed, also at zero, so that months can be put
     * side by side), then the other ids seen, sorted, then "not given": when seen, or always
     * with {@code alwaysNotGiven}, for a field that may be left out.
     */
    List<Report.Row> rows(List<String> known, boolean alwaysNotGiven) {
        List<Report.Row> rows = new ArrayList<>();
        for (String key : ordered(counts.keySet(), known)) {
            rows.add(row(key));
        }
        if (alwaysNotGiven && !counts.containsKey(null)) {
            rows.add(new Report.Row(null, 0, 0, 0, 0));
        }
        return rows;
    }

    /**
     * Only the keys seen, largest first (reported, then open at the end, then id), with
     * {@code last} (such as "other") and then "not given" at the end: for platforms, of which
     * there are too many to list them all.
     */
    List<Report.Row> rowsBySize(String last) {
        List<Report.Row> rows = counts.keySet().stream()
                .filter(Objects::nonNull)
                .filter(k -> !k.equals(last))
                .map(this::row)
                .sorted(Comparator.comparingInt(Report.Row::reported).reversed()
                        .thenComparing(Comparator.comparingInt(Report.Row::openAtEnd).reversed())
                        .thenComparing(Report.Row::key))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (counts.containsKey(last)) {
            rows.add(row(last));
        }
        if (counts.containsKey(null)) {
            rows.add(row(null));
        }
        return rows;
    }

    private Report.Row row(String key) {
        int[] c = counts.getOrDefault(key, new int[4]);
        return new Report.Row(key, c[0], c[1], c[2], c[3]);
    }

    /** The known ids, then the others seen (sorted), then null when seen. */
    static List<String> ordered(Collection<String> seen, List<String> known) {
        List<String> out = new ArrayList<>(known);
        seen.stream().filter(Objects::nonNull).filter(k -> !known.contains(k)).sorted().forEach(out::add);
        if (seen.contains(null)) {
            out.add(null);
        }
        return out;
    }
}
