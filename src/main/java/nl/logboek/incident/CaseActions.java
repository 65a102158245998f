package nl.logboek.incident;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.LogboekException;
import nl.logboek.i18n.Suggestions;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.EventType;
import nl.logboek.logbook.IncidentIds;
import nl.logboek.logbook.JsonTrees;
import nl.logboek.logbook.Logbook;
import nl.logboek.logbook.NewEvent;
import nl.logboek.protocol.ChecklistItem;
import nl.logboek.protocol.Criterion;
import nl.logboek.protocol.Ladder;
import nl.logboek.protocol.Level;
import nl.logboek.protocol.Protocol;
import nl.logboek.protocol.ProtocolRegistry;
import nl.logboek.protocol.Step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Working an incident through its protocol: ticking items, finishing steps, moving along the
 * escalation ladder, closing. Each decision is taken under the logbook's lock on the incident
 * as it is then, so two coordinators acting at once never record an impossible transition.
 */
public final class CaseActions {
    private final Logbook logbook;
    private final ProtocolRegistry protocols;

    public CaseActions(Logbook logbook, ProtocolRegistry protocols) {
        this.logbook = logbook;
        this.protocols = protocols;
    }

    /** Runs {@code plan} on the incident as it is under the lock; returns the incident after the new events. */
    private Incident act(String typedId, boolean allowClosed, BiFunction<Incident, Checklist, List<NewEvent>> plan) {
        if (!java.nio.file.Files.exists(logbook.file())) {
            throw LogboekException.failure("id.unknown", typedId);
        }
        IncidentIds.normalise(typedId);
        String[] resolved = new String[1];
        List<Event> before = new ArrayList<>();
        List<Event> written = logbook.append(snapshot -> {
            String id = IncidentIds.resolve(typedId, snapshot.incidentIds());
            resolved[0] = id;
            IncidentFolder folder = IncidentFolder.of(snapshot.eventsOf(id));
            Incident incident = IncidentBook.found(folder.get(id), id);
            if (incident.isClosed() && !allowClosed) {
                throw LogboekException.failure("case.closed", id);
            }
            incident.timeline().forEach(before::add);
            return plan.apply(incident, Checklist.of(incident, protocols));
        });
        List<Event> all = new ArrayList<>(before);
        all.addAll(written);
        return IncidentFolder.of(all).get(resolved[0]);
    }

    /**
     * Ticks items (ids, or numbers of the current step's printed checklist) and finishes every
     * step whose items are then all done.
     */
    public Incident tick(String typedId, List<String> items, LocalDate doneOn, String note, String author) {
        return act(typedId, false, (incident, checklist) -> {
            Protocol protocol = checklist.protocol();
            Set<String> ids = new LinkedHashSet<>();
            for (String typed : items) {
                ChecklistItem item = item(typed.strip(), checklist);
                if (!incident.itemsDone().containsKey(item.id())) {
                    ids.add(item.id());
                }
            }
            if (ids.isEmpty()) {
                throw LogboekException.usage("case.already-done", String.join(", ", items));
            }
            ObjectNode p = JsonTrees.object();
            ArrayNode arr = p.putArray("items");
            ids.forEach(arr::add);
            if (doneOn != null) {
                p.put("done_on", doneOn.toString());
            }
            if (note != null && !note.isBlank()) {
                p.put("note", note.strip());
            }
            List<NewEvent> events = new ArrayList<>();
            events.add(new NewEvent(incident.id(), EventType.ITEMS_DONE, author, p));
            Set<String> done = new LinkedHashSet<>(incident.itemsDone().keySet());
            done.addAll(ids);
            List<Step> steps = protocol.steps();
            for (int i = checklist.stepNumber() - 1; i < steps.size(); i++) {
                Step s = steps.get(i);
                if (s.items().isEmpty() || !s.items().stream().allMatch(it -> done.contains(it.id()))) {
                    break;
                }
                events.add(stepDone(incident, s, i + 1 < steps.size() ? steps.get(i + 1) : null, "all-items", author));
            }
            return events;
        });
    }

    private static ChecklistItem item(String typed, Checklist checklist) {
        if (typed.matches("\\d+")) {
            int n = Integer.parseInt(typed);
            if (checklist.finished() || n < 1 || n > checklist.lines().size()) {
                throw LogboekException.usage("case.item-number", typed, checklist.lines().size());
            }
            return checklist.lines().get(n - 1).item();
        }
        return checklist.protocol().item(typed).orElseThrow(() -> {
            List<String> known = checklist.protocol().items().stream().map(ChecklistItem::id).toList();
            String suggestion = Suggestions.closest(typed, known);
            return suggestion == null
                    ? LogboekException.usage("case.item-unknown", typed, checklist.protocol().id())
                    : LogboekException.usage("case.item-unknown.suggest", typed, checklist.protocol().id(), suggestion);
        });
    }

    private static NewEvent stepDone(Incident incident, Step step, Step next, String how, String author) {
        ObjectNode p = JsonTrees.object();
        p.put("step", step.id());
        p.put("next", next == null ? null : next.id());
        p.put("how", how);
        return new NewEvent(incident.id(), EventType.STEP_DONE, author, p);
    }

    /** The user says the current step is finished, whatever its items. */
    public Incident advance(String typedId, String author) {
        return act(typedId, false, (incident, checklist) -> {
            if (checklist.finished()) {
                throw LogboekException.usage("case.all-steps-done", incident.id());
            }
            List<Step> steps = checklist.protocol().steps();
            int i = checklist.stepNumber() - 1;
            return List.of(stepDone(incident, steps.get(i), i + 1 < steps.size() ? steps.get(i + 1) : null, "user", author));
        });
    }

    /**
     * Moves one level along the ladder (up, or down), or to a named level, recording the partner,
     * who holds regie there, and the criterion met: a criterion id of the protocol, or free text.
     */
    public Incident escalate(String typedId, boolean down, String toLevel, String reason, String partner, String author) {
        if (reason == null || reason.isBlank()) {
            throw LogboekException.usage(down ? "escalate.reason-down" : "escalate.reason");
        }
        if (partner != null && protocols.partner(partner).isEmpty()) {
            String suggestion = Suggestions.closest(partner, protocols.partners().stream().map(p -> p.id()).toList());
            throw LogboekException.usage("escalate.partner-unknown", partner, suggestion == null ? "-" : suggestion);
        }
        return act(typedId, false, (incident, checklist) -> {
            Ladder ladder = checklist.protocol().ladder();
            if (ladder == null || ladder.levels().size() < 2) {
                throw LogboekException.failure("escalate.no-ladder", checklist.protocol().id());
            }
            List<Level> levels = ladder.levels();
            // An organisation's new version of the protocol may have dropped the level the incident
            // was at: it then continues from the first level.
            int from = Math.max(0, levels.indexOf(checklist.level()));
            int to = target(levels, from, down, toLevel, incident.id());
            Level level = levels.get(to);
            boolean goingDown = to < from;
            ObjectNode p = JsonTrees.object();
            p.put("from", levels.get(from).id());
            p.put("to", level.id());
            p.put("partner", partner != null ? partner : level.partners().isEmpty() ? null : level.partners().get(0));
            p.put("regie", level.regie() == null ? null : level.regie().nl());
            ObjectNode criterion = p.putObject("criterion");
            Criterion c = criterion(goingDown ? ladder.down() : ladder.up(), reason.strip());
            criterion.put("id", c == null ? null : c.id());
            criterion.put("text", c == null ? reason.strip() : c.text().nl());
            p.put("base", to == 0);
            return List.of(new NewEvent(incident.id(), goingDown ? EventType.DE_ESCALATED : EventType.ESCALATED, author, p));
        });
    }

    private static int target(List<Level> levels, int from, boolean down, String toLevel, String id) {
        if (toLevel != null) {
            for (int i = 0; i < levels.size(); i++) {
                if (levels.get(i).id().equals(toLevel.strip())) {
                    if (i == from) {
                        throw LogboekException.usage("escalate.same-level", id, toLevel);
                    }
                    if (down != (i < from)) {
                        throw LogboekException.usage(down ? "escalate.to-not-lower" : "escalate.to-not-higher", toLevel, levels.get(from).id());
                    }
                    return i;
                }
            }
            List<String> ids = levels.stream().map(Level::id).toList();
            throw LogboekException.usage("escalate.level-unknown", toLevel, String.join(", ", ids));
        }
        int step = down ? -1 : 1;
        for (int i = from + step; i >= 0 && i < levels.size(); i += step) {
            if (!levels.get(i).optional() || i == 0) {
                return i;
            }
        }
        throw LogboekException.usage(down ? "escalate.at-base" : "escalate.at-top", id, levels.get(from).id());
    }

    private static Criterion criterion(List<Criterion> criteria, String reason) {
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            if (c.id().equals(reason) || reason.equals(String.valueOf(i + 1))) {
                return c;
            }
        }
        return null;
    }

    /** Legal grounds to share information with a partner (AVG): consent, a legal duty, a vital interest. */
    public static final List<String> GROUNDS = List.of("toestemming", "wettelijke-plicht", "vitaal-belang");

    /**
     * Records consent to exchange information (from whom, for which purpose, with which partner,
     * on which date; seed 002 step 3), or its refusal, or another legal ground; ticks the
     * protocol's consent items in the same write.
     */
    public Incident consent(String typedId, String partner, String from, String purpose, String ground, LocalDate date,
                            boolean refused, String author) {
        if (protocols.partner(partner).isEmpty()) {
            String suggestion = Suggestions.closest(partner, protocols.partners().stream().map(p -> p.id()).toList());
            throw LogboekException.usage("escalate.partner-unknown", partner, suggestion == null ? "-" : suggestion);
        }
        if (!GROUNDS.contains(ground)) {
            throw LogboekException.usage("consent.ground-unknown", ground, String.join(", ", GROUNDS));
        }
        if ("toestemming".equals(ground) && (from == null || from.isBlank())) {
            throw LogboekException.usage("consent.from-missing");
        }
        if (purpose == null || purpose.isBlank()) {
            throw LogboekException.usage("consent.purpose-missing");
        }
        return act(typedId, false, (incident, checklist) -> {
            ObjectNode p = JsonTrees.object();
            p.put("partner", partner);
            p.put("ground", ground);
            p.put("from", from == null || from.isBlank() ? null : from.strip());
            p.put("purpose", purpose.strip());
            p.put("date", date.toString());
            p.put("refused", refused);
            List<NewEvent> events = new ArrayList<>();
            events.add(new NewEvent(incident.id(), EventType.CONSENT, author, p));
            List<String> consentItems = checklist.protocol().items().stream()
                    .filter(ChecklistItem::consent).map(ChecklistItem::id)
                    .filter(id -> !incident.itemsDone().containsKey(id)).toList();
            if (!consentItems.isEmpty()) {
                ObjectNode done = JsonTrees.object();
                ArrayNode arr = done.putArray("items");
                consentItems.forEach(arr::add);
                done.put("done_on", date.toString());
                events.add(new NewEvent(incident.id(), EventType.ITEMS_DONE, author, done));
            }
            return events;
        });
    }

    /**
     * Closes the incident. Open mandatory items (the meld- en aangifteplicht) block closing unless
     * forced; a forced close records which ones were still open.
     */
    public Incident close(String typedId, String outcome, boolean force, String author) {
        if (outcome == null || outcome.isBlank()) {
            throw LogboekException.usage("close.outcome");
        }
        return act(typedId, false, (incident, checklist) -> {
            List<ChecklistItem> open = checklist.openMandatory();
            if (!open.isEmpty() && !force) {
                throw LogboekException.failure("close.mandatory-open", incident.id(),
                        String.join(", ", open.stream().map(ChecklistItem::id).toList()));
            }
            ObjectNode p = JsonTrees.object();
            p.put("outcome", outcome.strip());
            p.put("forced", !open.isEmpty());
            ArrayNode arr = p.putArray("open_mandatory");
            open.forEach(i -> arr.add(i.id()));
            return List.of(new NewEvent(incident.id(), EventType.CLOSED, author, p));
        });
    }
}
