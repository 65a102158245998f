package nl.logboek.logbook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.LogboekException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The append-only event log: the only source of truth. Reads check every line and the chain;
 * appends hold the exclusive lock across read-then-append and are forced to disk before they
 * return, so an id the caller prints afterwards is never lost.
 */
public final class Logbook {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Clock clock;

    public Logbook(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** What a write plan sees: every event so far, checked. */
    public record Snapshot(List<Event> events, Set<String> incidentIds) {
    }

    /** Streams every event in order; throws LogbookDamagedException at the first damaged line. */
    public void read(Consumer<Event> sink) {
        checkNotFolder();
        try {
            LogbookReader.Position at = new LogbookReader.Position();
            try {
                LogbookReader.readFrom(file, at, sink);
            } catch (LineDamage d) {
                if (!"damage.torn".equals(d.reason().key())) {
                    throw d;
                }
                // Reads take no lock, so a torn tail may be an append in progress: once the writer
                // is done, read on from the last complete line. Only a tail still torn is damage.
                try (LogbookLock ignored = LogbookLock.acquire(file)) {
                    LogbookReader.readFrom(file, at, sink);
                } catch (IOException cannotLock) {
                    throw d;
                }
            }
        } catch (LineDamage d) {
            throw new LogbookDamagedException(file, d);
        } catch (AccessDeniedException e) {
            throw LogboekException.failure("logbook.no-read-access", file);
        } catch (IOException e) {
            throw new LogboekException(LogboekException.FAILURE, e, "logbook.io", file, describe(e));
        }
    }

    public List<Event> readAll() {
        List<Event> all = new ArrayList<>();
        read(all::add);
        return all;
    }

    /**
     * Appends what {@code plan} decides, given the logbook as it is under the lock. The plan may
     * throw to refuse; then nothing is written. Returns the events as written.
     */
    public List<Event> append(Function<Snapshot, List<NewEvent>> plan) {
        checkNotFolder();
        try {
            PrivateFiles.createFolders(file.toAbsolutePath().getParent());
            try (LogbookLock ignored = LogbookLock.acquire(file)) {
                return appendLocked(plan);
            }
        } catch (AccessDeniedException e) {
            throw LogboekException.failure("logbook.no-write-access", file);
        } catch (IOException e) {
            throw new LogboekException(LogboekException.FAILURE, e, "logbook.write-failed", file, describe(e));
        }
    }

    private List<Event> appendLocked(Function<Snapshot, List<NewEvent>> plan) throws IOException {
        List<Event> existing = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        LogbookReader.ChainHead head;
        try {
            head = LogbookReader.read(file, e -> {
                existing.add(e);
                if (EventType.CREATED.equals(e.type())) {
                    ids.add(e.incident());
                }
            });
        } catch (LineDamage d) {
            throw new LogbookDamagedException(file, d);
        }
        List<NewEvent> planned = plan.apply(new Snapshot(Collections.unmodifiableList(existing), Collections.unmodifiableSet(ids)));
        if (planned.isEmpty()) {
            return List.of();
        }
        List<NewEvent> toWrite = new ArrayList<>(planned.size() + 1);
        if (head.lines() == 0) {
            toWrite.add(header(planned.get(0).author()));
        }
        toWrite.addAll(planned);

        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        StringBuilder text = new StringBuilder();
        List<Event> written = new ArrayList<>();
        long seq = head.seq();
        String prev = head.hash();
        long line = head.lines();
        for (NewEvent ne : toWrite) {
            seq++;
            line++;
            EventCodec.Encoded enc = EventCodec.encode(seq, ne.incident(), ne.type(), now, prev, ne.author(), ne.payload());
            text.append(enc.line());
            written.add(new Event(line, EventCodec.VERSION, seq, ne.incident(), ne.type(), now, ne.author(), ne.payload(), prev, enc.hash()));
            prev = enc.hash();
        }
        write(text.toString().getBytes(StandardCharsets.UTF_8), head.bytes());
        return written.subList(written.size() - planned.size(), written.size());
    }

    private NewEvent header(String author) {
        ObjectNode p = Json.object();
        p.put("format", EventCodec.VERSION);
        p.put("logbook_id", IncidentIds.random(RANDOM, 16));
        return new NewEvent(null, EventType.LOGBOOK, author, p);
    }

    /** Appends all bytes and forces them to disk; on failure cuts the file back to what it was. */
    private void write(byte[] bytes, long expectedSize) throws IOException {
        boolean created = PrivateFiles.createFile(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = ch.size();
            if (size != expectedSize) {
                // Only possible if something bypassed the lock; appending now would corrupt the chain.
                throw LogboekException.failure("logbook.changed-under-lock", file);
            }
            try {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                long pos = size;
                while (buf.hasRemaining()) {
                    pos += ch.write(buf, pos);
                }
                ch.force(false);
            } catch (IOException e) {
                try {
                    ch.truncate(size);
                    ch.force(false);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }
        if (created) {
            PrivateFiles.syncFolder(file.toAbsolutePath().getParent());
        }
    }

    private void checkNotFolder() {
        if (Files.isDirectory(file)) {
            throw LogboekException.usage("logbook.is-folder", file);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + e.getMessage();
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
