package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Messages;
import nl.logboek.logbook.LogbookLocation;
import nl.logboek.team.Alteration;
import nl.logboek.team.Machine;
import nl.logboek.team.SyncResult;
import nl.logboek.team.TeamFolder;
import nl.logboek.team.TeamInit;
import nl.logboek.team.TeamJoin;
import nl.logboek.team.TeamKeys;
import nl.logboek.team.TeamShapes;
import nl.logboek.team.TeamStatus;
import nl.logboek.team.TeamSync;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What the team commands do and print. Kept apart from the command classes, which picocli reflects
 * over on every start, so that --help never loads the team, store or JSON classes.
 */
final class TeamRunner {
    /** sync found an altered history: nothing was merged or pushed. */
    static final int ALTERED = 3;

    private TeamRunner() {
    }

    private static Machine machine(Context ctx) {
        return new Machine(ctx.app.env(), ctx.app.clock(), ctx.keys(), ctx.author());
    }

    /** The logbook path as every command resolves it (--logbook, LOGBOEK_FILE, the default). */
    private static Path logbookPath(Context ctx) {
        return LogbookLocation.resolve(ctx.global.logbook, ctx.app.env());
    }

    private static TeamFolder team(Context ctx) {
        Path path = logbookPath(ctx);
        return TeamFolder.find(path).orElseThrow(() -> LogboekException.failure("team.not-a-team", path));
    }

    static int init(Context ctx, PrintWriter out, String remote, String name) {
        Messages msg = ctx.messages();
        TeamInit.Result r = TeamInit.run(machine(ctx), logbookPath(ctx), remote, name);
        out.println(msg.get("team.init.done", r.folder(), r.logbookId(), r.events()));
        out.println(msg.get("team.writer", r.writer()));
        out.println(msg.get(r.remoteCreated() ? "team.init.remote-created" : "team.init.remote", r.remote()));
        if (r.encrypted()) {
            out.println(msg.get("team.init.encrypted", ctx.keys().keyFile(r.logbookId())));
        }
        out.println(msg.get("team.init.next", r.remote()));
        out.flush();
        return 0;
    }

    static int join(Context ctx, PrintWriter out, String remote, String name) {
        Messages msg = ctx.messages();
        TeamJoin.Result r = TeamJoin.run(machine(ctx), logbookPath(ctx), remote, name);
        out.println(msg.get("team.join.done", r.folder(), r.logbookId(), r.writers()));
        out.println(msg.get("team.writer", r.writer()));
        out.println(msg.get("team.join.next"));
        out.println(TerminalText.safe(msg.get("team.join.admit", r.writer(), TeamKeys.ownKeyId(team(ctx)))));
        out.flush();
        return 0;
    }

    /** team admit (admit true) and team revoke. */
    static int keys(Context ctx, PrintWriter out, String name, boolean admit) {
        Messages msg = ctx.messages();
        TeamKeys.Result r = admit ? TeamKeys.admit(machine(ctx), team(ctx), ctx.logbook(), name)
                : TeamKeys.revoke(machine(ctx), team(ctx), ctx.logbook(), name);
        if (admit) {
            out.println(TerminalText.safe(msg.get(r.done() ? "team.keys.admitted" : "team.keys.already-admitted", r.writer(), r.keyId())));
        } else {
            out.println(TerminalText.safe(msg.get("team.keys.revoked", r.writer(), r.keyId(), r.after())));
        }
        if (r.done()) {
            out.println(msg.get("team.keys.sync"));
        }
        out.flush();
        return 0;
    }

    static int status(Context ctx, PrintWriter out, boolean json) {
        TeamStatus s = TeamStatus.of(machine(ctx), team(ctx));
        if (json) {
            Output.json(out, TeamShapes.status(s));
            return 0;
        }
        Messages msg = ctx.messages();
        out.println(msg.get(s.encrypted() ? "team.status.team-encrypted" : "team.status.team", s.team()));
        out.println(msg.get("team.status.folder", s.folder()));
        out.println(msg.get("team.status.remote", s.remote() == null ? "-" : s.remote()));
        out.println(msg.get("team.status.writers"));
        int width = s.writers().stream().mapToInt(w -> w.name().length()).max().orElse(0);
        for (TeamStatus.Writer w : s.writers()) {
            String line = String.format("  %-" + width + "s  %s", w.name(), msg.get("team.events", w.events()));
            out.println(TerminalText.safe(w.own() ? line + "  " + msg.get("team.status.own") : line));
        }
        out.println(s.unsent() > 0 ? msg.get("team.status.unsent", s.unsent()) : msg.get("team.status.all-sent"));
        out.flush();
        return 0;
    }

    static int sync(Context ctx, PrintWriter out, PrintWriter err, boolean json) {
        SyncResult r = TeamSync.run(machine(ctx), team(ctx));
        Messages msg = ctx.messages();
        if (json) {
            Output.json(out, TeamShapes.sync(r));
        }
        if (!r.ok()) {
            for (Alteration a : r.altered()) {
                err.println("logboek sync: " + TerminalText.safe(msg.get(a.message().key(), a.message().args())));
            }
            boolean signatures = r.altered().stream().allMatch(Alteration::aboutSignatures);
            err.println("logboek sync: " + msg.get(signatures ? "team.sync.unsigned" : "team.sync.altered", r.altered().size()));
            err.flush();
            return ALTERED;
        }
        if (json) {
            return 0;
        }
        out.println(r.sent() > 0 ? msg.get("team.sync.sent", r.sent()) : msg.get("team.sync.nothing-to-send"));
        if (r.received().isEmpty()) {
            out.println(msg.get("team.sync.nothing-received"));
        } else {
            out.println(msg.get("team.sync.received", r.receivedTotal()));
            int width = r.received().stream().mapToInt(w -> w.writer().length()).max().orElse(0);
            for (SyncResult.Received w : r.received()) {
                String line = String.format("  %-" + width + "s  %s", w.writer(), msg.get("team.events", w.events()));
                out.println(TerminalText.safe(w.joined() ? line + "  " + msg.get("team.sync.joined") : line));
            }
        }
        out.flush();
        return 0;
    }
}
