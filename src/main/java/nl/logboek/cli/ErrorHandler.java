package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.List;

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
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                line += " " + msg.get("error.did-you-mean", String.join(", ", suggestions));
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

    private static String prefix(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName() + ": ";
    }
}
