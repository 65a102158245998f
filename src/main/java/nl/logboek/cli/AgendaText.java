package nl.logboek.cli;

import nl.logboek.i18n.Messages;
import nl.logboek.incident.Agenda;
import picocli.CommandLine.Help.Ansi;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/** The agenda as people read it: a heading per group, then one line an entry; overdue in red on a terminal. */
final class AgendaText {
    /** Beyond this width the "what" column is not padded further (long follow-up texts). */
    private static final int WHAT_WIDTH = 48;

    private final Messages msg;
    private final Ansi ansi;
    private final PrintWriter out;

    AgendaText(Messages msg, Ansi ansi, PrintWriter out) {
        this.msg = msg;
        this.ansi = ansi;
        this.out = out;
    }

    void print(List<Agenda.Entry> entries, Function<Agenda.Entry, String> what) {
        java.util.Map<Agenda.Group, Long> retentions = new java.util.EnumMap<>(Agenda.Group.class);
        entries.stream().filter(e -> e.kind() == Agenda.Kind.RETENTION)
                .forEach(e -> retentions.merge(e.group(), 1L, Long::sum));
        print(entries, retentions, what);
    }

    /**
     * @param entries    the entries; of a group with more than {@link #COLLAPSE_AFTER} retention
     *                   periods, one of each kind is enough (they are one line: {@link Agenda#entries(int)})
     * @param retentions how many retention periods each group has
     */
    void print(List<Agenda.Entry> entries, java.util.Map<Agenda.Group, Long> retentions, Function<Agenda.Entry, String> what) {
        if (entries.isEmpty()) {
            out.println(msg.get("agenda.none"));
            out.flush();
            return;
        }
        int width = 0;
        for (Agenda.Entry e : entries) {
            width = Math.max(width, Math.min(WHAT_WIDTH, TerminalText.safe(what.apply(e)).length()));
        }
        // Years of records never purged would fill the agenda with a line per incident: past a few
        // in a group, the retention periods are one line that says what to do (--json lists them all).
        Agenda.Group group = null;
        for (Agenda.Entry e : entries) {
            boolean collapsed = e.kind() == Agenda.Kind.RETENTION && retentions.get(e.group()) > COLLAPSE_AFTER;
            if (e.group() != group) {
                if (group != null) {
                    out.println();
                }
                group = e.group();
                String heading = msg.get("agenda.group." + group.key());
                out.println(e.overdue() ? styled(heading, Ansi.Style.bold, Ansi.Style.fg_red) : styled(heading, Ansi.Style.bold));
                if (retentions.getOrDefault(group, 0L) > COLLAPSE_AFTER) {
                    String summary = "  " + msg.get(group == Agenda.Group.OVERDUE ? "agenda.retention-ended-many"
                            : "agenda.retention-ending-many", retentions.get(group));
                    out.println(e.overdue() ? styled(summary, Ansi.Style.fg_red) : summary);
                }
            }
            if (collapsed) {
                continue;
            }
            String line = "  " + HumanTime.day(e.day(), msg.language()) + "  " + e.incident() + "  "
                    + padded(TerminalText.safe(what.apply(e)), width) + "  "
                    + (e.title() == null ? "" : TerminalText.safe(e.title()));
            out.println(e.overdue() ? styled(line.stripTrailing(), Ansi.Style.fg_red) : line.stripTrailing());
        }
        out.flush();
    }

    /** More retention periods in a group than this are one line. */
    static final int COLLAPSE_AFTER = 5;


    private static String padded(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private String styled(String text, Ansi.Style... styles) {
        return ansi.enabled() ? ansi.apply(text, List.of(styles)).toString() : text;
    }
}
