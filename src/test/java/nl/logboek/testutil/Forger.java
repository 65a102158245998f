package nl.logboek.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What someone who can write a logbook file but holds no key can do: change, add or remove lines
 * and recompute every hash after them, keeping or dropping the signatures (which no longer fit).
 */
public final class Forger {
    private static final String HASH = ",\"hash\":\"";
    private static final String SIG = ",\"sig\":\"";

    private Forger() {
    }

    /** Replaces line {@code index} (0-based) by {@code edit} of it and rechains every line from there. */
    public static void rewrite(Path file, int index, UnaryOperator<String> edit) {
        List<String> lines = read(file);
        lines.set(index, edit.apply(lines.get(index)));
        write(file, rechain(lines, index));
    }

    /**
     * Appends a correctly chained line made from line {@code model} (0-based) of the file with
     * {@code edit} applied (type, author, payload...), its signature copied from the model.
     */
    public static void appendLike(Path file, int model, UnaryOperator<String> edit) {
        List<String> lines = read(file);
        String last = lines.get(lines.size() - 1);
        long seq = Long.parseLong(field(last, "\"seq\":", ","));
        String m = lines.get(model).replaceFirst("\"seq\":\\d+,", "\"seq\":" + (seq + 1) + ",");
        lines.add(edit.apply(m));
        write(file, rechain(lines, lines.size() - 1));
    }

    private static List<String> rechain(List<String> lines, int from) {
        List<String> out = new ArrayList<>(lines);
        for (int i = Math.max(1, from); i < out.size(); i++) {
            String prev = field(out.get(i - 1), HASH, "\"");
            out.set(i, rehash(out.get(i).replaceFirst("\"prev\":\"[0-9a-f]{64}\"", "\"prev\":\"" + prev + "\"")));
        }
        if (from == 0) {
            out.set(0, rehash(out.get(0)));
        }
        return out;
    }

    private static String rehash(String line) {
        int at = line.indexOf(HASH);
        int after = at + HASH.length() + 64 + 1;
        String sig = "";
        int contentStart = after + 1;
        if (line.startsWith(SIG, after)) {
            int end = line.indexOf('"', after + SIG.length());
            sig = line.substring(after, end + 1);
            contentStart = end + 2;
        }
        String content = "{" + line.substring(contentStart);
        String headNoSha = line.substring(0, at).replaceFirst(",\"content_sha256\":\"[0-9a-f]{64}\"$", "");
        String head = headNoSha + ",\"content_sha256\":\"" + sha(content) + "\"}";
        String hash = sha(head);
        return head.substring(0, head.length() - 1) + HASH + hash + "\"" + sig + "," + content.substring(1);
    }

    private static String field(String line, String start, String end) {
        int a = line.indexOf(start) + start.length();
        return line.substring(a, line.indexOf(end, a));
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> read(Path file) {
        try {
            return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
