package nl.logboek.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.Backup;
import nl.logboek.logbook.Json;
import nl.logboek.logbook.TeamLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "backup",
        description = {
                "Write a consistent copy of the logbook into DIR as NAME-YYYYMMDDTHHMMSS.jsonl (0600; DIR is created 0700 "
                        + "if missing). Other logboek commands may keep running: the copy never holds half a write.",
                "The copy is checked line by line before it gets its name; a damaged logbook is not backed up "
                        + "(see 'logboek verify'). An existing backup is never overwritten.",
                "Of a team logbook the backup is the folder NAME-YYYYMMDDTHHMMSS.team: team.json and every member's file, "
                        + "checked as 'logboek verify' checks the team. Restore this machine's own file from its events/ folder."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  logboek backup /media/usb/logboek-backups",
                "  logboek backup ~/backups --json | jq -r .backup",
                "",
                "Restore a backup (one step, while no logboek command runs; GNU cp keeps the current logbook as FILE.~1~):",
                "  cp --backup=numbered ~/backups/logboek-20261121T093000.jsonl ~/.local/share/logboek/logboek.jsonl",
                "Then check it with 'logboek verify'. Lines recorded after the backup are not in it."})
final class BackupCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to write the backup into (e.g. on a USB disk or a network share).")
    Path dir;

    @Option(names = "--json", description = "Print what was written as JSON: backup, logbook, bytes, lines, events, incidents, head, writers (of a team).")
    boolean json;

    BackupCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        var logbook = ctx.logbook();
        for (java.nio.file.Path f : logbook.files()) {
            // A copy of a logbook that lost lines this computer saw would pass for a good backup.
            nl.logboek.logbook.Logbook.requireAnchors(f, ctx.keys());
        }
        Backup.Result r = logbook.isTeam()
                ? Backup.createTeam(TeamLayout.teamOfMember(logbook.file()).orElseThrow(), logbook.file(), dir, ctx.app.clock(), ctx.keys())
                : Backup.create(logbook.file(), dir, ctx.app.clock(), ctx.keys());
        if (json) {
            ObjectNode o = Json.object();
            o.put("format", 1);
            o.put("backup", r.backup().toString());
            o.put("logbook", r.logbook().toAbsolutePath().toString());
            o.put("bytes", r.bytes());
            o.put("lines", r.lines());
            o.put("events", r.events());
            o.put("incidents", r.incidents());
            o.put("head", r.headHash());
            o.put("verified", true);
            if (r.team()) {
                ArrayNode writers = o.putArray("writers");
                for (Backup.Writer w : r.writers()) {
                    writers.addObject().put("writer", w.writer()).put("file", w.copy().toString()).put("bytes", w.bytes())
                            .put("lines", w.lines()).put("events", w.events()).put("incidents", w.incidents())
                            .put("head", w.headHash()).put("own", w.own());
                }
            } else {
                o.putNull("writers");
            }
            Output.json(out(), o);
        } else if (r.team()) {
            out().println(msg().get("backup.written", r.backup()));
            out().println(msg().get("backup.team-counts", r.writers().size(), r.bytes(), r.lines(), r.events(), r.incidents()));
            Backup.Writer own = null;
            for (Backup.Writer w : r.writers()) {
                out().println("  " + msg().get(w.own() ? "backup.team-head-own" : "backup.team-head", w.writer(), w.headHash()));
                own = w.own() ? w : own;
            }
            out().println(msg().get("backup.team-verified"));
            sealedNote(r);
            out().println(msg().get("backup.team-check", r.backup()));
            if (own != null) {
                out().println(msg().get("backup.team-restore", own.copy(), logbook.file().toAbsolutePath()));
            }
            out().flush();
        } else {
            out().println(msg().get("backup.written", r.backup()));
            out().println(msg().get("backup.counts", r.bytes(), r.lines(), r.events(), r.incidents()));
            out().println(msg().get("backup.head", r.headHash()));
            out().println(msg().get("backup.verified"));
            sealedNote(r);
            out().println(msg().get("backup.restore", r.backup(), r.logbook().toAbsolutePath()));
            out().flush();
        }
        return 0;
    }

    /** An encrypted logbook: whether its sealed lines were opened and checked too, or only the chain. */
    private void sealedNote(Backup.Result r) {
        if (r.sealed() == nl.logboek.logbook.LogbookVerifier.Sealed.OPENED) {
            out().println(msg().get("verify.sealed-opened"));
        } else if (r.sealed() == nl.logboek.logbook.LogbookVerifier.Sealed.CHAIN_ONLY) {
            out().println(msg().get("verify.sealed-chain-only"));
        }
    }
}
