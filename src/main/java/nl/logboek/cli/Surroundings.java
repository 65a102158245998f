package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Language;
import nl.logboek.i18n.Messages;
import nl.logboek.logbook.EnvKeySource;
import nl.logboek.logbook.Logbook;
import nl.logboek.logbook.LogbookLocation;
import nl.logboek.protocol.ProtocolException;
import nl.logboek.protocol.ProtocolRegistry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the global options and the environment mean: language, logbook, keys, protocols, author. */
final class Surroundings {
    private Surroundings() {
    }

    static Messages messages(GlobalOptions g, App app) {
        return Messages.forLanguage(Language.resolve(g.lang, app.env()));
    }

    static Logbook logbook(GlobalOptions g, App app) {
        Path path = LogbookLocation.resolve(g.logbook, app.env());
        var team = nl.logboek.logbook.TeamLayout.find(path);
        if (team.isPresent()) {
            var t = team.get();
            if (t.writer() == null) {
                throw nl.logboek.LogboekException.usage("team.not-joined", t.root());
            }
            return Logbook.team(t.ownFile(), t.members(), nl.logboek.logbook.TeamLayout.tagOf(t.writer()), app.clock(), keys(g, app));
        }
        return new Logbook(path, app.clock(), keys(g, app));
    }

    /**
     * The team folder the logbook path means when this machine has not joined it (a team
     * logbook's backup, or a copy): what {@code verify} may still check. Empty otherwise.
     */
    static java.util.Optional<nl.logboek.logbook.TeamLayout> unjoinedTeam(GlobalOptions g, App app) {
        Path path = LogbookLocation.resolve(g.logbook, app.env());
        return nl.logboek.logbook.TeamLayout.find(path).filter(t -> t.writer() == null);
    }

    /** Keys of encrypted logbooks: key file or LOGBOEK_PASSPHRASE; on a terminal, a passphrase prompt. */
    static EnvKeySource keys(GlobalOptions g, App app) {
        java.util.function.Supplier<char[]> prompt = app.terminal() ? () -> askPassphrase(g, app) : null;
        return new EnvKeySource(app.env(), prompt);
    }

    private static char[] askPassphrase(GlobalOptions g, App app) {
        try (var terminal = app.console().get()) {
            var reader = org.jline.reader.LineReaderBuilder.builder().terminal(terminal).build();
            return reader.readLine(messages(g, app).get("crypto.passphrase-prompt"), '*').toCharArray();
        } catch (org.jline.reader.UserInterruptException | org.jline.reader.EndOfFileException e) {
            throw LogboekException.failure("prompt.cancelled");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ProtocolRegistry protocols(GlobalOptions g, App app) {
        List<Path> dirs = new ArrayList<>();
        Path config = configHome(app.env()).resolve("logboek").resolve("protocols");
        if (Files.isDirectory(config)) {
            dirs.add(config);
        }
        if (g.protocols != null) {
            Path dir = Path.of(g.protocols);
            if (!Files.isDirectory(dir)) {
                throw LogboekException.usage("protocol.dir-missing", dir);
            }
            dirs.add(dir);
        }
        try {
            return ProtocolRegistry.load(dirs);
        } catch (ProtocolException e) {
            throw new LogboekException(LogboekException.FAILURE, e, "protocol.broken", e.getMessage());
        }
    }

    /** Where the organisation's afsprakenkaart is written by 'partners --init': the config folder. */
    static Path afsprakenkaartFile(App app) {
        return configHome(app.env()).resolve("logboek").resolve(nl.logboek.partners.Afsprakenkaart.FILE_NAME);
    }

    /**
     * The afsprakenkaart files in the order they are read (docs/partners.md): the config folder's,
     * then, for a team logbook, the team folder's, whose entry for a partner counts over the other.
     */
    static List<Path> afsprakenkaartFiles(GlobalOptions g, App app) {
        List<Path> files = new ArrayList<>();
        files.add(afsprakenkaartFile(app));
        nl.logboek.logbook.TeamLayout.find(LogbookLocation.resolve(g.logbook, app.env()))
                .ifPresent(t -> files.add(t.root().resolve(nl.logboek.partners.Afsprakenkaart.FILE_NAME)));
        return files;
    }

    /** The partners the protocols know, with the contact and agreements of the afsprakenkaart files. */
    static nl.logboek.partners.Afsprakenkaart afsprakenkaart(Context ctx) {
        return nl.logboek.partners.Afsprakenkaart.load(ctx.protocols().partners(), afsprakenkaartFiles(ctx.global, ctx.app));
    }

    static Path configHome(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
    }

    static String author(GlobalOptions g, App app) {
        if (g.author != null && !g.author.isBlank()) {
            return g.author.strip();
        }
        String fromEnv = app.env().get("LOGBOEK_AUTHOR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        String user = app.env().getOrDefault("USER", System.getProperty("user.name"));
        return user == null || user.isBlank() ? "unknown" : user;
    }

    // ----- what Context offers; kept here so that loading Context (on every start, --help too)
    // does not make the JVM load the store and JSON classes to check it.

    static Logbook logbookOf(Context ctx) {
        Logbook logbook = logbook(ctx.global, ctx.app);
        if ("1".equals(ctx.app.env().get("LOGBOEK_STDERR_TTY")) && !ctx.app.env().containsKey("NO_COLOR")) {
            logbook.withProgress(new TerminalProgress(ctx.messages(), ctx.err));
        }
        return logbook;
    }

    /** Set to "off", the caches derived from the log beside its index are neither used nor made (to compare, or to rule them out). */
    static final String DERIVED_CACHES_ENV = "LOGBOEK_DERIVED_CACHES";

    static nl.logboek.incident.IncidentBook incidents(Context ctx) {
        nl.logboek.incident.IncidentBook book = new nl.logboek.incident.IncidentBook(ctx.logbook());
        return "off".equals(ctx.app.env().get(DERIVED_CACHES_ENV)) ? book.withoutDerivedCaches() : book;
    }

    /**
     * A command that is about to write says so first: the writer's key is read and readied on a
     * thread of its own while the command does its other work (Logbook.prepareToWrite). A logbook
     * that cannot be opened is left to the command to report.
     */
    static void prepareToWrite(Context ctx) {
        try {
            logbook(ctx.global, ctx.app).prepareToWrite();
        } catch (RuntimeException e) {
            // the command reports it
        }
    }

    static nl.logboek.incident.CaseActions cases(Context ctx) {
        prepareToWrite(ctx); // every case action writes a signed line
        return new nl.logboek.incident.CaseActions(ctx.logbook(), ctx.protocols());
    }

    /**
     * Prints the incident's checklist. The write it follows has already happened, so a checklist
     * that cannot be made (its protocol is no longer loaded) is a note, not a failure.
     */
    static void printChecklist(Context ctx, java.io.PrintWriter out, nl.logboek.incident.Incident incident) {
        java.util.List<nl.logboek.incident.Checklist> checklists;
        try {
            checklists = nl.logboek.incident.Checklist.all(incident, ctx.protocols());
        } catch (LogboekException e) {
            out.flush();
            out.println(TerminalText.safe(e.render(ctx.messages())));
            return;
        }
        new ChecklistText(ctx.messages(), ctx.protocols(), ctx.ansi()).print(out, checklists);
    }

    /** The organisation's retention period, from $XDG_CONFIG_HOME/logboek/logboek.properties (retention.months). */
    static nl.logboek.privacy.Retention retention(Context ctx) {
        Path file = configHome(ctx.app.env()).resolve("logboek").resolve("logboek.properties");
        if (!Files.isRegularFile(file)) {
            return new nl.logboek.privacy.Retention(nl.logboek.privacy.Retention.DEFAULT_MONTHS);
        }
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (java.io.IOException e) {
            throw LogboekException.failure("config.unreadable", file, e.getMessage());
        }
        String months = p.getProperty("retention.months", String.valueOf(nl.logboek.privacy.Retention.DEFAULT_MONTHS)).strip();
        try {
            int m = Integer.parseInt(months);
            if (m < 1) {
                throw new NumberFormatException();
            }
            return new nl.logboek.privacy.Retention(m);
        } catch (NumberFormatException e) {
            throw LogboekException.usage("config.retention-invalid", file, months);
        }
    }

    /** Starts the logbook (see InitCommand); returns its new id. */
    static String initialize(Context ctx, boolean encrypt, boolean passphrase) {
        Logbook logbook = ctx.logbook();
        EnvKeySource keys = ctx.keys();
        if (encrypt && passphrase && keys.choosePassphrase(logbook.file(), ctx.weakPassphraseAllowed)) {
            ctx.err.println(ctx.messages().get("crypto.passphrase-weak-warning", EnvKeySource.MIN_PASSPHRASE_LENGTH,
                    EnvKeySource.MIN_PASSPHRASE_WORDS));
            ctx.err.flush();
        }
        return logbook.initialize(ctx.author(),
                encrypt ? logbookId -> keys.newEncryption(logbookId, passphrase, logbook.file()) : null);
    }
}
