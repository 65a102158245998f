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
    /** Times as numbers: a compact fold is kept for every incident at once. */
    private final Moment reportedAt;
    private final String reportedBy;
    private final Created created;
    /** Null for a compact fold (see IncidentFolder.compact): the state without the lines. */
    private final List<Entry> entries;
    private Moment lastActivityAt;
    /** Who wrote its latest line (the agenda's --mine). */
    private String lastActivityBy;
    private int lines = 1;
    private final List<Person> persons = new ArrayList<>();
    /** The items ticked, in the order ticked, and the line that ticked each (compact: TICKED). */
    private final List<String> itemIds = new ArrayList<>(4);
    private final List<Event> itemLines = new ArrayList<>(4);
    private final List<String> stepsDone = new ArrayList<>();
    /** Consents, corrections and retractions: most incidents have none, so made on first use. */
    private Rare rare;
    private String title;
    private String category;
    private String platform;
    private String occurred;
    private String description;
    private String severity;
    private String protocol;
    private String status = Status.OPEN;
    private String level;
    /** Whether the last move along the ladder ended on its first level (true before any move). */
    private boolean atBaseLevel = true;
    private Moment closedAt;
    private Closed closed;

    Incident(Event createdLine, boolean keepLines, boolean keepTitle) {
        this.id = createdLine.incident();
        this.reportedAt = Moment.of(createdLine.time());
        this.reportedBy = keepLines ? createdLine.author() : shared(createdLine.author());
        this.lastActivityAt = reportedAt;
        this.lastActivityBy = reportedBy;
        this.entries = keepLines ? new ArrayList<>() : null;
        IncidentEvent typed = IncidentEvent.of(createdLine);
        Created c = typed instanceof Created given ? given
                : new Created(null, null, null, null, null, List.of(), null, null, null, null);
        // A compact fold is kept for every incident at once: no description, occurrence or outcome
        // (no view of many incidents shows them), and one copy of each word of a vocabulary.
        this.created = keepLines ? c : new Created(keepTitle ? c.title() : null, shared(c.category()), c.platform(), null, null,
                c.persons().stream().map(p -> new Person(p.name(), shared(p.role()), shared(p.kind()))).toList(),
                shared(c.severity()), shared(c.source()), shared(c.target()), shared(c.protocol()));
        title = created.title();
        category = created.category();
        platform = created.platform();
        occurred = created.occurred();
        description = created.description();
        severity = created.severity();
        protocol = created.protocol();
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
    }

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
        lastActivityAt = Moment.of(e.time());
        lastActivityBy = entries == null ? shared(e.author()) : e.author();
        status = Status.after(status, e.type(), EventType.flag(e));
        if (typed instanceof ItemsDone done) {
            for (String item : done.items()) {
                if (!itemIds.contains(item)) {
                    itemIds.add(entries == null ? shared(item) : item);
                    itemLines.add(entries == null ? TICKED : e);
                }
            }
        } else if (typed instanceof StepDone step) {
            if (!stepsDone.contains(step.step())) {
                stepsDone.add(entries == null ? shared(step.step()) : step.step());
            }
        } else if (typed instanceof Moved moved) {
            level = entries == null ? shared(moved.to()) : moved.to();
            atBaseLevel = moved.base();
        } else if (typed instanceof Closed c) {
            closedAt = Moment.of(e.time());
            closed = entries == null ? new Closed(null, c.forced(), c.openMandatory(), null) : c;
        } else if (typed instanceof Reopened) {
            closedAt = null;
            closed = null;
        } else if (typed instanceof Consent c) {
            rare().consents.add(c);
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

    private void untick(String item) {
        int at = itemIds.indexOf(item);
        if (at >= 0) {
            itemIds.remove(at);
            itemLines.remove(at);
        }
    }

    /** A time, exactly, in fewer bytes than an OffsetDateTime (which holds three more objects). */
    private record Moment(long epochSecond, int nano, int offsetSeconds) {
        static Moment of(OffsetDateTime t) {
            return new Moment(t.toEpochSecond(), t.getNano(), t.getOffset().getTotalSeconds());
        }

        OffsetDateTime time() {
            return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(epochSecond, nano),
                    java.time.ZoneOffset.ofTotalSeconds(offsetSeconds));
        }
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
            };
            switch (field) {
                case TITLE -> title = value;
                case CATEGORY -> category = value;
                case SEVERITY -> severity = value;
                case PLATFORM -> platform = value;
                case OCCURRED -> occurred = value;
                case DESCRIPTION -> description = value;
                case PROTOCOL -> protocol = value;
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
        if (a.switchesProtocol()) {
            // The new protocol has steps of its own: it starts at its first step, with the ticks
            // it shares with the old one.
            a.droppedItems().forEach(this::untick);
            stepsDone.clear();
        }
    }

    /** The protocol this incident follows: chosen when it was recorded, or as corrected since. */
    public String protocol() {
        return protocol;
    }

    /**
     * Items ticked off (and not taken back), with the event that ticked each first (in a compact
     * fold only the ids count: the events are not kept).
     */
    public Map<String, Event> itemsDone() {
        Map<String, Event> out = new LinkedHashMap<>();
        for (int i = 0; i < itemIds.size(); i++) {
            out.put(itemIds.get(i), itemLines.get(i));
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
        return closedAt == null ? null : closedAt.time();
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

    public String source() {
        return created.source();
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
        return reportedAt.time();
    }

    public String reportedBy() {
        return reportedBy;
    }

    /** The time of its latest line (in the order folded). */
    public OffsetDateTime lastActivityAt() {
        return lastActivityAt.time();
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
