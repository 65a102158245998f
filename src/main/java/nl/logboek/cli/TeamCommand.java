package nl.logboek.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "team",
        description = {
                "A team logbook: several coordinators on several machines keep one logbook together through a shared git "
                        + "repository (a folder on a shared drive, a server over SSH, or a private hosted repository).",
                "Every member and machine only appends to a file of its own, so exchanging entries ('logboek sync') never "
                        + "conflicts, and an entry altered or removed elsewhere is detected. Needs git. See docs/team.md."},
        subcommands = {TeamCommand.Init.class, TeamCommand.Join.class, TeamCommand.Status.class, TeamCommand.Admit.class,
                TeamCommand.Revoke.class},
        footerHeading = "%nExamples:%n",
        footer = {
                "  logboek team init /mnt/teamschijf/logboek.git",
                "  logboek team join /mnt/teamschijf/logboek.git",
                "  logboek team admit q7-piet-laptop",
                "  logboek sync",
                "  logboek team status"})
final class TeamCommand extends BaseCommand {
    TeamCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return 0;
    }

    /** What team init and team join both take: where the team's repository is, and what this machine is called. */
    abstract static class Setup extends BaseCommand {
        @Parameters(index = "0", paramLabel = "REMOTE",
                description = "The team's shared repository: a folder (team init makes it when missing), ssh://host/path, "
                        + "host:path or an https URL.")
        String remote;

        @Option(names = "--name", paramLabel = "NAME",
                description = "How this machine's writer is called in the team. Default: your user and host name.")
        String name;

        Setup(Context ctx) {
            super(ctx);
        }
    }

    @Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "init",
            description = {
                    "Turn this logbook into a team logbook kept in the git repository REMOTE, and push it there. The logbook's "
                            + "entries stay as they are and become this machine's part of the team logbook; the logbook file "
                            + "moves into the folder NAME.team beside it.",
                    "REMOTE must be empty. A folder that does not exist yet is made a repository (a shared drive). An "
                            + "encrypted team is started with 'logboek init --encrypt' first."},
            footerHeading = "%nExamples:%n",
            footer = {
                    "  logboek team init /mnt/teamschijf/logboek.git",
                    "  logboek team init ssh://server.school.nl/srv/logboek.git --name marieke-kantoor"})
    static final class Init extends Setup {
        Init(Context ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            return TeamRunner.init(ctx, out(), remote, name);
        }
    }

    @Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "join",
            description = {
                    "Make this machine a writer of the team logbook in REMOTE: it is fetched into the folder NAME.team beside "
                            + "the logbook path, and this machine's own (still empty) part is pushed at once.",
                    "Only a machine without entries of its own can join. For an encrypted team, copy the key file from a "
                            + "member first (never through git)."},
            footerHeading = "%nExamples:%n",
            footer = {
                    "  logboek team join /mnt/teamschijf/logboek.git",
                    "  logboek team join ssh://server.school.nl/srv/logboek.git --name piet-laptop"})
    static final class Join extends Setup {
        Join(Context ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            return TeamRunner.join(ctx, out(), remote, name);
        }
    }

    @Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "status",
            description = "Show the team logbook: its id, this machine's writer, every writer with its number of events, the "
                    + "remote, and how many events recorded here are not yet sent (as of the last sync; the remote is not asked).",
            footerHeading = "%nExamples:%n",
            footer = {"  logboek team status", "  logboek team status --json | jq .unsent"})
    static final class Status extends BaseCommand {
        @Option(names = "--json", description = "Print JSON: team, writer, encrypted, folder, remote, writers, unsent.")
        boolean json;

        Status(Context ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            return TeamRunner.status(ctx, out(), json);
        }
    }

    @Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "admit",
            description = {
                    "Admit the signing key of the writer NAME (a machine that joined the team): until a member admits it, "
                            + "'logboek sync' refuses that writer's lines on every machine.",
                    "Your admission is a line in your own file, signed with your key; it counts once your own key is admitted, "
                            + "and reaches the others with your next sync. Check with the new member which machine it is before "
                            + "you admit it."},
            footerHeading = "%nExamples:%n",
            footer = {"  logboek team admit q7-piet-laptop", "  logboek team admit q7"})
    static final class Admit extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The writer: its name (TAG-NAME, as in events/) or its tag.")
        String name;

        Admit(Context ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            return TeamRunner.keys(ctx, out(), name, true);
        }
    }

    @Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "revoke",
            description = {
                    "Revoke the signing key of the writer NAME: its lines after the ones this machine has now are refused by "
                            + "'logboek sync' and reported by 'logboek verify' everywhere, once your sync has sent the revocation.",
                    "For a member who left or a machine that was lost or stolen; also take away their access to the shared "
                            + "repository (docs/team.md). Their lines so far stay part of the record."},
            footerHeading = "%nExamples:%n",
            footer = {"  logboek team revoke q7-piet-laptop"})
    static final class Revoke extends BaseCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The writer: its name (TAG-NAME, as in events/) or its tag.")
        String name;

        Revoke(Context ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            return TeamRunner.keys(ctx, out(), name, false);
        }
    }
}
