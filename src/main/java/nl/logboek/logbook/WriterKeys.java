package nl.logboek.logbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.json.JsonTrees;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which key may sign which lines, and whether they are signed so (docs/security.md).
 *
 * <p>Every line carries its writer's Ed25519 signature over its hash. The hash covers the line
 * before it, and so every line before it in the file: a valid signature on line N vouches for
 * lines 1 to N of that file as appended by the holder of that key. So a file is checked by the
 * last line of each stretch signed by one key (one signature per stretch, not per line), and only
 * where that fails are the lines before it checked one by one, back to the last that verifies:
 * the lines after it are the ones not signed by the key.
 *
 * <p>The keys: a writer's file names its first key in its header ({@code writer_key}); a
 * {@code key} line with {@code action} {@code rotate}, signed by the key before it, names the
 * key of the lines after it (in a file written before signatures, the first such line introduces
 * the key). In a team, a writer's key counts only when admitted: the founder's key by team.json,
 * every other by an {@code admit} line in the file of a writer whose key counts, at a line that
 * key vouches for; a {@code revoke} line ends a key's lines after a given line of its writer's file.
 */
public final class WriterKeys {
    /** The header's field with the writer's first public key. */
    public static final String HEADER_FIELD = "writer_key";
    public static final String ROTATE = "rotate";
    public static final String ADMIT = "admit";
    public static final String REVOKE = "revoke";

    private WriterKeys() {
    }

    /** A key line: this writer's lines after it are signed by {@code publicKey}. */
    public static NewEvent rotation(String author, String publicKey) {
        ObjectNode p = JsonTrees.object();
        p.put("action", ROTATE);
        p.put("key", publicKey);
        return new NewEvent(null, EventType.KEY, author, p);
    }

    /** A key line: {@code writer}'s lines signed by {@code publicKey} are the team's. */
    public static NewEvent admission(String author, String writer, String publicKey) {
        ObjectNode p = JsonTrees.object();
        p.put("action", ADMIT);
        p.put("writer", writer);
        p.put("key", publicKey);
        return new NewEvent(null, EventType.KEY, author, p);
    }

    /** A key line: {@code writer}'s lines signed by {@code publicKey} after line {@code after} of its file are refused. */
    public static NewEvent revocation(String author, String writer, String publicKey, long after) {
        ObjectNode p = JsonTrees.object();
        p.put("action", REVOKE);
        p.put("writer", writer);
        p.put("key", publicKey);
        p.put("after", after);
        return new NewEvent(null, EventType.KEY, author, p);
    }

    /** A key line of a file. */
    public record KeyLine(long line, String action, String writer, String key, long after) {
    }

    /** Reads one line of a file again, by its number. */
    public interface Reread {
        String line(long lineNo);
    }

    /**
     * What one pass over a writer file keeps for the check: where each line starts, the header's
     * key and writer, and the key lines. Cheap: no line but the header and the key lines is parsed.
     */
    public static final class Trail {
        final String writer;
        String headerKey;
        long lines;
        long[] offsets = new long[1024];
        long bytes;
        final List<KeyLine> keyLines = new ArrayList<>();

        /** @param writer the writer's name (the file's name without .jsonl) */
        public Trail(String writer) {
            this.writer = writer;
        }

        public String writer() {
            return writer;
        }

        public long lines() {
            return lines;
        }

        /** A line of {@code length} bytes (without its newline). */
        public void line(long lineNo, String text, int length) {
            skip(lineNo, length);
            if (text == null) {
                return;
            }
            if (lineNo == 1) {
                JsonNode payload = parse(text).path("payload");
                headerKey = payload.path(HEADER_FIELD).asText(null);
                return;
            }
            int type = text.indexOf(",\"type\":\"key\",");
            int hash = text.indexOf(",\"hash\":\"");
            if (type > 0 && type < hash) {
                JsonNode p = parse(text).path("payload");
                keyLines.add(new KeyLine(lineNo, p.path("action").asText(""), p.path("writer").asText(null), p.path("key").asText(null),
                        p.path("after").asLong(-1)));
            }
        }

        /** A line that could not be read as text. */
        public void skip(long lineNo, int length) {
            if (lineNo >= offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, (int) Math.max(offsets.length * 2L, lineNo + 1));
            }
            offsets[(int) lineNo] = bytes;
            bytes += length + 1;
            lines = lineNo;
        }

        private static JsonNode parse(String text) {
            try {
                JsonNode n = JsonTrees.parse(text);
                return n == null ? JsonTrees.object() : n;
            } catch (IOException e) {
                return JsonTrees.object();
            }
        }

        /** Reads lines of {@code file} again by the offsets this pass kept. */
        public Reread reread(Path file) {
            return lineNo -> {
                long from = offsets[(int) lineNo];
                long to = lineNo < lines ? offsets[(int) lineNo + 1] - 1 : bytes - 1;
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                    ByteBuffer b = ByteBuffer.allocate((int) (to - from));
                    while (b.hasRemaining() && ch.read(b, from + b.position()) > 0) {
                        // read on
                    }
                    return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }

        /** Reads lines of {@code content} (a whole file in memory) again. */
        public Reread reread(byte[] content) {
            return lineNo -> {
                int from = (int) offsets[(int) lineNo];
                int to = (int) (lineNo < lines ? offsets[(int) lineNo + 1] - 1 : bytes - 1);
                return new String(content, from, Math.max(0, to - from), StandardCharsets.UTF_8);
            };
        }
    }

    /** A whole file read into a trail, for a check outside a verify pass (sync). */
    public static Trail trail(String writer, InputStream in) throws IOException {
        Trail t = new Trail(writer);
        Lines.split(in, new Lines.Handler() {
            @Override
            public void line(long lineNo, String text, int length) {
                t.line(lineNo, text, length);
            }

            @Override
            public void undecodable(long lineNo, nl.logboek.i18n.Msg reason, int length) {
                t.skip(lineNo, length);
            }

            @Override
            public void torn(long lineNo, byte[] tail) {
                // not part of the file yet
            }
        });
        return t;
    }

    /** What is wrong with a stretch of lines. */
    public enum Kind {
        /** Not signed by the key that signs that writer's lines there: written by someone without it. */
        NOT_SIGNED("not-signed"),
        /** Signed by a key that was never admitted to the team (or the key line that names it is not vouched for). */
        UNKNOWN_KEY("unknown-key"),
        /** Signed by a key a member revoked, after the line up to which it counts. */
        REVOKED("revoked-key");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** Lines {@code line} to {@code last} of a writer's file, and who the first of them claims wrote it. */
    public record Finding(String writer, long line, long last, Kind kind, String author) {
    }

    /**
     * @param findings per writer, what is wrong, by line
     * @param unsigned per writer, the lines written before signatures (the first key line or
     *                 the end of the file vouches for them, or nothing does)
     * @param keys     per writer, the key that signs its last line (null when it has none)
     */
    public record Result(Map<String, List<Finding>> findings, Map<String, Long> unsigned, Map<String, String> keys) {
        public List<Finding> of(String writer) {
            return findings.getOrDefault(writer, List.of());
        }

        public boolean ok() {
            return findings.values().stream().allMatch(List::isEmpty);
        }
    }

    /** A logbook of one file: its header's key counts, and every key its own key lines name after it. */
    public static Result checkSingle(Trail trail, Reread reread) {
        return check(List.of(trail), List.of(reread), null, null);
    }

    /**
     * A team: the founder's key (from team.json; null in a team made before signatures, whose
     * keys then count as in a logbook of one file) and what the members' key lines admit and revoke.
     */
    public static Result checkTeam(List<Trail> trails, List<Reread> rereads, String founderWriter, String founderKey) {
        return check(trails, rereads, founderWriter, founderKey);
    }

    /** team.json's founder ({@code {"writer":…,"key":…}}), or null when it names none. */
    public static String[] founder(Path teamFolder) {
        try {
            JsonNode f = JsonTrees.parse(Files.readString(teamFolder.resolve(TeamLayout.TEAM_FILE), StandardCharsets.UTF_8)).path("founder");
            return f.path("writer").isTextual() && f.path("key").isTextual()
                    ? new String[] {f.get("writer").asText(), f.get("key").asText()} : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** One stretch of a file signed by one key (null: written before signatures). */
    private record Stretch(String key, long from, long to, long rotationLine) {
    }

    private static final class File {
        final Trail trail;
        final Reread reread;
        final List<Stretch> stretches = new ArrayList<>();
        /** Per stretch: the last line its key vouches for (0: none), worked out on first need. */
        final Map<Integer, Long> vouched = new HashMap<>();

        File(Trail trail, Reread reread) {
            this.trail = trail;
            this.reread = reread;
            String key = trail.headerKey;
            long from = 1;
            for (KeyLine k : trail.keyLines) {
                if (ROTATE.equals(k.action()) && WriterKey.wellFormed(k.key())) {
                    // The rotation line itself is signed by the key before it; introducing a key, by the new one.
                    stretches.add(new Stretch(key == null ? k.key() : key, from, k.line(), k.line()));
                    key = k.key();
                    from = k.line() + 1;
                }
            }
            if (from <= trail.lines) {
                stretches.add(new Stretch(key, from, trail.lines, 0));
            }
        }
    }

    private static Result check(List<Trail> trails, List<Reread> rereads, String founderWriter, String founderKey) {
        boolean team = founderKey != null;
        List<File> files = new ArrayList<>();
        for (int i = 0; i < trails.size(); i++) {
            files.add(new File(trails.get(i), rereads.get(i)));
        }
        // Admissions and revocations count only from lines vouched for by a key that counts; so what
        // counts is worked out again, from the founder, until the revocations found stay the same.
        Map<String, Long> revokedAfter = new HashMap<>();
        Map<File, boolean[]> counts = new LinkedHashMap<>();
        for (int round = 0; round < 16; round++) {
            Map<String, Set<String>> admitted = new HashMap<>();
            if (team) {
                admitted.computeIfAbsent(founderWriter, w -> new HashSet<>()).add(founderKey);
            }
            Map<String, Long> revoking = new HashMap<>();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (File f : files) {
                    boolean[] c = counts(f, team, admitted, revokedAfter);
                    counts.put(f, c);
                    for (KeyLine k : f.trail.keyLines) {
                        int s = stretchOf(f, k.line());
                        if (s < 0 || !c[s] || k.line() > end(f, s, revokedAfter) || k.line() > vouched(f, s, revokedAfter)) {
                            continue;
                        }
                        if (ADMIT.equals(k.action()) && k.writer() != null && WriterKey.wellFormed(k.key())) {
                            grew |= admitted.computeIfAbsent(k.writer(), w -> new HashSet<>()).add(k.key());
                        } else if (REVOKE.equals(k.action()) && k.writer() != null && k.key() != null && k.after() >= 0) {
                            revoking.merge(k.writer() + "|" + k.key(), k.after(), Math::min);
                        }
                    }
                }
            }
            if (revoking.equals(revokedAfter)) {
                break;
            }
            revokedAfter = revoking;
            files.forEach(f -> f.vouched.clear());
        }
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        Map<String, Long> unsigned = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        for (File f : files) {
            List<Finding> found = new ArrayList<>();
            boolean[] c = counts.get(f);
            long before = 0;
            for (int s = 0; s < f.stretches.size(); s++) {
                Stretch st = f.stretches.get(s);
                if (st.key() == null) {
                    if (team) {
                        // In a team with a founder every writer signs from its header on: lines no key vouches for are nobody's.
                        found.add(finding(f, st.from(), st.to(), Kind.NOT_SIGNED));
                    } else {
                        before += st.to() - st.from() + 1;
                    }
                    continue;
                }
                if (s == 0 && f.trail.headerKey == null) {
                    before += st.rotationLine() - 1; // vouched for by the line that introduces the key
                }
                if (!c[s]) {
                    found.add(finding(f, st.from(), st.to(), Kind.UNKNOWN_KEY));
                    continue;
                }
                long end = end(f, s, revokedAfter);
                long good = vouched(f, s, revokedAfter);
                if (good < end) {
                    found.add(finding(f, Math.max(st.from(), good + 1), end, Kind.NOT_SIGNED));
                }
                if (end < st.to()) {
                    found.add(finding(f, end + 1, st.to(), Kind.REVOKED));
                }
            }
            Stretch last = f.stretches.isEmpty() ? null : f.stretches.get(f.stretches.size() - 1);
            findings.put(f.trail.writer, List.copyOf(found));
            unsigned.put(f.trail.writer, before);
            keys.put(f.trail.writer, last == null ? null : last.key());
        }
        return new Result(findings, unsigned, keys);
    }

    /** Whether each stretch's key counts for this writer. */
    private static boolean[] counts(File f, boolean team, Map<String, Set<String>> admitted, Map<String, Long> revokedAfter) {
        boolean[] c = new boolean[f.stretches.size()];
        Set<String> mine = admitted.getOrDefault(f.trail.writer, Set.of());
        for (int s = 0; s < c.length; s++) {
            Stretch st = f.stretches.get(s);
            if (st.key() == null) {
                continue;
            }
            boolean first = s == 0 || f.stretches.get(s - 1).key() == null;
            if (!team) {
                c[s] = true; // a logbook of one file: its own header or key line names its key
            } else if (mine.contains(st.key())) {
                c[s] = true;
            } else if (!first && c[s - 1]) {
                // Rotated from a key that counts, by a line that key vouches for.
                long rotation = f.stretches.get(s - 1).rotationLine();
                c[s] = rotation <= end(f, s - 1, revokedAfter) && rotation <= vouched(f, s - 1, revokedAfter);
            }
        }
        return c;
    }

    private static int stretchOf(File f, long line) {
        for (int s = 0; s < f.stretches.size(); s++) {
            if (line >= f.stretches.get(s).from() && line <= f.stretches.get(s).to()) {
                return s;
            }
        }
        return -1;
    }

    /** The last line of a stretch its key may sign: its end, or the line after which the key was revoked. */
    private static long end(File f, int s, Map<String, Long> revokedAfter) {
        Stretch st = f.stretches.get(s);
        Long after = revokedAfter.get(f.trail.writer + "|" + st.key());
        return after == null ? st.to() : Math.max(st.from() - 1, Math.min(st.to(), after));
    }

    /** The last line of a stretch a valid signature by its key vouches for ({@code from - 1}: none). */
    private static long vouched(File f, int s, Map<String, Long> revokedAfter) {
        Long known = f.vouched.get(s);
        if (known != null) {
            return known;
        }
        Stretch st = f.stretches.get(s);
        long line = end(f, s, revokedAfter);
        while (line >= st.from()) {
            String text = f.reread.line(line);
            if (WriterKey.verifies(st.key(), EventCodec.hashOf(text), EventCodec.sigOf(text))) {
                break;
            }
            line--;
        }
        f.vouched.put(s, line);
        return line;
    }

    private static Finding finding(File f, long from, long to, Kind kind) {
        String author = null;
        try {
            JsonNode n = JsonTrees.parse(f.reread.line(from));
            author = n == null ? null : n.path("author").asText(null);
        } catch (IOException | RuntimeException e) {
            // no author to name
        }
        return new Finding(f.trail.writer, from, to, kind, author);
    }
}
