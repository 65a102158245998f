package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Language;
import nl.logboek.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import nl.logboek.i18n.Suggestions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one place where errors become a single line on stderr and an exit code. */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final Context ctx;

    ErrorHandler(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        Messages msg = ctx.messages();
        int code;
        if (ex instanceof LogboekException le) {
            err.println(prefix(cmd) + TerminalText.safe(le.render(msg)));
            code = le.exitCode();
        } else {
            err.println(prefix(cmd) + TerminalText.safe(msg.get("error.internal", ex)));
            code = LogboekException.FAILURE;
        }
        if (ctx.global.stacktrace) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        Messages msg = messagesFor(args);
        String line = inLanguage(ex.getMessage(), msg);
        if (ex instanceof UnmatchedArgumentException u) {
            String mistyped = mistyped(u, msg);
            if (mistyped != null) {
                line = mistyped;
            } else {
                List<String> suggestions = u.getSuggestions();
                if (!suggestions.isEmpty()) {
                    line += " " + msg.get("error.did-you-mean", String.join(", ", suggestions));
                }
            }
        }
        if (ex.getCause() instanceof LogboekException le) {
            // A value our own converter refused: picocli's "Invalid value for ..." with our reason.
            String m = ex.getMessage() == null ? "" : ex.getMessage();
            int at = m.indexOf("cannot convert");
            line = at > 0 ? inLanguage(m.substring(0, at) + le.render(msg), msg) : le.render(msg);
        }
        err.println(prefix(cmd) + TerminalText.safe(line) + " " + msg.get("error.see-help", cmd.getCommandSpec().qualifiedName()));
        if (ctx.global.stacktrace) {
            ex.printStackTrace(err);
        }
        err.flush();
        return LogboekException.USAGE;
    }

    /**
     * The language of a parse error: parsing stopped somewhere, perhaps before --lang, so the
     * arguments themselves are searched for it (then LOGBOEK_LANG, then the locale).
     */
    private Messages messagesFor(String[] args) {
        String flag = ctx.global.lang;
        for (int i = 0; args != null && i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            } else if (args[i].equals("--lang") && i + 1 < args.length) {
                flag = args[++i];
            } else if (args[i].startsWith("--lang=")) {
                flag = args[i].substring("--lang=".length());
            }
        }
        return Messages.forLanguage(Language.resolve(flag, ctx.app.env()));
    }

    /**
     * Picocli's own parse errors (picocli 4.7.7, compiled in; one line each), by the message keys
     * error.parse.*. The English texts are picocli's exactly, so English output is as it was;
     * a message that matches none of these stays picocli's English.
     */
    private static String inLanguage(String picocliMessage, Messages msg) {
        if (picocliMessage == null) {
            return null;
        }
        for (Map.Entry<Pattern, String> e : PicocliErrors.ALL) {
            Matcher m = e.getKey().matcher(picocliMessage);
            if (m.matches()) {
                Object[] values = new Object[m.groupCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = m.group(i + 1);
                }
                return msg.get(e.getValue(), values);
            }
        }
        return picocliMessage;
    }

    /** Compiled only when there is a parse error, not on every start. */
    private static final class PicocliErrors {
        static final List<Map.Entry<Pattern, String>> ALL = List.of(
                Map.entry(Pattern.compile("Missing required option: (.+)"), "error.parse.missing-option"),
                Map.entry(Pattern.compile("Missing required options: (.+)"), "error.parse.missing-options"),
                Map.entry(Pattern.compile("Missing required parameter: (.+)"), "error.parse.missing-parameter"),
                Map.entry(Pattern.compile("Missing required parameter for option '([^']+)' \\((.+)\\)"),
                        "error.parse.missing-value"),
                Map.entry(Pattern.compile("Expected parameter for option '([^']+)' but found '(.*)'"),
                        "error.parse.expected-value"),
                Map.entry(Pattern.compile("option ('[^']+'(?: \\(.+\\))?) should be specified only once"),
                        "error.parse.option-twice"),
                Map.entry(Pattern.compile("Unmatched argument at index (\\d+): (.+)"), "error.parse.unmatched-argument"),
                Map.entry(Pattern.compile("Unmatched arguments from index (\\d+): (.+)"), "error.parse.unmatched-arguments"),
                Map.entry(Pattern.compile("Invalid value for option ('[^']+'(?: \\([^)]*\\))?): (.*)"),
                        "error.parse.invalid-option-value"),
                Map.entry(Pattern.compile("Invalid value for positional parameter at index (\\S+) \\(([^)]*)\\): (.*)"),
                        "error.parse.invalid-positional-value"));

        private PicocliErrors() {
        }
    }

    /**
     * A mistyped subcommand or option, in the user's language, with the closest known one
     * (edit distance, so that transposed letters such as "nwe" find "new"); null for other
     * unmatched arguments.
     */
    private static String mistyped(UnmatchedArgumentException u, Messages msg) {
        List<String> unmatched = u.getUnmatched();
        if (unmatched.isEmpty()) {
            return null;
        }
        String typed = unmatched.get(0);
        CommandSpec spec = u.getCommandLine().getCommandSpec();
        if (typed.startsWith("-") && typed.length() > 1) {
            String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            List<String> names = new ArrayList<>();
            for (OptionSpec o : spec.options()) {
                if (!o.hidden()) {
                    names.addAll(List.of(o.names()));
                }
            }
            String closest = Suggestions.closest(name, names);
            return closest == null ? msg.get("error.unknown-option", name)
                    : msg.get("error.unknown-option.suggest", name, closest);
        }
        if (spec.subcommands().isEmpty() || !spec.positionalParameters().isEmpty()) {
            return null;
        }
        Set<String> commands = new LinkedHashSet<>();
        for (CommandLine sub : spec.subcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                commands.add(sub.getCommandName());
            }
        }
        String closest = Suggestions.closest(typed, commands);
        return closest == null ? msg.get("error.unknown-command", typed, String.join(", ", commands))
                : msg.get("error.unknown-command.suggest", typed, closest);
    }

    private static String prefix(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName() + ": ";
    }
}
