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
                "For the shell completion scripts: print the incident ids of the logbook, the category ids or the "
                        + "protocol ids in effect, one per line.",
                "Prints nothing, and exits 0, when the logbook is missing or damaged or the protocols cannot be read."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek complete ids", "  logboek complete categories --describe --lang nl",
                "  logboek complete protocols --protocols ~/protocollen"})
final class CompleteCommand extends BaseCommand {
    static final String KINDS = "ids, categories, protocols";

    @Parameters(index = "0", paramLabel = "KIND", description = "What to print: ids, categories or protocols.")
    String kind;

    @Option(names = "--describe",
            description = "Follow each value by a tab and a description in your language (title, name).")
    boolean describe;

    CompleteCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        PrintWriter out = out();
        switch (kind) {
            case "ids" -> ids(out);
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

    private void ids(PrintWriter out) {
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
            print(out, i.id(), i.title());
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

    private void print(PrintWriter out, String value, String description) {
        if (describe && description != null && !description.isBlank()) {
            out.println(TerminalText.safe(value) + "\t" + TerminalText.safe(description.strip().replaceAll("[\\p{Cntrl}\\s]+", " ")));
        } else {
            out.println(value);
        }
    }
}
