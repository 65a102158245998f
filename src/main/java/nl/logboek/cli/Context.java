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
    /** init --weak-passphrase: a short passphrase is accepted with a warning. */
    boolean weakPassphraseAllowed;

    Context(App app) {
        this.app = app;
    }

    Messages messages() {
        return Surroundings.messages(global, app);
    }

    /** The logbook; long reads show a progress line on stderr when that is a terminal. */
    Logbook logbook() {
        return Surroundings.logbookOf(this);
    }

    IncidentBook incidents() {
        return Surroundings.incidents(this);
    }

    private ProtocolRegistry protocols;

    /** Loaded once per invocation, and only by commands that need them. */
    ProtocolRegistry protocols() {
        if (protocols == null) {
            protocols = Surroundings.protocols(global, app);
        }
        return protocols;
    }

    /** The level JSON and exports show: the protocol's first level before the first escalation (protocols read only then). */
    nl.logboek.incident.Levels levels() {
        return nl.logboek.incident.Levels.of(this::protocols);
    }

    private nl.logboek.partners.Afsprakenkaart afsprakenkaart;

    /** The organisation's partners, contacts and agreements; read once per invocation. */
    nl.logboek.partners.Afsprakenkaart afsprakenkaart() {
        if (afsprakenkaart == null) {
            afsprakenkaart = Surroundings.afsprakenkaart(this);
        }
        return afsprakenkaart;
    }

    CaseActions cases() {
        return Surroundings.cases(this);
    }

    /** Colour only on a terminal, never with NO_COLOR (https://no-color.org). */
    picocli.CommandLine.Help.Ansi ansi() {
        return app.env().containsKey("NO_COLOR") ? picocli.CommandLine.Help.Ansi.OFF : picocli.CommandLine.Help.Ansi.AUTO;
    }

    void printChecklist(java.io.PrintWriter out, nl.logboek.incident.Incident incident) {
        Surroundings.printChecklist(this, out, incident);
    }

    nl.logboek.privacy.Retention retention() {
        return Surroundings.retention(this);
    }

    nl.logboek.logbook.EnvKeySource keys() {
        return Surroundings.keys(global, app);
    }

    String author() {
        return Surroundings.author(global, app);
    }
}
