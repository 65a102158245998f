package nl.logboek.incident;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.Json;

import java.time.format.DateTimeFormatter;
import java.util.Collection;

/**
 * The stable JSON shapes of `list --json` and `show --json` (docs/json-output.md). Every field is
 * always present (null when not given), in this order, so scripts can rely on them.
 */
public final class IncidentJson {
    public static final int FORMAT = 1;

    private IncidentJson() {
    }

    public static ObjectNode incident(Incident i) {
        ObjectNode o = Json.object();
        o.put("id", i.id());
        o.put("title", i.title());
        o.put("category", i.category());
        o.put("status", i.status());
        o.put("platform", i.platform());
        o.put("occurred", i.occurred());
        o.put("reported_at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.reportedAt()));
        o.put("reported_by", i.reportedBy());
        o.put("last_activity_at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.lastActivityAt()));
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
        o.put("events", i.timeline().size());
        return o;
    }

    public static ObjectNode event(Event e) {
        ObjectNode o = Json.object();
        o.put("seq", e.seq());
        o.put("type", e.type());
        o.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.time()));
        o.put("author", e.author());
        o.set("payload", e.payload().deepCopy());
        o.put("hash", e.hash());
        return o;
    }

    public static ObjectNode list(Collection<Incident> incidents) {
        ObjectNode o = Json.object();
        o.put("format", FORMAT);
        ArrayNode arr = o.putArray("incidents");
        incidents.forEach(i -> arr.add(incident(i)));
        return o;
    }

    public static ObjectNode show(Incident i) {
        ObjectNode o = Json.object();
        o.put("format", FORMAT);
        o.set("incident", incident(i));
        ArrayNode arr = o.putArray("timeline");
        i.timeline().forEach(e -> arr.add(event(e)));
        return o;
    }
}
