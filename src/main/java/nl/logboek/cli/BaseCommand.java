package nl.logboek.cli;

import nl.logboek.i18n.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** What every subcommand has: the context, and output only through picocli's writers. */
@picocli.CommandLine.Command
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    final Context ctx;

    BaseCommand(Context ctx) {
        this.ctx = ctx;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Messages msg() {
        return ctx.messages();
    }
}
