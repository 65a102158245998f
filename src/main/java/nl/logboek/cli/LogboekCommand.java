package nl.logboek.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

@Command(name = "logboek",
        mixinStandardHelpOptions = true,
        versionProvider = LogboekCommand.Version.class,
        header = "Incident logbook for online incidents involving young people.",
        description = {
                "Records online incidents (cyberbullying, sexting, sextortion, grooming, threats, hacked accounts, "
                        + "worrying messages, online abuse of staff) and everything that happens to them in an "
                        + "append-only, hash-chained logbook.",
                ""},
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
                InitCommand.class,
                NewCommand.class,
                AnnotateCommand.class,
                ListCommand.class,
                AgendaCommand.class,
                ShowCommand.class,
                SearchCommand.class,
                PersonCommand.class,
                NextCommand.class,
                EscalateCommand.class,
                CloseCommand.class,
                AmendCommand.class,
                RetractCommand.class,
                ReopenCommand.class,
                ConsentCommand.class,
                PartnersCommand.class,
                RetentionCommand.class,
                PurgeCommand.class,
                ProtocolsCommand.class,
                VerifyCommand.class,
                ReportCommand.class,
                ExportCommand.class,
                BackupCommand.class,
                RotateKeyCommand.class,
                TeamCommand.class,
                SyncCommand.class,
                InstallCommand.class,
                CompleteCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
                "  logboek new --category cyberpesten --title \"Groepsapp 2B: pesterijen\" --person \"Sam:slachtoffer:leerling\"",
                "  logboek annotate k7m2 \"Gesprek met mentor gevoerd\"",
                "  logboek list --status open",
                "  logboek show k7m2 --json"})
final class LogboekCommand implements Runnable {
    @Mixin
    GlobalOptions global;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("/nl/logboek/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"logboek " + p.getProperty("version", "unknown")};
        }
    }
}
