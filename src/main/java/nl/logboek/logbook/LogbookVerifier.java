package nl.logboek.logbook;

import nl.logboek.json.JsonTrees;
import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.i18n.Msg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a whole logbook and, unlike a normal read, goes on after a problem so that every damaged
 * line is reported with its number. It never changes the file.
 *
 * <p>This is the one definition of a sound logbook: {@code verify} reports by it, and
 * {@code backup} checks both the logbook and its copy by it (see Backup). There are three rules,
 * by what is checked: a plain logbook ({@link #verify(Path, Path)} without a team), one member's
 * file of a team logbook on its own ({@link #verify(Path, Path)} with its team: lines about other
 * members' incidents are counted, not judged), and a whole team logbook ({@link #verifyTeam}).
 * {@link #verify(Path)} picks the first or the second by where the file lies.
 */
public final class LogbookVerifier {
    private LogbookVerifier() {
    }

    /** Of an encrypted logbook, what was checked of its sealed lines. */
    public enum Sealed {
        /** Not encrypted. */
        NONE,
        /** Every sealed line was opened with the key and its tag checked. */
        OPENED,
        /** The key was not at hand (or not asked for): only the chain was checked, not whether each sealed line opens. */
        CHAIN_ONLY
    }

    /** A problem at a line; line 0 is the file as a whole (e.g. its permissions). */
    public record Problem(long line, Msg reason) {
    }

    /**
     * @param created    the incidents created in this file, each with its line
     * @param team       when the file was checked on its own as one member's file of a team
     *                   logbook: that team's folder; else null
     * @param leftToTeam when {@code team} is set: the lines about incidents this file does not
     *                   create (another member's file does), which only {@link #verifyTeam} can
     *                   check; else 0
     * @param newestKey  the public key that signs the file's last line, as the signature check found
     *                   it (null: the line is unsigned, or the check did not run)
     */
    public record Report(Path file, long lines, long events, long incidents, OffsetDateTime first, OffsetDateTime last,
                         String headHash, List<Problem> problems, long tornLine, byte[] tornTail, long goodBytes,
                         Map<String, Long> created, Path team, long leftToTeam, long unsignedLines, long awaitingAdmission,
                         Sealed sealed, String newestKey) {
        public boolean ok() {
            return problems.isEmpty();
        }

        /** Whether the only problem is a final line torn by an interrupted write. */
        public boolean onlyTornTail() {
            return tornTail != null && problems.stream().allMatch(p -> p.line() == 0 || p.line() == tornLine);
        }

        /** The first problem at a line (not the file's permissions, line 0), or null. */
        public Problem firstLineProblem() {
            return problems.stream().filter(p -> p.line() > 0).findFirst().orElse(null);
        }

        /** This report with one more problem: one that only something apart from the file can tell (see Anchors). */
        public Report withProblem(Problem p) {
            List<Problem> all = new java.util.ArrayList<>(problems);
            all.add(p);
            return with(List.copyOf(all));
        }

        private Report with(List<Problem> all) {
            return new Report(file, lines, events, incidents, first, last, headHash, all, tornLine, tornTail, goodBytes, created,
                    team, leftToTeam, unsignedLines, awaitingAdmission, sealed, newestKey);
        }

        private Report withSignatures(long unsigned, long awaiting, String key) {
            return new Report(file, lines, events, incidents, first, last, headHash, problems, tornLine, tornTail, goodBytes, created,
                    team, leftToTeam, unsigned, awaiting, sealed, key);
        }
    }

    /**
     * A logbook of one file. When the file lies in a team folder's {@code events/} (beside
     * {@code team.json}), it is one member's file, checked on its own as {@link #verify(Path, Path)}
     * does with that team; else a plain logbook, in which an incident is created before any line
     * refers to it.
     */
    public static Report verify(Path file) throws IOException {
        return verify(file, TeamLayout.teamOfMember(file).orElse(null));
    }

    /**
     * One file: its permissions, every line, the header and the whole chain. With {@code team}
     * null it is a plain logbook: a line about an incident the file has not created before it is
     * damage. With {@code team} (the team folder it belongs to, or was copied from) it is one
     * member's file read on its own: an incident this file creates must still be created before
     * this file refers to it, but lines about incidents it never creates are another member's
     * incidents: they are counted ({@link Report#leftToTeam}), and only {@link #verifyTeam} on
     * the whole team can check them.
     */
    public static Report verify(Path file, Path team) throws IOException {
        return verify(file, team, null);
    }

    /**
     * As {@link #verify(Path, Path)}; with {@code keys} an encrypted logbook's sealed lines are
     * opened with its key and each tag is checked (content garbled or moved to another line does not
     * open); without (or when the key is not at hand) only the chain is checked, and the report says so.
     */
    public static Report verify(Path file, Path team, KeySource keys) throws IOException {
        PrivateFiles.requireRegular(file);
        State st = new State(TeamLayout.writerOf(file));
        st.keys = keys;
        Report r = read(file, team != null, null, team, st);
        // On its own, a file's keys are those its header and key lines name; whether a team
        // admitted them only the whole team can tell.
        return signatures(List.of(r), List.of(st), null, null).get(0);
    }

    /** Adds what the signature check found to each report (see WriterKeys). */
    private static List<Report> signatures(List<Report> reports, List<State> states, Path teamFolder, String ownWriter) {
        List<WriterKeys.Trail> trails = new ArrayList<>();
        List<WriterKeys.Reread> rereads = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            trails.add(states.get(i).trail);
            rereads.add(states.get(i).trail.reread(reports.get(i).file()));
        }
        String[] founder = teamFolder == null ? null : WriterKeys.founder(teamFolder);
        WriterKeys.Result result = founder == null ? WriterKeys.checkTeam(trails, rereads, null, null)
                : WriterKeys.checkTeam(trails, rereads, founder[0], founder[1]);
        List<Report> out = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            String writer = trails.get(i).writer();
            List<Problem> all = new ArrayList<>(r.problems());
            long awaiting = 0;
            for (WriterKeys.Finding f : result.of(writer)) {
                if (writer.equals(ownWriter) && f.kind() == WriterKeys.Kind.UNKNOWN_KEY && f.last() == trails.get(i).lines()) {
                    // This machine's own newest key, not admitted as far as it knows (it joined, or rotated
                    // and nobody admitted it since): a note, not damage; the others' sync refuses those lines.
                    awaiting += f.last() - f.line() + 1;
                } else {
                    all.add(new Problem(f.line(), signatureProblem(f)));
                }
            }
            all.sort(Comparator.comparingLong(Problem::line));
            out.add(r.with(List.copyOf(all)).withSignatures(result.unsigned().getOrDefault(writer, 0L), awaiting,
                    result.keys().get(writer)));
        }
        return out;
    }

    /** One problem for a stretch of lines the signature check refuses. */
    public static Msg signatureProblem(WriterKeys.Finding f) {
        return new Msg("sign.problem." + f.kind().id(), f.line(), f.last(), f.writer(), f.author() == null ? "?" : f.author(),
                f.last() - f.line() + 1);
    }

    /**
     * The rule for a team logbook, the one {@code verify} and {@code backup} both apply: every
     * writer file sound on its own (header, every line, the whole chain), no incident created in
     * two files, and in the team's timeline (the order every command reads in, see TeamView) no
     * line about an incident before that incident's creation line, in whichever member's file
     * that is; so no line about an incident no member created (see {@link TeamTimelineCheck}).
     * Returns one report per file, in the order given; each problem is at a line of that file.
     */
    public static List<Report> verifyTeam(List<Path> members) throws IOException {
        return verifyTeam(members, null);
    }

    /**
     * As {@link #verifyTeam(List)}, on the machine of the writer {@code ownWriter}: lines of its own
     * file signed by a key the team has not admitted yet (as far as this machine knows) are counted
     * ({@link Report#awaitingAdmission}), not reported as damage.
     */
    public static List<Report> verifyTeam(List<Path> members, String ownWriter) throws IOException {
        return verifyTeam(members, ownWriter, null);
    }

    /** As {@link #verifyTeam(List, String)}, opening sealed lines with {@code keys} (see {@link #verify(Path, Path, KeySource)}). */
    public static List<Report> verifyTeam(List<Path> members, String ownWriter, KeySource keySource) throws IOException {
        // The timeline orders the files by writer name, and so does every check across them.
        List<Integer> order = new ArrayList<>();
        for (int f = 0; f < members.size(); f++) {
            order.add(f);
        }
        order.sort(Comparator.comparing(f -> TeamLayout.writerOf(members.get(f))));
        TeamTimelineCheck timeline = new TeamTimelineCheck();
        List<Report> reports = new ArrayList<>(java.util.Collections.nCopies(members.size(), (Report) null));
        List<TeamTimelineCheck.Keys> keys = new ArrayList<>();
        List<State> states = new ArrayList<>(java.util.Collections.nCopies(members.size(), (State) null));
        for (int f : order) {
            TeamTimelineCheck.Keys k = timeline.keys();
            states.set(f, new State(TeamLayout.writerOf(members.get(f))));
            states.get(f).keys = keySource;
            reports.set(f, read(members.get(f), true, k, null, states.get(f)));
            keys.add(k);
        }
        Path teamFolder = members.isEmpty() ? null : TeamLayout.teamOfMember(members.get(0)).orElse(null);
        List<Report> signed = signatures(reports, states, teamFolder, ownWriter);
        for (int f = 0; f < members.size(); f++) {
            reports.set(f, signed.get(f));
        }
        List<List<Problem>> added = new ArrayList<>();
        members.forEach(m -> added.add(new ArrayList<>()));
        Map<String, Path> createdBy = new HashMap<>();
        for (int f : order) {
            for (var created : reports.get(f).created().entrySet()) {
                if (createdBy.putIfAbsent(created.getKey(), members.get(f)) != null) {
                    added.get(f).add(new Problem(created.getValue(), new Msg("damage.created-twice", created.getKey())));
                }
            }
        }
        List<List<Problem>> early = timeline.problems(keys);
        for (int i = 0; i < order.size(); i++) {
            added.get(order.get(i)).addAll(early.get(i));
        }
        for (int f = 0; f < members.size(); f++) {
            if (!added.get(f).isEmpty()) {
                Report r = reports.get(f);
                List<Problem> all = new ArrayList<>(r.problems());
                for (Problem p : added.get(f)) {
                    if (all.stream().noneMatch(q -> same(p, q))) {
                        all.add(p); // a line read before its creation in its own file was found by read() too
                    }
                }
                all.sort(Comparator.comparingLong(Problem::line));
                reports.set(f, r.with(List.copyOf(all)));
            }
        }
        return reports;
    }

    private static boolean same(Problem a, Problem b) {
        return a.line() == b.line() && a.reason().key().equals(b.reason().key())
                && java.util.Arrays.deepEquals(a.reason().args(), b.reason().args());
    }

    /**
     * @param member   whether lines about incidents the file never creates are left to the team check
     * @param timeline where to keep what the team's timeline check needs of each line, or null
     * @param team     the team folder, for the report of a member's file checked on its own
     */
    private static Report read(Path file, boolean member, TeamTimelineCheck.Keys timeline, Path team, State st) throws IOException {
        st.file = file;
        st.notHere = member ? new HashMap<>() : null;
        st.timeline = timeline;
        if (Files.exists(file)) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)
                    || perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                st.problems.add(new Problem(0, new Msg("damage.permissions", file)));
            }
            for (Path left : Leftovers.beside(file)) {
                st.problems.add(new Problem(0, new Msg("damage.leftover", left)));
            }
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
                ParallelLines.split(ch, 0, ch.size(), 0, Progress.NONE, st::decode, st);
            }
            st.unaccountedPurges.forEach((id, line) -> st.problems.add(new Problem(line, new Msg("damage.purge-unaccounted", id))));
            st.problems.sort(Comparator.comparingLong(Problem::line));
        }
        long leftToTeam = 0;
        if (team != null) {
            for (Mentions m : st.notHere.values()) {
                leftToTeam += m.count;
            }
        }
        return new Report(file, st.lines, st.events, st.incidents.size(), st.first, st.last, st.hash,
                List.copyOf(st.problems), st.tornLine, st.tornTail, st.goodBytes, st.incidents, team, leftToTeam, 0, 0,
                !st.encrypted ? Sealed.NONE : st.sealer != null && st.sealer != Sealer.ENVELOPE_ONLY ? Sealed.OPENED : Sealed.CHAIN_ONLY,
                null);
    }

    /** The lines of a file about one incident. */
    private static final class Mentions {
        long[] lines = new long[4];
        int count;

        void add(long line) {
            if (count == lines.length) {
                lines = java.util.Arrays.copyOf(lines, count * 2);
            }
            lines[count++] = line;
        }
    }

    /** What a worker made of a line: its event or its damage, and its text when the checks in order need it. */
    private record Decoded(Object event, String text) {
    }

    private static final class State implements ParallelLines.Handler<Decoded> {
        final WriterKeys.Trail trail;
        /** Where the key of an encrypted logbook comes from; null: sealed lines are not opened. */
        KeySource keys;
        Path file;
        boolean encrypted;
        Sealer sealer = Sealer.ENVELOPE_ONLY;
        final List<Problem> problems = new ArrayList<>();
        final Map<String, Long> incidents = new LinkedHashMap<>();
        /** In a member's file: per incident not created (so far) in this file, the lines about it; null in a plain logbook. */
        Map<String, Mentions> notHere;
        /** In a team check: what the timeline check needs of each line; else null. */
        TeamTimelineCheck.Keys timeline;
        final Map<String, Long> unaccountedPurges = new HashMap<>();
        long lines;
        long events;
        long seq;
        String hash = Hashing.GENESIS_PREV;
        boolean chainKnown = true;
        OffsetDateTime first;
        OffsetDateTime last;
        long tornLine;
        byte[] tornTail;
        long goodBytes;

        State(String writer) {
            this.trail = new WriterKeys.Trail(writer);
        }

        /**
         * A line on its own (on any thread, see ParallelLines): the event, or the damage that stops
         * it being one; with the line's text where the checks in order read it (the header, a key
         * line, a damaged line), else null.
         */
        Decoded decode(long lineNo, byte[] utf8, int offset, int length) {
            try {
                // What the checks below need of a line: not its payload, unless about the logbook.
                Event e = LogbookReader.slim(EventCodec.decode(utf8, offset, length, lineNo,
                        lineNo == 1 ? Sealer.ENVELOPE_ONLY : sealer), false);
                // A decoded line's head holds one type field: `,"type":"key",` before the hash
                // (what the trail takes for a key line) only where its type is key.
                boolean keyLine = lineNo == 1 || EventType.KEY.equals(e.type());
                return new Decoded(e, keyLine ? ParallelLines.text(utf8, offset, length) : null);
            } catch (LineDamage d) {
                return new Decoded(d, ParallelLines.text(utf8, offset, length));
            }
        }

        @Override
        public void line(long lineNo, Decoded decoded, int length) {
            String text = decoded.text();
            lines = lineNo;
            goodBytes += length + 1;
            trail.line(lineNo, text, length);
            Event e;
            try {
                if (decoded.event() instanceof LineDamage d) {
                    throw d;
                }
                e = (Event) decoded.event();
                if (lineNo == 1) {
                    openWith(e);
                }
            } catch (LineDamage d) {
                problems.add(new Problem(lineNo, d.reason()));
                followChainThroughDamagedLine(text);
                return;
            }
            events++;
            if (chainKnown) {
                if (e.seq() != seq + 1) {
                    problems.add(new Problem(lineNo, new Msg("damage.seq", e.seq(), seq + 1)));
                } else if (!e.prev().equals(hash)) {
                    problems.add(new Problem(lineNo, new Msg("damage.chain", lineNo - 1)));
                }
            }
            if ((lineNo == 1) != EventType.LOGBOOK.equals(e.type())) {
                problems.add(new Problem(lineNo, new Msg(lineNo == 1 ? "damage.no-header" : "damage.second-header")));
            }
            checkIncident(e);
            if (timeline != null) {
                timeline.add(e);
            }
            if (e.purged()) {
                unaccountedPurges.putIfAbsent(e.incident(), lineNo);
            } else if (EventType.PURGE.equals(e.type())) {
                e.payload().path("incidents").forEach(id -> unaccountedPurges.remove(id.asText()));
            }
            seq = e.seq();
            hash = e.hash();
            chainKnown = true;
            first = first == null || e.time().isBefore(first) ? e.time() : first;
            last = last == null || e.time().isAfter(last) ? e.time() : last;
        }

        private void checkIncident(Event e) {
            if (e.incident() == null) {
                if (!EventType.aboutLogbook(e.type())) {
                    problems.add(new Problem(e.line(), new Msg("damage.field", "incident")));
                }
            } else if (EventType.CREATED.equals(e.type())) {
                if (incidents.putIfAbsent(e.incident(), e.line()) != null) {
                    problems.add(new Problem(e.line(), new Msg("damage.created-twice", e.incident())));
                }
                Mentions before = notHere == null ? null : notHere.remove(e.incident());
                if (before != null) {
                    // Lines of this file about an incident this file creates only later: as in a plain logbook.
                    for (int i = 0; i < before.count; i++) {
                        problems.add(new Problem(before.lines[i], new Msg("damage.unknown-incident", e.incident())));
                    }
                }
            } else if (!incidents.containsKey(e.incident())) {
                if (notHere == null) {
                    problems.add(new Problem(e.line(), new Msg("damage.unknown-incident", e.incident())));
                } else {
                    notHere.computeIfAbsent(e.incident(), id -> new Mentions()).add(e.line());
                }
            }
        }

        /** From the header: whether the logbook is encrypted, and if its key is at hand, the sealer that opens its lines. */
        private void openWith(Event header) {
            var encryption = header.payload().get("encryption");
            encrypted = encryption != null && encryption.isObject();
            if (encrypted && keys != null && EventType.LOGBOOK.equals(header.type())) {
                try {
                    Sealer s = LogbookReader.sealerFor(file, header, keys);
                    sealer = s == null ? Sealer.ENVELOPE_ONLY : s;
                } catch (nl.logboek.LogboekException noKey) {
                    sealer = Sealer.ENVELOPE_ONLY; // reported as "only the chain was checked"
                }
            }
        }

        /** Takes seq and hash from a damaged line when they can still be read, so one bad line is reported once. */
        private void followChainThroughDamagedLine(String text) {
            chainKnown = false;
            try {
                JsonNode tree = JsonTrees.parse(text);
                if (tree != null && tree.path("seq").isIntegralNumber() && Hashing.isHex64(tree.path("hash").asText(null))) {
                    seq = tree.get("seq").longValue();
                    hash = tree.get("hash").asText();
                    chainKnown = true;
                }
            } catch (IOException ignored) {
                // Not JSON at all: the next line's chain check is skipped rather than reported twice.
            }
        }

        @Override
        public void undecodable(long lineNo, Msg reason, int length) {
            trail.skip(lineNo, length);
            lines = lineNo;
            goodBytes += length + 1;
            problems.add(new Problem(lineNo, reason));
            chainKnown = false;
        }

        @Override
        public void torn(long lineNo, byte[] tail) {
            tornLine = lineNo;
            tornTail = tail;
            problems.add(new Problem(lineNo, new Msg("damage.torn")));
        }
    }
}
