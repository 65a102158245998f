package nl.logboek.cli;

import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "close",
        description = {"Close an incident with its outcome.",
                "Refuses while mandatory items (such as the meld- en aangifteplicht) are open, unless --force; "
                        + "a forced close records which items were still open.",
                "Open follow-ups are named: on a terminal it asks to close anyway; in a script it refuses (exit 1) "
                        + "unless --force. They stay open in the timeline."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek close k7m2 --outcome \"Gesprekken gevoerd, excuses aangeboden, rust in de klas\""})
final class CloseCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident id, or a unique prefix of it.")
    String id;

    @Option(names = "--outcome", paramLabel = "TEXT", description = "How it ended (required).")
    String outcome;

    @Option(names = "--force", description = "Close even though mandatory items are open (they are recorded as open) or follow-ups are (they stay open).")
    boolean force;

    @Option(names = "--json", description = "Print the incident as JSON afterwards.")
    boolean json;

    CloseCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        java.util.Set<String> confirmed = new java.util.HashSet<>();
        if (!force && ctx.app.terminal() && !json && outcome != null && !outcome.isBlank()) {
            Incident current = ctx.incidents().get(id);
            java.util.List<Incident.FollowUp> open = current.openFollowUps();
            if (!open.isEmpty()) {
                IncidentText text = new IncidentText(msg(), ctx.app.zone());
                try (Prompter prompter = new Prompter(ctx.app.console().get(), msg())) {
                    prompter.println(msg().get("close.follow-ups-ask", current.id()));
                    text.followUps(prompter.writer(), open, java.time.LocalDate.now(ctx.app.clock()));
                    if (!prompter.confirm(msg().get("close.follow-ups-confirm"))) {
                        throw nl.logboek.LogboekException.failure("prompt.cancelled");
                    }
                }
                open.forEach(f -> confirmed.add(f.hash()));
            }
        }
        Incident incident = ctx.cases().close(id, outcome, force, confirmed, ctx.author());
        if (!incident.openFollowUps().isEmpty() && (force || !confirmed.isEmpty())) {
            err().println(msg().get("close.follow-ups-left", incident.id(),
                    nl.logboek.incident.CaseActions.describe(incident.openFollowUps())));
        }
        if (incident.closing().forced()) {
            err().println(msg().get("close.forced-warning", incident.id(), TerminalText.safe(String.join(", ", incident.closing().openMandatory()))));
        }
        if (json) {
            Output.json(out(), IncidentJson.one(incident));
        } else {
            out().println(msg().get("close.done", incident.id()));
        }
        return 0;
    }
}
