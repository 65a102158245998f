package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Messages;
import nl.logboek.incident.Checklist;
import nl.logboek.incident.Incident;
import nl.logboek.protocol.Alert;
import nl.logboek.protocol.AlertKind;
import nl.logboek.protocol.ChecklistItem;
import nl.logboek.protocol.Duty;
import nl.logboek.protocol.ItemKind;
import nl.logboek.protocol.Level;
import nl.logboek.protocol.LocalizedText;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a command that records something on an incident says after its first line (what was
 * recorded): what changed, in one line (the step finished and the next one's first open item, the
 * level now, or the step's next open item), and the warnings that this entry made newly relevant
 * and that matter legally or cannot wait: alerts naming a law, alerts about images of minors and
 * urgent ones, and the items with a legal duty (a meldplicht) that apply from now on. The whole
 * checklist, with every alert, is for {@code --checklist} and {@code logboek next}.
 */
final class ShortAnswer {
    /** The alert kinds a short answer repeats when an entry makes them newly relevant. */
    static final Set<AlertKind> PRESSING = Set.of(AlertKind.LAW, AlertKind.LEGAL, AlertKind.IMAGE, AlertKind.URGENCY);

    private final Context ctx;
    private final Messages msg;
    private final boolean levelSaid;

    ShortAnswer(Context ctx) {
        this(ctx, false);
    }

    private ShortAnswer(Context ctx, boolean levelSaid) {
        this.ctx = ctx;
        this.msg = ctx.messages();
        this.levelSaid = levelSaid;
    }

    /** For a command whose first line already names the level it reached (escalate): not again. */
    ShortAnswer levelAlreadySaid() {
        return new ShortAnswer(ctx, true);
    }

    /**
     * The checklists of the incident before the command wrote, or an empty list when they cannot
     * be made (then everything after counts as new).
     */
    List<Checklist> before(Incident incident) {
        try {
            return Checklist.all(incident, ctx.protocols());
        } catch (LogboekException e) {
            return List.of();
        }
    }

    /** Prints what changed between {@code before} and the incident now; the whole checklist with {@code full}. */
    void print(PrintWriter out, List<Checklist> before, Incident after, boolean full) {
        if (full) {
            ctx.printChecklist(out, after);
            return;
        }
        List<Checklist> now;
        try {
            now = Checklist.all(after, ctx.protocols());
        } catch (LogboekException e) {
            out.flush();
            out.println(TerminalText.safe(e.render(msg)));
            return;
        }
        if (after.isClosed()) {
            out.flush();
            return;
        }
        Map<String, Checklist> earlier = new HashMap<>();
        before.forEach(c -> earlier.put(c.protocol().id(), c));
        List<String> changes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<AlertKind> warned = new HashSet<>();
        for (Checklist c : now) {
            Checklist was = earlier.get(c.protocol().id());
            String change = change(was, c, was == null && !before.isEmpty());
            if (change != null) {
                changes.add(c.main() ? change : msg.get("short.added-protocol", t(c.protocol().title()), change));
            }
            for (Alert a : c.alerts()) {
                boolean isNew = was == null || !was.alerts().contains(a);
                if (isNew && PRESSING.contains(a.kind()) && (a.kind() != AlertKind.IMAGE || warned.add(AlertKind.IMAGE))) {
                    warnings.add("! " + ChecklistText.alertLabel(msg, a) + " " + t(a.text()));
                }
            }
            for (Checklist.Line line : c.lines()) {
                if (line.item().duty() == Duty.LAW && line.done() == null && !line.conditional()
                        && !appliedBefore(was, c, line.item())) {
                    warnings.add("! " + msg.get("alert.law-named", t(line.item().law())) + " " + line.number() + ". "
                            + t(line.item().text()));
                }
            }
        }
        changes.forEach(out::println);
        warnings.stream().distinct().forEach(out::println);
        out.flush();
    }

    /** Whether the item was already open and applying in the same step before. */
    private static boolean appliedBefore(Checklist was, Checklist now, ChecklistItem item) {
        if (was == null || was.stepNumber() != now.stepNumber()) {
            return false;
        }
        return was.lines().stream().anyMatch(l -> l.item().id().equals(item.id()) && !l.conditional());
    }

    /**
     * The one sentence of what changed in one protocol of the incident, or null (a protocol beside
     * the main one that did not move; {@code added}: it was added by this command).
     */
    private String change(Checklist was, Checklist c, boolean added) {
        List<String> parts = new ArrayList<>();
        String id = c.incident().id();
        int total = c.protocol().steps().size();
        boolean stepMoved = was != null && was.stepNumber() != c.stepNumber();
        if (stepMoved) {
            if (c.finished()) {
                parts.add(msg.get("short.step-finished-last", was.stepNumber(), id));
            } else {
                parts.add(msg.get("short.step-finished", was.stepNumber(), c.stepNumber(), total, t(c.step().title())));
            }
        }
        Level level = c.level();
        Level levelBefore = was == null ? null : was.level();
        if (!levelSaid && c.main() && level != null && was != null && !Objects.equals(level.id(), levelBefore == null ? null : levelBefore.id())) {
            parts.add(msg.get("short.level", t(level.title())));
        }
        if (c.finished() && !stepMoved && c.main()) {
            parts.add(msg.get("checklist.all-done", id));
        }
        if (!c.finished()) {
            Checklist.Line open = c.lines().stream().filter(l -> l.done() == null && !l.conditional()).findFirst().orElse(null);
            if (open != null) {
                parts.add(msg.get(stepMoved ? "short.first-open" : "short.next-open", c.stepNumber(), total,
                        open.number() + ". " + inSentence(t(open.item().text())) + options(open)));
            } else if (c.stepComplete()) {
                String advance = "logboek next " + id + " --advance" + (c.main() ? "" : " --protocol " + c.protocol().id());
                parts.add(msg.get("short.step-complete", c.stepNumber(), advance));
            }
        }
        if (!c.main() && !stepMoved && !added) {
            return null;
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** For a decision or a question: how to answer it. */
    private String options(Checklist.Line line) {
        ChecklistItem item = line.item();
        if (item.kind() == ItemKind.DECISION) {
            return " (" + msg.get("short.choose", String.join(", ", item.options().stream().map(o -> o.id()).toList())) + ")";
        }
        if (item.kind() == ItemKind.QUESTION) {
            return " (" + msg.get("short.answer") + ")";
        }
        return "";
    }

    /** A text inside a sentence that ends in its own full stop: without the text's final one. */
    private static String inSentence(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private String t(LocalizedText text) {
        return text == null ? "" : TerminalText.safe(text.in(msg.language()));
    }
}
