package nl.logboek.team;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.json.JsonTrees;

/** The stable --json shapes of sync and team status (docs/team.md describes them field by field). */
public final class TeamShapes {
    public static final int FORMAT = 1;

    private TeamShapes() {
    }

    /** What both shapes begin with. */
    private static ObjectNode begin(String team, String writer) {
        ObjectNode o = JsonTrees.object();
        o.put("format", FORMAT);
        o.put("team", team);
        o.put("writer", writer);
        return o;
    }

    public static ObjectNode sync(SyncResult r) {
        ObjectNode o = begin(r.team(), r.writer());
        o.put("ok", r.ok());
        o.put("sent", r.sent());
        o.put("pushed", r.pushed());
        o.put("received", r.receivedTotal());
        ArrayNode writers = o.putArray("writers");
        for (SyncResult.Received w : r.received()) {
            ObjectNode wo = writers.addObject();
            wo.put("writer", w.writer());
            wo.put("events", w.events());
            wo.put("joined", w.joined());
        }
        ArrayNode altered = o.putArray("altered");
        for (Alteration a : r.altered()) {
            ObjectNode ao = altered.addObject();
            ao.put("file", a.path());
            ao.put("writer", a.writer());
            ao.put("problem", a.kind().id());
            if (a.line() > 0) {
                ao.put("line", a.line());
            } else {
                ao.putNull("line");
            }
            ao.put("other", a.other());
            if (a.kind() == Alteration.Kind.LINES_MISSING) {
                ao.put("lines_known", a.known());
                ao.put("lines_found", a.line() - 1);
            }
        }
        o.put("attempts", r.attempts());
        return o;
    }

    public static ObjectNode status(TeamStatus s) {
        ObjectNode o = begin(s.team(), s.writer());
        o.put("encrypted", s.encrypted());
        o.put("folder", s.folder().toAbsolutePath().toString());
        o.put("remote", s.remote());
        ArrayNode writers = o.putArray("writers");
        for (TeamStatus.Writer w : s.writers()) {
            ObjectNode wo = writers.addObject();
            wo.put("writer", w.name());
            wo.put("events", w.events());
            wo.put("own", w.own());
        }
        o.put("unsent", s.unsent());
        return o;
    }
}
