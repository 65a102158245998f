package nl.logboek.incident;

import nl.logboek.LogboekException;
import nl.logboek.logbook.Event;
import nl.logboek.protocol.Alert;
import nl.logboek.protocol.ChecklistItem;
import nl.logboek.protocol.Level;
import nl.logboek.protocol.Protocol;
import nl.logboek.protocol.ProtocolRegistry;
import nl.logboek.protocol.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an incident stands in its protocol: the current step (the first one not finished), its
 * items numbered as printed with the ones done, the alerts that are always shown, and the level
 * of the escalation ladder with who holds regie there.
 *
 * @param step       the current step, or null when every step is finished
 * @param stepNumber 1-based position of the current step (steps + 1 when all are finished)
 */
public record Checklist(Incident incident, Protocol protocol, Step step, int stepNumber, List<Line> lines,
                        List<Alert> alerts, Level level) {

    /** One item as printed: its number within the step, and the event that ticked it (null while open). */
    public record Line(int number, ChecklistItem item, Event done) {
        /** The day the item was done as the user gave it, or null (then the day it was ticked counts). */
        public String doneOn() {
            return done != null && IncidentEvent.of(done) instanceof IncidentEvent.ItemsDone d ? d.doneOn() : null;
        }
    }

    public static Checklist of(Incident incident, ProtocolRegistry protocols) {
        Protocol protocol = protocolOf(incident, protocols);
        int number = stepNumber(incident, protocol);
        Step current = number > protocol.steps().size() ? null : protocol.steps().get(number - 1);
        List<Line> lines = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>(protocol.alerts());
        if (current != null) {
            int n = 1;
            for (ChecklistItem item : current.items()) {
                lines.add(new Line(n++, item, incident.itemsDone().get(item.id())));
            }
            alerts.addAll(current.alerts());
        }
        return new Checklist(incident, protocol, current, number, List.copyOf(lines), List.copyOf(alerts),
                levelOf(incident, protocol));
    }

    /** 1-based position of the incident's current step: the first not finished (steps + 1 when all are). */
    static int stepNumber(Incident incident, Protocol protocol) {
        for (int i = 0; i < protocol.steps().size(); i++) {
            if (!incident.stepsDone().contains(protocol.steps().get(i).id())) {
                return i + 1;
            }
        }
        return protocol.steps().size() + 1;
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

    public boolean stepComplete() {
        return step != null && !lines.isEmpty() && lines.stream().allMatch(l -> l.done() != null);
    }

    /** Mandatory items of the whole protocol not yet done (e.g. the meld- en aangifteplicht). */
    public List<ChecklistItem> openMandatory() {
        List<ChecklistItem> open = new ArrayList<>();
        for (ChecklistItem item : protocol.items()) {
            if (item.mandatory() && !incident.itemsDone().containsKey(item.id())) {
                open.add(item);
            }
        }
        return open;
    }
}
