package nl.logboek.report;

import nl.logboek.incident.EventTypes;
import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentEvent;
import nl.logboek.incident.IncidentFolder;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.EventKey;
import nl.logboek.logbook.Logbook;
import nl.logboek.protocol.ProtocolRegistry;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Function;

/**
 * Computes a report in two passes over the index: the keys of every line give each incident's
 * times (reported, first and last action, closed, escalations); then only the lines whose content
 * a figure needs are read and checked: the `created` line of the incidents that matter for the
 * period and the previous one, their escalations, and the progress (steps, items) of those open
 * at the end, and the closings in the period (which mandatory items they left open). Notes are not
 * read (except with detail, for who wrote them). Only a
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
    /** The incidents that can count, folded without their lines. */
    private final IncidentFolder folder;

    public ReportBuilder(ReportRequest request, ProtocolRegistry protocols) {
        this.request = request;
        this.start = request.period().start().getEpochSecond();
        this.end = request.period().end().getEpochSecond();
        this.previousStart = request.period().previous().start().getEpochSecond();
        this.asOf = request.asOf().getEpochSecond();
        this.protocols = protocols;
        this.folder = IncidentFolder.compact(request.detail());
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
        if (EventTypes.CREATED.equals(k.type())) {
            while (cases.size() <= ordinal) {
                cases.add(null);
            }
            // A second `created` for the same id is not a new incident (verify reports it).
            if (cases.get(ordinal) == null) {
                CaseState c = new CaseState(ordinal, k.incident(), t, k.line());
                if (request.detail()) {
                    c.authors = new LinkedHashSet<>();
                }
                cases.set(ordinal, c);
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
        if (EventTypes.CLOSED.equals(k.type()) && c.closedAt == CaseState.NEVER) {
            c.closedAt = t;
        } else if (EventTypes.REOPENED.equals(k.type()) && t < end) {
            // Open again before the end of the period (a reopening after it does not change the period).
            c.closedAt = CaseState.NEVER;
        }
        boolean up = EventTypes.ESCALATED.equals(k.type());
        if (up || EventTypes.DE_ESCALATED.equals(k.type())) {
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
     * Whether a figure needs the content of this line: of the incidents that can count in either
     * period, the lines that change what the report shows of them (folded by {@link Incident}).
     */
    public boolean needs(EventKey k) {
        CaseState c = caseOf(k);
        if (c == null || k.line() < c.createdLine || !c.relevant(previousStart, end)) {
            return false;
        }
        if (request.detail()) {
            return true; // every line: who wrote it is kept out of the titles shown
        }
        // The lines whose content a figure needs; the fold of those gives the figures, and the
        // rest (notes, consents: their times come from the keys) is not read.
        long t = k.epochSecond();
        return switch (k.type()) {
            // What the incident is, as recorded and as corrected whenever that was.
            case EventTypes.CREATED, EventTypes.AMENDED -> true;
            // The partner of those in the period; the level at the end of those still open.
            case EventTypes.ESCALATED, EventTypes.DE_ESCALATED -> t < end && (t >= start || c.openAt(end));
            // Progress only counts for those open at the end (their step and open duties).
            // Answers too: they decide which mandatory items apply (the meldplicht on a suspicion).
            case EventTypes.STEP_DONE, EventTypes.ITEMS_DONE, EventTypes.ANSWERED -> t < end && c.openAt(end);
            case EventTypes.RETRACTED -> c.openAt(end);
            // Which mandatory items a close in the period left open.
            case EventTypes.CLOSED -> t < end && in(c.closedAt, start, end);
            default -> false;
        };
    }

    private CaseState caseOf(EventKey k) {
        int ordinal = k.ordinal();
        return ordinal >= 0 && ordinal < cases.size() ? cases.get(ordinal) : null;
    }

    /**
     * Takes the content of one line, after every key was noted; the lines of one incident come
     * oldest first, and what is kept across incidents (counts by partner) does not depend on
     * the order of incidents. The incident is folded as it stood at the end of the period, with
     * every correction of its record, whenever that was made: a correction says what was true.
     */
    public void read(EventKey k, Event e) {
        CaseState c = caseOf(k);
        if (c == null || k.line() < c.createdLine) {
            return;
        }
        if (c.authors != null && e.author() != null) {
            c.authors.add(e.author());
        }
        long t = e.time().toEpochSecond();
        if (t >= end && !EventTypes.correction(e.type()) && !EventTypes.CREATED.equals(e.type())) {
            return;
        }
        if (t >= start && t < end && IncidentEvent.of(e) instanceof IncidentEvent.Moved moved) {
            partners.computeIfAbsent(share(moved.partner()), p -> new int[2])[moved.down() ? 1 : 0]++;
        }
        folder.accept(e);
    }

    /** What a report keeps of a folded incident: ids shared, progress as bit sets, names only with detail. */
    private void describe(CaseState c, Incident i) {
        c.category = share(i.category());
        c.protocol = share(i.protocol());
        c.protocols = i.protocols().stream().map(this::share).toList();
        c.severity = share(i.severity());
        c.platform = share(Platforms.key(i.platform()));
        c.level = share(i.level());
        ProtocolIndex index = index(c.protocol);
        if (index != null) {
            for (String step : i.stepsDone()) {
                int at = index.step(step);
                if (at >= 0) {
                    c.stepsDone = set(c.stepsDone, at);
                }
            }
            for (String item : i.itemsDone().keySet()) {
                int at = index.item(item);
                if (at >= 0) {
                    c.itemsDone = set(c.itemsDone, at);
                }
            }
            // The rule close applies: an item that applies only on an answer not given is not open.
            for (nl.logboek.protocol.ChecklistItem item : nl.logboek.incident.Checklist.of(i, index.protocol, true).openMandatory()) {
                int at = index.item(item.id());
                if (at >= 0) {
                    c.mandatoryOpen = set(c.mandatoryOpen, at);
                }
            }
        }
        if (c.openAt(end)) {
            c.overdueItems = overdueItems(i);
        }
        if (i.isClosed() && i.closing().forced() && !i.closing().openMandatory().isEmpty()) {
            c.itemsOpenAtClose = i.closing().openMandatory().stream().map(this::share).toList();
        }
        if (request.detail()) {
            c.title = i.title();
            c.names = new ArrayList<>();
            i.persons().forEach(p -> c.names.add(p.name()));
        }
    }

    /** Its items with a deadline that were due before the day the report looks from, as the agenda counts them. */
    private int overdueItems(Incident i) {
        java.time.ZoneId zone = request.period().zone();
        java.util.List<nl.logboek.incident.Checklist> checklists = new ArrayList<>();
        for (String id : i.protocols()) {
            ProtocolIndex index = index(id);
            if (index != null) {
                checklists.add(nl.logboek.incident.Checklist.of(i, index.protocol, id.equals(i.protocol())));
            }
        }
        if (checklists.isEmpty()) {
            return 0;
        }
        java.time.LocalDate today = request.asOf().atZone(zone).toLocalDate();
        return (int) new nl.logboek.incident.Agenda(today, zone).deadlines(java.util.List.of(i), x -> checklists)
                .entries().stream().filter(nl.logboek.incident.Agenda.Entry::overdue).count();
    }

    private static BitSet set(BitSet bits, int at) {
        BitSet b = bits == null ? new BitSet() : bits;
        b.set(at);
        return b;
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
        for (CaseState c : cases) {
            Incident folded = c == null ? null : folder.get(c.id);
            if (folded != null) {
                describe(c, folded);
            }
        }
        return new ReportAssembly(request, protocols, this::index,
                cases.stream().filter(java.util.Objects::nonNull).toList(), partners).report();
    }

    private static boolean in(long t, long from, long until) {
        return t >= from && t < until;
    }
}
