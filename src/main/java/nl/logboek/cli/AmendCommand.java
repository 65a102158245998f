package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.incident.CaseActions;
import nl.logboek.incident.IncidentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "amend",
        description = {"Correct what was recorded about an incident: a new entry that names what changed, why, by whom and when.",
                "The original entry stays in the logbook and in 'show'; lists, reports and exports use the corrected record. "
                        + "An empty value clears an optional field (--platform, --severity, --description). "
                        + "On a terminal without any field given, it asks field by field."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek amend k7m2 --category sexting --reason \"Bleek om een naaktfoto te gaan\"",
                "  logboek amend k7m2 --remove-person \"Sam de Vris\" --add-person \"Sam de Vries:slachtoffer:leerling\" \\",
                "      --reason \"Naam verkeerd gespeld\""})
final class AmendCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident id, or a unique prefix of it.")
    String id;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the record is corrected (required).")
    String reason;

    @Option(names = {"-t", "--title"}, paramLabel = "TEXT", description = "The corrected title.")
    String title;

    @Option(names = {"-c", "--category"}, paramLabel = "CATEGORY", completionCandidates = NewCommand.CategoryCandidates.class,
            description = "The corrected category: ${COMPLETION-CANDIDATES}.")
    String category;

    @Option(names = "--severity", paramLabel = "LEVEL", description = "laag, middel, hoog or acuut; empty clears it.")
    String severity;

    @Option(names = {"-p", "--platform"}, paramLabel = "NAME", description = "Where it happened online; empty clears it.")
    String platform;

    @Option(names = "--occurred", paramLabel = "DATE[TIME]", description = "When it happened: YYYY-MM-DD or YYYY-MM-DD HH:MM.")
    String occurred;

    @Option(names = {"-d", "--description"}, paramLabel = "TEXT", description = "The corrected description; empty clears it.")
    String description;

    @Option(names = "--source", paramLabel = "SOURCE",
            description = "Where the information comes from: openbaar or prive-account (never shared with partners); empty clears it. Not om-bevel.")
    String source;

    @Option(names = "--add-person", paramLabel = "NAME:ROLE[:KIND]",
            description = "Someone involved who was not recorded (repeatable). Roles: slachtoffer, dader, getuige, melder; kinds: leerling, medewerker, derde.")
    List<String> addPersons = new ArrayList<>();

    @Option(names = "--remove-person", paramLabel = "NAME", description = "Someone recorded in error, by name as 'show' prints it (repeatable).")
    List<String> removePersons = new ArrayList<>();

    @Option(names = "--protocol", paramLabel = "ID",
            description = "Switch to another protocol; ticks of items it has too are kept, the others are named and no longer count.")
    String protocol;

    @Option(names = "--add-protocol", paramLabel = "ID",
            description = "Follow this protocol too, beside the main one (repeatable; see 'logboek protocols').")
    List<String> addProtocols = new ArrayList<>();

    @Option(names = "--remove-protocol", paramLabel = "ID",
            description = "Stop following a protocol added beside the main one (repeatable); its ticks stay in the record.")
    List<String> removeProtocols = new ArrayList<>();

    @Option(names = "--checklist", description = "Print the whole checklist afterwards (as 'logboek next' does), not only what changed.")
    boolean checklist;

    @Option(names = "--json", description = "Print the incident as JSON afterwards.")
    boolean json;

    AmendCommand(Context ctx) {
        super(ctx);
    }

    boolean noField() {
        return title == null && category == null && severity == null && platform == null && occurred == null
                && description == null && protocol == null && source == null && addPersons.isEmpty() && removePersons.isEmpty()
                && addProtocols.isEmpty() && removeProtocols.isEmpty();
    }

    @Override
    public Integer call() {
        if (noField() && ctx.app.terminal() && !json) {
            try (Prompter prompter = new Prompter(ctx.app.console().get(), msg())) {
                new AmendDialog(prompter, msg(), ctx).fill(this);
            }
        }
        if (reason == null || reason.isBlank()) {
            throw LogboekException.usage("correction.reason");
        }
        RepeatSignal repeats = RepeatSignal.of(ctx.app.env());
        nl.logboek.incident.AmendRequest request = AmendDialog.request(this, ctx);
        // A correction of what the checklist does not read (title, platform, description, when,
        // source) says only what changed: binding the protocol to say that nothing else did costs
        // more than the rest of the command.
        boolean checklistMayChange = checklist || category != null || severity != null || protocol != null
                || !addPersons.isEmpty() || !removePersons.isEmpty() || !addProtocols.isEmpty() || !removeProtocols.isEmpty();
        List<nl.logboek.incident.Checklist> before = json || checklist || !checklistMayChange ? List.of()
                : new ShortAnswer(ctx).before(ctx.incidents().get(id));
        CaseActions.Amendment done = ctx.cases().amend(id, request, ctx.author());
        repeats.check(ctx.incidents(), request.addPersons(), ctx.app.clock().instant(), ctx, err());
        if (json) {
            Output.json(out(), IncidentJson.one(done.incident(), ctx.levels()));
            return 0;
        }
        out().println(msg().get("amend.done", done.incident().id()));
        if (!done.droppedItems().isEmpty()) {
            ProtocolLabels labels = ProtocolLabels.of(msg(), ctx.protocols(), done.incident().protocol());
            err().println(msg().get("amend.dropped", String.join("; ", done.droppedItems().stream().map(labels::item).toList())));
        }
        // What was recorded: the changes as the timeline shows them (without the reason just typed).
        List<nl.logboek.incident.Incident.Entry> entries = done.incident().entries();
        new IncidentText(msg(), ctx.app.zone()).withLabelsFrom(ctx.protocols(), done.incident())
                .changes(out(), done.incident(), entries.get(entries.size() - 1).line());
        if (checklistMayChange) {
            new ShortAnswer(ctx).print(out(), before, done.incident(), checklist);
        }
        return 0;
    }
}
