package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Messages;
import nl.logboek.incident.AmendRequest;
import nl.logboek.incident.Dates;
import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentEvent.Amended.Field;
import nl.logboek.incident.Person;
import nl.logboek.incident.Vocabulary;
import nl.logboek.protocol.Category;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What `amend` corrects: the options checked against their vocabularies, and on a terminal the
 * questions it asks field by field (Enter keeps a value, "-" clears an optional one).
 */
final class AmendDialog {
    /** What a user types at a question to clear an optional field. */
    private static final String CLEAR = "-";

    private final Prompter prompter;
    private final Messages msg;
    private final Context ctx;

    AmendDialog(Prompter prompter, Messages msg, Context ctx) {
        this.prompter = prompter;
        this.msg = msg;
        this.ctx = ctx;
    }

    void fill(AmendCommand cmd) {
        Incident i = ctx.incidents().get(cmd.id);
        prompter.println(msg.get("prompt.amend-intro", i.id()));
        cmd.title = ask("label.title", i.title(), List.of(), false, t -> t);
        List<String> categories = Arrays.stream(Category.values()).map(Category::id).toList();
        cmd.category = ask("label.category", i.category(), categories, false, t -> Category.parse(t).id());
        cmd.severity = ask("label.severity", i.severity(), Vocabulary.SEVERITY.ids(), true, Vocabulary.SEVERITY::parse);
        cmd.platform = ask("label.platform", i.platform(), List.of(), true, t -> t);
        cmd.occurred = ask("label.occurred", i.occurred(), List.of(), false, t -> occurred(t));
        cmd.description = ask("label.description", i.description(), List.of(), true, t -> t);
        cmd.protocol = ask("label.protocol", i.protocol(), ctx.protocols().ids(), false, t -> t);
        prompter.println(msg.get("prompt.persons-help"));
        for (Person p : i.persons()) {
            String answer = prompter.ask(msg.get("prompt.amend-keep-person", p.name()), List.of(msg.get("prompt.yes"), msg.get("prompt.no")),
                    false, t -> t);
            // As confirm takes yes in either language, a no in either language counts.
            if (answer != null && List.of("n", "no", "nee").contains(answer.toLowerCase(java.util.Locale.ROOT))) {
                cmd.removePersons.add(p.name());
            }
        }
        while (true) {
            String spec = prompter.ask(msg.get("prompt.person"), Vocabulary.ROLE.ids(), false, typed -> {
                Person.parse(typed);
                return typed;
            });
            if (spec == null) {
                break;
            }
            cmd.addPersons.add(spec);
        }
        if (cmd.reason == null) {
            cmd.reason = prompter.ask(msg.get("prompt.reason"), List.of(), true, t -> t);
        }
        if (cmd.noField()) {
            throw LogboekException.usage("amend.nothing");
        }
        prompter.println(msg.get("prompt.amend-summary"));
        String[][] changes = {{"label.title", i.title(), cmd.title}, {"label.category", i.category(), cmd.category},
                {"label.severity", i.severity(), cmd.severity}, {"label.platform", i.platform(), cmd.platform},
                {"label.occurred", i.occurred(), cmd.occurred}, {"label.description", i.description(), cmd.description},
                {"label.protocol", i.protocol(), cmd.protocol}};
        for (String[] c : changes) {
            if (c[2] != null) {
                prompter.println("  " + TerminalText.safe(msg.get("timeline.changed", msg.get(c[0]), shown(c[1]), shown(c[2]))));
            }
        }
        cmd.removePersons.forEach(name -> prompter.println("  " + msg.get("timeline.person-removed", TerminalText.safe(name))));
        cmd.addPersons.forEach(spec -> prompter.println("  " + msg.get("timeline.person-added", TerminalText.safe(Person.parse(spec).name()))));
        prompter.println("  " + msg.get("timeline.reason", TerminalText.oneLine(cmd.reason)));
        if (!prompter.confirm(msg.get("prompt.amend-confirm"))) {
            throw LogboekException.failure("prompt.cancelled");
        }
    }

    private String shown(String value) {
        return value == null || value.isEmpty() ? msg.get("label.empty") : value.replaceAll("\\R", " ");
    }

    /** Null when kept (Enter or the same value), "" when cleared. */
    private String ask(String labelKey, String current, List<String> completions, boolean clearable,
                       java.util.function.Function<String, String> parse) {
        String shown = current == null ? msg.get("label.empty") : TerminalText.oneLine(current);
        String prompt = msg.get(clearable ? "prompt.amend-field-clear" : "prompt.amend-field", msg.get(labelKey), shown);
        String answer = prompter.ask(prompt, completions, false, t -> clearable && t.equals(CLEAR) ? "" : parse.apply(t));
        return answer == null || answer.equals(current) ? null : answer;
    }

    private String occurred(String typed) {
        return Dates.parseOccurred("--occurred", typed, ctx.app.zone(), OffsetDateTime.now(ctx.app.clock()));
    }

    /** The correction the options ask for, each value checked; an empty value clears an optional field. */
    static AmendRequest request(AmendCommand cmd, Context ctx) {
        Map<Field, String> fields = new LinkedHashMap<>();
        if (cmd.title != null) {
            if (cmd.title.isBlank()) {
                throw LogboekException.usage("new.title-empty");
            }
            fields.put(Field.TITLE, cmd.title.strip());
        }
        if (cmd.category != null) {
            fields.put(Field.CATEGORY, Category.parse(cmd.category).id());
        }
        if (cmd.severity != null) {
            fields.put(Field.SEVERITY, cmd.severity.isBlank() ? null : Vocabulary.SEVERITY.parse(cmd.severity));
        }
        if (cmd.platform != null) {
            fields.put(Field.PLATFORM, NewCommand.blankToNull(cmd.platform));
        }
        if (cmd.occurred != null) {
            fields.put(Field.OCCURRED, Dates.parseOccurred("--occurred", cmd.occurred, ctx.app.zone(),
                    OffsetDateTime.now(ctx.app.clock())));
        }
        if (cmd.description != null) {
            fields.put(Field.DESCRIPTION, NewCommand.blankToNull(cmd.description));
        }
        if (cmd.protocol != null) {
            fields.put(Field.PROTOCOL, cmd.protocol.strip());
        }
        if (cmd.source != null) {
            // The same rule as at 'new' (privacy.SourceRules): never an OM order.
            fields.put(Field.SOURCE, cmd.source.isBlank() ? null : NewCommand.recordableSource(cmd.source));
        }
        List<Person> add = cmd.addPersons.stream().map(Person::parse).toList();
        List<String> remove = cmd.removePersons.stream().map(String::strip).toList();
        return new AmendRequest(cmd.reason, fields, add, remove,
                cmd.addProtocols.stream().map(String::strip).toList(), cmd.removeProtocols.stream().map(String::strip).toList());
    }
}
