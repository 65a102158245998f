package nl.logboek.incident;

import nl.logboek.incident.IncidentEvent.Amended;
import nl.logboek.incident.IncidentEvent.Closed;
import nl.logboek.incident.IncidentEvent.Consent;
import nl.logboek.incident.IncidentEvent.Created;
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

    private final String id;
    private final OffsetDateTime reportedAt;
    private final String reportedBy;
    private final Created created;
    /** Null for a compact fold (see IncidentFolder.compact): the state without the lines. */
    private final List<Entry> entries;
    private OffsetDateTime lastActivityAt;
    private int lines = 1;
    private final List<Person> persons = new ArrayList<>();
    private final Map<String, Event> itemsDone = new LinkedHashMap<>();
    private final List<String> stepsDone = new ArrayList<>();
    private final List<Consent> consents = new ArrayList<>();
    private final List<Correction> corrections = new ArrayList<>();
    /** Retracted notes and evidence, by the hash of their line. */
    private final Map<String, Retraction> retractedLines = new HashMap<>();
    /** Ticks taken back, by item id (the latest retraction of each). */
    private final Map<String, Retraction> retractedItems = new LinkedHashMap<>();
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
    private Event closedLine;
    private Closed closed;

    Incident(Event createdLine, boolean keepLines) {
        this.id = createdLine.incident();
        this.reportedAt = createdLine.time();
        this.reportedBy = createdLine.author();
        this.lastActivityAt = reportedAt;
        this.entries = keepLines ? new ArrayList<>() : null;
        IncidentEvent typed = IncidentEvent.of(createdLine);
        this.created = typed instanceof Created c ? c
                : new Created(null, null, null, null, null, List.of(), null, null, null, null);
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

    void apply(Event e) {
        IncidentEvent typed = IncidentEvent.of(e);
        if (entries != null) {
            entries.add(new Entry(e, typed));
        }
        lines++;
        lastActivityAt = e.time();
        status = Status.after(status, e.type(), EventType.flag(e));
        if (typed instanceof ItemsDone done) {
            done.items().forEach(item -> itemsDone.putIfAbsent(item, e));
        } else if (typed instanceof StepDone step) {
            if (!stepsDone.contains(step.step())) {
                stepsDone.add(step.step());
            }
        } else if (typed instanceof Moved moved) {
            level = moved.to();
            atBaseLevel = moved.base();
        } else if (typed instanceof Closed c) {
            closedLine = e;
            closed = c;
        } else if (typed instanceof Reopened) {
            closedLine = null;
            closed = null;
        } else if (typed instanceof Consent c) {
            consents.add(c);
        } else if (typed instanceof Amended amended) {
            amend(e, amended);
        } else if (typed instanceof Retracted r) {
            Retraction retraction = new Retraction(e, r.reason());
            if (r.item() != null) {
                itemsDone.remove(r.item());
                retractedItems.put(r.item(), retraction);
            }
            if (r.entry() != null) {
                retractedLines.put(r.entry(), retraction);
            }
        }
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
            corrections.add(new Correction(e, field.key(), before, value, a.reason()));
        });
        for (String name : a.removePersons()) {
            persons.removeIf(p -> p.name().equals(name));
            corrections.add(new Correction(e, "persons", name, null, a.reason()));
        }
        for (Person p : a.addPersons()) {
            persons.add(p);
            corrections.add(new Correction(e, "persons", null, p.name(), a.reason()));
        }
        if (a.switchesProtocol()) {
            // The new protocol has steps of its own: it starts at its first step, with the ticks
            // it shares with the old one.
            a.droppedItems().forEach(itemsDone::remove);
            stepsDone.clear();
        }
    }

    /** The protocol this incident follows: chosen when it was recorded, or as corrected since. */
    public String protocol() {
        return protocol;
    }

    /** Items ticked off (and not taken back), with the event that ticked each first. */
    public Map<String, Event> itemsDone() {
        return Collections.unmodifiableMap(itemsDone);
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

    /** Consent (or another legal ground) to share with a partner, or its refusal, oldest first. */
    public List<Consent> consents() {
        return Collections.unmodifiableList(consents);
    }

    /** Whether personal data may go to this partner: the latest word on it is a ground, not a refusal. */
    public boolean mayShareWith(String partner) {
        Consent latest = null;
        for (Consent c : consents) {
            if (partner.equals(c.partner())) {
                latest = c;
            }
        }
        return latest != null && !latest.refused();
    }

    public boolean isClosed() {
        return closed != null;
    }

    public String outcome() {
        return closed == null ? null : closed.outcome();
    }

    public OffsetDateTime closedAt() {
        return closedLine == null ? null : closedLine.time();
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
        return reportedAt;
    }

    public String reportedBy() {
        return reportedBy;
    }

    /** The time of its latest line (in the order folded). */
    public OffsetDateTime lastActivityAt() {
        return lastActivityAt;
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
        return Collections.unmodifiableList(corrections);
    }

    /** Whether a correction changed {@code field} (a key of {@link Amended.Field}, or "persons"). */
    public boolean corrected(String field) {
        return corrections.stream().anyMatch(c -> c.field().equals(field));
    }

    /** The retraction of a note or evidence line, or null when it stands. */
    public Retraction retraction(Event line) {
        return retractedLines.get(line.hash());
    }

    /** The hashes of the note and evidence lines taken back as recorded in error. */
    public java.util.Set<String> retractedLines() {
        return Collections.unmodifiableSet(retractedLines.keySet());
    }

    /** Ticks taken back (and not ticked again since), by item id. */
    public Map<String, Retraction> retractedItems() {
        Map<String, Retraction> out = new LinkedHashMap<>(retractedItems);
        out.keySet().removeAll(itemsDone.keySet());
        return Collections.unmodifiableMap(out);
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
