package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.i18n.Messages;
import nl.logboek.incident.Incident;
import nl.logboek.incident.Person;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.EventType;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Incidents as people read them, in their language and time zone. */
final class IncidentText {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages msg;
    private final ZoneId zone;

    IncidentText(Messages msg, ZoneId zone) {
        this.msg = msg;
        this.zone = zone;
    }

    void summary(PrintWriter out, Incident i) {
        out.println(i.id() + "  " + i.title());
        field(out, "label.status", msg.get("status." + i.status()));
        field(out, "label.category", msg.get("category." + i.category()) + " (" + i.category() + ")");
        field(out, "label.protocol", i.protocol());
        field(out, "label.platform", i.platform());
        field(out, "label.occurred", i.occurred());
        field(out, "label.reported", msg.get("text.by", time(i.reportedAt()), i.reportedBy()));
        field(out, "label.severity", i.severity() == null ? null : msg.get("severity." + i.severity()));
        field(out, "label.source", i.source() == null ? null : msg.get("source." + i.source()));
        List<Person> persons = i.persons();
        for (int n = 0; n < persons.size(); n++) {
            Person p = persons.get(n);
            String kind = p.kind() == null ? "" : ", " + msg.get("kind." + p.kind());
            field(out, n == 0 ? "label.persons" : null, p.name() + " (" + msg.get("role." + p.role()) + kind + ")");
        }
        if (i.description() != null) {
            field(out, "label.description", null);
            indent(out, i.description(), "    ");
        }
        out.flush();
    }

    /** What is about to be recorded, for the confirmation screen. */
    void draft(PrintWriter out, nl.logboek.incident.NewIncident spec, String protocol) {
        out.println("  " + spec.title());
        field(out, "label.category", msg.get("category." + spec.category().id()) + " (" + spec.category().id() + ")");
        field(out, "label.protocol", protocol);
        field(out, "label.platform", spec.platform());
        field(out, "label.occurred", spec.occurred());
        field(out, "label.severity", spec.severity() == null ? null : msg.get("severity." + spec.severity()));
        field(out, "label.source", spec.source() == null ? null : msg.get("source." + spec.source()));
        for (int n = 0; n < spec.persons().size(); n++) {
            Person p = spec.persons().get(n);
            String kind = p.kind() == null ? "" : ", " + msg.get("kind." + p.kind());
            field(out, n == 0 ? "label.persons" : null, p.name() + " (" + msg.get("role." + p.role()) + kind + ")");
        }
        if (spec.description() != null) {
            field(out, "label.description", null);
            indent(out, spec.description(), "    ");
        }
        out.flush();
    }

    void timeline(PrintWriter out, Incident i) {
        out.println();
        out.println(msg.get("label.timeline"));
        List<List<Event>> concurrent = nl.logboek.logbook.Concurrency.of(i.timeline());
        for (int at = 0; at < i.timeline().size(); at++) {
            Event e = i.timeline().get(at);
            String personal = e.payload().path("private").asBoolean() ? " (" + msg.get("timeline.private") + ")" : "";
            out.println("  " + time(e.time()) + "  " + e.author() + "  " + msg.get("event." + e.type()) + personal);
            for (Event other : concurrent.get(at)) {
                out.println("      " + msg.get("timeline.concurrent", msg.get("event." + other.type()), other.author(),
                        time(other.time())));
            }
            switch (e.type()) {
                case EventType.ANNOTATED -> {
                    if (e.text("text") != null) {
                        indent(out, e.text("text"), "      ");
                    }
                    JsonNode ev = e.payload().get("evidence");
                    if (ev != null) {
                        evidence(out, ev);
                    }
                }
                case EventType.ITEMS_DONE -> {
                    List<String> items = new java.util.ArrayList<>();
                    e.payload().path("items").forEach(n -> items.add(n.asText()));
                    out.println("      " + String.join(", ", items)
                            + (e.text("done_on") == null ? "" : " (" + msg.get("timeline.done-on", e.text("done_on")) + ")"));
                    if (e.text("note") != null) {
                        indent(out, e.text("note"), "      ");
                    }
                }
                case EventType.STEP_DONE -> out.println("      " + e.text("step") + " -> "
                        + (e.text("next") == null ? "-" : e.text("next"))
                        + ("user".equals(e.text("how")) ? " (" + msg.get("timeline.by-user") + ")" : ""));
                case EventType.ESCALATED, EventType.DE_ESCALATED -> {
                    out.println("      " + e.text("from") + " -> " + e.text("to")
                            + (e.text("partner") == null ? "" : "; " + msg.get("timeline.partner", e.text("partner"))));
                    if (e.text("regie") != null) {
                        out.println("      " + msg.get("timeline.regie", e.text("regie")));
                    }
                    out.println("      " + msg.get("timeline.criterion", e.payload().path("criterion").path("text").asText()));
                }
                case EventType.CLOSED -> {
                    indent(out, e.text("outcome"), "      ");
                    if (e.payload().path("forced").asBoolean()) {
                        List<String> open = new java.util.ArrayList<>();
                        e.payload().path("open_mandatory").forEach(n -> open.add(n.asText()));
                        out.println("      " + msg.get("timeline.forced", String.join(", ", open)));
                    }
                }
                default -> {
                }
            }
        }
        out.flush();
    }

    private void evidence(PrintWriter out, JsonNode ev) {
        String[][] fields = {
                {"posted_by", "evidence.posted-by"}, {"channel", "evidence.channel"}, {"account", "evidence.account"},
                {"involved", "evidence.involved"}, {"url", "evidence.url"}, {"posted_at", "evidence.posted-at"}};
        for (String[] f : fields) {
            if (ev.hasNonNull(f[0])) {
                out.println("      " + msg.get(f[1]) + ": " + ev.get(f[0]).asText());
            }
        }
        JsonNode shot = ev.get("screenshot");
        if (shot != null) {
            out.println("      " + msg.get("evidence.screenshot", shot.path("path").asText(), shot.path("sha256").asText()));
        }
    }

    void table(PrintWriter out, List<Incident> incidents) {
        if (incidents.isEmpty()) {
            out.println(msg.get("list.none"));
            out.flush();
            return;
        }
        String format = "%-8s  %-10s  %-11s  %-24s  %s%n";
        out.printf(format, msg.get("column.id"), msg.get("column.reported"), msg.get("column.status"),
                msg.get("column.category"), msg.get("column.title"));
        for (Incident i : incidents) {
            out.printf(format, i.id(), i.reportedAt().atZoneSameInstant(zone).toLocalDate(),
                    msg.get("status." + i.status()), i.category(), i.title());
        }
        out.println(msg.get("list.count", incidents.size()));
        out.flush();
    }

    private void field(PrintWriter out, String labelKey, String value) {
        if (labelKey != null && value == null && !"label.description".equals(labelKey)) {
            return;
        }
        String label = labelKey == null ? "" : msg.get(labelKey) + ":";
        out.println(value == null ? "  " + label : String.format("  %-14s %s", label, value));
    }

    private static void indent(PrintWriter out, String text, String prefix) {
        for (String line : text.split("\\R", -1)) {
            out.println(prefix + line);
        }
    }

    private String time(OffsetDateTime t) {
        return MINUTES.format(t.atZoneSameInstant(zone));
    }
}
