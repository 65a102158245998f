package nl.logboek.cli;

import nl.logboek.LogboekException;
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
                "Backups made earlier (logboek backup) still hold the content: remove or purge those too."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek purge --expired --dry-run", "  logboek purge --expired", "  logboek purge --expired --yes   # scripts"})
final class PurgeCommand extends BaseCommand {
    @Option(names = "--expired", required = true, description = "Purge every incident whose retention period has ended (see 'logboek retention').")
    boolean expired;

    @Option(names = {"-n", "--dry-run"}, description = "Only list what would be purged; change nothing.")
    boolean dryRun;

    @Option(names = "--yes", description = "Do not ask for confirmation (needed when not on a terminal).")
    boolean yes;

    PurgeCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
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
        Logbook.Purged purged = ctx.logbook().purge(ids, "retention " + ctx.retention().months() + " months", ctx.author());
        out().println(msg().get("purge.done", purged.incidents().size(), purged.lines(), purged.head()));
        return 0;
    }
}
