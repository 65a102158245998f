package nl.logboek.cli;

import nl.logboek.i18n.Messages;
import nl.logboek.incident.Checklist;
import nl.logboek.protocol.Alert;
import nl.logboek.protocol.AlertKind;
import nl.logboek.protocol.ChecklistItem;
import nl.logboek.protocol.Condition;
import nl.logboek.protocol.Duty;
import nl.logboek.protocol.ItemKind;
import nl.logboek.protocol.Level;
import nl.logboek.protocol.LocalizedText;
import nl.logboek.protocol.PartnerGroup;
import nl.logboek.protocol.ProtocolRegistry;
import picocli.CommandLine.Help.Ansi;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints where an incident stands in each of its protocols (the main one, then those added
 * beside it): alerts on top, labelled as law, protocol rule or advice; the current step's items
 * with the done ones ticked, questions with their answers, and items that apply only on an
 * answer marked so; partners and regie; and what to do next, never a command that would fail.
 */
final class ChecklistText {
    private final Messages msg;
    private final ProtocolRegistry protocols;
    private final Ansi ansi;

    ChecklistText(Messages msg, ProtocolRegistry protocols, Ansi ansi) {
        this.msg = msg;
        this.protocols = protocols;
        this.ansi = ansi;
    }

    private String t(LocalizedText text) {
        return text == null ? "" : TerminalText.safe(text.in(msg.language()));
    }

    /** Every protocol of the incident, the main one first. */
    void print(PrintWriter out, List<Checklist> checklists) {
        // The warning about images of minors is the same in every protocol that has it: once is enough.
        java.util.Set<AlertKind> shown = java.util.EnumSet.noneOf(AlertKind.class);
        for (Checklist c : checklists) {
            print(out, c, checklists.size() > 1, shown);
        }
        out.flush();
    }

    void print(PrintWriter out, Checklist c) {
        print(out, List.of(c));
    }

    private void print(PrintWriter out, Checklist c, boolean several, java.util.Set<AlertKind> shown) {
        String id = c.incident().id();
        out.println();
        String heading = msg.get(c.main() ? (several ? "checklist.protocol-main" : "checklist.protocol") : "checklist.protocol-added",
                t(c.protocol().title()), c.protocol().id());
        out.println(ansi.string("@|bold " + escape(heading) + "|@"));
        for (Alert a : c.alerts()) {
            if (a.kind() == AlertKind.IMAGE && !shown.add(AlertKind.IMAGE)) {
                continue;
            }
            out.println(ansi.string("@|bold,red " + escape("! " + alertLabel(a)) + "|@") + " " + t(a.text()));
        }
        Level level = c.level();
        if (level != null) {
            out.println(msg.get("checklist.level", t(level.title()), t(level.regie())));
            if (!level.tasks().isEmpty()) {
                out.println(msg.get("checklist.level-tasks", String.join("; ", level.tasks().stream().map(this::t).toList())));
            }
        }
        if (c.incident().isClosed()) {
            if (c.main()) {
                out.println(msg.get("checklist.closed", TerminalText.safe(c.incident().outcome())));
                nl.logboek.incident.IncidentEvent.Closed closing = c.incident().closing();
                if (closing.forced()) {
                    out.println(msg.get("timeline.forced-items", closing.openMandatory().size()));
                    for (String item : closing.openMandatory()) {
                        out.println("  - " + c.protocol().item(item).map(i -> t(i.text())).orElse(item));
                    }
                }
            }
            return;
        }
        if (c.finished()) {
            out.println(c.main() ? msg.get("checklist.all-done", id) : msg.get("checklist.all-done-added", id));
            return;
        }
        out.println(ansi.string("@|bold " + escape(msg.get("checklist.step", c.stepNumber(), c.protocol().steps().size(), t(c.step().title()))) + "|@"));
        if (c.step().description() != null) {
            out.println("  " + t(c.step().description()));
        }
        for (Checklist.Line line : c.lines()) {
            out.println("  " + box(line) + " " + line.number() + ". " + t(line.item().text()) + suffix(line)
                    + "  [" + key(c, line.item()) + "]");
            if (line.conditional() && conditionOf(c, line) != null) {
                out.println("        " + msg.get("checklist.only-if", describe(c, conditionOf(c, line))));
            }
            if (line.item().kind() == ItemKind.DECISION && line.answer() == null) {
                out.println("        " + msg.get("checklist.options", String.join(", ", line.item().options().stream()
                        .map(o -> o.id() + " (" + t(o.text()) + ")").toList())));
            }
        }
        if (!c.step().partners().isEmpty()) {
            out.println(msg.get("checklist.partners", String.join(", ", names(c.step().partners()))));
        }
        if (c.main() && c.stepNumber() == 1) {
            for (PartnerGroup g : c.protocol().partnerGroups()) {
                out.println(msg.get("checklist.partner-group", t(g.title()), String.join(", ", names(g.partners()))));
            }
        }
        if (c.step().regie() != null && c.protocol().ladder() != null) {
            c.protocol().ladder().level(c.step().regie())
                    .ifPresent(l -> out.println(msg.get("checklist.step-regie", t(l.regie()))));
        }
        if (c.main() && c.protocol().ladder() != null && !c.protocol().ladder().up().isEmpty()) {
            out.println(msg.get("checklist.scale-up-when", String.join("; ",
                    c.protocol().ladder().up().stream().map(cr -> t(cr.text()) + " [" + cr.id() + "]").toList())));
        }
        // Taken back, by the number and text the list above shows them with.
        c.lines().stream().filter(l -> c.incident().retractedItems().containsKey(c.key(l.item().id())))
                .map(l -> l.number() + ". " + t(l.item().text()))
                .reduce((x, y) -> x + "; " + y).ifPresent(items -> out.println(msg.get("checklist.retracted", items)));
        hints(out, c);
    }

    /** What to do next: only commands that this incident and protocol accept. */
    private void hints(PrintWriter out, Checklist c) {
        String id = c.incident().id();
        String advance = c.main() ? "logboek next " + id + " --advance" : "logboek next " + id + " --advance --protocol " + c.protocol().id();
        if (c.stepComplete()) {
            out.println(msg.get("checklist.step-complete", advance));
            return;
        }
        List<String> open = c.openInStep().stream().map(i -> key(c, i)).toList();
        boolean questions = c.openInStep().stream().anyMatch(ChecklistItem::answered);
        boolean actions = c.openInStep().stream().anyMatch(i -> !i.answered());
        List<String> parts = new ArrayList<>();
        if (actions) {
            parts.add(msg.get("checklist.hint-tick", "logboek annotate " + id + " --done " + (c.main() ? "N" : c.protocol().id() + ":N")));
        }
        if (questions) {
            // The first open question or decision, with the answers it takes.
            ChecklistItem asked = c.openInStep().stream().filter(ChecklistItem::answered).findFirst().orElseThrow();
            String command = "logboek annotate " + id + " --answer " + key(c, asked) + "=...";
            parts.add(asked.kind() == ItemKind.DECISION
                    ? msg.get("checklist.hint-decide", command, String.join(", ", asked.options().stream().map(o -> o.id()).toList()))
                    : msg.get("checklist.hint-answer", command));
        }
        parts.add(msg.get(open.isEmpty() ? "checklist.hint-advance" : "checklist.hint-advance-reason", advance));
        if (c.main() && nl.logboek.incident.EscalationPath.canScaleUp(c.incident(), c.protocol())) {
            parts.add(msg.get("checklist.hint-escalate", "logboek escalate " + id + " --reason ..."));
        }
        out.println(msg.get("checklist.hints", String.join("; ", parts)));
    }

    private String box(Checklist.Line line) {
        if (line.done() != null) {
            return "[x]";
        }
        return line.conditional() ? "[?]" : "[ ]";
    }

    private String suffix(Checklist.Line line) {
        ChecklistItem item = line.item();
        List<String> marks = new ArrayList<>();
        if (item.duty() != null) {
            marks.add(dutyLabel(item));
        }
        if (item.mandatory()) {
            marks.add(msg.get("checklist.mandatory"));
        }
        if (line.answer() != null) {
            String value = item.kind() == ItemKind.DECISION
                    ? item.option(line.answer().value()).map(o -> t(o.text())).orElse(line.answer().value())
                    : msg.get("answer." + line.answer().value());
            marks.add(msg.get("checklist.answered", value, line.answer().line().time() == null ? ""
                    : HumanTime.day(line.answer().line().time().toLocalDate(), msg.language()), line.answer().line().author()));
        } else if (line.done() != null) {
            String on = line.doneOn();
            marks.add(msg.get("checklist.done-by", on != null ? TerminalText.safe(HumanTime.moment(on, java.time.ZoneOffset.UTC, msg.language()))
                    : HumanTime.day(line.done().time().toLocalDate(), msg.language()), line.done().author()));
        } else if (item.answered()) {
            marks.add(msg.get(item.kind() == ItemKind.QUESTION ? "checklist.question" : "checklist.decision"));
        } else if (item.dated()) {
            marks.add(msg.get("checklist.dated"));
        }
        if (line.conditional()) {
            marks.add(msg.get("checklist.conditional"));
        }
        return marks.isEmpty() ? "" : " (" + String.join("; ", marks) + ")";
    }

    private String dutyLabel(ChecklistItem item) {
        return dutyLabel(msg, item);
    }

    /** WETTELIJKE PLICHT (the law named), PROTOCOLREGEL or ADVIES. */
    static String dutyLabel(Messages msg, ChecklistItem item) {
        return item.duty() == Duty.LAW
                ? msg.get("duty.law-named", TerminalText.safe(item.law() == null ? "" : item.law().in(msg.language())))
                : msg.get("duty." + item.duty().name().toLowerCase(Locale.ROOT));
    }

    private String alertLabel(Alert a) {
        return alertLabel(msg, a);
    }

    static String alertLabel(Messages msg, Alert a) {
        if (a.kind() == AlertKind.LAW) {
            return msg.get("alert.law-named", TerminalText.safe(a.law() == null ? "" : a.law().in(msg.language())));
        }
        // An alert written before the labels existed does not name its law: it reads as a protocol rule.
        AlertKind kind = a.kind() == AlertKind.LEGAL ? AlertKind.RULE : a.kind();
        return msg.get("alert." + kind.name().toLowerCase(Locale.ROOT));
    }

    private static Condition conditionOf(Checklist c, Checklist.Line line) {
        if (line.item().when() != null) {
            return line.item().when();
        }
        return c.step() == null ? null : c.step().when();
    }

    /** "Redelijk vermoeden ...? = ja" in words, from the items the condition reads. */
    private String describe(Checklist c, Condition condition) {
        List<String> parts = new ArrayList<>();
        condition.forEachSimple((item, values) -> {
            String question = c.protocol().item(item).map(i -> t(i.text())).orElse(item);
            List<String> words = values.stream().map(v -> c.protocol().item(item)
                    .flatMap(i -> i.option(v)).map(o -> t(o.text()))
                    .orElseGet(() -> msg.get("answer." + v))).toList();
            parts.add(msg.get("checklist.condition", question, String.join(" / ", words)));
            return null;
        });
        return String.join(condition.any().isEmpty() ? msg.get("checklist.and") : msg.get("checklist.or"), parts);
    }

    /** How the user names an item: its id, qualified with its protocol when it is not the main one. */
    private static String key(Checklist c, ChecklistItem item) {
        return c.main() ? item.id() : c.protocol().id() + ":" + item.id();
    }

    private List<String> names(List<String> partnerIds) {
        List<String> out = new ArrayList<>();
        for (String p : partnerIds) {
            out.add(protocols.partner(p).map(x -> t(x.name())).orElse(p));
        }
        return out;
    }

    private static String escape(String s) {
        // picocli markup uses @| and |@; the texts never contain them, but a user's own protocol might.
        return s.replace("@|", "@ |").replace("|@", "| @");
    }
}
