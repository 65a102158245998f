package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Messages;
import nl.logboek.logbook.Logbook;
import nl.logboek.logbook.LogbookRepair;
import nl.logboek.logbook.LogbookRolledBackException;
import nl.logboek.logbook.LogbookVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.time.OffsetDateTime;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "verify",
        description = {
                "Check every line of the logbook: valid JSON, known event type and version, sequence, the hash chain, "
                        + "events that refer to incidents that exist, and that the file is private to its owner.",
                "Exits 0 only when all is well. Nothing is changed, unless --repair is given.",
                "A team logbook: every member's file, and what only all files together show. One member's file "
                        + "(--logbook TEAM/events/FILE.jsonl): its own lines and chain; lines about other members' incidents "
                        + "are counted and left to the team's check."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek verify", "  logboek verify --json | jq .ok", "  logboek verify --repair", "  logboek verify --head",
                "  logboek verify --expect-head 7299ff0fd120e1ff0df9e8ff1bf27ff76475504d35c3d7f3ee2523d77a5f8a79",
                "  logboek verify --accept-rollback"})
final class VerifyCommand extends BaseCommand {
    @Option(names = "--repair",
            description = "Move an incomplete last line (left by a crash or a full disk) to a side file, after saving a "
                    + "copy of the logbook. Other damage is only reported; logboek never repairs it itself.")
    boolean repair;

    @Option(names = "--json", description = "Print the verdict as JSON.")
    boolean json;

    @Option(names = "--head",
            description = "Print only the chain head (the hash of the last line; of this machine's own file in a team) "
                    + "to note elsewhere, such as in the minutes of a team meeting. Exits as verify does.")
    boolean head;

    @Option(names = "--expect-head", paramLabel = "HASH",
            description = "Check also that the chain head HASH, noted earlier, is still a line of the logbook: when it is not, "
                    + "lines were removed from the end, an older copy was put back, or the logbook was rewritten (exit code 1).")
    String expectHead;

    @Option(names = "--accept-rollback",
            description = "Accept the logbook as it is now although it is shorter than this computer last saw it, or another copy: "
                    + "after you put an older copy back on purpose. Every other command refuses such a logbook (exit code 3) "
                    + "and names the lines known and found. Refused when the logbook itself has problems.")
    boolean acceptRollback;

    VerifyCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (expectHead != null && !expectHead.matches("[0-9a-f]{64}")) {
            throw LogboekException.usage("verify.expect-head-invalid", expectHead);
        }
        var unjoined = Surroundings.unjoinedTeam(ctx.global, ctx.app);
        if (unjoined.isPresent()) {
            // A team logbook this machine does not write in (a backup): checked as a whole, never repaired.
            if (repair) {
                throw LogboekException.usage("verify.repair-not-joined", unjoined.get().root());
            }
            return verifyTeam(unjoined.get().members(), null, null);
        }
        Path file = ctx.logbook().file();
        if (java.nio.file.Files.isDirectory(file)) {
            throw LogboekException.usage("logbook.is-folder", file);
        }
        if (!java.nio.file.Files.exists(file)) {
            throw LogboekException.failure("logbook.missing", file);
        }
        nl.logboek.logbook.PrivateFiles.requireRegular(file);
        LogbookRepair.Result r = null;
        if (repair) {
            r = LogbookRepair.repairTornTail(file, ctx.app.clock());
            if (!json) {
                out().println(r == null ? msg().get("repair.nothing")
                        : msg().get("repair.done", r.line(), r.sideFile(), r.backup()));
            }
        }
        if (ctx.logbook().isTeam()) {
            return verifyTeam(ctx.logbook().files(), r, nl.logboek.logbook.TeamLayout.writerOf(ctx.logbook().file()));
        }
        LogbookVerifier.Report report;
        try {
            report = LogbookVerifier.verify(file, nl.logboek.logbook.TeamLayout.teamOfMember(file).orElse(null), ctx.keys());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        report = anchored(report);
        if (head) {
            out().println(report.headHash());
            return report.ok() ? 0 : LogboekException.FAILURE;
        }
        if (json) {
            Output.json(out(), JsonViews.verify(report, msg(), repair, r));
        } else {
            print(out(), report, msg(), ctx.app.zone());
        }
        return expected(List.of(file), report.ok() ? 0 : LogboekException.FAILURE);
    }

    /**
     * The report with what only this computer can tell (issue 16, item 2): whether the file still
     * holds the line it saw last (docs/security.md#anchors). With --accept-rollback and a sound
     * file, the file as it is becomes what was seen.
     */
    private LogbookVerifier.Report anchored(LogbookVerifier.Report report) {
        if (report.firstLineProblem() != null) {
            return report; // a damaged line is the more exact report; accepting waits until it is repaired
        }
        LogbookRolledBackException lost = Logbook.lostAnchor(report.file(), ctx.keys());
        if (lost == null) {
            return report;
        }
        if (acceptRollback) {
            if (!report.ok()) {
                throw LogboekException.failure("verify.accept-refused");
            }
            var now = Logbook.acceptAsSeen(report.file(), ctx.keys());
            PrintWriter to = json ? err() : out();
            to.println(TerminalText.safe(msg().get("verify.accepted", report.file(), now.lines(), now.hash(), lost.known())));
            to.flush();
            return report;
        }
        return report.withProblem(new LogbookVerifier.Problem(0,
                new nl.logboek.i18n.Msg("verify.anchor-lost", lost.known(), lost.known(), lost.found(), lost.rememberedIn())));
    }

    /**
     * With --expect-head: whether the noted chain head is still a line of one of {@code files}.
     * Returns the exit code: {@code code}, or 1 when the head is not found.
     */
    private int expected(List<Path> files, int code) {
        if (expectHead == null) {
            return code;
        }
        String field = ",\"hash\":\"" + expectHead + "\"";
        for (Path f : files) {
            try (java.io.BufferedReader in = java.nio.file.Files.newBufferedReader(f, java.nio.charset.StandardCharsets.UTF_8)) {
                long n = 0;
                long found = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    n++;
                    if (found == 0 && line.contains(field)) {
                        found = n;
                    }
                }
                if (found > 0) {
                    PrintWriter to = json ? err() : out();
                    to.println(TerminalText.safe(msg().get("verify.head-found", expectHead, f, found, n - found)));
                    to.flush();
                    return code;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        PrintWriter to = json ? err() : out();
        to.println(msg().get("verify.head-missing", expectHead));
        to.flush();
        return LogboekException.FAILURE;
    }

    /**
     * A team logbook: every member's chain, and what only all files together show (docs/team.md).
     *
     * @param ownWriter this machine's writer, whose lines may still wait for admission; null for a team it does not write in
     */
    private int verifyTeam(List<Path> members, LogbookRepair.Result repaired, String ownWriter) {
        List<LogbookVerifier.Report> reports;
        try {
            reports = LogbookVerifier.verifyTeam(members, ownWriter, ctx.keys());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reports = reports.stream().map(this::anchored).toList();
        boolean ok = reports.stream().allMatch(LogbookVerifier.Report::ok);
        if (head) {
            LogbookVerifier.Report own = reports.stream()
                    .filter(rep -> ownWriter != null && nl.logboek.logbook.TeamLayout.writerOf(rep.file()).equals(ownWriter))
                    .findFirst().orElse(reports.get(0));
            out().println(own.headHash());
            return ok ? 0 : LogboekException.FAILURE;
        }
        if (json) {
            Output.json(out(), JsonViews.verifyTeam(reports, ok, msg(), repair ? ctx.logbook().file() : null, repaired));
        } else {
            for (int i = 0; i < reports.size(); i++) {
                if (i > 0) {
                    out().println();
                }
                print(out(), reports.get(i), msg(), ctx.app.zone());
            }
        }
        return expected(members, ok ? 0 : LogboekException.FAILURE);
    }

    private static void print(PrintWriter out, LogbookVerifier.Report r, Messages msg, java.time.ZoneId zone) {
        out.println(msg.get("verify.file", r.file()));
        out.println(msg.get("verify.counts", r.lines(), r.events(), r.incidents()));
        if (r.first() != null) {
            out.println(msg.get("verify.period", HumanTime.minutes(r.first(), zone, msg.language()), HumanTime.minutes(r.last(), zone, msg.language())));
        }
        out.println(msg.get("verify.head", r.headHash()));
        if (r.unsignedLines() > 0) {
            out.println(msg.get("verify.unsigned", r.unsignedLines()));
        }
        if (r.sealed() == LogbookVerifier.Sealed.OPENED) {
            out.println(msg.get("verify.sealed-opened"));
        } else if (r.sealed() == LogbookVerifier.Sealed.CHAIN_ONLY) {
            out.println(msg.get("verify.sealed-chain-only"));
        }
        if (r.awaitingAdmission() > 0) {
            out.println(TerminalText.safe(msg.get("verify.awaiting-admission", r.awaitingAdmission(),
                    nl.logboek.logbook.TeamLayout.writerOf(r.file()))));
        }
        if (r.ok()) {
            out.println(msg.get("verify.ok"));
        } else {
            out.println(msg.get("verify.problems", r.problems().size()));
            for (LogbookVerifier.Problem p : r.problems()) {
                String where = p.line() == 0 ? msg.get("verify.whole-file") : msg.get("verify.line", p.line());
                out.println("  " + where + ": " + TerminalText.safe(msg.get(p.reason().key(), p.reason().args())));
            }
            if (r.onlyTornTail()) {
                out.println(msg.get("verify.hint-repair"));
            }
        }
        if (r.team() != null && r.leftToTeam() > 0) {
            out.println(msg.get("verify.left-to-team", r.leftToTeam(), r.team()));
        }
        out.flush();
    }

    private static String time(OffsetDateTime t) {
        return t == null ? null : nl.logboek.logbook.IsoTime.format(t);
    }
}
