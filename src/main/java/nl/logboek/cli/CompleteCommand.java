package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentFolder;
import nl.logboek.protocol.Category;
import nl.logboek.protocol.Protocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;

/**
 * The values the shell completion scripts cannot know in advance. Hidden: it is for the scripts,
 * which call it on every Tab, so it is quick, prints nothing but values, and treats a missing,
 * unreadable or damaged logbook (or broken protocols) as having no values rather than as an error.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "complete", hidden = true,
        description = {
                "For the shell completion scripts: print, one per line, the incident ids of the logbook (all, those "
                        + "not closed, or the closed ones), the category ids, the protocol ids in effect, the partner ids, "
                        + "or the levels and criteria of the escalation ladders (of one incident's protocol with --incident).",
                "Prints nothing, and exits 0, when the logbook is missing or damaged or the protocols cannot be read."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek complete ids", "  logboek complete categories --describe --lang nl",
                "  logboek complete protocols --protocols ~/protocollen",
                "  logboek complete reasons --incident k7m2 --down"})
final class CompleteCommand extends BaseCommand {
    static final String KINDS = "ids, active-ids, closed-ids, categories, protocols, partners, levels, reasons, items";

    @Parameters(index = "0", paramLabel = "KIND", description = "What to print: ids, active-ids (not closed), "
            + "closed-ids, categories, protocols, partners, levels, reasons or items (with --incident: its protocol's "
            + "checklist items not ticked yet).")
    String kind;

    @Option(names = "--describe",
            description = "Follow each value by a tab and a description in your language (title, name).")
    boolean describe;

    @Option(names = "--incident", paramLabel = "ID",
            description = "For levels and reasons: only those of this incident's protocol (all protocols' when it is not "
                    + "found); for items: required.")
    String incident;

    @Option(names = "--down", description = "For reasons: the criteria for scaling down instead of up.")
    boolean down;

    CompleteCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        PrintWriter out = out();
        switch (kind) {
            case "ids" -> ids(out, i -> true);
            case "active-ids" -> ids(out, i -> !i.isClosed());
            case "closed-ids" -> ids(out, Incident::isClosed);
            case "partners" -> partners(out);
            case "levels", "reasons" -> ladders(out);
            case "items" -> items(out);
            case "categories" -> {
                for (Category c : Category.values()) {
                    print(out, c.id(), msg().get("category." + c.id()));
                }
            }
            case "protocols" -> protocols(out);
            default -> throw LogboekException.usage("complete.unknown-kind", kind, KINDS);
        }
        out.flush();
        return 0;
    }

    private void ids(PrintWriter out, java.util.function.Predicate<Incident> which) {
        IncidentFolder folder = new IncidentFolder();
        try {
            var logbook = ctx.logbook();
            if (!Files.isRegularFile(logbook.file())) {
                return;
            }
            logbook.read(folder);
        } catch (RuntimeException unreadable) {
            return; // a damaged logbook has no ids to offer; 'logboek verify' is the place to say why
        }
        for (Incident i : folder.incidents()) {
            if (which.test(i)) {
                print(out, i.id(), i.title());
            }
        }
    }

    private void protocols(PrintWriter out) {
        Iterable<Protocol> protocols;
        try {
            protocols = ctx.protocols().all();
        } catch (RuntimeException unreadable) {
            return;
        }
        for (Protocol p : protocols) {
            print(out, p.id(), p.title() == null ? "" : p.title().in(msg().language()));
        }
    }

    private void partners(PrintWriter out) {
        java.util.List<nl.logboek.protocol.Partner> partners;
        try {
            partners = ctx.protocols().partners();
        } catch (RuntimeException unreadable) {
            return;
        }
        for (nl.logboek.protocol.Partner p : partners) {
            print(out, p.id(), p.name() == null ? "" : p.name().in(msg().language()));
        }
    }

    /**
     * The levels (or criteria) of the ladder of the incident's protocol; of every protocol, each
     * id once, when no incident is given or it cannot be read.
     */
    private void ladders(PrintWriter out) {
        java.util.List<Protocol> protocols;
        try {
            protocols = incident == null ? null : incidentProtocol();
            if (protocols == null) {
                protocols = ctx.protocols().all();
            }
        } catch (RuntimeException unreadable) {
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Protocol p : protocols) {
            if (p.ladder() == null) {
                continue;
            }
            if (kind.equals("levels")) {
                for (nl.logboek.protocol.Level l : p.ladder().levels()) {
                    if (seen.add(l.id())) {
                        print(out, l.id(), l.title() == null ? "" : l.title().in(msg().language()));
                    }
                }
            } else {
                for (nl.logboek.protocol.Criterion c : down ? p.ladder().down() : p.ladder().up()) {
                    if (seen.add(c.id())) {
                        print(out, c.id(), c.text() == null ? "" : c.text().in(msg().language()));
                    }
                }
            }
        }
    }

    /** The checklist items of the incident's protocol that are not ticked, in the protocol's order. */
    private void items(PrintWriter out) {
        if (incident == null) {
            return;
        }
        try {
            if (!Files.isRegularFile(ctx.logbook().file())) {
                return;
            }
            Incident i = ctx.incidents().get(incident);
            Protocol p = ctx.protocols().byId(i.protocol()).orElse(null);
            if (p == null) {
                return;
            }
            for (nl.logboek.protocol.ChecklistItem item : p.items()) {
                if (!i.itemsDone().containsKey(item.id())) {
                    print(out, item.id(), item.text() == null ? "" : item.text().in(msg().language()));
                }
            }
        } catch (RuntimeException unreadable) {
            // an unknown incident or a broken logbook: no items to offer
        }
    }

    /** The protocol of the incident --incident names, or null when there is none to read. */
    private java.util.List<Protocol> incidentProtocol() {
        try {
            if (!Files.isRegularFile(ctx.logbook().file())) {
                return null;
            }
            Incident i = ctx.incidents().get(incident);
            return ctx.protocols().byId(i.protocol()).map(java.util.List::of).orElse(null);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private void print(PrintWriter out, String value, String description) {
        if (describe && description != null && !description.isBlank()) {
            out.println(TerminalText.safe(value) + "\t" + TerminalText.safe(description.strip().replaceAll("[\\p{Cntrl}\\s]+", " ")));
        } else {
            out.println(value);
        }
    }
}
