package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.incident.Incident;
import nl.logboek.incident.Involvement;
import nl.logboek.logbook.Logbook;
import nl.logboek.privacy.Retention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "purge",
        description = {
                "Remove the content of incidents whose retention period has ended, for good: every line of those incidents "
                        + "keeps its place in the hash chain but loses its content, and a purge record names the incidents, "
                        + "how many, by whom and why. The logbook is rewritten atomically after a copy is saved; the copy is "
                        + "deleted once the result verifies.",
                "--person NAME --reason TEXT answers a request for erasure (AVG art. 17): it purges, whole, the incidents "
                        + "NAME is involved in whose retention period has ended, with everyone and everything in them (a purge "
                        + "can only empty whole lines, and a person's data is spread over an incident's lines); the incidents "
                        + "still within their period are kept and listed with the day their period ends.",
                "Backups made earlier (logboek backup) still hold the content: remove or purge those too. Not possible "
                        + "in a team logbook."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek purge --expired --dry-run", "  logboek purge --expired", "  logboek purge --expired --yes   # scripts",
                "  logboek purge --person \"Sam de Vries\" --reason \"verzoek ouders 2026-11-30\" --dry-run"})
final class PurgeCommand extends BaseCommand {
    @Option(names = "--expired", description = "Purge every incident whose retention period has ended (see 'logboek retention').")
    boolean expired;

    @Option(names = "--person", paramLabel = "NAME",
            description = "Instead of --expired: purge the incidents this person is involved in (as 'logboek person' finds "
                    + "them) whose retention period has ended, whole; list those that are kept and until when.")
    String person;

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "With --person (required there): why, recorded in the purge record, e.g. the date of the request. "
                    + "Do not write the person's name in it: the purge record is kept.")
    String reason;

    @Option(names = {"-n", "--dry-run"}, description = "Only list what would be purged; change nothing.")
    boolean dryRun;

    @Option(names = "--yes", description = "Do not ask for confirmation (needed when not on a terminal).")
    boolean yes;

    PurgeCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (expired == (person != null)) {
            throw LogboekException.usage("purge.expired-or-person");
        }
        if (person != null) {
            return person();
        }
        if (reason != null) {
            throw LogboekException.usage("purge.reason-needs-person");
        }
        List<Retention.Due> due = ctx.retention().expired(RetentionCommand.closed(ctx), OffsetDateTime.now(ctx.app.clock()));
        Set<String> ids = new LinkedHashSet<>();
        due.forEach(d -> ids.add(d.id()));
        if (ids.isEmpty()) {
            out().println(msg().get("purge.nothing"));
            return 0;
        }
        out().println(msg().get(dryRun ? "purge.would" : "purge.will", ids.size(), String.join(", ", ids)));
        if (dryRun) {
            return 0;
        }
        confirmAndPurge(ids, "retention " + ctx.retention().months() + " months");
        return 0;
    }

    private void confirmAndPurge(Set<String> ids, String why) {
        if (!yes) {
            if (!ctx.app.terminal()) {
                throw LogboekException.usage("purge.needs-yes");
            }
            try (Prompter prompter = new Prompter(ctx.app.console().get(), msg())) {
                if (!prompter.confirm(msg().get("purge.confirm", ids.size()))) {
                    throw LogboekException.failure("prompt.cancelled");
                }
            }
        }
        Logbook.Purged purged = ctx.logbook().purge(ids, why, ctx.author());
        out().println(msg().get("purge.done", purged.incidents().size(), purged.lines(), purged.head()));
    }

    /** A request for erasure: the person's incidents past retention, whole; the rest listed. */
    private int person() {
        if (reason == null || reason.isBlank()) {
            throw LogboekException.usage("purge.person-needs-reason");
        }
        if (Retention.names(reason, person)) {
            throw LogboekException.usage("purge.reason-names-person");
        }
        String shown = TerminalText.safe(person.strip());
        List<Incident> involved = PersonCommand.involved(ctx, person).stream().map(Involvement.Involved::incident).toList();
        Retention.Erasure erasure = ctx.retention().erasure(involved, OffsetDateTime.now(ctx.app.clock()));
        out().println(msg().get("purge.person-found", shown, involved.size(), erasure.erasable().size(), erasure.kept().size()));
        for (Retention.Kept k : erasure.kept()) {
            out().println("  " + (k.expiresAt() == null
                    ? msg().get("purge.person-kept-open", k.id(), TerminalText.safe(k.category()), TerminalText.safe(k.status()))
                    : msg().get("purge.person-kept-until", k.id(), TerminalText.safe(k.category()), HumanTime.day(k.expiresAt().atZoneSameInstant(ctx.app.zone()).toLocalDate(), msg().language()))));
        }
        Set<String> ids = new LinkedHashSet<>();
        erasure.erasable().forEach(d -> ids.add(d.id()));
        if (ids.isEmpty()) {
            out().println(msg().get("purge.person-nothing", shown));
            return 0;
        }
        out().println(msg().get(dryRun ? "purge.would" : "purge.will", ids.size(), String.join(", ", ids)));
        if (dryRun) {
            return 0;
        }
        confirmAndPurge(ids, "request for erasure (AVG art. 17): " + reason.strip()
                + "; retention " + ctx.retention().months() + " months ended");
        return 0;
    }
}
