package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "retract",
        description = {"Take back a tick, or mark a note or evidence entry as recorded in error.",
                "Nothing is deleted: the original entry stays in the logbook and in 'show', marked as taken back; "
                        + "the checklist, reports and exports no longer count it ('export --events' keeps every entry)."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek retract k7m2 --item politie-gecontacteerd --reason \"Per ongeluk afgevinkt\"",
                "  logboek retract k7m2 --entry 4 --reason \"Notitie hoorde bij een ander incident\""})
final class RetractCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident id, or a unique prefix of it.")
    String id;

    @Option(names = "--item", paramLabel = "KEY|N",
            description = "The ticked item: its id, or its number in the checklist 'next' shows.")
    String item;

    @Option(names = "--entry", paramLabel = "N", description = "The note or evidence entry, by its number in the timeline 'show' prints.")
    Integer entry;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is taken back (required).")
    String reason;

    @Option(names = "--json", description = "Print the incident as JSON afterwards.")
    boolean json;

    RetractCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if ((item == null) == (entry == null)) {
            throw LogboekException.usage("retract.what");
        }
        Incident incident = item != null
                ? ctx.cases().retractItem(id, item, reason, ctx.author())
                : ctx.cases().retractEntry(id, entry, reason, ctx.author());
        if (json) {
            Output.json(out(), IncidentJson.one(incident, ctx.levels()));
            return 0;
        }
        if (item != null) {
            out().println(msg().get("retract.item-done", incident.id(),
                    ProtocolLabels.of(msg(), ctx.protocols(), incident.protocol()).itemInSentence(retractedItem(incident, item.strip()))));
            ctx.printChecklist(out(), incident);
        } else {
            out().println(msg().get("retract.entry-done", incident.id(), entry));
        }
        return 0;
    }

    /** The id of the item taken back: the last retracted line names it (the user may have typed a number). */
    private static String retractedItem(Incident incident, String typed) {
        var last = incident.entries().get(incident.entries().size() - 1).event();
        return last instanceof nl.logboek.incident.IncidentEvent.Retracted r && r.item() != null ? r.item() : typed;
    }
}
