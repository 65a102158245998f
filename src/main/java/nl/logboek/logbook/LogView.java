package nl.logboek.logbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A consistent view of the logbook through its index: the keys of every line (cheap), and the
 * events of chosen lines (read and checked one by one). Lines after what the index covers are
 * held in memory, read and checked like any read.
 */
public final class LogView implements AutoCloseable {
    private final Path file;
    private final LogIndex index;
    private final List<Event> tail;
    private final List<Long> tailOffsets;
    private final Set<String> created;
    private final LogbookReader.ChainHead head;
    private final Sealer sealer;
    private FileChannel channel;

    private final List<String> createdInIndex;

    LogView(Path file, LogIndex index, List<Event> tail, List<Long> tailOffsets, Set<String> created,
            LogbookReader.ChainHead head, Sealer sealer, List<String> createdInIndex) {
        this.createdInIndex = createdInIndex;
        this.file = file;
        this.sealer = sealer;
        this.index = index;
        this.tail = tail;
        this.tailOffsets = tailOffsets;
        this.created = created;
        this.head = head;
    }

    boolean indexed() {
        return index != null;
    }

    Sealer sealer() {
        return sealer;
    }

    LogbookReader.ChainHead head() {
        return head;
    }

    /**
     * The ids created so far, as a set whose {@code contains} scans the index without making a
     * string per incident (a write asks only whether its new id is taken); iterating lists them all.
     */
    Set<String> createdIds() {
        return new java.util.AbstractSet<>() {
            private List<String> all;

            @Override
            public boolean contains(Object o) {
                if (!(o instanceof String id)) {
                    return false;
                }
                if (all != null) {
                    return all.contains(id);
                }
                for (Event e : tail) {
                    if (EventType.CREATED.equals(e.type()) && id.equals(e.incident())) {
                        return true;
                    }
                }
                return index != null ? index.hasCreated(id) : created.contains(id);
            }

            @Override
            public java.util.Iterator<String> iterator() {
                if (all == null) {
                    all = incidentIds();
                }
                return all.iterator();
            }

            @Override
            public int size() {
                if (all == null) {
                    all = incidentIds();
                }
                return all.size();
            }
        };
    }

    Set<String> created() {
        return created;
    }

    List<Long> tailOffsets() {
        return tailOffsets;
    }

    List<Event> tail() {
        return tail;
    }

    /** Ids of all incidents, in the order they were created. */
    public List<String> incidentIds() {
        List<String> ids = new ArrayList<>(createdInIndex != null ? createdInIndex
                : index == null ? List.of() : index.createdIds());
        for (Event e : tail) {
            if (EventType.CREATED.equals(e.type())) {
                ids.add(e.incident());
            }
        }
        return ids;
    }

    /** Every line's key, in log order. */
    public void keys(Consumer<EventKey> sink) {
        int n = index == null ? 0 : index.size();
        for (int i = 0; i < n; i++) {
            LogIndex.Entry e = index.entry(i);
            if ((e.flags() & LogIndex.FLAG_PURGED) == 0) {
                sink.accept(new EventKey(e.line(), e.incident(), e.type(), e.epochSecond(), (e.flags() & LogIndex.FLAG_BASE) != 0));
            }
        }
        for (Event e : tail) {
            if (!e.purged()) {
                sink.accept(key(e));
            }
        }
    }

    static EventKey key(Event e) {
        return new EventKey(e.line(), e.incident(), e.type(), e.time().toEpochSecond(),
                EventType.DE_ESCALATED.equals(e.type()) && e.payload().path("base").asBoolean());
    }

    /** The events of the lines {@code wanted} accepts, in log order; each line read is checked. */
    public void events(Predicate<EventKey> wanted, Consumer<Event> sink) {
        int n = index == null ? 0 : index.size();
        for (int i = 0; i < n; i++) {
            LogIndex.Entry e = index.entry(i);
            EventKey k = new EventKey(e.line(), e.incident(), e.type(), e.epochSecond(), (e.flags() & LogIndex.FLAG_BASE) != 0);
            if ((e.flags() & LogIndex.FLAG_PURGED) == 0 && wanted.test(k)) {
                sink.accept(read(e));
            }
        }
        for (Event e : tail) {
            if (!e.purged() && wanted.test(key(e))) {
                sink.accept(e);
            }
        }
    }

    /** One incident's events, oldest first. */
    public List<Event> eventsOf(String incident) {
        List<Event> out = new ArrayList<>();
        if (index != null) {
            for (int i : index.entriesOf(incident)) {
                LogIndex.Entry entry = index.entry(i);
                if ((entry.flags() & LogIndex.FLAG_PURGED) == 0) {
                    out.add(read(entry));
                }
            }
        }
        for (Event e : tail) {
            if (incident.equals(e.incident()) && !e.purged()) {
                out.add(e);
            }
        }
        return out;
    }

    /** The index pointed at something that is not the line it recorded: the index is wrong, not the log. */
    static final class IndexMismatch extends RuntimeException {
        IndexMismatch(long line) {
            super("index record for line " + line + " does not match the log", null, false, false);
        }
    }

    Event read(LogIndex.Entry entry) {
        try {
            if (channel == null) {
                channel = FileChannel.open(file, StandardOpenOption.READ);
            }
            byte[] bytes = new byte[entry.length()];
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                if (channel.read(buf, entry.offset() + buf.position()) < 0) {
                    throw new IndexMismatch(entry.line());
                }
            }
            Event e;
            try {
                e = EventCodec.decode(new String(bytes, StandardCharsets.UTF_8), entry.line(), sealer, false);
            } catch (LineDamage d) {
                if (d.reason().key().startsWith("damage.sealed")) {
                    throw d;
                }
                throw new IndexMismatch(entry.line());
            }
            if (!java.util.Objects.equals(e.incident(), entry.incident()) || !e.type().equals(entry.type())
                    || e.seq() != entry.line()) {
                throw new IndexMismatch(entry.line());
            }
            return e;
        } catch (LineDamage d) {
            throw new LogbookDamagedException(file, d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // read-only channel
            }
        }
    }
}
