package nl.logboek.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.i18n.Messages;
import nl.logboek.json.JsonTrees;
import nl.logboek.logbook.LogbookRepair;
import nl.logboek.logbook.LogbookVerifier;
import nl.logboek.privacy.Retention;
import nl.logboek.protocol.AppliesTo;
import nl.logboek.protocol.Protocol;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The --json shapes of commands, built outside the command classes: picocli reflects over command
 * classes on every start, and JSON types in their methods would load Jackson even for --help.
 */
final class JsonViews {
    private JsonViews() {
    }

    static ObjectNode protocols(List<Protocol> all) {
        ObjectNode o = JsonTrees.object();
        o.put("format", 1);
        ArrayNode arr = o.putArray("protocols");
        for (Protocol p : all) {
            ObjectNode po = arr.addObject();
            po.put("id", p.id());
            po.putObject("title").put("nl", p.title().nl()).put("en", p.title().en());
            po.put("overlay", p.overlay());
            ArrayNode applies = po.putArray("applies_to");
            for (AppliesTo a : p.appliesTo()) {
                ObjectNode ao = applies.addObject();
                ArrayNode categories = ao.putArray("categories");
                a.categories().forEach(categories::add);
                ArrayNode targets = ao.putArray("targets");
                a.targets().forEach(targets::add);
            }
            ArrayNode steps = po.putArray("steps");
            p.steps().forEach(s -> steps.add(s.id()));
            po.put("source", p.source());
        }
        return o;
    }

    static ObjectNode verify(LogbookVerifier.Report r, Messages msg, boolean repair, LogbookRepair.Result repaired) {
        ObjectNode o = JsonTrees.object();
        o.put("format", 1);
        o.put("file", r.file().toString());
        o.put("ok", r.ok());
        o.put("lines", r.lines());
        o.put("events", r.events());
        o.put("incidents", r.incidents());
        o.put("first", time(r.first()));
        o.put("last", time(r.last()));
        o.put("head", r.headHash());
        o.put("team", r.team() == null ? null : r.team().toString());
        o.put("other_members_lines", r.leftToTeam());
        o.put("unsigned_lines", r.unsignedLines());
        o.put("awaiting_admission", r.awaitingAdmission());
        o.put("sealed", r.sealed() == LogbookVerifier.Sealed.NONE ? null
                : r.sealed() == LogbookVerifier.Sealed.OPENED ? "opened" : "chain-only");
        ArrayNode problems = o.putArray("problems");
        for (LogbookVerifier.Problem p : r.problems()) {
            ObjectNode po = problems.addObject();
            po.put("line", p.line());
            po.put("code", p.reason().key());
            po.put("message", msg.get(p.reason().key(), p.reason().args()));
        }
        if (repair) {
            ObjectNode ro = o.putObject("repair");
            ro.put("repaired", repaired != null);
            ro.put("line", repaired == null ? null : repaired.line());
            ro.put("side_file", repaired == null ? null : repaired.sideFile().toString());
            ro.put("backup", repaired == null ? null : repaired.backup().toString());
        }
        return o;
    }

    /**
     * {"format":1,"ok":...,"writers":[one verify object per member's file]}; {@code repaired} is
     * the own file when --repair was asked for (only a member's own file is theirs to repair).
     */
    static ObjectNode verifyTeam(List<LogbookVerifier.Report> reports, boolean ok, Messages msg, java.nio.file.Path repairedFile,
                                 LogbookRepair.Result repaired) {
        ObjectNode o = JsonTrees.object();
        o.put("format", 1);
        o.put("ok", ok);
        ArrayNode writers = o.putArray("writers");
        for (LogbookVerifier.Report r : reports) {
            writers.add(verify(r, msg, r.file().equals(repairedFile), repaired));
        }
        return o;
    }

    static ObjectNode retention(int months, List<Retention.Due> expired, List<Retention.Due> soon) {
        ObjectNode o = JsonTrees.object();
        o.put("format", 1);
        o.put("retention_months", months);
        due(o.putArray("expired"), expired);
        due(o.putArray("expiring_soon"), soon);
        return o;
    }

    /** `agenda --json`: {format, today, entries[{group, day, incident, kind, text, title}]}. */
    static ObjectNode agenda(java.time.LocalDate today, List<nl.logboek.incident.Agenda.Entry> entries,
                             java.util.function.Function<nl.logboek.incident.Agenda.Entry, String> what) {
        ObjectNode o = JsonTrees.object();
        o.put("format", 1);
        o.put("today", today.toString());
        ArrayNode arr = o.putArray("entries");
        for (nl.logboek.incident.Agenda.Entry e : entries) {
            arr.addObject().put("group", e.group().key()).put("day", e.day().toString())
                    .put("incident", e.incident()).put("kind", e.kind().key())
                    .put("text", what.apply(e)).put("title", e.title());
            if (e.kind() == nl.logboek.incident.Agenda.Kind.DEADLINE) {
                ((ObjectNode) arr.get(arr.size() - 1)).put("item", e.text());
            }
        }
        return o;
    }

    private static void due(ArrayNode arr, List<Retention.Due> list) {
        for (Retention.Due d : list) {
            arr.addObject().put("id", d.id()).put("category", d.category())
                    .put("closed_at", d.closedAt().toString()).put("expires_at", d.expiresAt().toString());
        }
    }

    private static String time(OffsetDateTime t) {
        return t == null ? null : nl.logboek.logbook.IsoTime.format(t);
    }
}
