package nl.logboek.cli;

import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "close",
        description = {"Close an incident with its outcome.",
                "Refuses while mandatory items (such as the meld- en aangifteplicht) are open, unless --force "
                        + "with --reason; a forced close records its reason and which items were still open.",
                "Open follow-ups are named: on a terminal it asks to close anyway; in a script it refuses (exit 1) "
                        + "unless --force. They stay open in the timeline."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek close k7m2 --outcome \"Gesprekken gevoerd, excuses aangeboden, rust in de klas\"",
                "  logboek close k7m2 --outcome \"Ouders doen zelf aangifte\" --force --reason \"Politie door ouders ingelicht; overlegd met de directeur\""})
final class CloseCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident id, or a unique prefix of it.")
    String id;

    @Option(names = "--outcome", paramLabel = "TEXT", description = "How it ended (required).")
    String outcome;

    @Option(names = "--force", description = "Close even though mandatory items are open (they are recorded as open) or follow-ups are (they stay open). Needs --reason.")
    boolean force;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why you close with --force although items or follow-ups are open (recorded; asked for on a terminal).")
    String reason;

    @Option(names = "--json", description = "Print the incident as JSON afterwards.")
    boolean json;

    CloseCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (force && (reason == null || reason.isBlank()) && outcome != null && !outcome.isBlank()
                && ctx.app.terminal() && !json) {
            reason = askReason();
        }
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
        Incident incident = ctx.cases().close(id, outcome, force, reason, confirmed, ctx.author());
        if (!incident.openFollowUps().isEmpty() && (force || !confirmed.isEmpty())) {
            err().println(msg().get("close.follow-ups-left", incident.id(),
                    nl.logboek.incident.CaseActions.describe(incident.openFollowUps())));
        }
        if (incident.closing().forced()) {
            java.util.List<String> open = incident.closing().openMandatory();
            err().println(msg().get("close.forced-warning", incident.id(), open.size(), itemTexts(incident, open)));
        }
        if (json) {
            Output.json(out(), IncidentJson.one(incident, ctx.levels()));
        } else {
            out().println(msg().get("close.done", incident.id()));
        }
        return 0;
    }

    /**
     * Asks on the terminal why the incident is closed with --force, after naming what is still
     * open; Ctrl-C or Ctrl-D cancels and nothing is written.
     */
    private String askReason() {
        Incident current = ctx.incidents().get(id);
        java.util.List<nl.logboek.protocol.ChecklistItem> open;
        try {
            open = nl.logboek.incident.Checklist.of(current, ctx.protocols()).openMandatory();
        } catch (nl.logboek.LogboekException noProtocol) {
            open = java.util.List.of();
        }
        // What is open goes to stderr before the question: the terminal may echo typed-ahead keys among it.
        if (!open.isEmpty()) {
            err().println(msg().get("close.force-open-items", current.id(), open.size()));
            for (nl.logboek.protocol.ChecklistItem item : open) {
                err().println("  - " + TerminalText.safe(item.text() == null ? item.id() : item.text().in(msg().language())));
            }
        }
        if (!current.openFollowUps().isEmpty()) {
            err().println(msg().get("close.follow-ups-ask", current.id()));
            new IncidentText(msg(), ctx.app.zone()).followUps(err(), current.openFollowUps(),
                    java.time.LocalDate.now(ctx.app.clock()));
        }
        err().flush();
        try (Prompter prompter = new Prompter(ctx.app.console().get(), msg())) {
            return prompter.ask(msg().get("prompt.force-reason"), java.util.List.of(), true, answer -> answer);
        }
    }

    /** The texts of the items with these ids, from the incident's protocol, in the user's language. */
    private nl.logboek.i18n.Translated itemTexts(Incident incident, java.util.List<String> ids) {
        nl.logboek.protocol.Protocol protocol;
        try {
            protocol = incident.protocol() == null ? null : ctx.protocols().byId(incident.protocol()).orElse(null);
        } catch (nl.logboek.LogboekException unreadable) {
            protocol = null;
        }
        return nl.logboek.incident.CaseActions.itemTexts(protocol, ids, false);
    }
}
