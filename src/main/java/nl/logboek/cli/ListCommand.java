package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.incident.Agenda;
import nl.logboek.incident.Incident;
import nl.logboek.incident.Involvement;
import nl.logboek.incident.Standing;
import nl.logboek.incident.IncidentFilter;
import nl.logboek.incident.IncidentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.List;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "list",
        description = {"List incidents, oldest first: by default every incident not closed (--status all lists all).",
                "Each line: id, reported, status, the step of the protocol it is at, its level, the days since its last line "
                        + "(idle), the day of its next open follow-up, category and title."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  logboek list --status open",
                "  logboek list --overdue --sort due",
                "  logboek list --person \"Sam de Vries\" --status all",
                "  logboek list --category sexting,sextortion --since 2026-09-01",
                "  logboek list --json | jq -r '.incidents[].id'"})
final class ListCommand extends BaseCommand {
    @Mixin
    FilterOptions filters;

    @Option(names = "--overdue", description = "Only incidents with a follow-up whose day has passed.")
    boolean overdue;

    @Option(names = "--person", paramLabel = "NAME",
            description = "Only incidents involving NAME (compared as 'person' does: without case, accents or extra spaces).")
    String person;

    @Option(names = "--sort", paramLabel = "ORDER", completionCandidates = SortCandidates.class,
            description = "reported (oldest first; the default), idle (longest idle first), due (next follow-up first), status.")
    String sort;

    @Option(names = "--json", description = "Print JSON (docs/json-output.md).")
    boolean json;

    ListCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Standing.Order order = sort == null ? Standing.Order.REPORTED : Standing.Order.parse(sort);
        if (person != null && person.isBlank()) {
            throw LogboekException.usage("person.empty");
        }
        IncidentFilter filter = filters.toFilter(ctx.app.zone(), true);
        LocalDate today = LocalDate.now(ctx.app.clock());
        List<Incident> found = ctx.incidents().list(filter, overdue ? today : null, person);
        if (person != null) {
            found = Involvement.of(person, found).stream().map(Involvement.Involved::incident).toList();
        }
        if (overdue) {
            found = found.stream().filter(i -> Agenda.hasOverdueFollowUp(i, today)).toList();
        }
        if (json && order == Standing.Order.REPORTED) {
            Output.json(out(), IncidentJson.list(found, ctx.levels()));
            return 0;
        }
        // The protocols are read for the STEP and LEVEL columns: not for an empty table.
        List<Standing> rows = new Standing.Reader(json || found.isEmpty() ? null : ctx.protocols(), today, ctx.app.zone())
                .all(found, order);
        if (json) {
            Output.json(out(), IncidentJson.list(rows.stream().map(Standing::incident).toList(), ctx.levels()));
        } else {
            new IncidentText(msg(), ctx.app.zone()).table(out(), rows);
        }
        return 0;
    }

    static final class SortCandidates extends java.util.ArrayList<String> {
        SortCandidates() {
            super(java.util.Arrays.stream(Standing.Order.values()).map(o -> o.name().toLowerCase(java.util.Locale.ROOT)).toList());
        }
    }
}
