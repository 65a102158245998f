package nl.logboek.cli;

import nl.logboek.i18n.Messages;
import nl.logboek.incident.CaseActions;
import nl.logboek.incident.IncidentBook;
import nl.logboek.protocol.ProtocolRegistry;
import nl.logboek.logbook.Logbook;

/** Shared by every command of one invocation: the surroundings and the global options. */
final class Context {
    final App app;
    final GlobalOptions global = new GlobalOptions();

    Context(App app) {
        this.app = app;
    }

    Messages messages() {
        return global.messages(app);
    }

    Logbook logbook() {
        return global.logbook(app);
    }

    IncidentBook incidents() {
        return new IncidentBook(logbook());
    }

    private ProtocolRegistry protocols;

    /** Loaded once per invocation, and only by commands that need them. */
    ProtocolRegistry protocols() {
        if (protocols == null) {
            protocols = global.protocols(app);
        }
        return protocols;
    }

    CaseActions cases() {
        return new CaseActions(logbook(), protocols());
    }

    /** Colour only on a terminal, never with NO_COLOR (https://no-color.org). */
    picocli.CommandLine.Help.Ansi ansi() {
        return app.env().containsKey("NO_COLOR") ? picocli.CommandLine.Help.Ansi.OFF : picocli.CommandLine.Help.Ansi.AUTO;
    }

    void printChecklist(java.io.PrintWriter out, nl.logboek.incident.Incident incident) {
        new ChecklistText(messages(), protocols(), ansi()).print(out, nl.logboek.incident.Checklist.of(incident, protocols()));
    }

    String author() {
        return global.author(app);
    }
}
