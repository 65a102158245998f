package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.protocol.Category;
import nl.logboek.incident.Dates;
import nl.logboek.incident.Incident;
import nl.logboek.incident.NewIncident;
import nl.logboek.incident.Person;
import nl.logboek.incident.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "new",
        description = "Record a new incident and print its id.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  logboek new -c cyberpesten -t \"Groepsapp 2B: buitensluiten\" -p WhatsApp \\",
                "      --person \"Sam:slachtoffer:leerling\" --person \"Alex:dader:leerling\" --severity middel",
                "  id=$(logboek new -q -c sexting -t \"Naaktfoto verspreid\" --source openbaar)"})
final class NewCommand extends BaseCommand {
    @Option(names = {"-t", "--title"}, paramLabel = "TEXT", description = "A short title (required).")
    String title;

    @Option(names = {"-c", "--category"}, paramLabel = "CATEGORY", completionCandidates = CategoryCandidates.class,
            description = "Kind of incident (required): ${COMPLETION-CANDIDATES}.")
    String category;

    @Option(names = {"-p", "--platform"}, paramLabel = "NAME", description = "Where it happened online, e.g. Instagram, Snapchat, WhatsApp.")
    String platform;

    @Option(names = "--occurred", paramLabel = "DATE[TIME]",
            description = "When it happened: 2026-11-20 or 2026-11-20T15:30 (your time zone). Default: now.")
    String occurred;

    @Option(names = {"-d", "--description"}, paramLabel = "TEXT", description = "What happened. Describe, never depict.")
    String description;

    @Option(names = "--person", paramLabel = "NAME:ROLE[:KIND]",
            description = "Someone involved (repeatable). ROLE: slachtoffer, dader, getuige, melder; KIND: leerling, medewerker, derde.")
    List<String> persons = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "LEVEL", description = "laag, middel, hoog or acuut.")
    String severity;

    @Option(names = "--source", paramLabel = "SOURCE",
            description = "Where the information comes from: openbaar (public) or prive-account (private account: never shared with partners). "
                    + "Not om-bevel: only the police can act on an order of the public prosecutor.")
    String source;

    @Option(names = "--protocol", paramLabel = "ID",
            description = "Follow this protocol instead of the one chosen from the category and everyone involved; a protocol that is only added beside another (meldcode) is added (see 'logboek protocols').")
    String protocol;

    @Option(names = {"-q", "--quiet"}, description = "Print only the new id (for scripts).")
    boolean quiet;

    @Option(names = "--json", description = "Print the new incident as JSON.")
    boolean json;

    NewCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Surroundings.prepareToWrite(ctx); // its write signs: the JDK's Ed25519 and the key start meanwhile
        RepeatSignal.of(ctx.app.env()); // an invalid setting is refused before anything is asked or written
        if ((title == null || category == null) && ctx.app.terminal() && !quiet && !json) {
            try (Prompter prompter = new Prompter(ctx.app.console().get(), msg())) {
                new NewIncidentDialog(prompter, msg(), ctx.protocols(), ctx.app.zone(), ctx.app.clock()).fill(this);
                return record(prompter);
            }
        }
        if (title == null) {
            throw LogboekException.usage("new.missing", "--title");
        }
        if (category == null) {
            throw LogboekException.usage("new.missing", "--category");
        }
        return record(null);
    }

    /** Records the incident; with a prompter (interactive), only after the user confirmed the summary. */
    private Integer record(Prompter prompter) {
        Category cat = Category.parse(category);
        List<Person> people = new ArrayList<>();
        for (String p : persons) {
            people.add(Person.parse(p));
        }
        OffsetDateTime now = OffsetDateTime.now(ctx.app.clock());
        String when = occurred == null ? Dates.occurredNow(now) : Dates.parseOccurred("--occurred", occurred, ctx.app.zone(), now);
        NewIncident spec = new NewIncident(title, cat, blankToNull(platform), when, blankToNull(description), people,
                severity == null ? null : Vocabulary.SEVERITY.parse(severity),
                source == null ? null : recordableSource(source));
        if (prompter != null) {
            PrintWriter screen = prompter.writer();
            screen.println();
            screen.println(msg().get("prompt.summary"));
            new IncidentText(msg(), ctx.app.zone()).draft(screen, spec,
                    ctx.incidents().chooseProtocol(spec, protocol, ctx.protocols()).id());
            if (!prompter.confirm(msg().get("prompt.confirm"))) {
                throw LogboekException.failure("prompt.cancelled");
            }
        }
        RepeatSignal repeats = RepeatSignal.of(ctx.app.env());
        nl.logboek.incident.IncidentBook book = ctx.incidents();
        Incident created = book.create(spec, protocol, ctx.protocols(), ctx.author());
        repeats.check(book, created.persons(), ctx.app.clock().instant(), ctx, err());
        if (nl.logboek.incident.IncidentBook.depictsTooMuch(spec)) {
            err().println(msg().get("privacy.describe-not-depict"));
        }
        if (json) {
            Output.json(out(), nl.logboek.incident.IncidentJson.one(created, ctx.levels()));
        } else if (quiet) {
            out().println(created.id());
        } else {
            out().println(msg().get("new.recorded", created.id()));
            new IncidentText(msg(), ctx.app.zone()).withLabelsFrom(ctx.protocols(), created).summary(out(), created);
            printChoice(book.chooseProtocols(spec, protocol, ctx.protocols()), created);
            ctx.printChecklist(out(), created);
        }
        return 0;
    }

    /** The source id for what was typed, refused when our users may not record it (privacy.SourceRules). */
    static String recordableSource(String typed) {
        String id = Vocabulary.SOURCE.parse(typed);
        nl.logboek.privacy.SourceRules.requireRecordable(id);
        return id;
    }

    /** Which protocols the incident follows, and why each was chosen. */
    private void printChoice(nl.logboek.protocol.ProtocolRegistry.Choice choice, Incident created) {
        String lang = msg().language();
        java.util.function.Function<String, String> title = id -> ctx.protocols().byId(id)
                .map(p -> TerminalText.safe(p.title().in(lang))).orElse(id);
        if (protocol != null && protocol.strip().equals(choice.main())) {
            out().println(msg().get("new.protocols-main-asked", title.apply(choice.main())));
        } else {
            String because = choice.mainBecause() != null ? choice.mainBecause().in(lang)
                    : msg().get("new.protocols-because-default", created.category(), created.target());
            out().println(msg().get("new.protocols-main", title.apply(choice.main()), because));
        }
        for (nl.logboek.protocol.ProtocolRegistry.Added a : choice.added()) {
            out().println(a.because() == null ? msg().get("new.protocols-added-asked", title.apply(a.id()))
                    : msg().get("new.protocols-added", title.apply(a.id()), a.because().in(lang)));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static final class CategoryCandidates extends ArrayList<String> {
        CategoryCandidates() {
            for (Category c : Category.values()) { // a loop, not a stream: made on every `new`
                add(c.id());
            }
        }
    }
}
