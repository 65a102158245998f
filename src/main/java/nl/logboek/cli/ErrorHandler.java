package nl.logboek.cli;

import nl.logboek.LogboekException;
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
import java.util.Set;

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
            err.println(prefix(cmd) + le.render(msg));
            code = le.exitCode();
        } else {
            err.println(prefix(cmd) + msg.get("error.internal", ex));
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
        Messages msg = ctx.messages();
        String line = ex.getMessage();
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
            line = le.render(msg);
        }
        err.println(prefix(cmd) + line + " " + msg.get("error.see-help", cmd.getCommandSpec().qualifiedName()));
        if (ctx.global.stacktrace) {
            ex.printStackTrace(err);
        }
        err.flush();
        return LogboekException.USAGE;
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
