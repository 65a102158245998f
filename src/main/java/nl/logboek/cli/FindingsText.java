package nl.logboek.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.i18n.Messages;
import nl.logboek.incident.IncidentSearch;
import nl.logboek.incident.Involvement;
import nl.logboek.incident.Person;
import nl.logboek.json.JsonTrees;
import picocli.CommandLine.Help.Ansi;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** What `search` and `person` print: for people (one line each, logbook text made safe) and as JSON. */
final class FindingsText {
    /** How much of a matching line is shown, at most, around the match. */
    static final int WIDTH = 100;

    private final Messages msg;
    private final ZoneId zone;
    private final Ansi ansi;
    private final PrintWriter out;

    FindingsText(Messages msg, ZoneId zone, Ansi ansi, PrintWriter out) {
        this.msg = msg;
        this.zone = zone;
        this.ansi = ansi;
        this.out = out;
    }

    /** {@code ID  DATE  FIELD: ...line with the match...}, the match in bold reverse on a terminal. */
    void print(IncidentSearch.Match m) {
        String line = m.line();
        int start = m.start();
        int end = m.end();
        int from = 0;
        int to = line.length();
        if (to > WIDTH) {
            int room = Math.max(0, WIDTH - (end - start));
            from = Math.max(0, start - room / 2);
            to = Math.min(line.length(), from + Math.max(WIDTH, end - start));
            from = Math.max(0, Math.min(from, to - WIDTH));
            from = whole(line, from);
            to = whole(line, to);
        }
        String before = (from > 0 ? "…" : "") + TerminalText.safe(line.substring(from, start)).stripLeading();
        String match = TerminalText.safe(line.substring(start, end));
        String after = TerminalText.safe(line.substring(end, to)).stripTrailing() + (to < line.length() ? "…" : "");
        String shown = ansi.enabled() ? ansi.apply(match, List.of(Ansi.Style.bold, Ansi.Style.reverse)).toString() : match;
        out.println(m.incident() + "  " + day(m.time()) + "  " + msg.get("search.field." + m.field().key()) + ": "
                + before + shown + after);
    }

    /** Never cuts a surrogate pair in two. */
    private static int whole(String s, int at) {
        return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
    }

    private String day(OffsetDateTime t) {
        return HumanTime.day(t.atZoneSameInstant(zone).toLocalDate(), msg.language());
    }

    static ObjectNode json(String query, List<IncidentSearch.Match> matches) {
        ObjectNode o = JsonTrees.object();
        o.put("format", 1);
        o.put("query", query);
        ArrayNode arr = o.putArray("matches");
        for (IncidentSearch.Match m : matches) {
            ObjectNode mo = arr.addObject();
            mo.put("incident", m.incident());
            mo.put("time", nl.logboek.logbook.IsoTime.format(m.time()));
            mo.put("field", m.field().key());
            mo.put("text", m.line());
            // In code points, as jq and most languages count a string's characters.
            mo.put("start", m.line().codePointCount(0, m.start()));
            mo.put("end", m.line().codePointCount(0, m.end()));
        }
        return o;
    }

    /** A person's chronology: one line per incident, oldest first. */
    void chronology(String name, List<Involvement.Row> rows) {
        int roleWidth = 24;
        String[] roles = new String[rows.size()];
        for (int k = 0; k < roles.length; k++) {
            roles[k] = roles(rows.get(k));
            roleWidth = Math.max(roleWidth, roles[k].length());
        }
        // Padded by hand: a Formatter per line costs more than the rest of a long chronology. The
        // lines are printed at once: the writer flushes at every println, a write to the terminal each.
        int[] widths = {10, 8, roleWidth, 20, 11};
        StringBuilder text = new StringBuilder(160 * (rows.size() + 2));
        row(text, widths, msg.get("column.reported"), msg.get("column.id"), msg.get("column.role"),
                msg.get("column.category"), msg.get("column.status"), msg.get("column.title"));
        for (int k = 0; k < roles.length; k++) {
            Involvement.Row r = rows.get(k);
            row(text, widths, day(r.reportedAt()), r.id(), roles[k],
                    msg.get("category." + r.category()), msg.get("status." + r.status()),
                    TerminalText.safe(r.title()));
        }
        text.append(msg.get("person.count", TerminalText.safe(name), rows.size())).append(System.lineSeparator());
        out.print(text);
        out.flush();
    }

    /** One line of columns, each but the last left-aligned in its width (as {@code %-Ns}), two spaces apart. */
    private static void row(StringBuilder line, int[] widths, String... columns) {
        for (int i = 0; i < columns.length; i++) {
            String c = String.valueOf(columns[i]);
            line.append(c);
            if (i < widths.length) {
                for (int pad = c.length(); pad < widths[i]; pad++) {
                    line.append(' ');
                }
                line.append("  ");
            }
        }
        line.append(System.lineSeparator());
    }

    private String roles(Involvement.Row r) {
        StringBuilder s = new StringBuilder();
        for (Person p : r.as()) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(msg.get("role." + p.role()));
            if (p.kind() != null) {
                s.append(" (").append(msg.get("kind." + p.kind())).append(')');
            }
        }
        for (Person p : r.removed()) {
            if (s.length() > 0) {
                s.append(", ");
            }
            if (p.role() != null) {
                s.append(msg.get("role." + p.role())).append(' ');
            }
            if (p.kind() != null) {
                s.append('(').append(msg.get("kind." + p.kind())).append(") ");
            }
            s.append(msg.get("person.removed-by-correction"));
        }
        return s.toString();
    }

    static ObjectNode person(String name, List<Involvement.Row> rows) {
        ObjectNode o = JsonTrees.object();
        o.put("format", 1);
        o.put("name", name);
        ArrayNode arr = o.putArray("incidents");
        for (Involvement.Row r : rows) {
            ObjectNode io = arr.addObject();
            io.put("id", r.id());
            io.put("reported_at", nl.logboek.logbook.IsoTime.format(r.reportedAt()));
            io.put("title", r.title());
            io.put("category", r.category());
            io.put("status", r.status());
            ArrayNode as = io.putArray("as");
            for (Person p : r.as()) {
                as.addObject().put("name", p.name()).put("role", p.role()).put("kind", p.kind());
            }
            for (Person p : r.removed()) {
                as.addObject().put("name", p.name()).put("role", p.role()).put("kind", p.kind()).put("removed", true);
            }
        }
        return o;
    }
}
