package nl.logboek.logbook;

import nl.logboek.i18n.Msg;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lines decoded on several threads, from their bytes, read exactly as one thread reads their text:
 * the same lines in the same order, the same events, the same damage at the same line numbers.
 */
class ParallelLinesTest {
    @TempDir
    Path home;
    Cli cli;
    private int chunk;
    private long parallelFrom;

    @BeforeEach
    void smallChunksOnAPool() {
        chunk = ParallelLines.chunk;
        parallelFrom = ParallelLines.parallelFrom;
        ParallelLines.chunk = 700; // about two lines: many chunks, lines across their edges
        ParallelLines.parallelFrom = 0;
        cli = new Cli(home);
        for (int i = 0; i < 12; i++) {
            String id = cli.ok("new", "-q", "-c", "hacken", "-t", "Incident " + i + " van Zoë", "--person", "Anaïs:slachtoffer:leerling");
            cli.ok("annotate", id, "notitie " + i + " met é en 😀");
        }
    }

    @AfterEach
    void restore() {
        ParallelLines.chunk = chunk;
        ParallelLines.parallelFrom = parallelFrom;
    }

    @Test
    void aDamagedLogbookIsReportedAsOneThreadReportsIt() throws Exception {
        byte[] sound = Files.readAllBytes(cli.logbook());
        Random random = new Random(18);
        for (int round = 0; round < 60; round++) {
            byte[] damaged = damage(sound, random);
            Files.write(cli.logbook(), damaged);
            List<String> parallel = events(damaged, true);
            List<String> alone = events(damaged, false);
            assertEquals(alone, parallel, "round " + round);
            LogbookVerifier.Report onPool = LogbookVerifier.verify(cli.logbook());
            ParallelLines.parallelFrom = Long.MAX_VALUE;
            LogbookVerifier.Report onOneThread = LogbookVerifier.verify(cli.logbook());
            ParallelLines.parallelFrom = 0;
            assertEquals(describe(onOneThread), describe(onPool), "round " + round);
        }
    }

    @Test
    void aLineReadFromItsBytesIsTheEventItsTextIs() throws Exception {
        byte[] sound = Files.readAllBytes(cli.logbook());
        Random random = new Random(7);
        int lines = 0;
        for (int round = 0; round < 40; round++) {
            byte[] damaged = damage(sound, random);
            int start = 0;
            for (int i = 0; i < damaged.length; i++) {
                if (damaged[i] != '\n') {
                    continue;
                }
                int len = i - start;
                if (len > 0 && ParallelLines.utf8(damaged, start, len)) {
                    String text = new String(damaged, start, len, StandardCharsets.UTF_8);
                    int from = start;
                    assertEquals(outcome(() -> EventCodec.decode(text, 5, null)),
                            outcome(() -> EventCodec.decode(damaged, from, len, 5, null)), text);
                    lines++;
                }
                start = i + 1;
            }
        }
        assertTrue(lines > 500, "lines compared: " + lines);
    }

    /**
     * Lines reshaped the ways random damage seldom finds: fields named twice, fields encode never
     * writes, values of another type, content after the line's object; each also with its hashes
     * made again, as a forger would. The quick reading must refuse exactly what the text's reading
     * refuses, and read the rest the same.
     */
    @Test
    void aReshapedLineIsReadFromItsBytesAsFromItsText() throws Exception {
        List<String> sound = Files.readAllLines(cli.logbook(), StandardCharsets.UTF_8);
        String[][] reshapes = {
                {"{\"v\":1,", "{\"v\":1,\"v\":1,"}, {"{\"v\":1,", "{\"v\":1.0,"}, {"{\"v\":1,", "{\"v\":\"1\","},
                {"{\"v\":1,", "{\"v\":1,\"x\":1,"}, {"\"seq\":", "\"seq\":99999999999999999999"},
                {"\"incident\":\"", "\"incident\":5,\"y\":\""}, {"\"sig\":\"", "\"sig\":5,\"z\":\""},
                {"\"sig\":\"", "\"sig\":\"\",\"sig\":\""}, {"\"salt\":\"", "\"salt\":\"\",\"salt\":\""},
                {"\"payload\":{", "\"payload\":{\"a\":1,\"a\":1,"}, {"\"payload\":{", "\"purged\":\"true\",\"payload\":{"},
                {"\"payload\":{", "\"purged\":false,\"payload\":{"}, {"\"payload\":{", "\"sealed\":1,\"payload\":{"},
                {"\"payload\":{", "\"payload\":[],\"p\":{"}, {"\"author\":", "\"author\":null,\"a\":"},
                {"\"sig\":\"", "\"sig\":\"\u0005"}, {"\"salt\":\"", "\"salt\":\"\u0001"},
                {"\"author\":\"", "\"author\":\"\\\"q\\\" "}, {"\"author\":\"", "\"author\":\"\t"},
                {"\"author\":\"", "\"author\":\"\u007f\u00e9"}, {"\"prev\":\"", "\"prev\":\"\\u0030"},
                {"\"type\":\"", "\"type\":\"\\u0061"}, {"\"seq\":", "\"seq\":0"}, {"\"seq\":", "\"seq\": "},
                {"\"seq\":", "\"seq\":-"}, {"\"incident\":\"", "\"incident\":\"\u00e9"},
                {"\"incident\":\"", "\"incident\":\"\\u0041"}, {"\"author\":\"", "\"author\":\"\\u0041"},
        };
        int compared = 0;
        for (String line : sound) {
            List<String> variants = new ArrayList<>(List.of(line, line + " ", line + " {}", line + "x"));
            for (String[] r : reshapes) {
                if (line.contains(r[0])) {
                    variants.add(line.replaceFirst(java.util.regex.Pattern.quote(r[0]), java.util.regex.Matcher.quoteReplacement(r[1])));
                }
            }
            for (String text : variants.stream().flatMap(v -> java.util.stream.Stream.of(v, rehashed(v))).toList()) {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                assertEquals(outcome(() -> EventCodec.decode(text, 5, null)),
                        outcome(() -> EventCodec.decode(b, 0, b.length, 5, null)), text);
                compared++;
            }
        }
        assertTrue(compared > 800, "lines compared: " + compared);
    }

    /** The line with its content hash and hash made again for what it now says (where it still has both). */
    private static String rehashed(String text) {
        String field = ",\"hash\":\"";
        int at = text.indexOf(field);
        int contentStart = EventCodec.contentStart(text, at);
        if (contentStart < 0) {
            return text;
        }
        String contentSha = Hashing.sha256("{" + text.substring(contentStart));
        String head = text.substring(0, at).replaceFirst("\"content_sha256\":\"[0-9a-f]{64}\"",
                "\"content_sha256\":\"" + contentSha + "\"");
        return head + field + Hashing.sha256(head + "}") + text.substring(at + field.length() + 64);
    }

    @Test
    void theQuickUtf8CheckAgreesWithTheStrictDecoder() {
        Random random = new Random(3);
        for (int round = 0; round < 20000; round++) {
            byte[] b = new byte[1 + random.nextInt(12)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(0x80) : random.nextInt(0x100));
            }
            boolean strict;
            try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
                strict = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                strict = false;
            }
            assertEquals(strict, ParallelLines.utf8(b, 0, b.length), Arrays.toString(b));
        }
    }

    private static String outcome(java.util.function.Supplier<Event> decode) {
        try {
            return decode.get().toString();
        } catch (LineDamage d) {
            return "damage " + d.line() + " " + describe(d.reason());
        }
    }

    private static String describe(Msg m) {
        return m.key() + Arrays.deepToString(m.args());
    }

    private static String describe(LogbookVerifier.Report r) {
        StringBuilder b = new StringBuilder(r.lines() + " lines, " + r.events() + " events, " + r.incidents() + " incidents, "
                + r.headHash() + ", torn " + r.tornLine() + ", good bytes " + r.goodBytes() + ", unsigned " + r.unsignedLines() + "\n");
        r.problems().forEach(p -> b.append(p.line()).append(' ').append(describe(p.reason())).append('\n'));
        return b.toString();
    }

    /** What a read of the file gives: each event, or where and why it stopped. */
    private List<String> events(byte[] bytes, boolean onPool) throws Exception {
        List<String> out = new ArrayList<>();
        LogbookReader.Position at = new LogbookReader.Position(cli.logbook(), KeySource.NONE);
        try {
            if (onPool) {
                LogbookReader.readFrom(cli.logbook(), at, e -> out.add(e.toString()));
            } else {
                LogbookReader.readFrom(new ByteArrayInputStream(bytes), at, e -> out.add(e.toString()));
            }
        } catch (LineDamage d) {
            out.add("damage " + d.line() + " " + describe(d.reason()));
        }
        out.add(at.head.toString());
        return out;
    }

    /** A few random changes: bytes flipped, lines removed, doubled or cut, bad UTF-8. */
    private static byte[] damage(byte[] in, Random random) {
        byte[] out = in.clone();
        int changes = random.nextInt(4);
        for (int c = 0; c < changes; c++) {
            switch (random.nextInt(5)) {
                case 0 -> out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
                case 1 -> out[random.nextInt(out.length)] = (byte) 0xC0;
                case 2 -> out = Arrays.copyOf(out, Math.max(1, out.length - random.nextInt(200)));
                case 3 -> {
                    int at = random.nextInt(out.length);
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    b.write(out, 0, at);
                    b.write('\n');
                    b.write(out, at, out.length - at);
                    out = b.toByteArray();
                }
                default -> {
                    int at = random.nextInt(out.length);
                    int len = Math.min(out.length - at, random.nextInt(300));
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    b.write(out, 0, at + len);
                    b.write(out, at, len);
                    b.write(out, at + len, out.length - at - len);
                    out = b.toByteArray();
                }
            }
        }
        return out;
    }
}
