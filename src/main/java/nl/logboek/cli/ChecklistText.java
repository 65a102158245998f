package nl.logboek.cli;

import nl.logboek.i18n.Messages;
import nl.logboek.incident.Checklist;
import nl.logboek.protocol.Alert;
import nl.logboek.protocol.Level;
import nl.logboek.protocol.LocalizedText;
import nl.logboek.protocol.ProtocolRegistry;
import picocli.CommandLine.Help.Ansi;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints the checklist of an incident's current step: alerts on top, items with the done ones ticked, partners, regie. */
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
        return text == null ? "" : text.in(msg.language());
    }

    void print(PrintWriter out, Checklist c) {
        String id = c.incident().id();
        out.println();
        out.println(ansi.string("@|bold " + escape(msg.get("checklist.protocol", t(c.protocol().title()), c.protocol().id())) + "|@"));
        for (Alert a : c.alerts()) {
            out.println(ansi.string("@|bold,red " + escape("! " + msg.get("alert." + a.kind().name().toLowerCase(java.util.Locale.ROOT))) + "|@")
                    + " " + t(a.text()));
        }
        Level level = c.level();
        if (level != null) {
            out.println(msg.get("checklist.level", t(level.title()), t(level.regie())));
        }
        if (c.incident().isClosed()) {
            out.println(msg.get("checklist.closed", c.incident().outcome()));
            nl.logboek.incident.IncidentEvent.Closed closing = c.incident().closing();
            if (closing.forced()) {
                out.println(msg.get("timeline.forced-items", closing.openMandatory().size()));
                for (String item : closing.openMandatory()) {
                    out.println("  - " + c.protocol().item(item).map(i -> t(i.text())).orElse(item));
                }
            }
            out.flush();
            return;
        }
        if (c.finished()) {
            out.println(msg.get("checklist.all-done", id));
            out.flush();
            return;
        }
        out.println(ansi.string("@|bold " + escape(msg.get("checklist.step", c.stepNumber(), c.protocol().steps().size(), t(c.step().title()))) + "|@"));
        if (c.step().description() != null) {
            out.println("  " + t(c.step().description()));
        }
        for (Checklist.Line line : c.lines()) {
            String box = line.done() == null ? "[ ]" : "[x]";
            List<String> marks = new ArrayList<>();
            if (line.item().mandatory()) {
                marks.add(msg.get("checklist.mandatory"));
            }
            if (line.done() != null) {
                String on = line.doneOn();
                marks.add(msg.get("checklist.done-by", on != null ? on : line.done().time().toLocalDate(), line.done().author()));
            } else if (line.item().dated()) {
                marks.add(msg.get("checklist.dated"));
            }
            String suffix = marks.isEmpty() ? "" : " (" + String.join("; ", marks) + ")";
            out.println("  " + box + " " + line.number() + ". " + t(line.item().text()) + suffix + "  [" + line.item().id() + "]");
        }
        if (!c.step().partners().isEmpty()) {
            out.println(msg.get("checklist.partners", String.join(", ", names(c.step().partners()))));
        }
        if (c.step().regie() != null && c.protocol().ladder() != null) {
            c.protocol().ladder().level(c.step().regie())
                    .ifPresent(l -> out.println(msg.get("checklist.step-regie", t(l.regie()))));
        }
        // Taken back, by the number and text the list above shows them with.
        c.lines().stream().filter(l -> c.incident().retractedItems().containsKey(l.item().id()))
                .map(l -> l.number() + ". " + t(l.item().text()))
                .reduce((a, b) -> a + "; " + b).ifPresent(items -> out.println(msg.get("checklist.retracted", items)));
        out.println(msg.get(c.stepComplete() ? "checklist.step-complete" : "checklist.next", id));
        out.flush();
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
