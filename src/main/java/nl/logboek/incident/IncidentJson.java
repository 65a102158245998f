package nl.logboek.incident;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.Concurrency;
import nl.logboek.logbook.Event;
import nl.logboek.json.JsonTrees;

import java.util.List;
import java.util.Collection;

/**
 * The stable JSON shapes of `list --json` and `show --json` (docs/json-output.md). Every field is
 * always present (null when not given), in this order, so scripts can rely on them.
 */
public final class IncidentJson {
    public static final int FORMAT = 1;

    private IncidentJson() {
    }

    /** @param levels what {@code level} says before the first escalation: the protocol's first level */
    public static ObjectNode incident(Incident i, Levels levels) {
        ObjectNode o = JsonTrees.object();
        o.put("id", i.id());
        o.put("title", i.title());
        o.put("category", i.category());
        o.put("status", i.status());
        o.put("platform", i.platform());
        o.put("occurred", i.occurred());
        o.put("reported_at", nl.logboek.logbook.IsoTime.format(i.reportedAt()));
        o.put("reported_by", i.reportedBy());
        o.put("last_activity_at", nl.logboek.logbook.IsoTime.format(i.lastActivityAt()));
        o.put("severity", i.severity());
        o.put("source", i.source());
        o.put("description", i.description());
        ArrayNode persons = o.putArray("persons");
        for (Person p : i.persons()) {
            ObjectNode po = persons.addObject();
            po.put("name", p.name());
            po.put("role", p.role());
            po.put("kind", p.kind());
        }
        o.put("protocol", i.protocol());
        ArrayNode steps = o.putArray("steps_done");
        i.stepsDone().forEach(steps::add);
        ArrayNode items = o.putArray("items_done");
        i.itemsDone().keySet().forEach(items::add);
        o.put("level", levels.of(i));
        o.put("outcome", i.outcome());
        o.put("closed_at", i.closedAt() == null ? null : nl.logboek.logbook.IsoTime.format(i.closedAt()));
        o.put("events", i.lineCount());
        return o;
    }

    public static ObjectNode event(Event e) {
        ObjectNode o = JsonTrees.object();
        o.put("seq", e.seq());
        o.put("type", e.type());
        o.put("time", nl.logboek.logbook.IsoTime.format(e.time()));
        o.put("author", e.author());
        o.set("payload", e.payload().deepCopy());
        o.put("hash", e.hash());
        if (e.writer() != null) {
            o.put("writer", e.writer());
        }
        return o;
    }

    /** {"format":1,"incident":{...}}: what commands that change one incident print with --json. */
    public static ObjectNode one(Incident i, Levels levels) {
        ObjectNode o = JsonTrees.object();
        o.put("format", FORMAT);
        o.set("incident", incident(i, levels));
        return o;
    }

    /** What `annotate --json` prints: {"format":1,"incident":ID,"event":{...}}. */
    public static ObjectNode annotated(String incident, Event event) {
        ObjectNode o = JsonTrees.object();
        o.put("format", FORMAT);
        o.put("incident", incident);
        o.set("event", event(event));
        return o;
    }

    public static ObjectNode list(Collection<Incident> incidents, Levels levels) {
        ObjectNode o = JsonTrees.object();
        o.put("format", FORMAT);
        ArrayNode arr = o.putArray("incidents");
        incidents.forEach(i -> arr.add(incident(i, levels)));
        return o;
    }

    /** The current step as the checklist shows it. */
    public static ObjectNode checklist(Checklist c) {
        ObjectNode o = JsonTrees.object();
        o.put("protocol", c.protocol().id());
        o.put("step", c.finished() ? null : c.step().id());
        o.put("step_number", c.stepNumber());
        o.put("steps", c.protocol().steps().size());
        o.put("level", c.level() == null ? null : c.level().id());
        ArrayNode items = o.putArray("items");
        for (Checklist.Line l : c.lines()) {
            ObjectNode io = items.addObject();
            io.put("number", l.number());
            io.put("id", l.item().id());
            io.put("kind", l.item().kind().name().toLowerCase(java.util.Locale.ROOT));
            io.put("duty", l.item().duty() == null ? null : l.item().duty().name().toLowerCase(java.util.Locale.ROOT));
            io.put("mandatory", l.item().mandatory());
            io.put("conditional", l.conditional());
            io.put("done", l.done() != null);
            io.put("answer", l.answer() == null ? null : l.answer().value());
        }
        ArrayNode open = o.putArray("open_mandatory");
        c.openMandatory().forEach(item -> open.add(item.id()));
        return o;
    }

    /** What `next ID --json` prints: {format, incident (the id), checklist (the main protocol's, or null), checklists}. */
    public static ObjectNode next(Incident i, List<Checklist> checklists) {
        ObjectNode o = JsonTrees.object();
        o.put("format", FORMAT);
        o.put("incident", i.id());
        o.set("checklist", checklists.isEmpty() ? null : checklist(checklists.get(0)));
        ArrayNode all = o.putArray("checklists");
        checklists.forEach(c -> all.add(checklist(c).put("main", c.main())));
        return o;
    }

    /** What `show --json` prints; {@code today} (the user's) decides which follow-ups are overdue. */
    public static ObjectNode show(Incident i, Checklist checklist, java.time.LocalDate today, Levels levels) {
        return show(i, checklist == null ? List.of() : List.of(checklist), today, levels);
    }

    /** As {@link #show(Incident, Checklist, java.time.LocalDate, Levels)}, with every protocol's checklist (the main one first). */
    public static ObjectNode show(Incident i, List<Checklist> checklists, java.time.LocalDate today, Levels levels) {
        ObjectNode o = JsonTrees.object();
        o.put("format", FORMAT);
        ObjectNode incident = incident(i, levels);
        ArrayNode overlays = incident.putArray("overlays");
        i.overlays().forEach(overlays::add);
        ObjectNode answers = incident.putObject("answers");
        i.answers().forEach((key, a) -> answers.putObject(key).put("answer", a.value()).put("text", a.text()));
        o.set("incident", incident);
        o.set("checklist", checklists.isEmpty() ? null : checklist(checklists.get(0)));
        ArrayNode all = o.putArray("checklists");
        checklists.forEach(c -> all.add(checklist(c).put("main", c.main())));
        ArrayNode corrections = o.putArray("corrections");
        for (Incident.Correction c : i.corrections()) {
            corrections.addObject().put("field", c.field()).put("before", c.before()).put("after", c.after())
                    .put("reason", c.reason()).put("seq", c.line().seq())
                    .put("time", nl.logboek.logbook.IsoTime.format(c.line().time()))
                    .put("author", c.line().author());
        }
        ArrayNode path = o.putArray("ladder_path");
        i.path().forEach(path::add);
        ArrayNode conflicts = o.putArray("ladder_conflicts");
        for (Incident.MoveConflict c : i.moveConflicts()) {
            ObjectNode co = conflicts.addObject();
            co.putObject("first").put("author", c.firstAuthor()).put("to", c.firstTo()).put("down", c.firstDown());
            co.putObject("second").put("author", c.secondAuthor()).put("to", c.secondTo()).put("down", c.secondDown());
        }
        ArrayNode followUps = o.putArray("follow_ups");
        for (Incident.FollowUp f : i.followUps()) {
            followUps.addObject().put("number", f.number()).put("due", f.due()).put("text", f.text())
                    .put("done", f.done()).put("overdue", f.overdue(today));
        }
        ArrayNode arr = o.putArray("timeline");
        List<List<Event>> concurrent = Concurrency.of(i.timeline());
        for (int n = 0; n < i.timeline().size(); n++) {
            ObjectNode event = event(i.timeline().get(n));
            Incident.Retraction retraction = i.retraction(i.timeline().get(n));
            if (retraction != null) {
                // Recorded in error: kept, and marked with who took it back, when and why.
                event.putObject("retracted").put("seq", retraction.line().seq())
                        .put("time", nl.logboek.logbook.IsoTime.format(retraction.line().time()))
                        .put("author", retraction.line().author()).put("reason", retraction.reason());
            }
            if (!concurrent.get(n).isEmpty()) {
                // In a team logbook: lines by others written without knowing of this one.
                ArrayNode with = event.putArray("concurrent_with");
                concurrent.get(n).forEach(c -> with.addObject().put("writer", c.writer()).put("seq", c.seq()).put("type", c.type()));
            }
            arr.add(event);
        }
        return o;
    }
}
