package nl.logboek.cli;

import nl.logboek.i18n.Messages;
import nl.logboek.incident.IncidentBook;
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

    String author() {
        return global.author(app);
    }
}
