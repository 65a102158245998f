package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.incident.Agenda;
import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentBook;
import nl.logboek.privacy.Retention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "agenda",
        description = {"The day's agenda: what is overdue, what is due today and what in the 7 days after today. "
                + "Open follow-ups on the day they are due, incidents without a line for longer than the idle days "
                + "(from the first day they were), and closed incidents whose retention period ends this week or "
                + "has ended (ready to purge). Grouped, by day, then incident id.",
                "Exit code 3 when something is overdue, so that cron can mail it; 0 otherwise. Writes nothing."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek agenda",
                "  logboek agenda --idle-days 7 --mine",
                "  logboek agenda --json | jq -r '.entries[] | select(.group == \"overdue\") | .incident'"},
        exitCodeList = {"3:Something is overdue: a follow-up, an idle incident, a retention period that has ended."})
final class AgendaCommand extends BaseCommand {
    static final String IDLE_DAYS_ENV = "LOGBOEK_IDLE_DAYS";
    static final int OVERDUE = 3;

    @Option(names = "--idle-days", paramLabel = "N",
            description = "An incident without a line for more than N days is on the agenda. Default: $LOGBOEK_IDLE_DAYS, else 14.")
    String idleDays;

    @Option(names = "--mine", description = "In a team logbook: only the incidents you recorded or last acted on.")
    boolean mine;

    @Option(names = "--json", description = "Print JSON (docs/json-output.md).")
    boolean json;

    AgendaCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        int idle = idleDays();
        LocalDate today = LocalDate.now(ctx.app.clock());
        OffsetDateTime now = OffsetDateTime.now(ctx.app.clock());
        var book = ctx.incidents();
        Retention retention = ctx.retention();
        withDeadlines = ctx.protocols().withDeadlines();
        var folds = book.forAgenda(ctx.app.zone(), today, idle, window(today, retention.months()), withDeadlines);
        List<Incident> active = folds.active();
        List<IncidentBook.Closing> closed = folds.closed();
        if (mine && book.logbook().isTeam()) {
            // A team logbook has no digest: every closed incident was folded (who wrote it is known).
            String me = ctx.author();
            active = active.stream().filter(i -> mine(i, me)).toList();
            closed = closed.stream().filter(c -> c.incident() != null && mine(c.incident(), me)).toList();
        }
        Agenda agenda = new Agenda(today, ctx.app.zone())
                .followUps(active)
                .deadlines(active, this::checklists)
                .idle(active, idle)
                .retention(closed, retention::expiresAt, now)
                .retentionEndedUncounted(folds.endedUncounted());
        // Retention periods told by the digest come without a title: read the titles that are shown
        // (in text, the periods of a group of more than a few are one line without them).
        java.util.Map<Agenda.Group, Long> retentions = agenda.retentionCounts();
        List<Agenda.Entry> entries = json ? agenda.entries() : agenda.entries(AgendaText.COLLAPSE_AFTER);
        java.util.Set<String> untitled = new java.util.HashSet<>();
        entries.stream().filter(e -> e.kind() == Agenda.Kind.RETENTION && e.title() == null
                        && (json || retentions.get(e.group()) <= AgendaText.COLLAPSE_AFTER))
                .forEach(e -> untitled.add(e.incident()));
        if (!untitled.isEmpty()) {
            agenda.withTitles(book.titles(untitled));
            entries = json ? agenda.entries() : agenda.entries(AgendaText.COLLAPSE_AFTER);
        }
        if (json) {
            Output.json(out(), JsonViews.agenda(today, entries, e -> what(e)));
        } else {
            new AgendaText(msg(), ctx.ansi(), out()).print(entries, retentions, this::what);
        }
        return agenda.anyOverdue() ? OVERDUE : 0;
    }

    /** The protocols with an item that has a deadline (read from their headers, none bound). */
    private java.util.Set<String> withDeadlines = java.util.Set.of();

    /**
     * The checklists of an incident's protocols that have deadlines; none when such a protocol is no
     * longer loaded (the agenda still shows the rest). The others are not bound: binding a protocol
     * costs more than the rest of the agenda.
     */
    private List<nl.logboek.incident.Checklist> checklists(Incident i) {
        if (i.protocol() == null || i.protocols().stream().noneMatch(withDeadlines::contains)) {
            return List.of();
        }
        try {
            List<nl.logboek.incident.Checklist> lists = new java.util.ArrayList<>();
            for (String id : i.protocols()) {
                if (withDeadlines.contains(id) && (!ctx.protocols().deadlinesAfterAnswers(id) || answered(i, id))) {
                    var p = ctx.protocols().byId(id).orElseThrow(
                            () -> LogboekException.failure("protocol.not-loaded", i.id(), id));
                    lists.add(nl.logboek.incident.Checklist.of(i, p, id.equals(i.protocol())));
                }
            }
            return lists;
        } catch (LogboekException notLoaded) {
            return List.of();
        }
    }

    private static boolean answered(Incident i, String protocol) {
        return i.answers().keySet().stream().anyMatch(k -> k.startsWith(protocol + "/"));
    }

    /**
     * Which closed incidents the agenda needs: a retention period of {@code months} months ends
     * 28 to 31 days a month after closing, so one closed later than the week's end less 28 days a
     * month cannot end this week, and one closed before today less 31 days a month surely ended
     * before today (then, in text, only their number is shown); a day's margin on both sides.
     * Between those, the digest's closings are sorted by the day their period ends (this week,
     * before today, or later): only those of this week are made into entries one by one.
     */
    private IncidentBook.ClosedWindow window(LocalDate today, int months) {
        if (json) {
            return IncidentBook.ClosedWindow.ALL;
        }
        long startOfToday = today.atStartOfDay(ctx.app.zone()).toEpochSecond();
        long endOfWeek = today.plusDays(Agenda.WEEK + 1L).atStartOfDay(ctx.app.zone()).toEpochSecond();
        return new IncidentBook.ClosedWindow(startOfToday - months * 31L * 86_400L - 86_400L,
                endOfWeek - months * 28L * 86_400L + 86_400L, AgendaText.COLLAPSE_AFTER, months, startOfToday, endOfWeek);
    }

    private static boolean mine(Incident i, String me) {
        return me.equals(i.reportedBy()) || me.equals(i.lastActivityBy());
    }

    /** What an entry is, in the user's language: "Vervolgafspraak: Nagesprek met Sam". */
    String what(Agenda.Entry e) {
        return switch (e.kind()) {
            case FOLLOW_UP -> msg().get("agenda.follow-up", e.text() == null ? "" : TerminalText.oneLine(e.text()));
            case DEADLINE -> msg().get("agenda.deadline", e.item() == null ? e.text()
                    : e.item().text().in(msg().language()), deadlineWords(e.item()));
            case IDLE -> msg().get("agenda.idle", e.days());
            case RETENTION -> msg().get(e.ended() ? "agenda.retention-ended" : "agenda.retention");
        };
    }

    /** "onmiddellijk", "binnen 72 uur", ... with the source of the time limit. */
    private String deadlineWords(nl.logboek.protocol.ChecklistItem item) {
        if (item == null || item.deadline() == null) {
            return "";
        }
        String within = item.deadline().within();
        String words;
        if (within == null || within.equals("immediately")) {
            words = msg().get("deadline.immediately");
        } else if (within.endsWith("wd")) {
            words = msg().get("deadline.workdays", within.substring(0, within.length() - 2));
        } else if (within.endsWith("h")) {
            words = msg().get("deadline.hours", within.substring(0, within.length() - 1));
        } else {
            words = msg().get("deadline.days", within.substring(0, within.length() - 1));
        }
        return item.deadline().source() == null ? words : words + "; " + item.deadline().source();
    }

    private int idleDays() {
        String given = idleDays;
        String key = "agenda.idle-days-invalid";
        if (given == null) {
            given = ctx.app.env().get(IDLE_DAYS_ENV);
            key = "agenda.idle-days-env-invalid";
            if (given == null || given.isBlank()) {
                return Agenda.DEFAULT_IDLE_DAYS;
            }
        }
        try {
            int n = Integer.parseInt(given.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // below
        }
        throw LogboekException.usage(key, TerminalText.safe(given));
    }
}
