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
        IncidentIds.normalise(typedId);
        if (!java.nio.file.Files.exists(logbook.file())) {
            throw LogboekException.failure("logbook.empty", logbook.file());
        }
        logbook.prepareToWrite();
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
     * {@link #advance}). An item that is already done, a question (answered, not ticked) or an
     * item an answer ruled out is refused, and nothing is written. A date given must keep a
     * duty's steps in order.
     */
    public Incident tick(String typedId, List<String> items, LocalDate doneOn, String note, String author) {
        return tick(typedId, items, doneOn, note, null, false, author);
    }

    /**
     * Ticks items, as {@link #tick(String, List, LocalDate, String, String)}, recording in the same
     * write the note and what was seen of a posting ({@code evidence}, may be null): the note then
     * goes with the evidence, not with the tick.
     */
    public Incident tick(String typedId, List<String> items, LocalDate doneOn, String note, Evidence evidence,
                         boolean personal, String author) {
        return act(typedId, false, (incident, lazy) -> {
            if (evidence != null && evidence.screenshotSha256() != null
                    && nl.logboek.protocol.Category.parse(incident.category()).sexual()) {
                throw LogboekException.usage("evidence.image-refused", incident.id());
            }
            List<Checklist> checklists = Checklist.all(incident, protocols);
            Map<Checklist, Set<String>> ids = new LinkedHashMap<>();
            List<String> already = new ArrayList<>();
            for (String typed : items) {
                Target t = target(typed.strip(), checklists);
                if (t.item().answered()) {
                    throw LogboekException.usage("case.item-is-question", typed.strip(), t.item().id(), incident.id(),
                            String.join("|", t.item().answers()));
                }
                if (t.checklist().applies(t.item()) == Checklist.Applies.NO) {
                    throw LogboekException.usage("case.item-ruled-out", typed.strip(), incident.id());
                }
                if (t.checklist().isDone(t.item())) {
                    already.add(typed.strip());
                }
                if (doneOn != null) {
                    DutyOrder.check(incident, t.checklist(), t.item(), doneOn);
                }
                ids.computeIfAbsent(t.checklist(), c -> new LinkedHashSet<>()).add(t.item().id());
            }
            if (!already.isEmpty()) {
                throw LogboekException.usage("case.already-done", String.join(", ", already));
            }
            List<NewEvent> events = new ArrayList<>();
            String text = note == null || note.isBlank() ? null : note.strip();
            if (evidence != null) {
                events.add(IncidentEvent.write(incident.id(), new IncidentEvent.Annotated(text, personal, evidence), author));
                text = null;
            }
            String tickNote = text;
            ids.forEach((c, itemIds) -> events.add(IncidentEvent.write(incident.id(), new ItemsDone(List.copyOf(itemIds),
                    doneOn == null ? null : doneOn.toString(), tickNote, c.main() ? null : c.protocol().id()), author)));
            return events;
        });
    }

    /**
     * Answers a protocol's question (ja, nee, twijfel, onbekend) or decision (one of its options),
     * with what the coordinator adds to it. A later answer replaces an earlier one; giving the same
     * answer again without a text is refused.
     */
    public Incident answer(String typedId, String typedItem, String typedValue, String text, String author) {
        return act(typedId, false, (incident, lazy) -> {
            List<Checklist> checklists = Checklist.all(incident, protocols);
            Target t = target(typedItem.strip(), checklists);
            ChecklistItem item = t.item();
            if (!item.answered()) {
                throw LogboekException.usage("answer.not-a-question", typedItem.strip(), incident.id());
            }
            String value = answerValue(typedValue, item);
            if (value == null) {
                throw LogboekException.usage("answer.value-unknown", typedValue == null ? "" : typedValue.strip(),
                        item.id(), String.join(", ", item.answers()));
            }
            if (t.checklist().applies(item) == Checklist.Applies.NO) {
                throw LogboekException.usage("case.item-ruled-out", typedItem.strip(), incident.id());
            }
            Incident.Answer before = incident.answers().get(Incident.key(t.checklist().protocol().id(), item.id()));
            String note = text == null || text.isBlank() ? null : text.strip();
            if (before != null && before.value().equals(value) && note == null) {
                throw LogboekException.usage("answer.same", item.id(), value);
            }
            return List.of(IncidentEvent.write(incident.id(),
                    new IncidentEvent.Answered(t.checklist().protocol().id(), item.id(), value, note), author));
        });
    }

    /** English words for a question's answers, as a script may give them. */
    private static final Map<String, String> ANSWER_ALIASES = Map.of("yes", "ja", "no", "nee", "doubt", "twijfel",
            "unknown", "onbekend", "j", "ja", "n", "nee");

    private static String answerValue(String typed, ChecklistItem item) {
        if (typed == null) {
            return null;
        }
        String t = typed.strip().toLowerCase(java.util.Locale.ROOT);
        if (item.answers().contains(t)) {
            return t;
        }
        String alias = item.kind() == nl.logboek.protocol.ItemKind.QUESTION ? ANSWER_ALIASES.get(t) : null;
        return alias;
    }

    /** An item of one of the incident's protocols, as a user named it. */
    public record Target(Checklist checklist, ChecklistItem item) {
    }

    /**
     * The item a user means: a number of the main protocol's current step, {@code PROTOCOL:N} for
     * another protocol's current step, an item id (searched in every protocol of the incident), or
     * {@code PROTOCOL:ITEM} when the id is in more than one.
     */
    public static Target target(String typed, List<Checklist> checklists) {
        int colon = Math.max(typed.indexOf(':'), typed.indexOf('/'));
        if (colon > 0) {
            String protocolId = typed.substring(0, colon);
            String rest = typed.substring(colon + 1);
            Checklist c = checklists.stream().filter(x -> x.protocol().id().equals(protocolId)).findFirst()
                    .orElseThrow(() -> LogboekException.usage("case.protocol-not-followed", protocolId,
                            String.join(", ", checklists.stream().map(x -> x.protocol().id()).toList())));
            return new Target(c, item(rest, c));
        }
        if (typed.matches("\\d+")) {
            return new Target(checklists.get(0), item(typed, checklists.get(0)));
        }
        List<Target> found = new ArrayList<>();
        for (Checklist c : checklists) {
            c.protocol().item(typed).ifPresent(i -> found.add(new Target(c, i)));
        }
        if (found.size() > 1) {
            throw LogboekException.usage("case.item-ambiguous", typed, String.join(", ",
                    found.stream().map(f -> f.checklist().protocol().id() + ":" + typed).toList()));
        }
        if (found.isEmpty()) {
            List<String> known = new ArrayList<>();
            checklists.forEach(c -> c.protocol().items().forEach(i -> known.add(i.id())));
            String suggestion = Suggestions.closest(typed, known);
            String protocolIds = String.join(", ", checklists.stream().map(x -> x.protocol().id()).toList());
            throw suggestion == null
                    ? LogboekException.usage("case.item-unknown", typed, protocolIds)
                    : LogboekException.usage("case.item-unknown.suggest", typed, protocolIds, suggestion);
        }
        return found.get(0);
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

    /**
     * The user says the current step of a protocol (the main one when {@code typedProtocol} is
     * null) is finished. With items of the step still open a reason is required, and the items
     * left open are recorded with it. Reaching a step whose regie lies higher on the ladder moves
     * the incident there in the same line.
     */
    public Incident advance(String typedId, String typedProtocol, String reason, String author) {
        return act(typedId, false, (incident, lazy) -> {
            List<Checklist> checklists = Checklist.all(incident, protocols);
            Checklist checklist = checklists.get(0);
            if (typedProtocol != null) {
                checklist = checklists.stream().filter(c -> c.protocol().id().equals(typedProtocol.strip())).findFirst()
                        .orElseThrow(() -> LogboekException.usage("case.protocol-not-followed", typedProtocol.strip(),
                                String.join(", ", checklists.stream().map(x -> x.protocol().id()).toList())));
            }
            if (checklist.finished()) {
                throw LogboekException.usage("case.all-steps-done", incident.id());
            }
            List<ChecklistItem> open = checklist.openInStep();
            String why = reason == null || reason.isBlank() ? null : reason.strip();
            if (!open.isEmpty() && why == null) {
                throw LogboekException.usage("case.advance-open", incident.id(),
                        itemTexts(checklist.protocol(), open.stream().map(ChecklistItem::id).toList(), true),
                        checklist.main() ? "" : " (" + checklist.protocol().id() + ")");
            }
            Step next = checklist.nextStep();
            String level = checklist.main() ? levelReached(checklist, next) : null;
            StepDone done = new StepDone(checklist.step().id(), next == null ? null : next.id(), "user",
                    checklist.main() ? null : checklist.protocol().id(), level, open.isEmpty() ? null : why,
                    open.stream().map(ChecklistItem::id).toList());
            return List.of(IncidentEvent.write(incident.id(), done, author));
        });
    }

    /**
     * The level the next step's regie puts the incident at: only where the protocol hands regie on
     * (the next step's regie differs from this step's), and only upwards from where it is now, so a
     * scaling down is not undone by the next step of the same phase.
     */
    private static String levelReached(Checklist checklist, Step next) {
        Ladder ladder = checklist.protocol().ladder();
        if (next == null || next.regie() == null || ladder == null || next.regie().equals(checklist.step().regie())) {
            return null;
        }
        int at = checklist.level() == null ? 0 : ladder.levels().indexOf(checklist.level());
        int to = ladder.levels().indexOf(ladder.level(next.regie()).orElse(null));
        return to > at ? next.regie() : null;
    }

    /**
     * Moves one level along the ladder (up, or down back along the way the incident came; see
     * {@link EscalationPath}), or to a named level, recording the partner, who holds regie there,
     * and the criterion met: a criterion id of the protocol, or free text. While two team members'
     * moves conflict ({@link Incident#moveConflicts()}), {@code --to} the level the incident is at
     * records that this level is the right one.
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
            if (!EscalationPath.hasLadder(ladder)) {
                throw LogboekException.failure("escalate.no-ladder", label(checklist.protocol().title(), checklist.protocol().id()));
            }
            List<Level> levels = ladder.levels();
            // An organisation's new version of the protocol may have dropped the level the incident
            // was at: it then continues from the first level.
            int from = EscalationPath.current(levels, checklist.level());
            // Two members moved it at once: --to names the right level, whichever way it lies (or the one it is at).
            boolean conflicted = toLevel != null && !incident.moveConflicts().isEmpty();
            boolean settles = conflicted && levels.get(from).id().equals(toLevel.strip());
            int to = settles ? from : target(incident, levels, from, down, toLevel, conflicted);
            Level level = levels.get(to);
            boolean goingDown = settles ? down || to == 0 : to < from;
            Criterion c = criterion(goingDown ? ladder.down() : ladder.up(), reason.strip());
            Moved moved = new Moved(goingDown, levels.get(from).id(), level.id(),
                    partner != null ? partner : level.partners().isEmpty() ? null : level.partners().get(0),
                    level.regie() == null ? null : level.regie().nl(),
                    c == null ? null : c.id(), c == null ? reason.strip() : c.text().nl(), to == 0);
            return List.of(IncidentEvent.write(incident.id(), moved, author));
        });
    }

    private static int target(Incident incident, List<Level> levels, int from, boolean down, String toLevel, boolean eitherWay) {
        String id = incident.id();
        if (toLevel != null) {
            for (int i = 0; i < levels.size(); i++) {
                if (levels.get(i).id().equals(toLevel.strip())) {
                    if (i == from) {
                        throw LogboekException.usage("escalate.same-level", id, label(levels.get(i).title(), levels.get(i).id()));
                    }
                    if (down != (i < from) && !eitherWay) {
                        throw LogboekException.usage(down ? "escalate.to-not-lower" : "escalate.to-not-higher", toLevel,
                                label(levels.get(from).title(), levels.get(from).id()));
                    }
                    return i;
                }
            }
            List<String> ids = levels.stream().map(Level::id).toList();
            throw LogboekException.usage("escalate.level-unknown", toLevel, String.join(", ", ids));
        }
        int to = down ? EscalationPath.back(incident, levels, from) : EscalationPath.up(levels, from);
        if (to < 0) {
            throw LogboekException.usage(down ? "escalate.at-base" : "escalate.at-top", id, label(levels.get(from).title(), levels.get(from).id()));
        }
        return to;
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
            // The consent completes the items it fulfils (that partner's, or any partner's): one fact, one entry.
            return List.of(IncidentEvent.write(incident.id(), new Consent(partner, ground,
                    from == null || from.isBlank() ? null : from.strip(), purpose.strip(), date.toString(), refused), author));
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
            List<String> open = openMandatory(incident);
            if (!open.isEmpty() && !force) {
                throw LogboekException.failure("close.mandatory-open", incident.id(), open.size(),
                        itemTexts(lazy.get().protocol(), open, true));
            }
            Closed closed = new Closed(outcome.strip(), !open.isEmpty(), open, force ? reason.strip() : null);
            return List.of(IncidentEvent.write(incident.id(), closed, author));
        });
    }

    /**
     * The mandatory items still open in every protocol of the incident, by id ({@code PROTOCOL/ID}
     * for a protocol added beside the main one).
     */
    public List<String> openMandatory(Incident incident) {
        List<String> open = new ArrayList<>();
        for (Checklist c : Checklist.all(incident, protocols)) {
            c.openMandatory().forEach(i -> open.add(c.key(i.id())));
        }
        return open;
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
    public static nl.logboek.i18n.Translated describe(List<Incident.FollowUp> followUps) {
        return new nl.logboek.i18n.Translated(describe(followUps, true), describe(followUps, false));
    }

    /** In Dutch a day reads dd-mm-jjjj, in English yyyy-mm-dd. */
    private static String describe(List<Incident.FollowUp> followUps, boolean dutch) {
        List<String> parts = new ArrayList<>();
        for (Incident.FollowUp f : followUps) {
            String due = f.due();
            if (dutch && due != null && due.matches("\\d{4}-\\d\\d-\\d\\d")) {
                due = due.substring(8, 10) + "-" + due.substring(5, 7) + "-" + due.substring(0, 4);
            }
            parts.add(f.number() + " (" + due + ", " + (f.text() == null ? "" : f.text().replaceAll("\\R", " ")) + ")");
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
        for (String added : c.addProtocols()) {
            if (!protocols.ids().contains(added)) {
                throw LogboekException.usage("protocol.unknown", added, String.join(", ", protocols.ids()));
            }
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
            String main = changes.getOrDefault(Amended.Field.PROTOCOL, incident.protocol());
            for (String added : c.addProtocols()) {
                if (added.equals(main) || incident.overlays().contains(added)) {
                    throw LogboekException.usage("amend.protocol-followed", added, incident.id());
                }
            }
            for (String removed : c.removeProtocols()) {
                if (removed.equals(incident.protocol())) {
                    throw LogboekException.usage("amend.protocol-main", removed, incident.id());
                }
                if (!incident.overlays().contains(removed)) {
                    throw LogboekException.usage("amend.protocol-not-followed", removed, incident.id(),
                            String.join(", ", incident.protocols()));
                }
            }
            if (changes.isEmpty() && c.addPersons().isEmpty() && c.removePersons().isEmpty()
                    && c.addProtocols().isEmpty() && c.removeProtocols().isEmpty()) {
                throw LogboekException.usage("amend.no-change", incident.id());
            }
            List<String> kept = new ArrayList<>();
            if (changes.containsKey(Amended.Field.PROTOCOL)) {
                Protocol next = protocols.byId(changes.get(Amended.Field.PROTOCOL)).orElseThrow();
                for (String item : incident.itemsDone().keySet()) {
                    (next.item(item).isPresent() ? kept : dropped).add(item);
                }
            }
            Amended amended = new Amended(c.reason().strip(), changes, c.addPersons(), c.removePersons(), kept, dropped,
                    c.addProtocols(), c.removeProtocols());
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
            case SOURCE -> i.source();
        };
    }

    /**
     * Takes back a tick recorded in error: an item id, or its number in the checklist `next`
     * shows. Refused for an item that is not ticked.
     */
    public Incident retractItem(String typedId, String typedItem, String reason, String author) {
        requireReason(reason);
        return act(typedId, true, (incident, lazy) -> {
            Target t = target(typedItem.strip(), Checklist.all(incident, protocols));
            String key = t.checklist().key(t.item().id());
            if (!incident.itemsDone().containsKey(key)) {
                throw LogboekException.usage("retract.item-not-done", typedItem.strip(), incident.id());
            }
            return List.of(IncidentEvent.write(incident.id(), new Retracted(reason.strip(), key, null, null), author));
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
