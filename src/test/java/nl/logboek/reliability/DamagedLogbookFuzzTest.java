package nl.logboek.reliability;

import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.logboek.logbook.Json;
import nl.logboek.logbook.LogbookVerifier;
import nl.logboek.testutil.Cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random and mutated logbook files (bit flips, truncations, duplicated, removed and swapped lines,
 * random JSON, random bytes, edited fields) fed to every command. Whatever the file holds: no command
 * crashes with a stack trace or hangs; every failure is one line; reading commands never change a
 * byte; a write happens only on a logbook that checks out, and only by appending; every reader stops
 * at the same line as {@code verify}; {@code verify --repair} only ever cuts off a torn tail, and keeps
 * it and a copy of the whole file.
 */
class DamagedLogbookFuzzTest {
    static final int TRIES = 250;
    private static Fixture fx;
    private static final AtomicLong RUNS = new AtomicLong();
    private static final AtomicLong DAMAGED = new AtomicLong();
    private static final AtomicLong TORN = new AtomicLong();
    private static long started;

    @BeforeContainer
    static void createBaseLogbook() {
        fx = Fixture.create("logboek-fuzz");
        started = System.nanoTime();
    }

    @AfterContainer
    static void reportFigures() {
        System.out.printf("[reliability] DamagedLogbookFuzzTest: %d tries, %d command runs, %d damaged files (%d with only a torn tail), %.1f s%n",
                TRIES, RUNS.get(), DAMAGED.get(), TORN.get(), (System.nanoTime() - started) / 1e9);
        fx.delete();
    }

    // ---- mutations -------------------------------------------------------------------------

    /** One change to the bytes of a logbook; positions are fractions so they fit any length. */
    interface Mutation {
        byte[] apply(byte[] in);
    }

    record FlipBit(double at, int bit) implements Mutation {
        public byte[] apply(byte[] in) {
            if (in.length == 0) {
                return in;
            }
            byte[] out = in.clone();
            out[index(at, in.length)] ^= (byte) (1 << bit);
            return out;
        }
    }

    record Truncate(double at) implements Mutation {
        public byte[] apply(byte[] in) {
            return java.util.Arrays.copyOf(in, index(at, in.length + 1));
        }
    }

    /** Cuts the file after a whole line: a sound, shorter logbook (what a restored old backup looks like). */
    record TruncateAtLine(double at) implements Mutation {
        public byte[] apply(byte[] in) {
            List<byte[]> lines = lines(in);
            return join(lines.subList(0, index(at, lines.size() + 1)));
        }
    }

    record SpliceBytes(double at, int remove, byte[] insert) implements Mutation {
        public byte[] apply(byte[] in) {
            int from = index(at, in.length + 1);
            int to = Math.min(in.length, from + remove);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(in, 0, from);
            out.writeBytes(insert);
            out.write(in, to, in.length - to);
            return out.toByteArray();
        }
    }

    record DuplicateLine(double at) implements Mutation {
        public byte[] apply(byte[] in) {
            List<byte[]> lines = lines(in);
            if (!lines.isEmpty()) {
                int i = index(at, lines.size());
                lines.add(i, lines.get(i));
            }
            return join(lines);
        }
    }

    record RemoveLine(double at) implements Mutation {
        public byte[] apply(byte[] in) {
            List<byte[]> lines = lines(in);
            if (!lines.isEmpty()) {
                lines.remove(index(at, lines.size()));
            }
            return join(lines);
        }
    }

    record SwapLines(double a, double b) implements Mutation {
        public byte[] apply(byte[] in) {
            List<byte[]> lines = lines(in);
            if (!lines.isEmpty()) {
                java.util.Collections.swap(lines, index(a, lines.size()), index(b, lines.size()));
            }
            return join(lines);
        }
    }

    /** Puts a line (random JSON, random text or bytes) before line {@code at}, or replaces it. */
    record PutLine(double at, boolean replace, byte[] line) implements Mutation {
        public byte[] apply(byte[] in) {
            List<byte[]> lines = lines(in);
            int i = index(at, lines.size() + (replace ? 0 : 1));
            byte[] withNewline = java.util.Arrays.copyOf(line, line.length + 1);
            withNewline[line.length] = '\n';
            if (replace && !lines.isEmpty()) {
                lines.set(i, withNewline);
            } else {
                lines.add(Math.min(i, lines.size()), withNewline);
            }
            return join(lines);
        }
    }

    /** Changes the value of one field in one line, as someone editing the file would. */
    record EditField(double at, String field, String value) implements Mutation {
        public byte[] apply(byte[] in) {
            List<byte[]> lines = lines(in);
            if (lines.isEmpty()) {
                return in;
            }
            int i = index(at, lines.size());
            String text = new String(lines.get(i), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\":(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\n]*)").matcher(text);
            if (m.find()) {
                text = text.substring(0, m.start()) + "\"" + field + "\":" + value + text.substring(m.end());
                lines.set(i, text.getBytes(StandardCharsets.UTF_8));
            }
            return join(lines);
        }
    }

    record Replace(byte[] all) implements Mutation {
        public byte[] apply(byte[] in) {
            return all;
        }
    }

    static int index(double fraction, int size) {
        return size == 0 ? 0 : Math.min(size - 1, (int) (fraction * size));
    }

    /** The lines with their newline; a last line without one (torn) is kept as it is. */
    static List<byte[]> lines(byte[] in) {
        List<byte[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '\n') {
                out.add(java.util.Arrays.copyOfRange(in, from, i + 1));
                from = i + 1;
            }
        }
        if (from < in.length) {
            out.add(java.util.Arrays.copyOfRange(in, from, in.length));
        }
        return out;
    }

    static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(80);
        Arbitrary<byte[]> text = Arbitraries.strings().all().ofMaxLength(60).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> json = randomJson().map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> line = Arbitraries.oneOf(bytes, text, json);
        Arbitrary<String> field = Arbitraries.of("v", "seq", "incident", "type", "time", "prev", "content_sha256", "hash",
                "author", "payload", "text", "category", "title", "logbook_id");
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("1", "2", "0", "-1", "null", "true", "\"\"", "\"1\"", "1.0", "1e3", "99999999999999999999",
                        "{}", "[]", "\"created\"", "\"annotated\"", "\"logbook\"", "\"escalated\"", "\"purge\"",
                        "\"0000000000000000000000000000000000000000000000000000000000000000\"", "\"2026-11-21T09:30:00Z\"",
                        "\"Eén\"", "\"\\u0000\""),
                Arbitraries.integers().between(-3, 40).map(String::valueOf),
                Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(12).map(s -> "\"" + s + "\""));
        Arbitrary<Mutation> one = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Combinators.combine(at, Arbitraries.integers().between(0, 7)).as(FlipBit::new)),
                net.jqwik.api.Tuple.of(3, at.map(Truncate::new)),
                net.jqwik.api.Tuple.of(2, at.map(TruncateAtLine::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(at, Arbitraries.integers().between(0, 3), bytes).as(SpliceBytes::new)),
                net.jqwik.api.Tuple.of(2, at.map(DuplicateLine::new)),
                net.jqwik.api.Tuple.of(2, at.map(RemoveLine::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(at, at).as(SwapLines::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(at, Arbitraries.of(true, false), line).as(PutLine::new)),
                net.jqwik.api.Tuple.of(4, Combinators.combine(at, field, value).as(EditField::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.oneOf(bytes, text, json, Arbitraries.just(new byte[0]),
                        Arbitraries.just("\n".getBytes(StandardCharsets.UTF_8))).map(Replace::new)));
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    /** Random JSON objects, some shaped like a logbook line. */
    static Arbitrary<String> randomJson() {
        Arbitrary<Object> scalar = Arbitraries.oneOf(Arbitraries.integers().between(-5, 50).map(i -> (Object) i),
                Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s), Arbitraries.of(true, false).map(b -> (Object) b));
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of("v", "seq", "incident", "type", "time", "prev", "hash", "payload"),
                Arbitraries.strings().ofMaxLength(8));
        return Arbitraries.maps(key, scalar).ofMaxSize(8).map(m -> {
            ObjectNode o = Json.object();
            m.forEach((k, v) -> o.set(k, Json.MAPPER.valueToTree(v)));
            return o.toString();
        });
    }

    // ---- commands and what must hold ------------------------------------------------------

    enum Kind { READ, WRITE, REPAIR, BACKUP }

    record Command(Kind kind, List<String> args) {
    }

    @Provide
    Arbitrary<List<Command>> commands() {
        return Arbitraries.of(allCommands()).list().uniqueElements().ofMinSize(3).ofMaxSize(4);
    }

    static List<Command> allCommands() {
        String a = fx.ids.get(0);
        String b = fx.ids.get(1);
        String c = fx.ids.get(2);
        return List.of(
                new Command(Kind.READ, List.of("list", "--json")),
                new Command(Kind.READ, List.of("show", a)),
                new Command(Kind.READ, List.of("show", b.substring(0, 4), "--json")),
                new Command(Kind.READ, List.of("next", b)),
                new Command(Kind.READ, List.of("verify")),
                new Command(Kind.READ, List.of("protocols")),
                new Command(Kind.WRITE, List.of("annotate", "-q", a, "fuzz-notitie")),
                new Command(Kind.WRITE, List.of("annotate", b, "--done", "2")),
                new Command(Kind.WRITE, List.of("escalate", b, "--reason", "meer-partners-nodig")),
                new Command(Kind.WRITE, List.of("escalate", b, "--down", "--reason", "doel-bereikt")),
                new Command(Kind.WRITE, List.of("next", a, "--advance")),
                new Command(Kind.WRITE, List.of("close", c, "--outcome", "opgelost", "--force", "--reason", "Afgesproken in het team")),
                new Command(Kind.REPAIR, List.of("verify", "--repair")),
                new Command(Kind.BACKUP, List.of("backup")));
    }

    @Property(tries = TRIES)
    void noCommandCrashesHangsOrChangesALogbookItShouldNot(@ForAll("mutations") List<Mutation> mutations,
                                                           @ForAll("commands") List<Command> picked,
                                                           @ForAll boolean staleIndex) throws IOException {
        byte[] damaged = fx.logbook;
        for (Mutation m : mutations) {
            damaged = m.apply(damaged);
        }
        // What verify finds is the oracle: every other command must agree with it.
        Path probe = fx.freshFolder();
        fx.cliWith(probe, damaged);
        LogbookVerifier.Report report = LogbookVerifier.verify(probe.resolve("lb.jsonl"));
        if (!report.ok()) {
            DAMAGED.incrementAndGet();
            if (report.onlyTornTail()) {
                TORN.incrementAndGet();
            }
        }
        List<Command> run = new ArrayList<>();
        run.add(new Command(Kind.READ, List.of("list")));
        run.add(new Command(Kind.READ, List.of("verify", "--json")));
        run.add(new Command(Kind.WRITE, List.of("new", "-q", "-c", "cyberpesten", "-t", "fuzz")));
        run.addAll(picked);
        for (Command cmd : run) {
            check(cmd, damaged, report, mutations, staleIndex);
        }
    }

    private void check(Command cmd, byte[] bytes, LogbookVerifier.Report report, List<Mutation> mutations, boolean staleIndex)
            throws IOException {
        Path dir = fx.freshFolder();
        Cli cli;
        if (staleIndex) {
            // A command on the sound logbook leaves its index cache; then the file is damaged under it.
            cli = fx.cliWith(dir, fx.logbook);
            cli.run("list").assertExit(0);
            Files.write(cli.logbook(), bytes);
        } else {
            cli = fx.cliWith(dir, bytes);
        }
        Path file = cli.logbook();
        Set<String> before = Fixture.names(dir);
        List<String> args = new ArrayList<>(cmd.args());
        Path backupDir = dir.resolve("backups");
        if (cmd.kind() == Kind.BACKUP) {
            args.add(backupDir.toString());
        }
        String context = " after " + mutations + (staleIndex ? " under an index of the sound logbook" : "") + " on " + new String(bytes, StandardCharsets.UTF_8);
        Cli.Result r = Fixture.runChecked(cli, args.toArray(String[]::new));
        RUNS.incrementAndGet();
        byte[] after = Files.readAllBytes(file);
        long damagedAt = report.problems().stream().filter(p -> p.line() > 0).mapToLong(LogbookVerifier.Problem::line).min().orElse(-1);
        String why = r.describe() + context;

        if (damagedAt > 0 && cmd.kind() != Kind.REPAIR && !cmd.args().get(0).equals("protocols")) {
            // A damaged line is never skipped in silence: the command fails and names that line.
            assertEquals(1, r.exit(), why);
            if (!cmd.args().get(0).equals("verify")) {
                assertTrue(r.err().contains("line " + damagedAt + ":"), "names line " + damagedAt + why);
            }
        }
        // After a command saw the sound logbook here (its index, this computer's witness), a sound logbook that no
        // longer holds the line they saw lost lines: every command refuses it (exit 3), verify reports it (AnchorsTest).
        long soundLines = new String(fx.logbook, StandardCharsets.UTF_8).chars().filter(ch -> ch == '\n').count();
        boolean rolledBack = staleIndex && damagedAt < 0 && report.lines() < soundLines;
        if (rolledBack && cmd.kind() != Kind.REPAIR) {
            int expected = cmd.args().get(0).equals("verify") ? 1 : cmd.args().get(0).equals("protocols") ? 0 : 3;
            assertTrue(r.exit() == expected || expected == 3 && r.exit() == 2, "a logbook that lost lines seen here is refused" + why);
            assertTrue(r.exit() != 3 || r.err().contains("lines known"), why);
        } else if (cmd.args().equals(List.of("list")) || cmd.args().get(0).equals("verify") && cmd.kind() == Kind.READ) {
            assertEquals(damagedAt > 0 ? 1 : 0, r.exit(), "list and verify agree on whether the logbook is sound" + why);
        }
        Set<String> allowed = new HashSet<>(before);
        allowed.addAll(Fixture.SIDE_FILES);
        switch (cmd.kind()) {
            case READ -> {
                assertArrayEquals(bytes, after, "a reading command changed the logbook" + why);
                assertTrue(allowed.containsAll(Fixture.names(dir)), "a reading command made files: " + Fixture.names(dir) + why);
            }
            case WRITE -> {
                if (r.exit() == 0) {
                    assertTrue(damagedAt < 0, "wrote to a damaged logbook" + why);
                    assertTrue(Fixture.isPrefix(bytes, after) && after.length > bytes.length, "a write only appends" + why);
                    assertTrue(LogbookVerifier.verify(file).ok(), "the logbook checks out after a write" + why);
                } else {
                    assertArrayEquals(bytes, after, "a failed write changed the logbook" + why);
                    assertTrue(allowed.containsAll(Fixture.names(dir)), "a failed write made files: " + Fixture.names(dir) + why);
                }
            }
            case REPAIR -> checkRepair(r, bytes, after, report, dir, allowed, why);
            case BACKUP -> {
                assertArrayEquals(bytes, after, "backup changed the logbook" + why);
                if (damagedAt > 0 || rolledBack) {
                    assertFalse(Files.exists(backupDir), "backup of a damaged logbook left a folder" + why);
                } else {
                    assertEquals(0, r.exit(), why);
                    try (Stream<Path> s = Files.list(backupDir)) {
                        List<Path> copies = s.toList();
                        assertEquals(1, copies.size(), copies + why);
                        assertArrayEquals(bytes, Files.readAllBytes(copies.get(0)), "the backup is the logbook" + why);
                    }
                }
            }
        }
    }

    private void checkRepair(Cli.Result r, byte[] bytes, byte[] after, LogbookVerifier.Report report, Path dir,
                             Set<String> allowed, String why) throws IOException {
        // A cut that took complete lines with it is repaired too, and then reported: this computer saw them (AnchorsTest).
        boolean cutSeenLines = r.out().contains("as this computer saw it");
        if (report.onlyTornTail()) {
            assertEquals(cutSeenLines ? 1 : 0, r.exit(), "a torn tail alone is repaired" + why);
            assertArrayEquals(java.util.Arrays.copyOf(bytes, (int) report.goodBytes()), after, "cut back to the last complete line" + why);
            Map<String, byte[]> side = new java.util.TreeMap<>();
            for (String name : Fixture.names(dir)) {
                if (!allowed.contains(name)) {
                    side.put(name, Files.readAllBytes(dir.resolve(name)));
                }
            }
            assertEquals(2, side.size(), "a backup and a side file: " + side.keySet() + why);
            byte[] backup = side.entrySet().stream().filter(e -> e.getKey().endsWith(".backup")).findFirst().orElseThrow().getValue();
            byte[] torn = side.entrySet().stream().filter(e -> e.getKey().endsWith(".torn")).findFirst().orElseThrow().getValue();
            assertArrayEquals(bytes, backup, "the backup is the whole file as it was" + why);
            assertArrayEquals(report.tornTail(), torn, "the side file holds the torn bytes" + why);
            assertTrue(LogbookVerifier.verify(dir.resolve("lb.jsonl")).ok(), why);
        } else {
            assertEquals(report.ok() && !cutSeenLines ? 0 : 1, r.exit(), why);
            assertArrayEquals(bytes, after, "repair changed a logbook that has no torn tail or other damage too" + why);
            assertTrue(allowed.containsAll(Fixture.names(dir)), "repair made files: " + Fixture.names(dir) + why);
        }
    }
}
