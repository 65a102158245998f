package nl.logboek.cli;

import nl.logboek.i18n.Messages;
import nl.logboek.incident.Evidence;
import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentEvent;
import nl.logboek.incident.Person;
import nl.logboek.logbook.Event;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** Incidents as people read them, in their language and time zone. */
final class IncidentText {

    private final Messages msg;
    private final ZoneId zone;
    /** Labels for the ids of the incident's protocol; the ids themselves until withLabelsFrom. */
    private ProtocolLabels labels = ProtocolLabels.IDS;

    IncidentText(Messages msg, ZoneId zone) {
        this.msg = msg;
        this.zone = zone;
    }

    /** Names items, steps, levels and partners by their words from the incident's protocol instead of their ids. */
    IncidentText withLabelsFrom(nl.logboek.protocol.ProtocolRegistry protocols, Incident i) {
        labels = ProtocolLabels.of(msg, protocols, i.protocol());
        return this;
    }

    void summary(PrintWriter out, Incident i) {
        out.println(i.id() + "  " + s(i.title()) + corrected(i, "title"));
        field(out, "label.status", label("status.", i.status()));
        field(out, "label.category", label("category.", i.category()) + " (" + s(i.category()) + ")" + corrected(i, "category"));
        field(out, "label.protocol", String.join(" + ", i.protocols().stream().map(this::protocolLabel).toList()) + corrected(i, "protocol"));
        field(out, "label.platform", i.platform() == null ? null : s(i.platform()) + corrected(i, "platform"));
        field(out, "label.occurred", i.occurred() == null ? null : s(moment(i.occurred())) + corrected(i, "occurred"));
        field(out, "label.reported", msg.get("text.by", time(i.reportedAt()), s(i.reportedBy())));
        field(out, "label.severity", i.severity() == null ? null : label("severity.", i.severity()) + corrected(i, "severity"));
        field(out, "label.source", i.source() == null ? null : label("source.", i.source()) + corrected(i, "source"));
        List<Person> persons = i.persons();
        for (int n = 0; n < persons.size(); n++) {
            Person p = persons.get(n);
            String kind = p.kind() == null ? "" : ", " + label("kind.", p.kind());
            field(out, n == 0 ? "label.persons" : null, s(p.name()) + " (" + label("role.", p.role()) + kind + ")"
                    + (n == persons.size() - 1 ? corrected(i, "persons") : ""));
        }
        if (i.description() != null) {
            field(out, "label.description", null);
            indent(out, i.description(), "    ");
            if (i.corrected("description")) {
                out.println("    " + corrected(i, "description").strip());
            }
        }
        out.flush();
    }

    /**
     * The open follow-ups under a heading ("Follow-ups:"), each with its number, due day and
     * text, an overdue one marked; nothing when none are open.
     */
    void openFollowUps(PrintWriter out, Incident i, java.time.LocalDate today) {
        List<Incident.FollowUp> open = i.openFollowUps();
        if (open.isEmpty()) {
            return;
        }
        out.println();
        out.println(msg.get("label.follow-ups"));
        followUps(out, open, today);
    }

    /** Follow-ups, one a line: "  1. 2026-11-24  Nagesprek met Sam", an overdue one marked. */
    void followUps(PrintWriter out, List<Incident.FollowUp> followUps, java.time.LocalDate today) {
        for (Incident.FollowUp f : followUps) {
            String overdue = f.overdue(today) ? "  (" + msg.get("label.overdue") + ")" : "";
            out.println("  " + f.number() + ". " + s(moment(f.due())) + overdue + "  " + (f.text() == null ? "" : TerminalText.oneLine(f.text())));
        }
        out.flush();
    }

    /** "Title (id)" when the protocol is loaded (the id is what --protocol takes), else the id. */
    private String protocolLabel(String id) {
        if (id == null) {
            return null;
        }
        String title = labels.protocol(id);
        return title.equals(id) ? id : title + " (" + id + ")";
    }

    /** "  (corrected)" after a field a correction changed: what it was is in the timeline. */
    private String corrected(Incident i, String field) {
        return i.corrected(field) ? "  (" + msg.get("label.corrected") + ")" : "";
    }

    /** What is about to be recorded, for the confirmation screen. */
    void draft(PrintWriter out, nl.logboek.incident.NewIncident spec, String protocol) {
        out.println("  " + s(spec.title()));
        field(out, "label.category", label("category.", spec.category().id()) + " (" + spec.category().id() + ")");
        field(out, "label.protocol", s(protocol));
        field(out, "label.platform", s(spec.platform()));
        field(out, "label.occurred", spec.occurred() == null ? null : s(moment(spec.occurred())));
        field(out, "label.severity", spec.severity() == null ? null : label("severity.", spec.severity()));
        field(out, "label.source", spec.source() == null ? null : label("source.", spec.source()));
        for (int n = 0; n < spec.persons().size(); n++) {
            Person p = spec.persons().get(n);
            String kind = p.kind() == null ? "" : ", " + label("kind.", p.kind());
            field(out, n == 0 ? "label.persons" : null, s(p.name()) + " (" + label("role.", p.role()) + kind + ")");
        }
        if (spec.description() != null) {
            field(out, "label.description", null);
            indent(out, spec.description(), "    ");
        }
        out.flush();
    }

    /** Every entry, numbered as `retract --entry N` refers to them, with what it says. */
    void timeline(PrintWriter out, Incident i) {
        out.println();
        out.println(msg.get("label.timeline"));
        List<Incident.Entry> entries = i.entries();
        List<List<Event>> concurrent = nl.logboek.logbook.Concurrency.of(i.timeline());
        int width = String.valueOf(entries.size()).length();
        for (int at = 0; at < entries.size(); at++) {
            Event e = entries.get(at).line();
            IncidentEvent typed = entries.get(at).event();
            String personal = typed instanceof IncidentEvent.Annotated a && a.personal() ? " (" + msg.get("timeline.private") + ")" : "";
            out.println(String.format("%" + (width + 2) + "d", at + 1) + "  " + time(e.time()) + "  " + s(e.author()) + "  "
                    + msg.get("event." + e.type()) + personal);
            for (Event other : concurrent.get(at)) {
                out.println("      " + msg.get("timeline.concurrent", msg.get("event." + other.type()), s(other.author()),
                        time(other.time())));
            }
            Incident.Retraction retraction = i.retraction(e);
            if (retraction != null) {
                out.println("      " + msg.get("timeline.retracted", time(retraction.line().time()), s(retraction.line().author()),
                        TerminalText.oneLine(retraction.reason())));
            }
            details(out, i, e, typed);
        }
        out.flush();
    }

    /** What a correction changed, as the timeline shows it under its entry, without the reason. */
    void changes(PrintWriter out, Incident i, Event e) {
        java.io.StringWriter lines = new java.io.StringWriter();
        PrintWriter into = new PrintWriter(lines);
        details(into, i, e, IncidentEvent.of(e));
        into.flush();
        String reason = "      " + msg.get("timeline.reason", "");
        for (String line : lines.toString().split("\\R")) {
            if (!line.isBlank() && !line.startsWith(reason.stripTrailing())) {
                out.println("  " + line.strip());
            }
        }
        out.flush();
    }

    private void details(PrintWriter out, Incident i, Event e, IncidentEvent typed) {
        if (typed instanceof IncidentEvent.Annotated a) {
            if (a.text() != null) {
                indent(out, a.text(), "      ");
            }
            if (a.evidence() != null) {
                evidence(out, a.evidence());
            }
        } else if (typed instanceof IncidentEvent.ItemsDone d) {
            if (d.doneOn() != null) {
                out.println("      " + msg.get("timeline.done-on", s(moment(d.doneOn()))));
            }
            for (String item : d.items()) {
                out.println("      - " + labels.item(item));
            }
            if (d.note() != null) {
                indent(out, d.note(), "      ");
            }
        } else if (typed instanceof IncidentEvent.StepDone d) {
            out.println("      " + (d.protocol() == null ? "" : labels.protocol(d.protocol()) + ": ")
                    + labels.step(d.protocol(), d.step()) + " -> "
                    + (d.next() == null ? "-" : labels.step(d.protocol(), d.next()))
                    + (d.byUser() ? " (" + msg.get("timeline.by-user") + ")" : ""));
            if (!d.leftOpen().isEmpty()) {
                out.println("      " + msg.get("timeline.step-left-open",
                        String.join("; ", d.leftOpen().stream()
                                .map(item -> labels.itemInSentence(d.protocol() == null ? item : d.protocol() + ":" + item)).toList()),
                        d.reason() == null ? "-" : TerminalText.oneLine(d.reason())));
            }
        } else if (typed instanceof IncidentEvent.Answered a) {
            out.println("      " + msg.get("timeline.answered", labels.item((a.protocol() == null ? "" : a.protocol() + ":") + a.item()),
                    msg.has("answer." + a.answer()) ? msg.get("answer." + a.answer()) : TerminalText.safe(a.answer())));
            if (a.text() != null) {
                indent(out, a.text(), "      ");
            }
        } else if (typed instanceof IncidentEvent.Moved m) {
            out.println("      " + labels.level(m.from()) + " -> " + labels.level(m.to())
                    + (m.partner() == null ? "" : "; " + msg.get("timeline.partner", labels.partner(m.partner()))));
            if (m.regie() != null) {
                out.println("      " + msg.get("timeline.regie", TerminalText.oneLine(m.regie())));
            }
            out.println("      " + msg.get("timeline.criterion", m.criterionText() == null ? "" : TerminalText.oneLine(m.criterionText())));
        } else if (typed instanceof IncidentEvent.Closed c) {
            indent(out, c.outcome() == null ? "" : c.outcome(), "      ");
            if (c.reason() != null) {
                out.println("      " + msg.get("timeline.forced-reason", TerminalText.oneLine(c.reason())));
            }
            if (c.forced()) {
                out.println("      " + msg.get("timeline.forced-items", c.openMandatory().size()));
                for (String item : c.openMandatory()) {
                    out.println("        - " + labels.item(item));
                }
            }
        } else if (typed instanceof IncidentEvent.Amended a) {
            for (Incident.Correction c : i.corrections()) {
                if (c.line() != e) {
                    continue;
                }
                if ("protocols".equals(c.field())) {
                    out.println("      " + (c.after() != null ? msg.get("timeline.protocol-added", labels.protocol(c.after()))
                            : msg.get("timeline.protocol-removed", labels.protocol(c.before()))));
                } else if ("persons".equals(c.field())) {
                    out.println("      " + (c.after() != null ? msg.get("timeline.person-added", s(c.after()))
                            : msg.get("timeline.person-removed", s(c.before()))));
                } else {
                    out.println("      " + msg.get("timeline.changed", label("label.", c.field()),
                            shown(c.before()), shown(c.after())));
                }
            }
            if (!a.droppedItems().isEmpty()) {
                out.println("      " + msg.get("timeline.items-dropped", String.join("; ", a.droppedItems().stream().map(labels::item).toList())));
            }
            out.println("      " + msg.get("timeline.reason", TerminalText.oneLine(a.reason())));
        } else if (typed instanceof IncidentEvent.Retracted r) {
            if (r.item() != null) {
                out.println("      " + msg.get("timeline.retracted-item", labels.item(r.item())));
            }
            if (r.entry() != null) {
                out.println("      " + msg.get("timeline.retracted-entry", entryNumber(i, r.entry())));
            }
            out.println("      " + msg.get("timeline.reason", TerminalText.oneLine(r.reason())));
        } else if (typed instanceof IncidentEvent.Consent c) {
            out.println("      " + consent(c));
        } else if (typed instanceof IncidentEvent.Reopened r) {
            out.println("      " + msg.get("timeline.reason", TerminalText.oneLine(r.reason())));
        } else if (typed instanceof IncidentEvent.FollowUp f) {
            out.println("      " + msg.get("timeline.follow-up", followUpNumber(i, e.hash()), s(moment(f.due()))));
            indent(out, f.text() == null ? "" : f.text(), "      ");
        } else if (typed instanceof IncidentEvent.FollowUpDone d) {
            out.println("      " + msg.get("timeline.follow-up-done", followUpNumber(i, d.followUp())));
            if (d.note() != null) {
                indent(out, d.note(), "      ");
            }
        }
    }

    /**
     * A consent line in words: the partner by name, from whom, the purpose, the ground by its label,
     * given or refused, and the date.
     */
    private String consent(IncidentEvent.Consent c) {
        String partner = c.partner() == null ? "-" : labels.partner(c.partner());
        String from = c.from() == null ? "-" : TerminalText.oneLine(c.from());
        String purpose = c.purpose() == null ? "-" : TerminalText.oneLine(c.purpose());
        if (c.refused()) {
            return msg.get("timeline.consent-refused", partner, from, purpose, s(moment(c.date())));
        }
        String ground = c.ground() == null ? "-" : msg.has("ground." + c.ground()) ? msg.get("ground." + c.ground()) : s(c.ground());
        if ("toestemming".equals(c.ground()) && c.from() != null) {
            return msg.get("timeline.consent", partner, ground, from, purpose, s(moment(c.date())));
        }
        return c.from() == null ? msg.get("timeline.consent-ground", partner, ground, purpose, s(moment(c.date())))
                : msg.get("timeline.consent-ground-from", partner, ground, from, purpose, s(moment(c.date())));
    }

    private String shown(String value) {
        if (value == null) {
            return msg.get("label.empty");
        }
        String oneLine = TerminalText.oneLine(value);
        return oneLine.length() > 60 ? oneLine.substring(0, 59) + "…" : oneLine;
    }

    private static String followUpNumber(Incident i, String hash) {
        for (Incident.FollowUp f : i.followUps()) {
            if (f.hash().equals(hash)) {
                return String.valueOf(f.number());
            }
        }
        return "?";
    }

    private static String entryNumber(Incident i, String hash) {
        List<Incident.Entry> entries = i.entries();
        for (int n = 0; n < entries.size(); n++) {
            if (entries.get(n).line().hash().equals(hash)) {
                return String.valueOf(n + 1);
            }
        }
        return "?";
    }

    private void evidence(PrintWriter out, Evidence ev) {
        String[][] fields = {
                {ev.postedBy(), "evidence.posted-by"}, {ev.channel(), "evidence.channel"}, {ev.account(), "evidence.account"},
                {ev.involved(), "evidence.involved"}, {ev.url(), "evidence.url"},
                {ev.postedAt() == null ? null : moment(ev.postedAt()), "evidence.posted-at"}};
        for (String[] f : fields) {
            if (f[0] != null) {
                out.println("      " + msg.get(f[1]) + ": " + TerminalText.oneLine(f[0]));
            }
        }
        if (ev.screenshotSha256() != null) {
            out.println("      " + msg.get("evidence.screenshot", s(ev.screenshotPath()), s(ev.screenshotSha256())));
        }
    }

    /** Beyond this width `list`'s table would wrap on most terminals: titles are cut to fit. */
    static final int TABLE_WIDTH = 120;
    private static final int MIN_TITLE = 20;

    /**
     * One line an incident: id, reported, status, step, level, idle days, next follow-up, category
     * and title; columns as wide as their widest value (level and category cut), titles cut with "…"
     * to keep the line within {@link #TABLE_WIDTH}.
     */
    void table(PrintWriter out, List<nl.logboek.incident.Standing> rows) {
        if (rows.isEmpty()) {
            out.println(msg.get("list.none"));
            out.flush();
            return;
        }
        String[] head = {msg.get("column.id"), msg.get("column.reported"), msg.get("column.status"), msg.get("column.step"),
                msg.get("column.level"), msg.get("column.idle"), msg.get("column.next-due"), msg.get("column.category")};
        int[] cap = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, 12, Integer.MAX_VALUE,
                Integer.MAX_VALUE, 16};
        List<String[]> cells = new java.util.ArrayList<>(rows.size());
        for (nl.logboek.incident.Standing r : rows) {
            Incident i = r.incident();
            cells.add(new String[] {i.id(), day(i.reportedAt().atZoneSameInstant(zone).toLocalDate()),
                    label("status.", i.status()), s(r.step()), r.level() == null ? "-" : s(r.level()),
                    String.valueOf(r.idleDays()), r.nextDue() == null ? "-" : s(moment(String.valueOf(r.nextDue()))), s(i.category()),
                    i.title() == null ? "" : TerminalText.oneLine(i.title()).replaceAll("\\s+", " ")});
        }
        int[] width = new int[head.length];
        int used = 0;
        for (int c = 0; c < head.length; c++) {
            width[c] = head[c].length();
            for (String[] row : cells) {
                width[c] = Math.max(width[c], Math.min(cap[c], row[c] == null ? 1 : row[c].length()));
            }
            used += width[c] + 2;
        }
        int titleWidth = Math.max(MIN_TITLE, TABLE_WIDTH - used);
        printRow(out, head, width, msg.get("column.title"), titleWidth);
        for (String[] row : cells) {
            printRow(out, row, width, row[head.length], titleWidth);
        }
        out.println(msg.get("list.count", rows.size()));
        out.flush();
    }

    private static void printRow(PrintWriter out, String[] row, int[] width, String title, int titleWidth) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            String v = cut(row[c] == null ? "-" : row[c], width[c]);
            line.append(v).append(" ".repeat(width[c] - v.length() + 2));
        }
        line.append(cut(title, titleWidth));
        out.println(line.toString().stripTrailing());
    }

    /** {@code s}, or its start and "…" when longer than {@code width}. */
    static String cut(String s, int width) {
        if (s.length() <= width) {
            return s;
        }
        int end = width - 1;
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, Math.max(0, end)) + "\u2026";
    }

    private void field(PrintWriter out, String labelKey, String value) {
        if (labelKey != null && value == null && !"label.description".equals(labelKey)) {
            return;
        }
        String label = labelKey == null ? "" : msg.get(labelKey) + ":";
        out.println(value == null ? "  " + label : String.format("  %-14s %s", label, value));
    }

    private static void indent(PrintWriter out, String text, String prefix) {
        for (String line : TerminalText.lines(text)) {
            out.println(prefix + line);
        }
    }

    /** The label of a vocabulary id; the id itself, made safe, when it has none (a line from another or a newer writer). */
    private String label(String prefix, String id) {
        return id != null && msg.has(prefix + id) ? msg.get(prefix + id) : s(id);
    }

    private static String s(String text) {
        return TerminalText.safe(text);
    }

    private String time(OffsetDateTime t) {
        return HumanTime.minutes(t, zone, msg.language());
    }

    /**
     * A recorded day or moment as people read it (see {@link HumanTime}): a day as a day, a moment
     * in the user's time zone to the minute, never an ISO timestamp; anything else as recorded.
     */
    String moment(String recorded) {
        return HumanTime.moment(recorded, zone, msg.language());
    }

    private String day(java.time.LocalDate d) {
        return HumanTime.day(d, msg.language());
    }
}
