package nl.logboek.cli;

import nl.logboek.incident.Evidence;
import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentJson;
import nl.logboek.incident.Screenshot;
import nl.logboek.logbook.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "annotate",
        description = "Add a timestamped note to an incident, optionally with what was seen of a posting (evidence).",
        footerHeading = "%nExamples:%n",
        footer = {
                "  logboek annotate k7m2 \"Gesprek met ouders gevoerd; zij doen aangifte.\"",
                "  logboek annotate k7m2 --evidence --posted-by @anon123 --channel Instagram --account @anon123 \\",
                "      --url https://instagram.com/p/xyz --posted-at 2026-11-20T21:14 --screenshot ~/schermafdruk.png \\",
                "      \"Screenshot gemaakt en bewaard op de beveiligde schijf\"",
                "  logboek annotate k7m2 --follow-up maandag \"Nagesprek met Sam\"",
                "  logboek annotate k7m2 --follow-up-done 1 \"Nagesprek gevoerd; het gaat beter\"",
                "  pbpaste | logboek annotate k7m2 -"})
final class AnnotateCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident id, or a unique prefix of it.")
    String id;

    @Parameters(index = "1..*", paramLabel = "TEXT", arity = "0..*", description = "The note; - reads it from standard input. Without it, on a terminal, $VISUAL or $EDITOR opens (an empty file cancels).")
    List<String> text = new ArrayList<>();

    @Option(names = "--done", paramLabel = "ITEM", split = ",",
            description = "Tick checklist items: their id, or their number in the printed checklist (repeatable, or comma-separated).")
    List<String> done = new ArrayList<>();

    @Option(names = "--done-on", paramLabel = "DATE", description = "The date the items were done (for dated duties, such as the meld- en aangifteplicht). Without it, the date of this entry counts.")
    String doneOn;

    @Option(names = "--evidence", description = "This note records a posting (guide on online abuse of professionals, step 2: who posted, channel, whose account, who else, URL, time).")
    boolean evidence;

    @Option(names = "--posted-by", paramLabel = "WHO", description = "Who posted it.")
    String postedBy;

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "Where it was posted (platform, group, channel).")
    String channel;

    @Option(names = "--account", paramLabel = "ACCOUNT", description = "Whose account it was posted from.")
    String account;

    @Option(names = "--involved", paramLabel = "WHO", description = "Who else is involved (shared, liked, commented).")
    String involved;

    @Option(names = "--url", paramLabel = "URL", description = "Where the posting can be found.")
    String url;

    @Option(names = "--posted-at", paramLabel = "DATE[TIME]", description = "When it was posted.")
    String postedAt;

    @Option(names = "--screenshot", paramLabel = "FILE",
            description = "A screenshot file: its SHA-256 and path are recorded, never the file. Refused for sexual categories.")
    Path screenshot;

    @Option(names = "--private",
            description = "A personal work note: kept out of exports and of what is handed over on a request for access (inzageverzoek).")
    boolean personal;

    @Option(names = "--follow-up", paramLabel = "WHEN",
            description = "Set a follow-up that TEXT describes, due WHEN: yyyy-mm-dd, +3d or +2w (days or weeks from today), or a weekday (maandag, monday: the next one).")
    String followUp;

    @Option(names = "--follow-up-done", paramLabel = "N",
            description = "Mark follow-up N (as 'logboek show' numbers them) done; TEXT, if given, says what came of it.")
    Integer followUpDone;

    @Option(names = "--answer", paramLabel = "KEY=ANSWER",
            description = "Answer a question of the protocol (ja, nee, twijfel or onbekend) or a decision (one of its options), by its key as 'next' shows it; TEXT is recorded with the answer.")
    String answer;

    @Option(names = "--checklist", description = "Print the whole checklist afterwards (as 'logboek next' does), not only what changed.")
    boolean checklist;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    boolean quiet;

    @Option(names = "--json", description = "Print the new event as JSON.")
    boolean json;

    /** The incident's checklists before this entry, for saying what changed; null for --json and --quiet. */
    private List<nl.logboek.incident.Checklist> before;

    AnnotateCommand(Context ctx) {
        super(ctx);
    }

    /** Reads the incident as it is before the entry is written (not for --json or --quiet, which say nothing of it). */
    private void remember() {
        if (!json && !quiet && !checklist) {
            before = new ShortAnswer(ctx).before(ctx.incidents().get(id));
        }
    }

    @Override
    public Integer call() {
        Surroundings.prepareToWrite(ctx); // its write signs: the JDK's Ed25519 and the key start meanwhile
        String sha = screenshot == null ? null : Screenshot.sha256(screenshot);
        Evidence ev = new Evidence(NewCommand.blankToNull(postedBy), NewCommand.blankToNull(channel),
                NewCommand.blankToNull(account), NewCommand.blankToNull(involved), NewCommand.blankToNull(url),
                postedAt == null || postedAt.isBlank() ? null
                        : nl.logboek.incident.Dates.parseOccurred("--posted-at", postedAt, ctx.app.zone(), java.time.OffsetDateTime.now(ctx.app.clock())),
                sha,
                screenshot == null ? null : screenshot.toAbsolutePath().normalize().toString());
        if (evidence && ev.isEmpty()) {
            throw nl.logboek.LogboekException.usage("annotate.evidence-empty");
        }
        if (answer != null) {
            if (!ev.isEmpty() || evidence || !done.isEmpty() || doneOn != null || personal || followUp != null || followUpDone != null) {
                throw nl.logboek.LogboekException.usage("annotate.answer-alone");
            }
            int eq = answer.indexOf('=');
            if (eq <= 0 || eq == answer.length() - 1) {
                throw nl.logboek.LogboekException.usage("annotate.answer-malformed", answer);
            }
            String note = text.equals(List.of("-")) ? NoteEditor.read(ctx.app.stdin().get()) : String.join(" ", text);
            remember();
            Incident incident = ctx.cases().answer(id, answer.substring(0, eq), answer.substring(eq + 1), note, ctx.author());
            Event last = incident.timeline().get(incident.timeline().size() - 1);
            report(incident, last, "annotate.answered");
            return 0;
        }
        boolean followUpOption = followUp != null || followUpDone != null;
        if (followUpOption && (!ev.isEmpty() || evidence || !done.isEmpty() || doneOn != null || personal)) {
            throw nl.logboek.LogboekException.usage("annotate.follow-up-alone");
        }
        if (followUp != null && followUpDone != null) {
            throw nl.logboek.LogboekException.usage("annotate.follow-up-both");
        }
        java.time.LocalDate due = followUp == null ? null
                : nl.logboek.incident.Dates.parseDue("--follow-up", followUp, java.time.LocalDate.now(ctx.app.clock()));
        if (text.equals(List.of("-"))) {
            String note = NoteEditor.read(ctx.app.stdin().get());
            if (note.isBlank()) {
                throw nl.logboek.LogboekException.usage("annotate.stdin-empty");
            }
            text = new ArrayList<>(List.of(note));
        } else if (text.isEmpty() && ev.isEmpty() && done.isEmpty() && followUpDone == null && ctx.app.terminal() && !quiet && !json) {
            String editor = NoteEditor.chosen(ctx.app.env());
            String note;
            if (editor != null) {
                note = NoteEditor.edit(editor, List.of(msg().get(followUp != null ? "editor.help.follow-up" : "editor.help.note", id),
                        msg().get("editor.help.comments")), ctx.logbook().file().toAbsolutePath().getParent());
                if (note == null) {
                    throw nl.logboek.LogboekException.failure("prompt.cancelled");
                }
            } else {
                try (Prompter prompter = new Prompter(ctx.app.console().get(), msg())) {
                    note = prompter.lines(msg().get("prompt.note"));
                }
            }
            if (note != null) {
                text = new ArrayList<>(List.of(note));
            }
        }
        if (due != null) {
            remember();
            Incident incident = ctx.cases().followUp(id, due, String.join(" ", text), ctx.author());
            Event last = incident.timeline().get(incident.timeline().size() - 1);
            Incident.FollowUp set = incident.followUps().get(incident.followUps().size() - 1);
            report(incident, last, "annotate.follow-up-set", set.number(), HumanTime.moment(set.due(), ctx.app.zone(), msg().language()));
            return 0;
        }
        if (followUpDone != null) {
            remember();
            Incident incident = ctx.cases().followUpDone(id, followUpDone, String.join(" ", text), ctx.author());
            Event last = incident.timeline().get(incident.timeline().size() - 1);
            report(incident, last, "annotate.follow-up-done", followUpDone);
            return 0;
        }
        if (!done.isEmpty()) {
            java.time.LocalDate on = doneOn == null ? null : nl.logboek.incident.Dates.parseDate("--done-on", doneOn);
            if (on != null && on.isAfter(java.time.LocalDate.now(ctx.app.clock()))) {
                throw nl.logboek.LogboekException.usage("date.future", doneOn);
            }
            remember();
            Incident incident = ctx.cases().tick(id, done, on, String.join(" ", text), ev.isEmpty() ? null : ev, personal,
                    ctx.author());
            Event last = incident.timeline().get(incident.timeline().size() - 1);
            report(incident, last, "annotate.ticked");
            return 0;
        }
        if (doneOn != null) {
            throw nl.logboek.LogboekException.usage("annotate.done-on-alone");
        }
        if (String.join(" ", text).isBlank() && ev.isEmpty()) {
            throw nl.logboek.LogboekException.usage("annotate.text-empty");
        }
        remember();
        Event written = ctx.incidents().annotate(id, String.join(" ", text), ev, personal, ctx.author());
        if (json || quiet) {
            if (json) {
                Output.json(out(), IncidentJson.annotated(written.incident(), written));
            }
            return 0;
        }
        report(ctx.incidents().get(written.incident()), written, "annotate.recorded");
        return 0;
    }

    private void report(Incident incident, Event last, String doneKey, Object... more) {
        if (json) {
            Output.json(out(), IncidentJson.annotated(incident.id(), last));
        } else if (!quiet) {
            Object[] args = new Object[more.length + 1];
            args[0] = incident.id();
            System.arraycopy(more, 0, args, 1, more.length);
            out().println(msg().get(doneKey, args));
            new ShortAnswer(ctx).print(out(), before == null ? List.of() : before, incident, checklist);
        }
    }
}
