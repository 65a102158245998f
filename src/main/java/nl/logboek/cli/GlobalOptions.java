package nl.logboek.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;


/**
 * Options every subcommand takes; declared once on the top command and inherited. Only fields:
 * picocli reads this class by reflection on every start, and a method mentioning the store or
 * JSON types would load them even for --help (see Surroundings for what the options mean).
 */
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

    @Option(names = "--protocols", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "A folder with your organisation's own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols "
                    + "(~/.config/logboek/protocols); a protocol with a shipped id replaces the shipped one.")
    String protocols;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "Print the full stack trace of an error (for bug reports).")
    boolean stacktrace;
}
