package nl.logboek.report;

import nl.logboek.incident.EventTypes;
import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.incident.Checklist;
import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentFolder;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.Json;
import nl.logboek.logbook.Logbook;
import nl.logboek.protocol.Category;
import nl.logboek.protocol.ChecklistItem;
import nl.logboek.protocol.Level;
import nl.logboek.protocol.Protocol;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every figure of the report, over a synthetic year, against a count made here from what the
 * generator wrote: the times and types of the events it recorded per incident, and the state
 * at the end of a period folded by the incident code (Incident, Checklist), not by the report.
 */
class ReportSyntheticYearTest {
    private static final int INCIDENTS = 250;
    private static final int STALE_DAYS = 14;
    private static final long DAY = 86_400;

    @TempDir
    static Path home;
    static SyntheticYear year;
    static Cli cli;

    @BeforeAll
    static void writeYear() {
        cli = new Cli(home);
        year = SyntheticYear.write(cli.logbook(), INCIDENTS, 20_261_121L);
        cli.clock(Clock.fixed(SyntheticYear.NOW, SyntheticYear.ZONE));
    }

    /** The moments a report looks at, in epoch seconds. */
    private record Window(long previousStart, long start, long end, long asOf) {
        static Window of(LocalDate previousFirst, LocalDate first, LocalDate last) {
            long end = epoch(last.plusDays(1));
            return new Window(epoch(previousFirst), epoch(first), end, Math.min(end, SyntheticYear.NOW.getEpochSecond()));
        }

        static Window month(YearMonth m) {
            return of(m.minusMonths(1).atDay(1), m.atDay(1), m.atEndOfMonth());
        }

        private static long epoch(LocalDate day) {
            return day.atStartOfDay(SyntheticYear.ZONE).toEpochSecond();
        }
    }

    @Test
    void theYearCoversEveryCategoryProtocolAndKindOfEvent() {
        assertEquals(List.of(), year.protocolsNeverUsed());
        Set<String> categories = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (SyntheticYear.Case c : year.cases) {
            categories.add(c.created().text("category"));
            c.events.forEach(e -> types.add(e.type()));
        }
        assertEquals(Arrays.stream(Category.values()).map(Category::id).collect(java.util.stream.Collectors.toSet()), categories);
        assertEquals(Set.of(EventTypes.CREATED, EventTypes.ANNOTATED, EventTypes.ITEMS_DONE, EventTypes.STEP_DONE,
                EventTypes.ESCALATED, EventTypes.DE_ESCALATED, EventTypes.CLOSED), types);
    }

    @Test
    void everyMonthOfTheYearHasTheFiguresCountedFromTheGeneratedEvents() throws Exception {
        for (int month = 1; month <= 12; month++) {
            YearMonth m = YearMonth.of(2026, month);
            assertFigures(Window.month(m), "--month", m.toString());
        }
    }

    @Test
    void theMonthNotOverYetIsCountedUpToNow() throws Exception {
        JsonNode r = assertFigures(Window.month(YearMonth.of(2027, 1)), "--month", "2027-01");
        assertEquals(false, r.at("/period/complete").asBoolean());
    }

    @Test
    void theYearAndARangeOfDaysHaveTheFiguresCountedFromTheGeneratedEvents() throws Exception {
        JsonNode year2026 = assertFigures(Window.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                "--year", "2026");
        assertTrue(year2026.at("/mandatory_items_open/closed_in_period").size() > 10, "forced closes are counted: "
                + year2026.at("/mandatory_items_open/closed_in_period").size());
        // 92 days, compared with the 92 days before.
        assertFigures(Window.of(LocalDate.of(2025, 12, 13), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 14)),
                "--from", "2026-03-15", "--to", "2026-06-14");
    }

    @Test
    void readingOnlyTheLinesNeededGivesTheReportOfReadingEveryLine() {
        Logbook logbook = new Logbook(cli.logbook(), Clock.fixed(SyntheticYear.NOW, SyntheticYear.ZONE));
        for (String month : List.of("2026-02", "2026-07", "2026-11")) {
            for (boolean detail : List.of(false, true)) {
                ReportRequest request = new ReportRequest(ReportPeriod.parseMonth(month, SyntheticYear.ZONE), SyntheticYear.NOW,
                        STALE_DAYS, detail, null);
                assertEquals(JsonReport.render(ReportBuilder.ofEveryLine(logbook, request, year.protocols)),
                        JsonReport.render(ReportBuilder.of(logbook, request, year.protocols)), month + (detail ? " --detail" : ""));
            }
        }
    }

    @Test
    void onlyIncidentsRecordedBeforeTheEndAndNotClosedBeforeThePreviousPeriodAreRead() {
        Logbook logbook = new Logbook(cli.logbook(), Clock.fixed(SyntheticYear.NOW, SyntheticYear.ZONE));
        YearMonth june = YearMonth.of(2026, 6);
        Window w = Window.month(june);
        Set<String> expected = new HashSet<>();
        for (SyntheticYear.Case c : year.cases) {
            Instant closed = c.closedAt();
            if (c.reportedAt().getEpochSecond() < w.end() && (closed == null || closed.getEpochSecond() >= w.previousStart())) {
                expected.add(c.id());
            }
        }
        ReportBuilder builder = new ReportBuilder(new ReportRequest(ReportPeriod.parseMonth(june.toString(), SyntheticYear.ZONE),
                SyntheticYear.NOW, STALE_DAYS, false, null), year.protocols);
        Set<String> read = new HashSet<>();
        Set<String> typesRead = new HashSet<>();
        int[] lines = {0, 0};
        logbook.withView(view -> {
            view.keys(builder::note);
            view.keys(k -> {
                lines[0]++;
                if (builder.needs(k)) {
                    lines[1]++;
                    read.add(k.incident());
                    typesRead.add(k.type());
                }
            });
            return null;
        });
        assertEquals(expected, read);
        assertTrue(read.size() < INCIDENTS / 2, "a month needs far fewer incidents than the year: " + read.size());
        // Those incidents are folded whole (every line, notes too: a correction may come in any of them).
        assertTrue(typesRead.contains(EventTypes.CREATED), "their creation: " + typesRead);
        // A month of a year: the incidents of two months, up to the end of the period (27% here).
        assertTrue(lines[1] * 3 < lines[0], lines[1] + " of " + lines[0] + " lines read");
    }

    /** Runs the report as a script would and checks every figure in it; returns it. */
    private JsonNode assertFigures(Window w, String... period) throws Exception {
        List<String> args = new ArrayList<>(List.of("report", "--json", "--detail", "--titles", "--stale-days", String.valueOf(STALE_DAYS)));
        args.addAll(List.of(period));
        JsonNode r = Json.MAPPER.readTree(cli.ok(args.toArray(String[]::new)));
        String where = String.join(" ", period);
        assertEquals(totals(w.start(), w.end()), flat(r.get("totals")), where + ": totals");
        assertEquals(totals(w.previousStart(), w.start()), flat(r.get("previous_totals")), where + ": previous totals");
        assertEquals(breakdown(w, c -> c.created().text("category")), rows(r.get("by_category")), where + ": categories");
        assertEquals(breakdown(w, SyntheticYear.Case::protocol), rows(r.get("by_protocol")), where + ": protocols");
        assertEquals(breakdown(w, c -> c.platformKey), rows(r.get("by_platform")), where + ": platforms");
        assertEquals(breakdown(w, c -> c.created().text("severity")), rows(r.get("by_severity")), where + ": severity");
        assertEquals(partners(w), partnerRows(r.get("escalations_by_partner")), where + ": partners");

        List<SyntheticYear.Case> open = openAtEnd(w);
        assertEquals(open.size(), r.at("/totals/open_at_end").asInt());
        assertEquals(levels(open, w), levelRows(r.get("open_by_level")), where + ": levels");
        assertEquals(duties(open, w), dutyRows(r.get("open_legal_duties")), where + ": legal duties");
        assertEquals(closedWithItemsOpen(w), itemsOpenRows(r.at("/mandatory_items_open/closed_in_period")),
                where + ": closed with mandatory items open");
        List<Map<String, String>> cases = new ArrayList<>();
        for (SyntheticYear.Case c : open) {
            cases.add(openCase(c, w));
        }
        List<Map<String, String>> shown = new ArrayList<>();
        // The labels, the overdue items (the synthetic protocols' items have no deadline) and how titles are shown are not counted here.
        r.get("open_incidents").forEach(o -> {
            Map<String, String> f = new java.util.TreeMap<>(flat(o));
            f.keySet().removeIf(k -> k.endsWith("_label") || k.equals("overdue_items") || k.equals("title_shown"));
            shown.add(f);
        });
        assertEquals(cases, shown, where + ": open incidents");
        assertEquals(0, r.get("protocol_not_loaded").asInt());
        return r;
    }

    // ---- The independent count ----

    /** "ID:item,item" of the incidents closed in the window by a forced close that left mandatory items open, by closing time. */
    private List<String> closedWithItemsOpen(Window w) {
        return year.cases.stream()
                .filter(c -> in(c.closedAt(), w.start(), w.end()) && c.state.closing() != null && c.state.closing().forced())
                .sorted(java.util.Comparator.comparing(SyntheticYear.Case::closedAt))
                .map(c -> c.id() + ":" + String.join(",", c.state.closing().openMandatory()))
                .toList();
    }

    private static List<String> itemsOpenRows(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(row -> {
            List<String> items = new ArrayList<>();
            row.get("items").forEach(i -> items.add(i.get("item").asText()));
            out.add(row.get("id").asText() + ":" + String.join(",", items));
        });
        return out;
    }

    private static boolean in(Instant t, long from, long until) {
        return t != null && t.getEpochSecond() >= from && t.getEpochSecond() < until;
    }

    private static boolean openAt(SyntheticYear.Case c, long moment) {
        Instant closed = c.closedAt();
        return c.reportedAt().getEpochSecond() < moment && (closed == null || closed.getEpochSecond() >= moment);
    }

    private static Instant firstAction(SyntheticYear.Case c) {
        return c.actions().isEmpty() ? null : c.actions().get(0).time().toInstant();
    }

    private static Map<String, String> totals(long from, long until) {
        int reported = 0;
        int closed = 0;
        int openAtStart = 0;
        int openAtEnd = 0;
        int up = 0;
        int down = 0;
        int escalated = 0;
        List<Long> toFirst = new ArrayList<>();
        List<Long> toClose = new ArrayList<>();
        for (SyntheticYear.Case c : year.cases) {
            long reportedAt = c.reportedAt().getEpochSecond();
            reported += in(c.reportedAt(), from, until) ? 1 : 0;
            openAtStart += openAt(c, from) ? 1 : 0;
            openAtEnd += openAt(c, until) ? 1 : 0;
            if (in(c.closedAt(), from, until)) {
                closed++;
                toClose.add(c.closedAt().getEpochSecond() - reportedAt);
            }
            if (in(firstAction(c), from, until)) {
                toFirst.add(firstAction(c).getEpochSecond() - reportedAt);
            }
            boolean escalatedHere = false;
            for (Event e : c.actions()) {
                if (in(e.time().toInstant(), from, until)) {
                    if (EventTypes.ESCALATED.equals(e.type())) {
                        up++;
                        escalatedHere = true;
                    } else if (EventTypes.DE_ESCALATED.equals(e.type())) {
                        down++;
                    }
                }
            }
            escalated += escalatedHere ? 1 : 0;
        }
        Map<String, String> m = new TreeMap<>();
        m.put("reported", "" + reported);
        m.put("closed", "" + closed);
        m.put("open_at_start", "" + openAtStart);
        m.put("open_at_end", "" + openAtEnd);
        m.put("escalations", "" + up);
        m.put("de_escalations", "" + down);
        m.put("escalated_incidents", "" + escalated);
        durations(m, "first_action", toFirst);
        durations(m, "closing", toClose);
        return m;
    }

    private static void durations(Map<String, String> m, String name, List<Long> seconds) {
        List<Long> s = seconds.stream().sorted().toList();
        int n = s.size();
        m.put(name + ".count", "" + n);
        m.put(name + ".median_seconds", n == 0 ? "null" : "" + (n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2));
        m.put(name + ".longest_seconds", n == 0 ? "null" : "" + s.get(n - 1));
        m.put(name + ".within_24h", "" + s.stream().filter(x -> x <= DAY).count());
    }

    private static Map<String, List<Integer>> breakdown(Window w, java.util.function.Function<SyntheticYear.Case, String> key) {
        Map<String, List<Integer>> rows = new TreeMap<>();
        for (SyntheticYear.Case c : year.cases) {
            int reported = in(c.reportedAt(), w.start(), w.end()) ? 1 : 0;
            int previous = in(c.reportedAt(), w.previousStart(), w.start()) ? 1 : 0;
            int closed = in(c.closedAt(), w.start(), w.end()) ? 1 : 0;
            int open = openAt(c, w.end()) ? 1 : 0;
            if (reported + previous + closed + open > 0) {
                List<Integer> row = rows.computeIfAbsent(String.valueOf(key.apply(c)), k -> Arrays.asList(0, 0, 0, 0));
                row.set(0, row.get(0) + reported);
                row.set(1, row.get(1) + previous);
                row.set(2, row.get(2) + closed);
                row.set(3, row.get(3) + open);
            }
        }
        return rows;
    }

    private static Map<String, List<Integer>> partners(Window w) {
        Map<String, List<Integer>> rows = new TreeMap<>();
        for (SyntheticYear.Case c : year.cases) {
            for (Event e : c.actions()) {
                boolean up = EventTypes.ESCALATED.equals(e.type());
                if ((up || EventTypes.DE_ESCALATED.equals(e.type())) && in(e.time().toInstant(), w.start(), w.end())) {
                    List<Integer> row = rows.computeIfAbsent(String.valueOf(e.text("partner")), k -> Arrays.asList(0, 0));
                    row.set(up ? 0 : 1, row.get(up ? 0 : 1) + 1);
                }
            }
        }
        return rows;
    }

    /** Open at the end, longest idle first (then oldest report, then order of recording). */
    private static List<SyntheticYear.Case> openAtEnd(Window w) {
        return year.cases.stream().filter(c -> openAt(c, w.end()))
                .sorted(Comparator.comparingLong((SyntheticYear.Case c) -> lastAction(c, w).getEpochSecond())
                        .thenComparing(SyntheticYear.Case::reportedAt).thenComparingInt(c -> c.order))
                .toList();
    }

    private static Instant lastAction(SyntheticYear.Case c, Window w) {
        Instant last = c.reportedAt();
        for (Event e : c.actions()) {
            if (e.time().toEpochSecond() < w.end() && e.time().toInstant().isAfter(last)) {
                last = e.time().toInstant();
            }
        }
        return last;
    }

    /** The incident as it stood at the end of the period, folded from its events before then. */
    private static Checklist stateAtEnd(SyntheticYear.Case c, Window w) {
        List<Event> before = c.events.stream().filter(e -> e.time().toEpochSecond() < w.end()).toList();
        Incident incident = IncidentFolder.of(before).get(c.id());
        return Checklist.of(incident, year.protocols);
    }

    private static Map<String, Integer> levels(List<SyntheticYear.Case> open, Window w) {
        Map<String, Integer> rows = new TreeMap<>();
        for (SyntheticYear.Case c : open) {
            Level level = stateAtEnd(c, w).level();
            if (level != null) {
                rows.merge(c.protocol() + "/" + level.id(), 1, Integer::sum);
            }
        }
        return rows;
    }

    private static Map<String, List<String>> duties(List<SyntheticYear.Case> open, Window w) {
        Map<String, List<String>> rows = new TreeMap<>();
        open.stream().sorted(Comparator.comparingInt(c -> c.order)).forEach(c -> {
            for (ChecklistItem item : stateAtEnd(c, w).openMandatory()) {
                rows.computeIfAbsent(c.protocol() + "/" + item.id(), k -> new ArrayList<>()).add(c.id());
            }
        });
        return rows;
    }

    private static Map<String, String> openCase(SyntheticYear.Case c, Window w) {
        Checklist state = stateAtEnd(c, w);
        Protocol protocol = state.protocol();
        Instant first = firstAction(c);
        boolean actedBeforeEnd = first != null && first.getEpochSecond() < w.end();
        long reportedAt = c.reportedAt().getEpochSecond();
        long idle = w.asOf() - lastAction(c, w).getEpochSecond();
        List<String> flags = new ArrayList<>();
        if (!actedBeforeEnd && w.asOf() - reportedAt > DAY) {
            flags.add("no-action-24h");
        }
        if (idle > STALE_DAYS * DAY) {
            flags.add("idle");
        }
        Map<String, String> m = new TreeMap<>();
        m.put("id", c.id());
        m.put("title", c.created().text("title"));
        m.put("category", c.created().text("category"));
        m.put("protocol", protocol.id());
        m.put("step", state.step() == null ? "null" : state.step().id());
        m.put("step_number", "" + state.stepNumber());
        m.put("steps", "" + protocol.steps().size());
        m.put("level", state.level() == null ? "null" : state.level().id());
        m.put("reported_at", time(c.reportedAt()));
        m.put("first_action_at", actedBeforeEnd ? time(first) : "null");
        m.put("last_action_at", time(lastAction(c, w)));
        m.put("days_open", "" + (w.asOf() - reportedAt) / DAY);
        m.put("days_since_last_action", "" + idle / DAY);
        for (int i = 0; i < flags.size(); i++) {
            m.put("flags." + i, flags.get(i));
        }
        m.put("open_legal_duties", "" + state.openMandatory().size());
        return m;
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(SyntheticYear.ZONE));
    }

    // ---- What the report says, in the same shapes ----

    /** Every leaf of a JSON value by its path ("first_action.count"); arrays by index. */
    private static Map<String, String> flat(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        flatten("", node, out);
        return out;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> flatten(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "." + i, node.get(i), out);
            }
        } else {
            out.put(path, node.isNull() ? "null" : node.asText());
        }
    }

    /** The rows with anything in them (the report also lists known ids at zero). */
    private static Map<String, List<Integer>> rows(JsonNode rows) {
        Map<String, List<Integer>> out = new TreeMap<>();
        for (JsonNode row : rows) {
            List<Integer> v = Arrays.asList(row.get("reported").asInt(), row.get("reported_previous").asInt(),
                    row.get("closed").asInt(), row.get("open_at_end").asInt());
            if (v.stream().anyMatch(x -> x > 0)) {
                out.put(row.get("id").isNull() ? "null" : row.get("id").asText(), v);
            }
        }
        return out;
    }

    private static Map<String, List<Integer>> partnerRows(JsonNode rows) {
        Map<String, List<Integer>> out = new TreeMap<>();
        rows.forEach(r -> out.put(r.get("partner").isNull() ? "null" : r.get("partner").asText(),
                Arrays.asList(r.get("up").asInt(), r.get("down").asInt())));
        return out;
    }

    private static Map<String, Integer> levelRows(JsonNode rows) {
        Map<String, Integer> out = new TreeMap<>();
        rows.forEach(r -> out.put(r.get("protocol").asText() + "/" + r.get("level").asText(), r.get("open_at_end").asInt()));
        return out;
    }

    private static Map<String, List<String>> dutyRows(JsonNode rows) {
        Map<String, List<String>> out = new TreeMap<>();
        for (JsonNode r : rows) {
            List<String> ids = new ArrayList<>();
            r.get("incidents").forEach(i -> ids.add(i.asText()));
            assertEquals(ids.size(), r.get("open").asInt(), "count and ids of " + r);
            out.put(r.get("protocol").asText() + "/" + r.get("item").asText(), ids);
        }
        return out;
    }
}
