package nl.logboek.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "sync",
        description = {
                "Exchange entries with the team: send what was recorded on this machine, receive what the others recorded, "
                        + "and say what came in. Run it as often as you like; it needs the team's repository to be reachable.",
                "Before anything is received it is checked: an entry that was altered or removed since this machine last "
                        + "saw it is reported (exit code 3), and it is not merged and nothing is sent. See docs/team.md."},
        exitCodeList = {"3:The team's history was altered on the remote or here: none of it was merged, nothing was sent."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek sync", "  logboek sync --json | jq .received"})
final class SyncCommand extends BaseCommand {
    @Option(names = "--json", description = "Print JSON: team, writer, ok, sent, pushed, received, writers, altered, attempts.")
    boolean json;

    SyncCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        return TeamRunner.sync(ctx, out(), err(), json);
    }
}
