package nl.logboek.cli;

import nl.logboek.i18n.Language;
import nl.logboek.i18n.Messages;
import nl.logboek.logbook.Logbook;
import nl.logboek.logbook.LogbookLocation;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every subcommand takes; declared once on the top command and inherited. */
public final class GlobalOptions {
    @Option(names = "--logbook", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The logbook file. Default: $LOGBOEK_FILE, else $XDG_DATA_HOME/logboek/logboek.jsonl "
                    + "(~/.local/share/logboek/logboek.jsonl).")
    String logbook;

    @Option(names = "--author", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Who records this. Default: $LOGBOEK_AUTHOR, else your user name.")
    String author;

    @Option(names = "--lang", paramLabel = "nl|en", scope = ScopeType.INHERIT,
            description = "Language of messages. Default: $LOGBOEK_LANG, else your locale (nl_* is Dutch), else English.")
    String lang;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "Print the full stack trace of an error (for bug reports).")
    boolean stacktrace;

    Messages messages(App app) {
        return Messages.forLanguage(Language.resolve(lang, app.env()));
    }

    Logbook logbook(App app) {
        return new Logbook(LogbookLocation.resolve(logbook, app.env()), app.clock());
    }

    String author(App app) {
        if (author != null && !author.isBlank()) {
            return author.strip();
        }
        String fromEnv = app.env().get("LOGBOEK_AUTHOR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        String user = app.env().getOrDefault("USER", System.getProperty("user.name"));
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
