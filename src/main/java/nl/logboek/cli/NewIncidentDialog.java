package nl.logboek.cli;

import nl.logboek.i18n.Messages;
import nl.logboek.incident.Person;
import nl.logboek.incident.Vocabulary;
import nl.logboek.protocol.Category;
import nl.logboek.protocol.ProtocolRegistry;

import java.util.Arrays;
import java.util.List;

/** The questions `logboek new` asks on a terminal for whatever the command line left out. */
final class NewIncidentDialog {
    private final Prompter prompter;
    private final Messages msg;
    private final ProtocolRegistry protocols;

    private final java.time.ZoneId zone;
    private final java.time.Clock clock;

    NewIncidentDialog(Prompter prompter, Messages msg, ProtocolRegistry protocols, java.time.ZoneId zone, java.time.Clock clock) {
        this.prompter = prompter;
        this.msg = msg;
        this.protocols = protocols;
        this.zone = zone;
        this.clock = clock;
    }

    void fill(NewCommand cmd) {
        if (cmd.category == null) {
            prompter.println(msg.get("prompt.categories"));
            for (Category c : Category.values()) {
                String protocol = protocols.select(c.id(), "leerling").map(p -> p.id()).orElse("-");
                prompter.println(TerminalText.safe(String.format("  %-33s %s  -> %s", c.id(), msg.get("category." + c.id()), protocol)));
            }
            List<String> ids = Arrays.stream(Category.values()).map(Category::id).toList();
            cmd.category = prompter.ask(msg.get("prompt.category"), ids, true, typed -> Category.parse(typed).id());
        }
        if (cmd.title == null) {
            cmd.title = prompter.ask(msg.get("prompt.title"), List.of(), true, typed -> typed);
        }
        if (cmd.occurred == null) {
            // Empty: now, as --occurred left out. A date or moment is checked as --occurred checks it.
            cmd.occurred = prompter.ask(msg.get("prompt.occurred"), List.of(), false, typed -> {
                nl.logboek.incident.Dates.parseOccurred("--occurred", typed, zone, java.time.OffsetDateTime.now(clock));
                return typed;
            });
        }
        if (cmd.description == null) {
            if (Category.parse(cmd.category).sexual()) {
                prompter.println(msg.get("prompt.describe-not-depict"));
            }
            cmd.description = prompter.lines(msg.get("prompt.description"));
        }
        if (cmd.persons.isEmpty()) {
            prompter.println(msg.get("prompt.persons-help"));
            List<String> roles = Vocabulary.ROLE.ids();
            while (true) {
                String spec = prompter.ask(msg.get("prompt.person"), roles, false, typed -> {
                    Person.parse(typed);
                    return typed;
                });
                if (spec == null) {
                    break;
                }
                cmd.persons.add(spec);
            }
        }
        if (cmd.platform == null) {
            cmd.platform = prompter.ask(msg.get("prompt.platform"),
                    List.of("Instagram", "Snapchat", "TikTok", "WhatsApp", "YouTube", "Discord", "Telegram", "X", "Facebook"),
                    false, typed -> typed);
        }
        if (cmd.severity == null) {
            cmd.severity = prompter.ask(msg.get("prompt.severity"), Vocabulary.SEVERITY.ids(), false, Vocabulary.SEVERITY::parse);
        }
        if (cmd.source == null) {
            cmd.source = prompter.ask(msg.get("prompt.source"), nl.logboek.privacy.SourceRules.recordable(Vocabulary.SOURCE.ids()),
                    false, NewCommand::recordableSource);
        }
    }
}
