package nl.logboek.logbook;

import nl.logboek.json.JsonTrees;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.LogboekException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Removes the content of whole incidents (retention, bewaartermijn) provably: every line of those
 * incidents keeps its head, so the chain still verifies, but its content becomes {"purged":true};
 * a purge event names the incidents, how many, by whom and why. The log is rewritten into a
 * temporary file and renamed over the original, after a copy was saved; once the result verifies,
 * that copy (which still holds the content) is deleted, so nothing of it remains.
 */
final class LogbookPurge {
    private LogbookPurge() {
    }

    record Result(Set<String> incidents, long lines, String head) {
    }

    static Result purge(Path file, KeySource keys, Clock clock, Set<String> ids, String reason, String author) throws IOException {
        // 1. The log must be whole before it is rewritten; this also opens the key of an encrypted log.
        LogbookReader.Position at = new LogbookReader.Position(file, keys);
        LogbookReader.readFrom(file, at, e -> { });
        Path dir = file.toAbsolutePath().getParent();
        String stamp = OffsetDateTime.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
        Path backup = dir.resolve(file.getFileName() + "." + stamp + ".pre-purge");
        Path tmp = dir.resolve("." + file.getFileName() + ".purge-tmp");
        copy(file, backup);
        long[] purgedLines = {0};
        try (AtomicFiles.Pending pending = AtomicFiles.to(file).through(tmp).begin()) {
            try (InputStream in = Files.newInputStream(file);
                 BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16)) {
                Lines.split(in, new Lines.Handler() {
                    @Override
                    public void line(long n, String text, int length) {
                        Event e = EventCodec.decode(text, n, Sealer.ENVELOPE_ONLY);
                        try {
                            if (e.incident() != null && ids.contains(e.incident()) && !e.purged()) {
                                out.write(EventCodec.purge(text));
                                purgedLines[0]++;
                            } else {
                                out.write(text);
                            }
                            out.write('\n');
                        } catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                    }

                    @Override
                    public void undecodable(long n, nl.logboek.i18n.Msg reason, int length) {
                        throw new LineDamage(n, reason);
                    }

                    @Override
                    public void torn(long n, byte[] tail) {
                        throw new LineDamage(n, new nl.logboek.i18n.Msg("damage.torn"));
                    }
                });
                ObjectNode p = JsonTrees.object();
                ArrayNode list = p.putArray("incidents");
                new TreeSet<>(ids).forEach(list::add);
                p.put("count", ids.size());
                p.put("lines", purgedLines[0]);
                p.put("reason", reason);
                OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
                List<NewEvent> toWrite = new java.util.ArrayList<>(List.of(new NewEvent(null, EventType.PURGE, author, p)));
                WriterKey signer = Logbook.signer(file, keys, at.head, toWrite, at.sealer);
                long seq = at.head.seq();
                String prev = at.head.hash();
                for (NewEvent ne : toWrite) {
                    EventCodec.Encoded line = EventCodec.encode(++seq, null, ne.type(), now, prev, ne.author(), ne.payload(), at.sealer, signer);
                    out.write(line.line());
                    prev = line.hash();
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            pending.commit();
            LogIndex.delete(file);
        }
        // 2. Only a result that verifies may replace the copy; otherwise the copy is put back.
        LogbookVerifier.Report check = LogbookVerifier.verify(file);
        if (!check.problems().stream().allMatch(pr -> pr.line() == 0)) {
            Files.move(backup, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            throw LogboekException.failure("purge.failed-restored", file);
        }
        Files.delete(backup);
        return new Result(new TreeSet<>(ids), purgedLines[0], check.headHash());
    }

    private static void copy(Path from, Path to) throws IOException {
        PrivateFiles.createFile(to);
        try (InputStream in = Files.newInputStream(from); var out = Files.newOutputStream(to, StandardOpenOption.WRITE)) {
            in.transferTo(out);
        }
        try (FileChannel ch = FileChannel.open(to, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }
}
