package nl.logboek.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The top command without its subcommands. When the command line names one subcommand, only that
 * one is built beside it: picocli builds every command it is given by reflection, and building
 * all of them would cost more than the work a typical command does (issue 8).
 */
@Command(name = "logboek", mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class)
final class LeanTopCommand implements Runnable {
    @Mixin
    GlobalOptions global;

    @Override
    public void run() {
        // Never reached: only built when a subcommand is named.
    }
}
