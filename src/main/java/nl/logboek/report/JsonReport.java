package nl.logboek.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.json.JsonTrees;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The report for scripts, in the versioned shape of docs/report-schema.md: ids rather than labels,
 * every field always present (null when there is no value), in a fixed order.
 */
public final class JsonReport {
    private JsonReport() {
    }

    /** Without labels (every "..._label" field null): for comparing the figures alone. */
    public static String render(Report r) {
        return render(r, null);
    }

    /** Pretty-printed like every --json output of logboek, ending in a newline; labels in the language of {@code labels}. */
    public static String render(Report r, ReportLabels labels) {
        StringWriter w = new StringWriter();
        // Through the streaming generator rather than an ObjectMapper: start-up time counts for scripts.
        try (JsonGenerator g = JsonTrees.FACTORY.createGenerator(w)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            JsonTrees.write(g, tree(r, labels));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.append('\n').toString();
    }

    static ObjectNode tree(Report r, ReportLabels l) {
        ZoneId zone = r.period().zone();
        Labels lb = new Labels(l);
        ObjectNode o = JsonTrees.object();
        o.put("format", Report.FORMAT);
        o.put("language", l == null ? null : l.language());
        ObjectNode period = period(o.putObject("period"), r.period());
        period.put("complete", r.complete());
        period.put("as_of", time(r.asOf(), zone));
        period(o.putObject("previous_period"), r.previousPeriod());
        o.put("generated_at", r.generated() == null ? null : time(r.generated(), zone));
        o.put("detail", r.detail());
        o.put("quiet", r.quiet());
        o.put("stale_days", r.staleDays());
        figures(o.putObject("totals"), r.current());
        figures(o.putObject("previous_totals"), r.previous());
        ArrayNode trend = o.putArray("trend");
        for (Report.Month m : r.trend()) {
            trend.addObject().put("month", m.month().toString()).put("label", lb.of(x -> x.month(m.month())))
                    .put("reported", m.reported()).put("closed", m.closed());
        }
        ObjectNode keys = o.putObject("key_figures");
        keys.put("reported", r.current().reported());
        keys.put("closed", r.current().closed());
        keys.put("open_at_end", r.current().openAtEnd());
        keys.put("escalated_incidents", r.current().escalatedIncidents());
        keys.put("mandatory_items_open", r.openDutyItems());
        keys.put("closed_with_mandatory_items_open", r.closedWithItemsOpen().size());
        rows(o.putArray("by_category"), r.byCategory(), id -> lb.of(x -> x.category(id)));
        rows(o.putArray("by_protocol"), r.byProtocol(), id -> lb.of(x -> x.protocol(id)));
        rows(o.putArray("by_platform"), r.byPlatform(), id -> lb.of(x -> x.platform(id)));
        rows(o.putArray("by_severity"), r.bySeverity(), id -> lb.of(x -> x.severity(id)));
        ArrayNode levels = o.putArray("open_by_level");
        for (Report.LevelRow row : r.byLevel()) {
            levels.addObject().put("protocol", row.protocol()).put("protocol_label", lb.of(x -> x.protocol(row.protocol())))
                    .put("level", row.level()).put("level_label", lb.of(x -> x.level(row.protocol(), row.level())))
                    .put("open_at_end", row.openAtEnd());
        }
        ArrayNode partners = o.putArray("escalations_by_partner");
        for (Report.PartnerRow p : r.escalationsByPartner()) {
            partners.addObject().put("partner", p.partner()).put("partner_label", lb.of(x -> x.partner(p.partner())))
                    .put("up", p.up()).put("down", p.down());
        }
        ArrayNode open = o.putArray("open_incidents");
        for (Report.OpenCase c : r.openCases()) {
            ObjectNode co = open.addObject();
            co.put("id", c.id());
            co.put("title", c.title());
            co.put("title_shown", c.titleShown() == null ? null : c.titleShown().id());
            co.put("category", c.category());
            co.put("category_label", lb.of(x -> x.category(c.category())));
            co.put("protocol", c.protocol());
            co.put("protocol_label", lb.of(x -> x.protocol(c.protocol())));
            co.put("step", c.step());
            co.put("step_label", c.step() == null ? null : lb.of(x -> x.step(c.protocol(), c.step())));
            co.put("step_number", c.stepNumber());
            co.put("steps", c.steps());
            co.put("level", c.level());
            co.put("level_label", c.level() == null ? null : lb.of(x -> x.level(c.protocol(), c.level())));
            co.put("reported_at", time(c.reportedAt(), zone));
            co.put("first_action_at", c.firstAction() == null ? null : time(c.firstAction(), zone));
            co.put("last_action_at", time(c.lastAction(), zone));
            co.put("days_open", c.daysOpen());
            co.put("days_since_last_action", c.daysSinceLastAction());
            ArrayNode flags = co.putArray("flags");
            c.flags().forEach(f -> flags.add(f.id()));
            co.put("open_legal_duties", c.openDuties());
            co.put("overdue_items", c.overdueItems());
        }
        ArrayNode duties = o.putArray("open_legal_duties");
        for (Report.Duty d : r.openDuties()) {
            ObjectNode dOut = duties.addObject().put("protocol", d.protocol()).put("protocol_label", lb.of(x -> x.protocol(d.protocol())))
                    .put("item", d.item()).put("item_label", lb.of(x -> x.openItem(d.protocol(), d.item()))).put("open", d.open());
            if (r.detail()) {
                ArrayNode ids = dOut.putArray("incidents");
                d.incidents().forEach(ids::add);
            } else {
                dOut.putNull("incidents");
            }
        }
        ObjectNode itemsOpen = o.putObject("mandatory_items_open");
        itemsOpen(itemsOpen.putArray("closed_in_period"), r.closedWithItemsOpen(), zone, lb);
        itemsOpen(itemsOpen.putArray("open_at_end"), r.openWithItemsOpen(), zone, lb);
        o.put("protocol_not_loaded", r.notLoaded());
        ObjectNode retention = o.putObject("retention");
        retention.put("months", r.retentionMonths());
        retention.put("expired", r.expired());
        if (r.detail()) {
            ArrayNode expired = retention.putArray("expired_incidents");
            r.retentionExpired().forEach(expired::add);
        } else {
            retention.putNull("expired_incidents");
        }
        return o;
    }

    private static void itemsOpen(ArrayNode arr, List<Report.ItemsOpen> incidents, ZoneId zone, Labels lb) {
        for (Report.ItemsOpen i : incidents) {
            ObjectNode io = arr.addObject();
            io.put("id", i.id());
            io.put("category", i.category());
            io.put("category_label", lb.of(x -> x.category(i.category())));
            io.put("protocol", i.protocol());
            io.put("protocol_label", lb.of(x -> x.protocol(i.protocol())));
            io.put("reported_at", time(i.reportedAt(), zone));
            io.put("closed_at", i.closedAt() == null ? null : time(i.closedAt(), zone));
            ArrayNode items = io.putArray("items");
            // An object per item, so that what kind of duty it is can be added beside its id.
            i.items().forEach(item -> items.addObject().put("item", item).put("item_label", lb.of(x -> x.openItem(i.protocol(), item))));
        }
    }

    private static ObjectNode period(ObjectNode o, ReportPeriod p) {
        o.put("kind", p.kind().id());
        o.put("id", p.id());
        o.put("first_day", p.first().toString());
        o.put("last_day", p.last().toString());
        o.put("days", p.days());
        o.put("time_zone", p.zone().getId());
        o.put("start", time(p.start(), p.zone()));
        o.put("end", time(p.end(), p.zone()));
        return o;
    }

    private static void figures(ObjectNode o, Report.Figures f) {
        o.put("reported", f.reported());
        o.put("closed", f.closed());
        o.put("open_at_start", f.openAtStart());
        o.put("open_at_end", f.openAtEnd());
        o.put("escalations", f.escalations());
        o.put("de_escalations", f.deEscalations());
        o.put("escalated_incidents", f.escalatedIncidents());
        durations(o.putObject("first_action"), f.firstAction());
        durations(o.putObject("closing"), f.closing());
    }

    private static void durations(ObjectNode o, Report.Durations d) {
        o.put("count", d.count());
        o.put("median_seconds", d.median());
        o.put("longest_seconds", d.longest());
        o.put("within_24h", d.within24h());
    }

    /** Labels in the chosen language, or null for each when none were given. */
    private record Labels(ReportLabels l) {
        String of(java.util.function.Function<ReportLabels, String> label) {
            return l == null ? null : label.apply(l);
        }
    }

    private static void rows(ArrayNode arr, List<Report.Row> rows, java.util.function.Function<String, String> label) {
        for (Report.Row row : rows) {
            ObjectNode o = arr.addObject();
            o.put("id", row.key());
            o.put("label", label.apply(row.key()));
            o.put("reported", row.reported());
            o.put("reported_previous", row.reportedPrevious());
            o.put("closed", row.closed());
            o.put("open_at_end", row.openAtEnd());
        }
    }

    private static String time(Instant t, ZoneId zone) {
        return nl.logboek.logbook.IsoTime.format(t.atZone(zone).toOffsetDateTime());
    }
}
