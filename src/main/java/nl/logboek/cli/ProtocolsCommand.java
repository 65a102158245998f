package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.protocol.Alert;
import nl.logboek.protocol.AppliesTo;
import nl.logboek.protocol.ChecklistItem;
import nl.logboek.protocol.Criterion;
import nl.logboek.protocol.Level;
import nl.logboek.protocol.LocalizedText;
import nl.logboek.protocol.Partner;
import nl.logboek.protocol.Protocol;
import nl.logboek.protocol.ProtocolException;
import nl.logboek.protocol.ProtocolLoader;
import nl.logboek.protocol.ProtocolProblem;
import nl.logboek.protocol.Step;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "protocols",
        description = "List the protocols in effect: the shipped ones and your organisation's own.",
        subcommands = {ProtocolsCommand.Show.class, ProtocolsCommand.Check.class},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek protocols", "  logboek protocols show sexting-loverboys --lang en",
                "  logboek protocols check ~/.config/logboek/protocols/ons-pestprotocol.json"})
final class ProtocolsCommand extends BaseCommand {
    @Option(names = "--json", description = "Print JSON: id, title (nl, en), overlay, appliesTo, steps.")
    boolean json;

    ProtocolsCommand(Context ctx) {
        super(ctx);
    }

    private static String t(LocalizedText text, String lang) {
        return text == null ? "" : TerminalText.safe(text.in(lang));
    }

    @Override
    public Integer call() {
        List<Protocol> all = ctx.protocols().all();
        if (json) {
            Output.json(out(), JsonViews.protocols(all));
            return 0;
        }
        String lang = msg().language();
        for (Protocol p : all) {
            String applies = p.appliesTo().stream().flatMap(a -> a.categories().stream()).distinct().collect(Collectors.joining(", "));
            out().printf("%-34s %s%n", p.id(), t(p.title(), lang));
            out().printf("%-34s %s%n", "", msg().get("protocols.applies", applies));
        }
        out().flush();
        return 0;
    }

    @Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "show", description = "Print one protocol in full: alerts, steps with their items, partners, the escalation ladder.")
    static final class Show extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The protocol id (see 'logboek protocols').")
        String id;

        Show(Context ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            Protocol p = ctx.protocols().byId(id).orElseThrow(() -> LogboekException.usage("protocol.unknown", id,
                    ctx.protocols().all().stream().map(Protocol::id).collect(Collectors.joining(", "))));
            String lang = msg().language();
            PrintWriter out = out();
            out.println(t(p.title(), lang) + "  [" + p.id() + "]");
            out.println(msg().get("protocols.source", p.source()));
            if (p.description() != null) {
                out.println(t(p.description(), lang));
            }
            for (Alert a : p.alerts()) {
                out.println("! " + ChecklistText.alertLabel(msg(), a) + " " + t(a.text(), lang));
            }
            int n = 1;
            for (Step s : p.steps()) {
                out.println();
                out.println(msg().get("checklist.step", n++, p.steps().size(), t(s.title(), lang)) + "  [" + s.id() + "]");
                if (s.description() != null) {
                    out.println("  " + t(s.description(), lang));
                }
                for (Alert a : s.alerts()) {
                    out.println("  ! " + ChecklistText.alertLabel(msg(), a) + " " + t(a.text(), lang));
                }
                int i = 1;
                for (ChecklistItem item : s.items()) {
                    List<String> marks = new java.util.ArrayList<>();
                    if (item.duty() != null) {
                        marks.add(ChecklistText.dutyLabel(msg(), item));
                    }
                    if (item.mandatory()) {
                        marks.add(msg().get("checklist.mandatory"));
                    }
                    if (item.answered()) {
                        marks.add(msg().get(item.kind() == nl.logboek.protocol.ItemKind.QUESTION ? "checklist.question" : "checklist.decision"));
                    }
                    if (item.when() != null || s.when() != null) {
                        marks.add(msg().get("checklist.conditional"));
                    }
                    String mark = marks.isEmpty() ? "" : " (" + String.join("; ", marks) + ")";
                    out.println("  " + i++ + ". " + t(item.text(), lang) + mark + "  [" + item.id() + "]");
                }
                if (!s.partners().isEmpty()) {
                    out.println(msg().get("checklist.partners", partnerNames(s.partners(), lang)));
                }
            }
            if (p.ladder() != null) {
                out.println();
                out.println(msg().get("protocols.ladder"));
                for (Level l : p.ladder().levels()) {
                    String optional = l.optional() ? " (" + msg().get("protocols.optional") + ")" : "";
                    out.println("  - " + t(l.title(), lang) + optional + "  [" + l.id() + "]: " + t(l.regie(), lang));
                }
                criteria(out, "protocols.up", p.ladder().up(), lang);
                criteria(out, "protocols.down", p.ladder().down(), lang);
            }
            out.flush();
            return 0;
        }

        private void criteria(PrintWriter out, String key, List<Criterion> criteria, String lang) {
            if (criteria.isEmpty()) {
                return;
            }
            out.println(msg().get(key));
            int i = 1;
            for (Criterion c : criteria) {
                out.println("  " + i++ + ". " + t(c.text(), lang) + "  [" + c.id() + "]");
            }
        }

        private String partnerNames(List<String> ids, String lang) {
            return ids.stream().map(id -> ctx.protocols().partner(id).map(Partner::name).map(n -> t(n, lang)).orElse(id))
                    .collect(Collectors.joining(", "));
        }
    }

    @Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "check", description = "Validate a protocol file without using it; every problem is named with file, line and field.")
    static final class Check extends BaseCommand {
        @Parameters(index = "0", paramLabel = "FILE", description = "The protocol file (JSON, docs/protocol-format.md).")
        Path file;

        Check(Context ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw LogboekException.usage("protocol.check-unreadable", file, e.getMessage());
            }
            var partners = ctx.protocols().partners().stream().map(Partner::id).collect(Collectors.toSet());
            try {
                Protocol p = new ProtocolLoader().readProtocol(file.getFileName().toString(), text, partners);
                out().println(msg().get("protocols.check-ok", file, p.id(), p.steps().size(), p.items().size()));
                return 0;
            } catch (ProtocolException e) {
                for (ProtocolProblem problem : e.problems()) {
                    err().println(TerminalText.safe(String.valueOf(problem)));
                }
                err().println(msg().get("protocols.check-failed", file, e.problems().size()));
                return LogboekException.FAILURE;
            }
        }
    }
}
