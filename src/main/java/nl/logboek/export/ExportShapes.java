package nl.logboek.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.incident.Levels;
import nl.logboek.incident.Person;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.Json;
import nl.logboek.privacy.Disclosure;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The records an export holds, in their documented field order (docs/export.md). Every format
 * writes these same records, so CSV and JSON cannot drift apart; values pass through the
 * disclosure in field order, which is what makes pseudonyms number by first appearance.
 */
final class ExportShapes {
    static final List<String> INCIDENT_FIELDS = List.of("id", "reported_at", "reported_by", "title", "category",
            "protocol", "status", "level", "platform", "occurred", "severity", "source", "persons", "description",
            "steps_done", "items_done", "closed_at", "outcome", "last_activity_at", "events");
    static final List<String> EVENT_FIELDS = List.of("seq", "time", "incident", "type", "author", "payload");

    private ExportShapes() {
    }

    /** @param levels the level before the first escalation: the protocol's first */
    static ObjectNode incident(IncidentRow row, Disclosure d, Levels levels) {
        return incident(row, d, row.level(levels));
    }

    /** @param level the incident's level, as {@link IncidentRow#level} gives it */
    static ObjectNode incident(IncidentRow row, Disclosure d, String level) {
        ObjectNode o = Json.object();
        o.put("id", row.id());
        o.put("reported_at", time(row.reportedAt()));
        o.put("reported_by", d.author(row.reportedBy()));
        o.put("title", d.freeText(row.title()));
        o.put("category", row.category());
        o.put("protocol", row.protocol());
        o.put("status", row.status());
        o.put("level", level);
        o.put("platform", d.label(row.platform()));
        o.put("occurred", row.occurred());
        o.put("severity", row.severity());
        o.put("source", row.source());
        ArrayNode persons = o.putArray("persons");
        for (Person p : row.persons()) {
            ObjectNode po = persons.addObject();
            po.put("name", d.person(p.name()));
            po.put("role", p.role());
            po.put("kind", p.kind());
        }
        o.put("description", d.freeText(row.description()));
        ArrayNode steps = o.putArray("steps_done");
        row.stepsDone().forEach(steps::add);
        ArrayNode items = o.putArray("items_done");
        row.itemsDone().forEach(items::add);
        o.put("closed_at", time(row.closedAt()));
        o.put("outcome", d.freeText(row.outcome()));
        o.put("last_activity_at", time(row.lastActivityAt()));
        o.put("events", row.events());
        return o;
    }

    static ObjectNode event(Event e, Disclosure d) {
        ObjectNode o = Json.object();
        o.put("seq", e.seq());
        o.put("time", time(e.time()));
        o.put("incident", e.incident());
        o.put("type", e.type());
        o.put("author", d.author(e.author()));
        o.set("payload", d.payload(e));
        return o;
    }

    private static String time(OffsetDateTime t) {
        return t == null ? null : nl.logboek.logbook.IsoTime.format(t);
    }
}
