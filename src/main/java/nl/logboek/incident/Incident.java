package nl.logboek.incident;

import nl.logboek.incident.IncidentEvent.Amended;
import nl.logboek.incident.IncidentEvent.Closed;
import nl.logboek.incident.IncidentEvent.Consent;
import nl.logboek.incident.IncidentEvent.Created;
import nl.logboek.incident.IncidentEvent.FollowUpDone;
import nl.logboek.incident.IncidentEvent.ItemsDone;
import nl.logboek.incident.IncidentEvent.Moved;
import nl.logboek.incident.IncidentEvent.Reopened;
import nl.logboek.incident.IncidentEvent.Retracted;
import nl.logboek.incident.IncidentEvent.StepDone;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.EventType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An incident's state, folded from its events: the one fold every view derives from (`list`,
 * `show`, `next`, reports, exports, the team's timeline). Never stored: the events are the record.
 *
 * <p>Corrections never rewrite a line: an {@code amended} line changes the fields from then on
 * and is kept beside the original as a {@link Correction}; a {@code retracted} line takes a tick
 * back or marks a note as recorded in error ({@link #retraction}); a {@code reopened} line undoes
 * a close. The original lines stay in the timeline.
 */
public final class Incident {
    /** One line of the incident's timeline: the line as stored and what it says, typed. */
    public record Entry(Event line, IncidentEvent event) {
    }

    /** One field changed by a correction: its value before and after, why, and the line that did it. */
    public record Correction(Event line, String field, String before, String after, String reason) {
    }

    /**
     * Two moves along the ladder by team members who had not seen each other's: the later one's
     * {@code from} was not the level the earlier one had left the incident at. The fold follows
     * the later one; the conflict stays until someone records a move from the level the incident
     * is at (escalate, after talking it over).
     *
     * @param firstTo  the level the earlier move went to (an id of the ladder)
     * @param secondTo the level the later move went to, where the incident now stands
     */
    public record MoveConflict(String firstAuthor, String firstTo, boolean firstDown, String secondAuthor, String secondTo,
                               boolean secondDown) {
    }

    /** The latest answer to a protocol's question or decision, and the line that gave it (compact: a placeholder). */
    public record Answer(Event line, String value, String text) {
    }

    /**
     * An entry that may complete items of a protocol by itself (one fact, one entry): evidence with
     * the fields it records, an escalation (to a level, with a partner), a scaling down, a consent.
     *
     * @param evidence the evidence fields recorded, as named in protocol files (postedBy, channel, ...)
     */
    public record Fact(Kind kind, java.util.Set<String> evidence, String level, String partner, Event line) {
        public enum Kind { EVIDENCE, ESCALATION, DEESCALATION, CONSENT }
    }

    /** Something taken back: by which line, and why. */
    public record Retraction(Event line, String reason) {
    }

    /**
     * A follow-up set on the incident: numbered 1..n in the order set (as `show` prints them and
     * `annotate --follow-up-done N` names them), with the hash and sequence number of its line.
     *
     * @param due the day it is due (ISO date)
     */
    public record FollowUp(int number, String due, String text, boolean done, String hash, Long seq) {
        /** Whether it is open and its day lies before {@code today}. */
        public boolean overdue(java.time.LocalDate today) {
            return !done && due != null && due.compareTo(today.toString()) < 0;
        }
    }

    /** What a compact fold keeps of the line that ticked an item: that it was ticked, not the line. */
    private static final Event TICKED = new Event(0, 1, 0, null, EventTypes.ITEMS_DONE, null, null,
            nl.logboek.json.JsonTrees.object(), null, null);

    private final String id;
    /**
     * Times as numbers, each a second and its {@link #rest} (no object: a compact fold is kept for
     * every incident at once, and the time of the latest line changes with every line).
     */
    private final long reportedAt;
    private final long reportedAtRest;
    private final String reportedBy;
    private final Created created;
    /** Null for a compact fold (see IncidentFolder.compact): the state without the lines. */
    private final List<Entry> entries;
    private long lastActivityAt;
    private long lastActivityAtRest;
    /** Who wrote its latest line (the agenda's --mine). */
    private String lastActivityBy;
    private int lines = 1;
    private final List<Person> persons = new ArrayList<>();
    /** The items ticked, in the order ticked, and the line that ticked each (compact: TICKED). */
    private final List<String> itemIds = new ArrayList<>(4);
    private final List<Event> itemLines;
    private final List<String> stepsDone = new ArrayList<>();
    /** Consents, corrections and retractions: most incidents have none, so made on first use. */
    private Rare rare;
    private String title;
    private String category;
    private String platform;
    private String occurred;
    private String description;
    private String severity;
    /** Where its information came from (a source id): as recorded, or as corrected since. */
    private String source;
    private String protocol;
    private String status = Status.OPEN;
    private String level;
    /** Whether the last move along the ladder ended on its first level (true before any move). */
    private boolean atBaseLevel = true;
    /** {@link #NOT_CLOSED} while it is not closed. */
    private long closedAt = NOT_CLOSED;
    private long closedAtRest;
    private static final long NOT_CLOSED = Long.MIN_VALUE;
    private Closed closed;
    /** A fold without lines that keeps the free text (IncidentFolder.forRows). */
    private final boolean keepText;

    Incident(Event createdLine, boolean keepLines, boolean keepTitle) {
        this(createdLine, keepLines, keepTitle, false);
    }

    /**
     * @param keepText whether a fold without lines keeps the free text too (title, description,
     *                 occurrence, outcome): what an export's rows show of every incident
     */
    Incident(Event createdLine, boolean keepLines, boolean keepTitle, boolean keepText) {
        this.id = createdLine.incident();
        this.reportedAt = createdLine.time().toEpochSecond();
        this.reportedAtRest = rest(createdLine.time());
        this.reportedBy = keepLines ? createdLine.author() : shared(createdLine.author());
        this.lastActivityAt = reportedAt;
        this.lastActivityAtRest = reportedAtRest;
        // An export's rows keep which items were ticked, not the lines: no list of lines (TICKED each).
        this.itemLines = keepText && !keepLines ? null : new ArrayList<>(4);
        this.lastActivityBy = reportedBy;
        this.entries = keepLines ? new ArrayList<>() : null;
        IncidentEvent typed = IncidentEvent.of(createdLine);
        Created c = typed instanceof Created given ? given
                : new Created(null, null, null, null, null, List.of(), null, null, null, null);
        // A compact fold is kept for every incident at once: no description, occurrence or outcome
        // (no view of many incidents shows them), and one copy of each word of a vocabulary.
        this.keepText = keepText;
        // A platform and a day of occurrence are a few words that many incidents share: one copy each.
        this.created = keepLines ? c : new Created(keepTitle || keepText ? c.title() : null, shared(c.category()), shared(c.platform()),
                keepText ? shared(c.occurred()) : null, keepText ? c.description() : null,
                c.persons().stream().map(p -> new Person(p.name(), shared(p.role()), shared(p.kind()))).toList(),
                shared(c.severity()), shared(c.source()), shared(c.target()), shared(c.protocol()));
        title = created.title();
        category = created.category();
        platform = created.platform();
        occurred = created.occurred();
        description = created.description();
        severity = created.severity();
        protocol = created.protocol();
        source = created.source();
        if (!created.overlays().isEmpty()) {
            created.overlays().forEach(o -> rare().overlays.add(shared(o)));
        }
        persons.addAll(created.persons());
        if (entries != null) {
            entries.add(new Entry(createdLine, typed));
        }
    }

    /** What few incidents have; a compact fold is kept for every incident at once. */
    private static final class Rare {
        final List<Consent> consents = new ArrayList<>();
        final List<Correction> corrections = new ArrayList<>();
        /** Retracted notes and evidence, by the hash of their line. */
        final Map<String, Retraction> retractedLines = new HashMap<>();
        /** Ticks taken back, by item id (the latest retraction of each). */
        final Map<String, Retraction> retractedItems = new LinkedHashMap<>();
        /** Follow-ups in the order set (done false: {@link #doneFollowUps} decides). */
        final List<FollowUp> followUps = new ArrayList<>(0);
        /** The hashes of the follow-up lines marked done (in a team's merged timeline, in any order). */
        final java.util.Set<String> doneFollowUps = new java.util.HashSet<>(0);
        /** The latest answer per item, keyed as ticks are ({@link #key}). */
        final Map<String, Answer> answers = new LinkedHashMap<>(0);
        /** Entries that complete items by themselves, oldest first. */
        final List<Fact> facts = new ArrayList<>(0);
        /** The protocols added beside the main one (when any were). */
        final List<String> overlays = new ArrayList<>(0);
    }

    /**
     * How ticks, finished steps and answers are keyed: by their id for the main protocol, as
     * {@code protocol/id} for a protocol added beside it.
     */
    public static String key(String protocol, String id) {
        return protocol == null ? id : protocol + "/" + id;
    }

    /** The way along the ladder: made on the first move (a compact fold is kept for every incident at once). */
    private static final class Moves {
        /** The levels of the way the incident went along its ladder, the current one last (EscalationPath). */
        final List<String> path = new ArrayList<>(3);
        /** Moves by team members who had not seen each other's, not yet settled (null: none). */
        List<MoveConflict> conflicts;
        /** The latest move: where it went, which way, its author and the file it came from (null in a logbook of one file). */
        String lastTo;
        boolean lastDown;
        String lastMoveAuthor;
        String lastMoveWriter;
        /** Whether the protocol changed since the latest move: its ladder has levels of its own. */
        boolean protocolSwitched;
    }

    private Moves moves;

    private Rare rare() {
        if (rare == null) {
            rare = new Rare();
        }
        return rare;
    }

    void apply(Event e) {
        IncidentEvent typed = IncidentEvent.of(e);
        if (entries != null) {
            entries.add(new Entry(e, typed));
        }
        lines++;
        lastActivityAt = e.time().toEpochSecond();
        lastActivityAtRest = rest(e.time());
        lastActivityBy = entries == null ? shared(e.author()) : e.author();
        status = Status.after(status, e.type(), EventType.flag(e));
        if (typed instanceof ItemsDone done) {
            // An export's rows show which items were ticked, not when: no line kept for it.
            Event tick = entries != null ? e : keepText ? TICKED : when(e, done.doneOn());
            for (String id : done.items()) {
                String item = key(done.protocol(), id);
                if (!itemIds.contains(item)) {
                    itemIds.add(entries == null ? shared(item) : item);
                    if (itemLines != null) {
                        itemLines.add(tick);
                    }
                }
            }
        } else if (typed instanceof StepDone step) {
            String key = key(step.protocol(), step.step());
            if (!stepsDone.contains(key)) {
                stepsDone.add(entries == null ? shared(key) : key);
            }
            if (step.level() != null) {
                // The next step puts the incident at its level (the CJG holds casusregie from step 4).
                follow(e, level, shared(step.level()), false, false);
                level = shared(step.level());
                atBaseLevel = false;
            }
        } else if (typed instanceof IncidentEvent.Answered a) {
            if (a.item() != null && a.answer() != null) {
                String key = key(a.protocol(), a.item());
                rare().answers.remove(key);
                rare().answers.put(entries == null ? shared(key) : key,
                        new Answer(entries == null ? TICKED : e, shared(a.answer()), entries == null ? null : a.text()));
            }
        } else if (typed instanceof IncidentEvent.Annotated note && note.evidence() != null) {
            rare().facts.add(new Fact(Fact.Kind.EVIDENCE, evidenceFields(note.evidence()), null, null,
                    entries == null ? TICKED : e));
        } else if (typed instanceof Moved moved) {
            follow(e, entries == null ? shared(moved.from()) : moved.from(), entries == null ? shared(moved.to()) : moved.to(),
                    moved.down(), true);
            level = entries == null ? shared(moved.to()) : moved.to();
            atBaseLevel = moved.base();
            rare().facts.add(new Fact(moved.down() ? Fact.Kind.DEESCALATION : Fact.Kind.ESCALATION, java.util.Set.of(),
                    shared(moved.to()), shared(moved.partner()), entries == null ? TICKED : e));
        } else if (typed instanceof Closed c) {
            closedAt = e.time().toEpochSecond();
            closedAtRest = rest(e.time());
            closed = entries == null ? new Closed(keepText ? c.outcome() : null, c.forced(), c.openMandatory(), null) : c;
        } else if (typed instanceof Reopened) {
            closedAt = NOT_CLOSED;
            closed = null;
        } else if (typed instanceof Consent c) {
            rare().consents.add(c);
            if (!c.refused()) {
                rare().facts.add(new Fact(Fact.Kind.CONSENT, java.util.Set.of(), null, shared(c.partner()),
                        entries == null ? TICKED : e));
            }
        } else if (typed instanceof Amended amended) {
            amend(e, amended);
        } else if (typed instanceof IncidentEvent.FollowUp f) {
            List<FollowUp> set = rare().followUps;
            set.add(new FollowUp(set.size() + 1, f.due(), f.text(), false, e.hash(), e.seq()));
        } else if (typed instanceof FollowUpDone d) {
            if (d.followUp() != null) {
                rare().doneFollowUps.add(d.followUp());
            }
        } else if (typed instanceof Retracted r) {
            Retraction retraction = new Retraction(e, r.reason());
            if (r.item() != null) {
                untick(r.item());
                rare().retractedItems.put(r.item(), retraction);
            }
            if (r.entry() != null) {
                rare().retractedLines.put(r.entry(), retraction);
            }
        }
    }

    /**
     * What a compact fold keeps of the line that ticked items: when (and by whom), and the day
     * given, for deadlines counted from the item, without the line's payload.
     */
    private static Event when(Event e, String doneOn) {
        com.fasterxml.jackson.databind.node.ObjectNode payload = doneOn == null ? TICKED.payload()
                : nl.logboek.json.JsonTrees.object().put("done_on", doneOn);
        return new Event(0, 1, 0, null, EventTypes.ITEMS_DONE, e.time(), shared(e.author()), payload, null, null);
    }

    /**
     * Keeps the way along the ladder, and a conflict when a move ({@code recordedFrom}: an
     * escalated or de-escalated line, which records where it started) started from another level
     * than the one the fold had: its writer, in a team, had not seen the other member's move. A
     * step that puts the incident at its level moves it too (from where the fold had it).
     */
    private void follow(Event e, String from, String to, boolean down, boolean recordedFrom) {
        if (moves == null) {
            moves = new Moves();
        }
        Moves r = moves;
        if (!recordedFrom) {
            // Nothing to compare: the step was taken on the level the writer saw.
        } else if (level != null && from != null && !from.equals(level)) {
            if (!r.protocolSwitched && e.writer() != null && r.lastMoveWriter != null && !e.writer().equals(r.lastMoveWriter)) {
                if (r.conflicts == null) {
                    r.conflicts = new ArrayList<>(1);
                }
                r.conflicts.add(new MoveConflict(r.lastMoveAuthor, r.lastTo, r.lastDown,
                        entries == null ? shared(e.author()) : e.author(), to, down));
            }
        } else {
            r.conflicts = null;
        }
        List<String> path = r.path;
        if (path.isEmpty() && from != null) {
            path.add(from);
        }
        // The writer went from where they stood: a move not seen by them is left behind.
        int at = from == null ? -1 : path.lastIndexOf(from);
        if (at >= 0) {
            path.subList(at + 1, path.size()).clear();
        }
        int back = to == null ? -1 : path.lastIndexOf(to);
        if (back >= 0) {
            path.subList(back + 1, path.size()).clear();
        } else if (to != null) {
            if (down && path.size() > 1) {
                path.remove(path.size() - 1); // down to a level not on the way: in place of the one left
            }
            path.add(to);
        }
        r.lastTo = to;
        r.lastDown = down;
        r.lastMoveAuthor = entries == null ? shared(e.author()) : e.author();
        r.lastMoveWriter = e.writer();
        r.protocolSwitched = false;
    }

    private static java.util.Set<String> evidenceFields(Evidence ev) {
        java.util.Set<String> fields = new java.util.HashSet<>();
        if (ev.postedBy() != null) fields.add("postedBy");
        if (ev.channel() != null) fields.add("channel");
        if (ev.account() != null) fields.add("account");
        if (ev.involved() != null) fields.add("involved");
        if (ev.url() != null) fields.add("url");
        if (ev.postedAt() != null) fields.add("postedAt");
        if (ev.screenshotSha256() != null) fields.add("screenshot");
        return java.util.Set.copyOf(fields);
    }

    private void untick(String item) {
        int at = itemIds.indexOf(item);
        if (at >= 0) {
            itemIds.remove(at);
            if (itemLines != null) {
                itemLines.remove(at);
            }
        }
    }

    /** Of a time, what its second does not say: the nanoseconds (high half) and the offset in seconds (low half). */
    private static long rest(OffsetDateTime t) {
        return (long) t.getNano() << 32 | (t.getOffset().getTotalSeconds() & 0xFFFFFFFFL);
    }

    /** The time, exactly, from its second and {@link #rest}. */
    private static OffsetDateTime time(long epochSecond, long rest) {
        return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(epochSecond, (int) (rest >>> 32)),
                java.time.ZoneOffset.ofTotalSeconds((int) rest));
    }

    private static String shared(String vocabularyWord) {
        return vocabularyWord == null ? null : vocabularyWord.intern();
    }

    private void amend(Event e, Amended a) {
        a.fields().forEach((field, value) -> {
            String before = switch (field) {
                case TITLE -> title;
                case CATEGORY -> category;
                case SEVERITY -> severity;
                case PLATFORM -> platform;
                case OCCURRED -> occurred;
                case DESCRIPTION -> description;
                case PROTOCOL -> protocol;
                case SOURCE -> source;
            };
            switch (field) {
                case TITLE -> title = value;
                case CATEGORY -> category = value;
                case SEVERITY -> severity = value;
                case PLATFORM -> platform = value;
                case OCCURRED -> occurred = value;
                case DESCRIPTION -> description = value;
                case PROTOCOL -> protocol = value;
                case SOURCE -> source = entries == null ? shared(value) : value;
            }
            rare().corrections.add(new Correction(e, field.key(), before, value, a.reason()));
        });
        for (String name : a.removePersons()) {
            persons.removeIf(p -> p.name().equals(name));
            rare().corrections.add(new Correction(e, "persons", name, null, a.reason()));
        }
        for (Person p : a.addPersons()) {
            persons.add(p);
            rare().corrections.add(new Correction(e, "persons", null, p.name(), a.reason()));
        }
        for (String added : a.addProtocols()) {
            if (!rare().overlays.contains(added)) {
                rare().overlays.add(added);
            }
            rare().corrections.add(new Correction(e, "protocols", null, added, a.reason()));
        }
        for (String removed : a.removeProtocols()) {
            rare().overlays.remove(removed);
            rare().corrections.add(new Correction(e, "protocols", removed, null, a.reason()));
        }
        if (a.switchesProtocol()) {
            // The new protocol has steps of its own: it starts at its first step, with the ticks
            // it shares with the old one.
            a.droppedItems().forEach(this::untick);
            stepsDone.clear();
            if (moves != null) {
                moves.path.clear();
                moves.conflicts = null;
                moves.protocolSwitched = true;
            }
        }
    }

    /** The protocol this incident follows: chosen when it was recorded, or as corrected since. */
    public String protocol() {
        return protocol;
    }

    /** The protocols added beside the main one, in the order added. */
    public List<String> overlays() {
        return rare == null ? List.of() : Collections.unmodifiableList(rare.overlays);
    }

    /** The main protocol, then those added beside it. */
    public List<String> protocols() {
        List<String> all = new ArrayList<>(1 + overlays().size());
        if (protocol != null) {
            all.add(protocol);
        }
        overlays().stream().filter(o -> !o.equals(protocol)).forEach(all::add);
        return all;
    }

    /** The latest answer to each question or decision answered, keyed as {@link #key}. */
    public Map<String, Answer> answers() {
        return rare == null ? Map.of() : Collections.unmodifiableMap(rare.answers);
    }

    /** Entries that may complete items by themselves, oldest first. */
    public List<Fact> facts() {
        return rare == null ? List.of() : Collections.unmodifiableList(rare.facts);
    }

    /**
     * Items ticked off (and not taken back), with the event that ticked each first (in a compact
     * fold only the ids count: the events are not kept).
     */
    public Map<String, Event> itemsDone() {
        Map<String, Event> out = new LinkedHashMap<>();
        for (int i = 0; i < itemIds.size(); i++) {
            out.put(itemIds.get(i), itemLines == null ? TICKED : itemLines.get(i));
        }
        return Collections.unmodifiableMap(out);
    }

    public List<String> stepsDone() {
        return Collections.unmodifiableList(stepsDone);
    }

    /** The escalation level id, or null while at the protocol's first level. */
    public String level() {
        return level;
    }

    /**
     * The levels the incident went through on its ladder, the current one last: the way
     * {@code escalate --down} goes back (empty before any move, and again after a switch of protocol).
     */
    public List<String> path() {
        return moves == null ? List.of() : Collections.unmodifiableList(moves.path);
    }

    /** Moves along the ladder by team members who had not seen each other's, not settled since. */
    public List<MoveConflict> moveConflicts() {
        return moves == null || moves.conflicts == null ? List.of() : Collections.unmodifiableList(moves.conflicts);
    }

    /** Whether the incident is at the first level of its ladder: never moved, or moved back there. */
    public boolean atBaseLevel() {
        return atBaseLevel;
    }

    /**
     * Consent (or another legal ground) to share with a partner, or its refusal, oldest first;
     * what they allow is a privacy rule (privacy.Consents).
     */
    public List<Consent> consents() {
        return rare == null ? List.of() : Collections.unmodifiableList(rare.consents);
    }

    public boolean isClosed() {
        return closed != null;
    }

    public String outcome() {
        return closed == null ? null : closed.outcome();
    }

    public OffsetDateTime closedAt() {
        return closedAt == NOT_CLOSED ? null : time(closedAt, closedAtRest);
    }

    /** How it was closed, or null while it is not closed. */
    public Closed closing() {
        return closed;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String category() {
        return category;
    }

    public String platform() {
        return platform;
    }

    /** As recorded: a date (2026-11-20) or a date-time with offset. */
    public String occurred() {
        return occurred;
    }

    public String description() {
        return description;
    }

    public String severity() {
        return severity;
    }

    /** Where its information came from (a source id, or null): as recorded, or as corrected since. */
    public String source() {
        return source;
    }

    /** The kind of person the incident was recorded as aimed at (see IncidentBook.target). */
    public String target() {
        return created.target();
    }

    public List<Person> persons() {
        return Collections.unmodifiableList(persons);
    }

    public String status() {
        return status;
    }

    public OffsetDateTime reportedAt() {
        return time(reportedAt, reportedAtRest);
    }

    public String reportedBy() {
        return reportedBy;
    }

    /** The time of its latest line (in the order folded). */
    public OffsetDateTime lastActivityAt() {
        return time(lastActivityAt, lastActivityAtRest);
    }

    /** Who wrote its latest line (in the order folded). */
    public String lastActivityBy() {
        return lastActivityBy;
    }

    /** How many lines were folded into it. */
    public int lineCount() {
        return lines;
    }

    /** What was recorded when the incident was created, before any correction. */
    public Created original() {
        return created;
    }

    /** Every field a correction changed, oldest first. */
    public List<Correction> corrections() {
        return rare == null ? List.of() : Collections.unmodifiableList(rare.corrections);
    }

    /** Whether a correction changed {@code field} (a key of {@link Amended.Field}, or "persons"). */
    public boolean corrected(String field) {
        return corrections().stream().anyMatch(c -> c.field().equals(field));
    }

    /** The retraction of a note or evidence line, or null when it stands. */
    public Retraction retraction(Event line) {
        return rare == null ? null : rare.retractedLines.get(line.hash());
    }

    /** The hashes of the note and evidence lines taken back as recorded in error. */
    public java.util.Set<String> retractedLines() {
        return rare == null ? java.util.Set.of() : Collections.unmodifiableSet(rare.retractedLines.keySet());
    }

    /** Ticks taken back (and not ticked again since), by item id. */
    public Map<String, Retraction> retractedItems() {
        Map<String, Retraction> out = rare == null ? new LinkedHashMap<>() : new LinkedHashMap<>(rare.retractedItems);
        out.keySet().removeAll(itemIds);
        return Collections.unmodifiableMap(out);
    }

    /** Every follow-up set, in the order set (numbered from 1), done or not. */
    public List<FollowUp> followUps() {
        if (rare == null || rare.followUps.isEmpty()) {
            return List.of();
        }
        List<FollowUp> out = new ArrayList<>(rare.followUps.size());
        for (FollowUp f : rare.followUps) {
            out.add(rare.doneFollowUps.contains(f.hash())
                    ? new FollowUp(f.number(), f.due(), f.text(), true, f.hash(), f.seq()) : f);
        }
        return Collections.unmodifiableList(out);
    }

    /** The follow-ups not done yet, in the order set, with their numbers. */
    public List<FollowUp> openFollowUps() {
        return followUps().stream().filter(f -> !f.done()).toList();
    }

    /** Every line of this incident, oldest first, typed. */
    public List<Entry> entries() {
        return Collections.unmodifiableList(requireLines());
    }

    private List<Entry> requireLines() {
        if (entries == null) {
            throw new IllegalStateException("a compact fold keeps no lines");
        }
        return entries;
    }

    /** Every event of this incident, oldest first. */
    public List<Event> timeline() {
        requireLines();
        List<Event> out = new ArrayList<>(entries.size());
        entries.forEach(e -> out.add(e.line()));
        return Collections.unmodifiableList(out);
    }

    /** The entry of the line numbered {@code n} (1-based) in {@link #entries()}, as `show` numbers them. */
    public Entry entry(int n) {
        return n >= 1 && n <= requireLines().size() ? entries.get(n - 1) : null;
    }
}
