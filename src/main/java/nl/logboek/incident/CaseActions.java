package nl.logboek.incident;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Suggestions;
import nl.logboek.incident.IncidentEvent.Amended;
import nl.logboek.incident.IncidentEvent.Closed;
import nl.logboek.incident.IncidentEvent.Consent;
import nl.logboek.incident.IncidentEvent.ItemsDone;
import nl.logboek.incident.IncidentEvent.Moved;
import nl.logboek.incident.IncidentEvent.Reopened;
import nl.logboek.incident.IncidentEvent.Retracted;
import nl.logboek.incident.IncidentEvent.StepDone;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.IncidentIds;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

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

    /** Runs {@code plan} on the incident as it is under the lock (its checklist when asked); returns the incident after the new events. */
    private Incident act(String typedId, boolean allowClosed, BiFunction<Incident, Supplier<Checklist>, List<NewEvent>> plan) {
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
            // Only what needs the protocol binds it (binding costs more than the rest of a correction).
            Checklist[] checklist = new Checklist[1];
            return plan.apply(incident, () -> checklist[0] != null ? checklist[0] : (checklist[0] = Checklist.of(incident, protocols)));
        });
        List<Event> all = new ArrayList<>(before);
        all.addAll(written);
        return IncidentFolder.of(all).get(resolved[0]);
    }

    /**
     * Ticks items (ids, or numbers of the current step's printed checklist). It never finishes a
     * step: a number always means the step `next` shows, so the same command given twice is
     * refused instead of ticking the next step's item (the user finishes a step with
     * {@link #advance}). An item that is already ticked is refused, and nothing is written.
     */
    public Incident tick(String typedId, List<String> items, LocalDate doneOn, String note, String author) {
        return act(typedId, false, (incident, lazy) -> {
            Checklist checklist = lazy.get();
            Set<String> ids = new LinkedHashSet<>();
            List<String> already = new ArrayList<>();
            for (String typed : items) {
                ChecklistItem item = item(typed.strip(), checklist);
                if (incident.itemsDone().containsKey(item.id())) {
                    already.add(typed.strip());
                }
                ids.add(item.id());
            }
            if (!already.isEmpty()) {
                throw LogboekException.usage("case.already-done", String.join(", ", already));
            }
            ItemsDone done = new ItemsDone(List.copyOf(ids), doneOn == null ? null : doneOn.toString(),
                    note == null || note.isBlank() ? null : note.strip());
            return List.of(IncidentEvent.write(incident.id(), done, author));
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
        return IncidentEvent.write(incident.id(), new StepDone(step.id(), next == null ? null : next.id(), how), author);
    }

    /** The user says the current step is finished, whatever its items. */
    public Incident advance(String typedId, String author) {
        return act(typedId, false, (incident, lazy) -> {
            Checklist checklist = lazy.get();
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
        return act(typedId, false, (incident, lazy) -> {
            Checklist checklist = lazy.get();
            Ladder ladder = checklist.protocol().ladder();
            if (ladder == null || ladder.levels().size() < 2) {
                throw LogboekException.failure("escalate.no-ladder", label(checklist.protocol().title(), checklist.protocol().id()));
            }
            List<Level> levels = ladder.levels();
            // An organisation's new version of the protocol may have dropped the level the incident
            // was at: it then continues from the first level.
            int from = Math.max(0, levels.indexOf(checklist.level()));
            int to = target(levels, from, down, toLevel, incident.id());
            Level level = levels.get(to);
            boolean goingDown = to < from;
            Criterion c = criterion(goingDown ? ladder.down() : ladder.up(), reason.strip());
            Moved moved = new Moved(goingDown, levels.get(from).id(), level.id(),
                    partner != null ? partner : level.partners().isEmpty() ? null : level.partners().get(0),
                    level.regie() == null ? null : level.regie().nl(),
                    c == null ? null : c.id(), c == null ? reason.strip() : c.text().nl(), to == 0);
            return List.of(IncidentEvent.write(incident.id(), moved, author));
        });
    }

    private static int target(List<Level> levels, int from, boolean down, String toLevel, String id) {
        if (toLevel != null) {
            for (int i = 0; i < levels.size(); i++) {
                if (levels.get(i).id().equals(toLevel.strip())) {
                    if (i == from) {
                        throw LogboekException.usage("escalate.same-level", id, label(levels.get(i).title(), levels.get(i).id()));
                    }
                    if (down != (i < from)) {
                        throw LogboekException.usage(down ? "escalate.to-not-lower" : "escalate.to-not-higher", toLevel,
                                label(levels.get(from).title(), levels.get(from).id()));
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
        throw LogboekException.usage(down ? "escalate.at-base" : "escalate.at-top", id, label(levels.get(from).title(), levels.get(from).id()));
    }

    /** A protocol's text as a message argument, in the language the message is shown in; the id when it has none. */
    private static nl.logboek.i18n.Translated label(nl.logboek.protocol.LocalizedText text, String id) {
        return text == null ? new nl.logboek.i18n.Translated(id, id) : new nl.logboek.i18n.Translated(text.in("nl"), text.in("en"));
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
        return act(typedId, false, (incident, lazy) -> {
            Checklist checklist = lazy.get();
            List<NewEvent> events = new ArrayList<>();
            events.add(IncidentEvent.write(incident.id(), new Consent(partner, ground,
                    from == null || from.isBlank() ? null : from.strip(), purpose.strip(), date.toString(), refused), author));
            List<String> consentItems = checklist.protocol().items().stream()
                    .filter(ChecklistItem::consent).map(ChecklistItem::id)
                    .filter(id -> !incident.itemsDone().containsKey(id)).toList();
            if (!consentItems.isEmpty()) {
                events.add(IncidentEvent.write(incident.id(), new ItemsDone(consentItems, date.toString(), null), author));
            }
            return events;
        });
    }

    /**
     * Closes the incident. Open mandatory items (the meld- en aangifteplicht) block closing unless
     * forced; a forced close needs a reason and records it with the items that were still open.
     */
    public Incident close(String typedId, String outcome, boolean force, String reason, String author) {
        return close(typedId, outcome, force, reason, java.util.Set.of(), author);
    }

    /**
     * Closes the incident, as {@link #close(String, String, boolean, String, String)}; open
     * follow-ups block it too unless forced or {@code confirmedFollowUps} names them all (the hashes
     * of their lines, as the user confirmed them on a terminal). The close records nothing of them:
     * they stay open in the incident's timeline.
     */
    public Incident close(String typedId, String outcome, boolean force, String reason, Set<String> confirmedFollowUps,
                          String author) {
        if (outcome == null || outcome.isBlank()) {
            throw LogboekException.usage("close.outcome");
        }
        if (force && (reason == null || reason.isBlank())) {
            throw LogboekException.usage("close.force-reason");
        }
        return act(typedId, false, (incident, lazy) -> {
            List<Incident.FollowUp> unconfirmed = incident.openFollowUps().stream()
                    .filter(f -> !confirmedFollowUps.contains(f.hash())).toList();
            if (!unconfirmed.isEmpty() && !force) {
                throw LogboekException.failure("close.follow-ups-open", incident.id(), describe(unconfirmed));
            }
            Checklist checklist = lazy.get();
            List<ChecklistItem> open = checklist.openMandatory();
            if (!open.isEmpty() && !force) {
                throw LogboekException.failure("close.mandatory-open", incident.id(), open.size(),
                        itemTexts(checklist.protocol(), open.stream().map(ChecklistItem::id).toList(), true));
            }
            Closed closed = new Closed(outcome.strip(), !open.isEmpty(), open.stream().map(ChecklistItem::id).toList(),
                    force ? reason.strip() : null);
            return List.of(IncidentEvent.write(incident.id(), closed, author));
        });
    }

    /**
     * Items of {@code protocol} as a message shows them, in the language it is rendered in: their
     * texts in quotes, separated by "; ", each with its id in brackets when {@code withIds} (to
     * tick it by). An item the protocol does not have (any more), or no protocol, shows its id.
     */
    public static nl.logboek.i18n.Translated itemTexts(Protocol protocol, List<String> ids, boolean withIds) {
        return new nl.logboek.i18n.Translated(itemTexts(protocol, ids, "nl", withIds), itemTexts(protocol, ids, "en", withIds));
    }

    private static String itemTexts(Protocol protocol, List<String> ids, String language, boolean withIds) {
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            ChecklistItem item = protocol == null ? null : protocol.item(id).orElse(null);
            String text = item == null || item.text() == null ? null : item.text().in(language);
            if (text == null || text.isBlank()) {
                parts.add(id);
            } else {
                parts.add("\u201c" + text.strip() + "\u201d" + (withIds ? " [" + id + "]" : ""));
            }
        }
        return String.join("; ", parts);
    }

    /** Follow-ups in one line: "1 (2026-11-24, Nagesprek met Sam); 2 (...)". */
    public static String describe(List<Incident.FollowUp> followUps) {
        List<String> parts = new ArrayList<>();
        for (Incident.FollowUp f : followUps) {
            parts.add(f.number() + " (" + f.due() + ", " + (f.text() == null ? "" : f.text().replaceAll("\\R", " ")) + ")");
        }
        return String.join("; ", parts);
    }

    /** Sets a follow-up: something to do on or by {@code due}. Refused on a closed incident. */
    public Incident followUp(String typedId, LocalDate due, String text, String author) {
        if (text == null || text.isBlank()) {
            throw LogboekException.usage("follow-up.text");
        }
        return act(typedId, false, (incident, lazy) -> List.of(IncidentEvent.write(incident.id(),
                new IncidentEvent.FollowUp(due.toString(), text.strip()), author)));
    }

    /**
     * Marks follow-up {@code number} (as `show` numbers them) done, with what came of it when
     * given. A number the incident does not have, or a follow-up already done: refused. Allowed on
     * a closed incident (a close may have left follow-ups open).
     */
    public Incident followUpDone(String typedId, int number, String note, String author) {
        return act(typedId, true, (incident, lazy) -> {
            List<Incident.FollowUp> all = incident.followUps();
            if (all.isEmpty()) {
                throw LogboekException.usage("follow-up.none", number, incident.id());
            }
            if (number < 1 || number > all.size()) {
                throw LogboekException.usage("follow-up.unknown", number, incident.id(), all.size());
            }
            Incident.FollowUp f = all.get(number - 1);
            if (f.done()) {
                throw LogboekException.usage("follow-up.already-done", number, incident.id());
            }
            IncidentEvent.FollowUpDone done = new IncidentEvent.FollowUpDone(f.hash(), f.seq(),
                    note == null || note.isBlank() ? null : note.strip());
            return List.of(IncidentEvent.write(incident.id(), done, author));
        });
    }

    /** What `amend` wrote, and on a protocol switch the ticks the new protocol does not have. */
    public record Amendment(Incident incident, List<String> droppedItems) {
    }

    /**
     * Corrects the record (AVG art. 16): the original line stays, the correction is a new line
     * naming what, why, by whom and when. Allowed on a closed incident too: a wrong name in a
     * closed case is still wrong. A value that equals the current one, a person who is not
     * involved or already is, an unknown protocol: refused, nothing written.
     */
    public Amendment amend(String typedId, AmendRequest c, String author) {
        requireReason(c.reason());
        if (c.isEmpty()) {
            throw LogboekException.usage("amend.nothing");
        }
        String protocolId = c.fields().get(Amended.Field.PROTOCOL);
        if (protocolId != null && !protocols.ids().contains(protocolId)) {
            throw LogboekException.usage("protocol.unknown", protocolId, String.join(", ", protocols.ids()));
        }
        if (c.fields().containsKey(Amended.Field.TITLE) && c.fields().get(Amended.Field.TITLE) == null) {
            throw LogboekException.usage("new.title-empty");
        }
        List<String> dropped = new ArrayList<>();
        Incident after = act(typedId, true, (incident, lazy) -> {
            Map<Amended.Field, String> changes = new LinkedHashMap<>();
            c.fields().forEach((field, value) -> {
                if (!Objects.equals(current(incident, field), value)) {
                    changes.put(field, value);
                }
            });
            for (String name : c.removePersons()) {
                if (incident.persons().stream().noneMatch(p -> p.name().equals(name))) {
                    throw LogboekException.usage("amend.person-unknown", name,
                            String.join(", ", incident.persons().stream().map(Person::name).toList()));
                }
            }
            for (Person p : c.addPersons()) {
                if (incident.persons().contains(p) && !c.removePersons().contains(p.name())) {
                    throw LogboekException.usage("amend.person-known", p.name());
                }
            }
            if (changes.isEmpty() && c.addPersons().isEmpty() && c.removePersons().isEmpty()) {
                throw LogboekException.usage("amend.no-change", incident.id());
            }
            List<String> kept = new ArrayList<>();
            if (changes.containsKey(Amended.Field.PROTOCOL)) {
                Protocol next = protocols.byId(changes.get(Amended.Field.PROTOCOL)).orElseThrow();
                for (String item : incident.itemsDone().keySet()) {
                    (next.item(item).isPresent() ? kept : dropped).add(item);
                }
            }
            Amended amended = new Amended(c.reason().strip(), changes, c.addPersons(), c.removePersons(), kept, dropped);
            return List.of(IncidentEvent.write(incident.id(), amended, author));
        });
        return new Amendment(after, List.copyOf(dropped));
    }

    private static String current(Incident i, Amended.Field field) {
        return switch (field) {
            case TITLE -> i.title();
            case CATEGORY -> i.category();
            case SEVERITY -> i.severity();
            case PLATFORM -> i.platform();
            case OCCURRED -> i.occurred();
            case DESCRIPTION -> i.description();
            case PROTOCOL -> i.protocol();
        };
    }

    /**
     * Takes back a tick recorded in error: an item id, or its number in the checklist `next`
     * shows. Refused for an item that is not ticked.
     */
    public Incident retractItem(String typedId, String typedItem, String reason, String author) {
        requireReason(reason);
        return act(typedId, true, (incident, lazy) -> {
            Checklist checklist = lazy.get();
            ChecklistItem item = item(typedItem.strip(), checklist);
            if (!incident.itemsDone().containsKey(item.id())) {
                throw LogboekException.usage("retract.item-not-done", typedItem.strip(), incident.id());
            }
            return List.of(IncidentEvent.write(incident.id(), new Retracted(reason.strip(), item.id(), null, null), author));
        });
    }

    /**
     * Marks a note or evidence entry as recorded in error, by its number in the timeline `show`
     * prints. The entry stays in the logbook and in `show`, marked; exports leave it out (except
     * an export of all events). Other entries are corrected with amend or retract --item.
     */
    public Incident retractEntry(String typedId, int number, String reason, String author) {
        requireReason(reason);
        return act(typedId, true, (incident, lazy) -> {
            Incident.Entry entry = incident.entry(number);
            if (entry == null) {
                throw LogboekException.usage("retract.entry-unknown", number, incident.id(), incident.entries().size());
            }
            if (!(entry.event() instanceof IncidentEvent.Annotated)) {
                throw LogboekException.usage("retract.entry-not-note", number, incident.id());
            }
            if (incident.retraction(entry.line()) != null) {
                throw LogboekException.usage("retract.entry-already", number, incident.id());
            }
            Retracted r = new Retracted(reason.strip(), null, entry.line().hash(), entry.line().seq());
            return List.of(IncidentEvent.write(incident.id(), r, author));
        });
    }

    /** Opens a closed incident again; it continues where it stood, at its level of the ladder. */
    public Incident reopen(String typedId, String reason, String author) {
        requireReason(reason);
        return act(typedId, true, (incident, lazy) -> {
            if (!incident.isClosed()) {
                throw LogboekException.usage("reopen.not-closed", incident.id(), incident.status());
            }
            return List.of(IncidentEvent.write(incident.id(), new Reopened(reason.strip(), incident.atBaseLevel()), author));
        });
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw LogboekException.usage("correction.reason");
        }
    }
}
