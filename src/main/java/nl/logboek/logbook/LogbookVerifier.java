package nl.logboek.logbook;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a whole logbook and, unlike a normal read, goes on after a problem so that every damaged
 * line is reported with its number. It never changes the file.
 */
public final class LogbookVerifier {
    private LogbookVerifier() {
    }

    /** A problem at a line; line 0 is the file as a whole (e.g. its permissions). */
    public record Problem(long line, Msg reason) {
    }

    /** @param created the incidents created in this file, each with its line */
    public record Report(Path file, long lines, long events, long incidents, OffsetDateTime first, OffsetDateTime last,
                         String headHash, List<Problem> problems, long tornLine, byte[] tornTail, long goodBytes,
                         java.util.Map<String, Long> created) {
        public boolean ok() {
            return problems.isEmpty();
        }

        /** Whether the only problem is a final line torn by an interrupted write. */
        public boolean onlyTornTail() {
            return tornTail != null && problems.stream().allMatch(p -> p.line() == 0 || p.line() == tornLine);
        }
    }

    public static Report verify(Path file) throws IOException {
        return verify(file, null);
    }

    /**
     * Verifies every member's file of a team logbook: each chain on its own, and then across the
     * files what no single file can show: an incident created by two members, or a line about
     * an incident no member created. Returns one report per file, in the order given.
     */
    public static List<Report> verifyTeam(List<Path> members) throws IOException {
        List<Report> reports = new ArrayList<>();
        List<java.util.Map<String, Long>> foreign = new ArrayList<>();
        java.util.Map<String, Path> createdBy = new java.util.HashMap<>();
        List<List<Problem>> added = new ArrayList<>();
        for (Path member : members) {
            java.util.Map<String, Long> refs = new java.util.LinkedHashMap<>();
            Report r = verify(member, refs);
            reports.add(r);
            foreign.add(refs);
            added.add(new ArrayList<>());
        }
        for (int f = 0; f < members.size(); f++) {
            for (var created : reports.get(f).created().entrySet()) {
                Path earlier = createdBy.putIfAbsent(created.getKey(), members.get(f));
                if (earlier != null) {
                    added.get(f).add(new Problem(created.getValue(), new Msg("damage.created-twice", created.getKey())));
                }
            }
        }
        for (int f = 0; f < members.size(); f++) {
            for (var ref : foreign.get(f).entrySet()) {
                if (!createdBy.containsKey(ref.getKey())) {
                    added.get(f).add(new Problem(ref.getValue(), new Msg("damage.unknown-incident", ref.getKey())));
                }
            }
            if (!added.get(f).isEmpty()) {
                Report r = reports.get(f);
                List<Problem> all = new ArrayList<>(r.problems());
                all.addAll(added.get(f));
                all.sort(java.util.Comparator.comparingLong(Problem::line));
                reports.set(f, new Report(r.file(), r.lines(), r.events(), r.incidents(), r.first(), r.last(), r.headHash(),
                        List.copyOf(all), r.tornLine(), r.tornTail(), r.goodBytes(), r.created()));
            }
        }
        return reports;
    }

    /** @param foreign null for a logbook of one file; in a team member's file, collects the lines about incidents others created */
    private static Report verify(Path file, java.util.Map<String, Long> foreign) throws IOException {
        State st = new State();
        st.foreign = foreign;
        if (Files.exists(file)) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)
                    || perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                st.problems.add(new Problem(0, new Msg("damage.permissions", file)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                Lines.split(in, st);
            }
            st.unaccountedPurges.forEach((id, line) -> st.problems.add(new Problem(line, new Msg("damage.purge-unaccounted", id))));
            st.problems.sort(java.util.Comparator.comparingLong(Problem::line));
        }
        return new Report(file, st.lines, st.events, st.incidents.size(), st.first, st.last, st.hash,
                List.copyOf(st.problems), st.tornLine, st.tornTail, st.goodBytes, st.incidents);
    }

    private static final class State implements Lines.Handler {
        final List<Problem> problems = new ArrayList<>();
        final java.util.Map<String, Long> incidents = new java.util.LinkedHashMap<>();
        java.util.Map<String, Long> foreign;
        final java.util.Map<String, Long> unaccountedPurges = new java.util.HashMap<>();
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

        @Override
        public void line(long lineNo, String text, int length) {
            lines = lineNo;
            goodBytes += length + 1;
            Event e;
            try {
                e = EventCodec.decode(text, lineNo, Sealer.ENVELOPE_ONLY);
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
                if (incidents.putIfAbsent(e.incident(), e.line()) != null
                        || (foreign != null && foreign.containsKey(e.incident()))) {
                    problems.add(new Problem(e.line(), new Msg("damage.created-twice", e.incident())));
                }
            } else if (!incidents.containsKey(e.incident())) {
                if (foreign == null) {
                    problems.add(new Problem(e.line(), new Msg("damage.unknown-incident", e.incident())));
                } else {
                    foreign.putIfAbsent(e.incident(), e.line());
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
