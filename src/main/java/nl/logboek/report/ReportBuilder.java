package nl.logboek.report;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.EventKey;
import nl.logboek.logbook.EventType;
import nl.logboek.logbook.Logbook;
import nl.logboek.protocol.ProtocolRegistry;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Function;

/**
 * Computes a report in two passes over the index: the keys of every line give each incident's
 * times (reported, first and last action, closed, escalations); then only the lines whose content
 * a figure needs are read and checked: the `created` line of the incidents that matter for the
 * period and the previous one, their escalations, and the progress (steps, items) of those open
 * at the end. Notes and closings are not read (except with detail, for who wrote them). Only a
 * small state per incident is kept (see CaseState); everything else is derived at the end.
 *
 * <p>Events are placed in time by their own time, not by their position in the file, so a
 * logbook written by machines whose clocks differ still gives each event to the right period.
 */
public final class ReportBuilder {
    private final ReportRequest request;
    private final long start;
    private final long end;
    private final long previousStart;
    private final long asOf;
    private final ProtocolRegistry protocols;

    /** Each incident's state, by its ordinal (see EventKey). */
    private final java.util.List<CaseState> cases = new ArrayList<>();
    private final Map<String, ProtocolIndex> indexes = new HashMap<>();
    /** One copy of each repeated string (categories, protocols, levels, ...), however many events carry it. */
    private final Map<String, String> shared = new HashMap<>();
    /** Escalations [up, down] in the period by partner (null key: none recorded). */
    private final Map<String, int[]> partners = new HashMap<>();

    public ReportBuilder(ReportRequest request, ProtocolRegistry protocols) {
        this.request = request;
        this.start = request.period().start().getEpochSecond();
        this.end = request.period().end().getEpochSecond();
        this.previousStart = request.period().previous().start().getEpochSecond();
        this.asOf = request.asOf().getEpochSecond();
        this.protocols = protocols;
    }

    /**
     * The report over {@code logbook}: an empty one when the logbook does not exist yet (as
     * `list` shows an empty list). Reads through the index only the lines it needs, each checked.
     */
    public static Report of(Logbook logbook, ReportRequest request, ProtocolRegistry protocols) {
        if (!Files.exists(logbook.file())) {
            return new ReportBuilder(request, protocols).build();
        }
        return logbook.withView(view -> {
            // A fresh builder each time: withView runs this again when the index turns out stale.
            ReportBuilder builder = new ReportBuilder(request, protocols);
            view.keys(builder::note);
            view.keyedEventsOf(builder.relevant(), builder::needs, builder::read);
            return builder.build();
        });
    }

    /**
     * The same report from reading and checking every line of the logbook in one pass: slower,
     * and the measure the short way of {@link #of} is held to.
     */
    public static Report ofEveryLine(Logbook logbook, ReportRequest request, ProtocolRegistry protocols) {
        ReportBuilder builder = new ReportBuilder(request, protocols);
        if (Files.exists(logbook.file())) {
            Map<String, Integer> ordinals = new HashMap<>();
            logbook.read(e -> {
                int ordinal = e.incident() == null ? -1 : ordinals.computeIfAbsent(e.incident(), id -> ordinals.size());
                EventKey k = new EventKey(e.line(), ordinal, e.incident(), e.type(), e.time().toEpochSecond(), false);
                builder.note(k);
                builder.read(k, e);
            });
        }
        return builder.build();
    }

    /** Takes the time and type of one line, in log order. */
    public void note(EventKey k) {
        int ordinal = k.ordinal();
        if (ordinal < 0) {
            return;
        }
        long t = k.epochSecond();
        if (EventType.CREATED.equals(k.type())) {
            while (cases.size() <= ordinal) {
                cases.add(null);
            }
            // A second `created` for the same id is not a new incident (verify reports it).
            if (cases.get(ordinal) == null) {
                cases.set(ordinal, new CaseState(ordinal, k.incident(), t, k.line()));
            }
            return;
        }
        CaseState c = caseOf(k);
        if (c == null) {
            return;
        }
        c.firstAction = Math.min(c.firstAction, t);
        if (t < end) {
            c.lastAction = Math.max(c.lastAction, t);
        }
        if (EventType.CLOSED.equals(k.type()) && c.closedAt == CaseState.NEVER) {
            c.closedAt = t;
        }
        boolean up = EventType.ESCALATED.equals(k.type());
        if (up || EventType.DE_ESCALATED.equals(k.type())) {
            if (in(t, start, end)) {
                c.upInPeriod += up ? 1 : 0;
                c.downInPeriod += up ? 0 : 1;
            } else if (in(t, previousStart, start)) {
                c.upInPrevious += up ? 1 : 0;
                c.downInPrevious += up ? 0 : 1;
            }
        }
    }

    /** The ordinals of the incidents whose lines a figure may need (see CaseState.relevant). */
    BitSet relevant() {
        BitSet out = new BitSet(cases.size());
        for (CaseState c : cases) {
            if (c != null && c.relevant(previousStart, end)) {
                out.set(c.order);
            }
        }
        return out;
    }

    /**
     * Whether a figure needs the content of this line; asked after every line was noted, in log
     * order of each incident. The answer is the same whether or not earlier contents were read
     * yet, except that ticked items are skipped sooner for protocols without mandatory items.
     */
    public boolean needs(EventKey k) {
        CaseState c = caseOf(k);
        if (c == null || k.line() < c.createdLine || !c.relevant(previousStart, end)) {
            return false;
        }
        if (request.detail()) {
            // Every line, for who wrote it: their names are kept out of the titles shown.
            return true;
        }
        long t = k.epochSecond();
        return switch (k.type()) {
            case EventType.CREATED -> true;
            // The partner of those in the period; the level at the end of those still open.
            case EventType.ESCALATED, EventType.DE_ESCALATED -> t < end && (t >= start || c.openAt(end));
            case EventType.STEP_DONE -> t < end && c.openAt(end);
            // Ticked items only count for open legal duties. The protocol is known once the
            // `created` line was read, which comes first; until then, read to be safe.
            case EventType.ITEMS_DONE -> t < end && c.openAt(end) && (!c.described || hasMandatory(c.protocol));
            default -> false;
        };
    }

    /**
     * Takes the content of one line, after every key was noted; the lines of one incident come
     * oldest first, and what is kept across incidents (counts by partner) does not depend on
     * the order of incidents.
     */
    private CaseState caseOf(EventKey k) {
        int ordinal = k.ordinal();
        return ordinal >= 0 && ordinal < cases.size() ? cases.get(ordinal) : null;
    }

    public void read(EventKey k, Event e) {
        CaseState c = caseOf(k);
        if (c == null || e.line() < c.createdLine) {
            return;
        }
        if (c.authors != null && e.author() != null) {
            c.authors.add(e.author());
        }
        if (EventType.CREATED.equals(e.type())) {
            if (!c.described) {
                describe(c, e);
            }
            return;
        }
        long t = e.time().toEpochSecond();
        if (t >= end) {
            return;
        }
        boolean up = EventType.ESCALATED.equals(e.type());
        if (up || EventType.DE_ESCALATED.equals(e.type())) {
            c.level = share(e.text("to"));
            if (t >= start) {
                partners.computeIfAbsent(share(e.text("partner")), p -> new int[2])[up ? 0 : 1]++;
            }
        } else if (EventType.STEP_DONE.equals(e.type())) {
            mark(c, e.text("step"), true);
        } else if (EventType.ITEMS_DONE.equals(e.type())) {
            for (JsonNode item : e.payload().path("items")) {
                mark(c, item.asText(), false);
            }
        }
    }

    private void describe(CaseState c, Event e) {
        c.described = true;
        c.category = share(e.text("category"));
        c.protocol = share(e.text("protocol"));
        c.severity = share(e.text("severity"));
        c.platform = share(Platforms.key(e.text("platform")));
        if (request.detail()) {
            c.title = e.text("title");
            c.names = new ArrayList<>();
            for (JsonNode person : e.payload().path("persons")) {
                if (person.hasNonNull("name")) {
                    c.names.add(person.get("name").asText());
                }
            }
            c.authors = new LinkedHashSet<>();
            if (e.author() != null) {
                c.authors.add(e.author());
            }
        }
    }

    private void mark(CaseState c, String id, boolean step) {
        ProtocolIndex index = index(c.protocol);
        if (index == null) {
            return;
        }
        int at = step ? index.step(id) : index.item(id);
        if (at < 0) {
            return;
        }
        if (step) {
            c.stepsDone = set(c.stepsDone, at);
        } else {
            c.itemsDone = set(c.itemsDone, at);
        }
    }

    private static BitSet set(BitSet bits, int at) {
        BitSet b = bits == null ? new BitSet() : bits;
        b.set(at);
        return b;
    }

    private boolean hasMandatory(String protocolId) {
        ProtocolIndex index = index(protocolId);
        return index != null && index.hasMandatory();
    }

    private String share(String s) {
        return s == null ? null : shared.computeIfAbsent(s, Function.identity());
    }

    private ProtocolIndex index(String protocolId) {
        if (protocolId == null) {
            return null;
        }
        return indexes.computeIfAbsent(protocolId, id -> protocols.byId(id).map(ProtocolIndex::new).orElse(null));
    }

    /** The report of what was noted and read. */
    public Report build() {
        return new ReportAssembly(request, protocols, this::index,
                cases.stream().filter(java.util.Objects::nonNull).toList(), partners).report();
    }

    private static boolean in(long t, long from, long until) {
        return t >= from && t < until;
    }
}
