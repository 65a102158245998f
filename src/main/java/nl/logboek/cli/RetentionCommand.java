package nl.logboek.cli;

import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentFilter;
import nl.logboek.privacy.Retention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "retention",
        description = {
                "List closed incidents whose retention period (bewaartermijn) has ended, and those ending within 30 days.",
                "The period is set per organisation in $XDG_CONFIG_HOME/logboek/logboek.properties (retention.months, "
                        + "default 24: two years after closing). Remove expired incidents with 'logboek purge --expired'."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek retention", "  logboek retention --json | jq '.expired | length'"})
final class RetentionCommand extends BaseCommand {
    @Option(names = "--json", description = "Print JSON: {format, retention_months, expired[], expiring_soon[]}.")
    boolean json;

    RetentionCommand(Context ctx) {
        super(ctx);
    }

    static List<Incident> closed(Context ctx) {
        return ctx.incidents().list(new IncidentFilter(Set.of("gesloten"), Set.of(), null, null, ctx.app.zone()));
    }

    @Override
    public Integer call() {
        Retention retention = ctx.retention();
        List<Incident> closed = closed(ctx);
        OffsetDateTime now = OffsetDateTime.now(ctx.app.clock());
        List<Retention.Due> expired = retention.expired(closed, now);
        List<Retention.Due> soon = retention.expiringBetween(closed, now, now.plusDays(30));
        if (json) {
            Output.json(out(), JsonViews.retention(retention.months(), expired, soon));
            return 0;
        }
        out().println(msg().get("retention.period", retention.months()));
        out().println(msg().get("retention.expired", expired.size()));
        for (Retention.Due d : expired) {
            out().println("  " + msg().get("retention.line", d.id(), TerminalText.safe(d.category()),
                    HumanTime.day(d.closedAt().atZoneSameInstant(ctx.app.zone()).toLocalDate(), msg().language()), HumanTime.day(d.expiresAt().atZoneSameInstant(ctx.app.zone()).toLocalDate(), msg().language())));
        }
        out().println(msg().get("retention.soon", soon.size()));
        for (Retention.Due d : soon) {
            out().println("  " + msg().get("retention.line", d.id(), TerminalText.safe(d.category()),
                    HumanTime.day(d.closedAt().atZoneSameInstant(ctx.app.zone()).toLocalDate(), msg().language()), HumanTime.day(d.expiresAt().atZoneSameInstant(ctx.app.zone()).toLocalDate(), msg().language())));
        }
        if (!expired.isEmpty()) {
            out().println(msg().get("retention.hint"));
        }
        return 0;
    }
}
