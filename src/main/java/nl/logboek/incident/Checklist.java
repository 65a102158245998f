package nl.logboek.incident;

import nl.logboek.LogboekException;
import nl.logboek.logbook.Event;
import nl.logboek.protocol.Alert;
import nl.logboek.protocol.ChecklistItem;
import nl.logboek.protocol.Condition;
import nl.logboek.protocol.Fulfilment;
import nl.logboek.protocol.Level;
import nl.logboek.protocol.Protocol;
import nl.logboek.protocol.ProtocolRegistry;
import nl.logboek.protocol.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where an incident stands in one of its protocols: the current step (the first one neither
 * finished nor skipped by an answer), its items numbered as printed with the ones done, the
 * alerts shown, and (for the main protocol) the level of the escalation ladder with who holds
 * regie there.
 *
 * @param main       whether this is the incident's main protocol (the others are added beside it)
 * @param step       the current step, or null when every step is finished
 * @param stepNumber 1-based position of the current step (steps + 1 when all are finished)
 * @param level      the ladder level, for the main protocol; null otherwise
 */
public record Checklist(Incident incident, Protocol protocol, boolean main, Step step, int stepNumber, List<Line> lines,
                        List<Alert> alerts, Level level) {

    /** Whether an item or step applies to the incident, as its answers so far decide. */
    public enum Applies { YES, NO, NOT_YET }

    /**
     * One item as printed: its number within the step, whether it applies yet, and the line that
     * completed it (a tick, an answer, or an entry that fulfils it; null while open).
     */
    public record Line(int number, ChecklistItem item, Applies applies, Event done, Incident.Answer answer) {
        /** The day the item was done as the user gave it, or null (then the day of its line counts). */
        public String doneOn() {
            return done != null && IncidentEvent.of(done) instanceof IncidentEvent.ItemsDone d ? d.doneOn() : null;
        }

        /** Shown, but it applies only once a question is answered a certain way: it blocks nothing yet. */
        public boolean conditional() {
            return applies == Applies.NOT_YET;
        }
    }

    /** The checklist of the incident's main protocol. */
    public static Checklist of(Incident incident, ProtocolRegistry protocols) {
        return of(incident, protocolOf(incident, protocols), true);
    }

    /** The checklists of every protocol of the incident: the main one first, then those added beside it. */
    public static List<Checklist> all(Incident incident, ProtocolRegistry protocols) {
        List<Checklist> all = new ArrayList<>();
        all.add(of(incident, protocols));
        for (String overlay : incident.overlays()) {
            if (!overlay.equals(incident.protocol())) {
                Protocol p = protocols.byId(overlay).orElseThrow(
                        () -> LogboekException.failure("protocol.not-loaded", incident.id(), overlay));
                all.add(of(incident, p, false));
            }
        }
        return List.copyOf(all);
    }

    public static Checklist of(Incident incident, Protocol protocol, boolean main) {
        View view = new View(incident, protocol, main);
        int number = view.stepNumber();
        Step current = number > protocol.steps().size() ? null : protocol.steps().get(number - 1);
        List<Line> lines = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>(view.shown(protocol.alerts()));
        if (current != null) {
            int n = 1;
            Applies stepApplies = view.applies(current.when());
            for (ChecklistItem item : current.items()) {
                Applies applies = combine(stepApplies, view.applies(item.when()));
                if (applies != Applies.NO) {
                    lines.add(new Line(n++, item, applies, view.done(item), view.answer(item)));
                }
            }
            alerts.addAll(view.shown(current.alerts()));
        }
        return new Checklist(incident, protocol, main, current, number, List.copyOf(lines), List.copyOf(alerts),
                main ? levelOf(incident, protocol) : null);
    }

    private static Applies combine(Applies a, Applies b) {
        if (a == Applies.NO || b == Applies.NO) {
            return Applies.NO;
        }
        return a == Applies.NOT_YET || b == Applies.NOT_YET ? Applies.NOT_YET : Applies.YES;
    }

    /** How the fold's keys, answers and facts read for one protocol of the incident. */
    static final class View {
        private final Incident incident;
        private final Protocol protocol;
        private final String prefix;

        View(Incident incident, Protocol protocol, boolean main) {
            this.incident = incident;
            this.protocol = protocol;
            this.prefix = main ? null : protocol.id();
        }

        String key(String id) {
            return Incident.key(prefix, id);
        }

        Applies applies(Condition when) {
            if (when == null) {
                return Applies.YES;
            }
            return switch (when.evaluate(item -> {
                Incident.Answer a = incident.answers().get(Incident.key(protocol.id(), item));
                return a == null ? null : a.value();
            })) {
                case TRUE -> Applies.YES;
                case FALSE -> Applies.NO;
                case UNDECIDED -> Applies.NOT_YET;
            };
        }

        Incident.Answer answer(ChecklistItem item) {
            return item.answered() ? incident.answers().get(Incident.key(protocol.id(), item.id())) : null;
        }

        /** The line that completed the item: its tick, its answer, or an entry that fulfils it; null while open. */
        Event done(ChecklistItem item) {
            if (item.answered()) {
                Incident.Answer a = answer(item);
                return a == null ? null : a.line();
            }
            Event ticked = incident.itemsDone().get(key(item.id()));
            if (ticked != null) {
                return ticked;
            }
            for (Fulfilment f : fulfilments(item)) {
                for (Incident.Fact fact : incident.facts()) {
                    if (fulfils(fact, f)) {
                        return fact.line();
                    }
                }
            }
            return null;
        }

        /**
         * What completes the item besides a tick; a consent item of a protocol written before
         * {@code fulfilledBy} existed is completed by a consent for any partner, as it was ticked then.
         */
        private static List<Fulfilment> fulfilments(ChecklistItem item) {
            if (item.fulfilledBy().isEmpty() && item.consent()) {
                return List.of(new Fulfilment(null, null, null, Fulfilment.ANY));
            }
            return item.fulfilledBy();
        }

        private static boolean fulfils(Incident.Fact fact, Fulfilment f) {
            return switch (fact.kind()) {
                case EVIDENCE -> !f.evidence().isEmpty() && fact.evidence().containsAll(f.evidence());
                case ESCALATION -> f.escalation() != null && (f.escalation().equals(Fulfilment.ANY)
                        || f.escalation().equals(fact.level()) || f.escalation().equals(fact.partner()));
                case DEESCALATION -> Boolean.TRUE.equals(f.deescalation());
                case CONSENT -> f.consent() != null && (f.consent().equals(Fulfilment.ANY) || f.consent().equals(fact.partner()));
            };
        }

        List<Alert> shown(List<Alert> alerts) {
            List<Alert> out = new ArrayList<>();
            for (Alert a : alerts) {
                if (a.shownFor(incident.category()) && applies(a.when()) == Applies.YES) {
                    out.add(a);
                }
            }
            return out;
        }

        boolean stepDone(Step s) {
            return incident.stepsDone().contains(key(s.id()));
        }

        /** 1-based position of the current step: the first neither finished nor skipped (steps + 1 when none is left). */
        int stepNumber() {
            List<Step> steps = protocol.steps();
            for (int i = 0; i < steps.size(); i++) {
                if (!stepDone(steps.get(i)) && applies(steps.get(i).when()) != Applies.NO) {
                    return i + 1;
                }
            }
            return steps.size() + 1;
        }

        /** Items that must be done before closing: mandatory, applying (not only perhaps), and open. */
        List<ChecklistItem> openMandatory() {
            List<ChecklistItem> open = new ArrayList<>();
            for (Step s : protocol.steps()) {
                Applies stepApplies = applies(s.when());
                for (ChecklistItem item : s.items()) {
                    if (item.mandatory() && combine(stepApplies, applies(item.when())) == Applies.YES && done(item) == null) {
                        open.add(item);
                    }
                }
            }
            return open;
        }

        /** The step after {@code s} that applies (or may), or null. */
        Step nextAfter(Step s) {
            List<Step> steps = protocol.steps();
            for (int i = steps.indexOf(s) + 1; i < steps.size(); i++) {
                if (applies(steps.get(i).when()) != Applies.NO) {
                    return steps.get(i);
                }
            }
            return null;
        }
    }

    /** 1-based position of the incident's current step in its main protocol (steps + 1 when all are done). */
    static int stepNumber(Incident incident, Protocol protocol) {
        return new View(incident, protocol, true).stepNumber();
    }

    static Protocol protocolOf(Incident incident, ProtocolRegistry protocols) {
        String id = incident.protocol();
        if (id == null) {
            throw LogboekException.failure("protocol.none", incident.id());
        }
        return protocols.byId(id).orElseThrow(() -> LogboekException.failure("protocol.not-loaded", incident.id(), id));
    }

    static Level levelOf(Incident incident, Protocol protocol) {
        if (protocol.ladder() == null || protocol.ladder().levels().isEmpty()) {
            return null;
        }
        if (incident.level() == null) {
            return protocol.ladder().levels().get(0);
        }
        return protocol.ladder().level(incident.level()).orElse(null);
    }

    public boolean finished() {
        return step == null;
    }

    /** Every item of the step that applies is done (conditional ones do not count). */
    public boolean stepComplete() {
        return step != null && lines.stream().anyMatch(l -> !l.conditional())
                && lines.stream().filter(l -> !l.conditional()).allMatch(l -> l.done() != null);
    }

    /** The items of the current step that apply and are still open. */
    public List<ChecklistItem> openInStep() {
        return lines.stream().filter(l -> !l.conditional() && l.done() == null).map(Line::item).toList();
    }

    /**
     * Mandatory items of the whole protocol not yet done (e.g. the meld- en aangifteplicht), that
     * apply: an item that applies only on an answer not given yet does not block closing.
     */
    public List<ChecklistItem> openMandatory() {
        return new View(incident, protocol, main).openMandatory();
    }

    /** The step after the current one that applies (or may), or null when the current one is the last. */
    public Step nextStep() {
        return step == null ? null : new View(incident, protocol, main).nextAfter(step);
    }

    /** How a tick of one of this protocol's items is keyed in the fold. */
    public String key(String itemId) {
        return Incident.key(main ? null : protocol.id(), itemId);
    }

    /** Whether an item of this protocol is done (ticked, answered or fulfilled), wherever its step. */
    public boolean isDone(ChecklistItem item) {
        return new View(incident, protocol, main).done(item) != null;
    }

    /** The line that completed an item of this protocol, or null. */
    public Event doneBy(ChecklistItem item) {
        return new View(incident, protocol, main).done(item);
    }

    /** Whether an item of this protocol applies (by its own and its step's conditions). */
    public Applies applies(ChecklistItem item) {
        View v = new View(incident, protocol, main);
        Optional<Step> s = protocol.stepOf(item.id());
        return combine(s.map(x -> v.applies(x.when())).orElse(Applies.YES), v.applies(item.when()));
    }
}
