package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Language;
import nl.logboek.protocol.ProtocolException;
import nl.logboek.protocol.ProtocolRegistry;
import nl.logboek.i18n.Messages;
import nl.logboek.logbook.EnvKeySource;
import nl.logboek.logbook.Logbook;
import nl.logboek.logbook.LogbookLocation;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    @Option(names = "--protocols", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "A folder with your organisation's own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols "
                    + "(~/.config/logboek/protocols); a protocol with a shipped id replaces the shipped one.")
    String protocols;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "Print the full stack trace of an error (for bug reports).")
    boolean stacktrace;

    Messages messages(App app) {
        return Messages.forLanguage(Language.resolve(lang, app.env()));
    }

    Logbook logbook(App app) {
        return new Logbook(LogbookLocation.resolve(logbook, app.env()), app.clock(), keys(app));
    }

    /** Keys of encrypted logbooks: key file or LOGBOEK_PASSPHRASE; on a terminal, a passphrase prompt. */
    EnvKeySource keys(App app) {
        java.util.function.Supplier<char[]> prompt = app.terminal() ? () -> askPassphrase(app) : null;
        return new EnvKeySource(app.env(), prompt);
    }

    private char[] askPassphrase(App app) {
        try (var terminal = app.console().get()) {
            var reader = org.jline.reader.LineReaderBuilder.builder().terminal(terminal).build();
            return reader.readLine(messages(app).get("crypto.passphrase-prompt"), '*').toCharArray();
        } catch (org.jline.reader.UserInterruptException | org.jline.reader.EndOfFileException e) {
            throw LogboekException.failure("prompt.cancelled");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    ProtocolRegistry protocols(App app) {
        List<Path> dirs = new ArrayList<>();
        Path config = configHome(app.env()).resolve("logboek").resolve("protocols");
        if (Files.isDirectory(config)) {
            dirs.add(config);
        }
        if (protocols != null) {
            Path dir = Path.of(protocols);
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

    static Path configHome(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
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
