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
    /** picocli's stderr writer, for what commands print outside their own output (progress). */
    java.io.PrintWriter err = new java.io.PrintWriter(System.err, true);

    Context(App app) {
        this.app = app;
    }

    Messages messages() {
        return global.messages(app);
    }

    /**
     * The logbook; long reads show a progress line on stderr when it is a terminal (the launcher
     * says so in LOGBOEK_STDERR_TTY) and NO_COLOR/--json do not ask for plain output.
     */
    Logbook logbook() {
        Logbook logbook = global.logbook(app);
        if ("1".equals(app.env().get("LOGBOEK_STDERR_TTY")) && !app.env().containsKey("NO_COLOR")) {
            logbook.withProgress(new TerminalProgress(messages(), err));
        }
        return logbook;
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

    /**
     * Prints the incident's checklist. The write it follows has already happened, so a checklist
     * that cannot be made (its protocol is no longer loaded) is a warning, not a failure.
     */
    void printChecklist(java.io.PrintWriter out, nl.logboek.incident.Incident incident) {
        nl.logboek.incident.Checklist checklist;
        try {
            checklist = nl.logboek.incident.Checklist.of(incident, protocols());
        } catch (nl.logboek.LogboekException e) {
            out.flush();
            out.println(e.render(messages()));
            return;
        }
        new ChecklistText(messages(), protocols(), ansi()).print(out, checklist);
    }

    /** The organisation's retention period, from $XDG_CONFIG_HOME/logboek/logboek.properties (retention.months). */
    nl.logboek.incident.Retention retention() {
        java.nio.file.Path file = GlobalOptions.configHome(app.env()).resolve("logboek").resolve("logboek.properties");
        if (!java.nio.file.Files.isRegularFile(file)) {
            return new nl.logboek.incident.Retention(nl.logboek.incident.Retention.DEFAULT_MONTHS);
        }
        java.util.Properties p = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(file)) {
            p.load(in);
        } catch (java.io.IOException e) {
            throw nl.logboek.LogboekException.failure("config.unreadable", file, e.getMessage());
        }
        String months = p.getProperty("retention.months", String.valueOf(nl.logboek.incident.Retention.DEFAULT_MONTHS)).strip();
        try {
            int m = Integer.parseInt(months);
            if (m < 1) {
                throw new NumberFormatException();
            }
            return new nl.logboek.incident.Retention(m);
        } catch (NumberFormatException e) {
            throw nl.logboek.LogboekException.usage("config.retention-invalid", file, months);
        }
    }

    String author() {
        return global.author(app);
    }
}
