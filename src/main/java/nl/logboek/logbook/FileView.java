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
final class FileView implements LogView {
    private final Path file;
    private final LogIndex index;
    private final List<Event> tail;
    private final Set<String> created;
    private final LogbookReader.ChainHead head;
    private final Sealer sealer;
    private FileChannel channel;

    private final List<String> createdInIndex;

    FileView(Path file, LogIndex index, List<Event> tail, Set<String> created,
            LogbookReader.ChainHead head, Sealer sealer, List<String> createdInIndex) {
        this.createdInIndex = createdInIndex;
        this.file = file;
        this.sealer = sealer;
        this.index = index;
        this.tail = tail;
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
    @Override
    public Set<String> createdIds() {
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

    List<Event> tail() {
        return tail;
    }

    /** Ids of all incidents, in the order they were created. */
    @Override
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

    @Override
    public long lastLineOf(int ordinal) {
        for (int i = tail.size() - 1; i >= 0; i--) {
            if (tailOrdinals().ordinals[i] == ordinal) {
                return tail.get(i).purged() ? -1 : tail.get(i).line();
            }
        }
        if (index == null || ordinal >= index.incidents()) {
            return -1;
        }
        int last = index.lastRecordOfSlot(ordinal);
        return last < 0 ? -1 : last + 1L;
    }

    @Override
    public String incidentId(int ordinal) {
        int indexed = index == null ? 0 : index.incidents();
        return ordinal < indexed ? index.idOf(ordinal) : tailOrdinals().added.get(ordinal - indexed);
    }

    /** Lines to add after what the index covers, for a write that leaves no tail. */
    LogIndex.Growth growth() {
        return new LogIndex.Growth(index);
    }

    /** How many incidents there are: every ordinal of a key is below this. */
    @Override
    public int incidentCount() {
        return (index == null ? 0 : index.incidents()) + tailOrdinals().added.size();
    }

    /** The ordinals of the lines after the index (whose incidents may have been created there or before). */
    private TailOrdinals tailOrdinals() {
        if (tailOrdinals == null) {
            tailOrdinals = new TailOrdinals();
        }
        return tailOrdinals;
    }

    private TailOrdinals tailOrdinals;

    /** Local ordinals of the tail's lines: an incident first met in the tail gets the next one. */
    private final class TailOrdinals {
        final int[] ordinals = new int[tail.size()];
        /** The incidents first met in the tail, in order (their ordinals follow the index's). */
        final List<String> added = new ArrayList<>();

        TailOrdinals() {
            int first = index == null ? 0 : index.incidents();
            java.util.Map<String, Integer> known = new java.util.HashMap<>();
            for (int i = 0; i < tail.size(); i++) {
                Event e = tail.get(i);
                ordinals[i] = e.incident() == null ? -1 : known.computeIfAbsent(e.incident(), id -> {
                    int indexed = index == null ? -1 : index.ordinalOf(id);
                    if (indexed >= 0) {
                        return indexed;
                    }
                    added.add(id);
                    return first + added.size() - 1;
                });
            }
        }
    }

    /**
     * The ids of this file's incidents by local ordinal, with whether each was created in this
     * file (in a team member's file, the others were created by another member).
     */
    List<String> localIds() {
        List<String> out = new ArrayList<>();
        int n = index == null ? 0 : index.incidents();
        for (int o = 0; o < n; o++) {
            out.add(index.idOf(o));
        }
        out.addAll(tailOrdinals().added);
        return out;
    }

    /** Every line's key, in log order. */
    @Override
    public void keys(Consumer<EventKey> sink) {
        events(k -> {
            sink.accept(k);
            return false;
        }, e -> { });
    }

    @Override
    public Heads heads() {
        return headsOf(null);
    }

    @Override
    public Heads headsOf(java.util.BitSet only) {
        int n = incidentCount();
        long[] createdAt = new long[n];
        String[] statusType = new String[n];
        boolean[] base = new boolean[n];
        java.util.Arrays.fill(createdAt, LogIndex.NOT_CREATED);
        if (index != null) {
            LogIndex.HeadSink into = (o, created, type, b) -> {
                createdAt[o] = created;
                statusType[o] = type;
                base[o] = b;
            };
            if (only == null) {
                index.heads(into);
            } else {
                for (int o = only.nextSetBit(0); o >= 0 && o < index.incidents(); o = only.nextSetBit(o + 1)) {
                    index.head(o, into);
                }
            }
        }
        for (int i = 0; i < tail.size(); i++) {
            Event e = tail.get(i);
            int o = tailOrdinals().ordinals[i];
            if (o < 0 || e.purged() || (only != null && !only.get(o))) {
                continue;
            }
            if (EventType.CREATED.equals(e.type()) && createdAt[o] == LogIndex.NOT_CREATED) {
                createdAt[o] = e.time().toEpochSecond();
            }
            if (EventType.marksState(e.type())) {
                statusType[o] = e.type();
                base[o] = tailKey(i).flag();
            }
        }
        return new Heads(createdAt, statusType, base);
    }

    /** Whether the incident with this local ordinal was created in this file (see localIds). */
    boolean createdHere(int ordinal) {
        int indexed = index == null ? 0 : index.incidents();
        if (ordinal < indexed) {
            return index.createdHere(ordinal);
        }
        String id = tailOrdinals().added.get(ordinal - indexed);
        for (Event e : tail) {
            if (id.equals(e.incident())) {
                return EventType.CREATED.equals(e.type());
            }
        }
        return false;
    }

    /** Walks this file's keys in file order (purged lines left out), and reads a walked line on request. */
    final class KeyCursor {
        private int next;
        private int at = -1;

        /** The next key, or null after the last line. */
        EventKey next() {
            int indexed = index == null ? 0 : index.size();
            while (next < indexed + tail.size()) {
                int i = next++;
                EventKey k = i < indexed ? indexKey(i) : tail.get(i - indexed).purged() ? null : tailKey(i - indexed);
                if (k != null) {
                    at = i;
                    return k;
                }
            }
            return null;
        }

        /** The event of the line whose key {@link #next} returned last. */
        Event event() {
            int indexed = index == null ? 0 : index.size();
            return at < indexed ? read(index.entry(at)) : tail.get(at - indexed);
        }
    }

    /** Record {@code i}'s key; null for a purged line. */
    private EventKey indexKey(int i) {
        return index.key(i);
    }

    private EventKey tailKey(int i) {
        Event e = tail.get(i);
        return new EventKey(e.line(), tailOrdinals().ordinals[i], e.incident(), e.type(), e.time().toEpochSecond(),
                EventType.flag(e));
    }

    /** As {@link #events}, with each event its key (for its incident's ordinal). */
    @Override
    public void keyedEvents(Predicate<EventKey> wanted, java.util.function.BiConsumer<EventKey, Event> sink) {
        int n = index == null ? 0 : index.size();
        for (int i = 0; i < n; i++) {
            offer(i, wanted, sink);
        }
        offerTail(k -> true, wanted, sink);
    }

    /**
     * The events {@code wanted} accepts of the incidents {@code incidents} holds (by ordinal):
     * incident after incident, each one's oldest first. Follows each incident's own lines through
     * the index instead of passing every line, for a few thousand incidents out of a hundred thousand.
     */
    @Override
    public void keyedEventsOf(java.util.BitSet incidents, Predicate<EventKey> wanted,
                              java.util.function.BiConsumer<EventKey, Event> sink) {
        int indexed = index == null ? 0 : index.incidents();
        // An incident's lines lie far apart (weeks of other lines between them), so following
        // each one's links costs a jump per line. The incidents asked for are mostly recent:
        // pass the lines from the first line of the first of those in one scan, and follow the
        // links only of the few that began long before (STRAGGLERS).
        int[] firsts = index == null ? new int[0]
                : incidents.stream().filter(o -> o < indexed).map(o -> index.firstRecordOf(o)).sorted().toArray();
        int scanFrom = firsts.length == 0 ? index == null ? 0 : index.size() : firsts[Math.min(STRAGGLERS, firsts.length - 1)];
        java.util.BitSet scanned = new java.util.BitSet();
        for (int o = incidents.nextSetBit(0); o >= 0 && o < indexed; o = incidents.nextSetBit(o + 1)) {
            if (index.firstRecordOf(o) < scanFrom) {
                for (int i : index.entriesOf(o)) {
                    offer(i, wanted, sink);
                }
            } else {
                scanned.set(o);
            }
        }
        for (int i = scanFrom; i < (index == null ? 0 : index.size()); i++) {
            EventKey k = indexKey(i);
            if (k != null && k.ordinal() >= 0 && scanned.get(k.ordinal()) && wanted.test(k)) {
                sink.accept(k, read(index.entry(i)));
            }
        }
        offerTail(k -> k.ordinal() >= 0 && incidents.get(k.ordinal()), wanted, sink);
    }

    @Override
    public void createdEventsOf(java.util.BitSet incidents, java.util.function.BiConsumer<EventKey, Event> sink) {
        int indexed = index == null ? 0 : index.incidents();
        for (int o = incidents.nextSetBit(0); o >= 0 && o < indexed; o = incidents.nextSetBit(o + 1)) {
            int first = o;
            // The slot points at the incident's first line in this file: its created line.
            offer(index.firstRecordOf(o), k -> k.ordinal() == first && EventType.CREATED.equals(k.type()), sink);
        }
        offerTail(k -> k.ordinal() >= 0 && incidents.get(k.ordinal()) && EventType.CREATED.equals(k.type()), k -> true, sink);
    }

    @Override
    public void keyedEventsFollowing(java.util.BitSet incidents, Predicate<EventKey> wanted,
                                     java.util.function.BiConsumer<EventKey, Event> sink) {
        int indexed = index == null ? 0 : index.incidents();
        for (int o = incidents.nextSetBit(0); o >= 0 && o < indexed; o = incidents.nextSetBit(o + 1)) {
            for (int i : index.entriesOf(o)) {
                offer(i, wanted, sink);
            }
        }
        offerTail(k -> k.ordinal() >= 0 && incidents.get(k.ordinal()), wanted, sink);
    }

    /** How many of the incidents asked for may be followed link by link before the rest are scanned. */
    private static final int STRAGGLERS = 64;

    /** Gives record {@code i}'s event to {@code sink} if its line is not purged and is wanted. */
    private void offer(int i, Predicate<EventKey> wanted, java.util.function.BiConsumer<EventKey, Event> sink) {
        EventKey k = indexKey(i);
        if (k != null && wanted.test(k)) {
            sink.accept(k, read(index.entry(i)));
        }
    }

    private void offerTail(Predicate<EventKey> among, Predicate<EventKey> wanted,
                           java.util.function.BiConsumer<EventKey, Event> sink) {
        for (int i = 0; i < tail.size(); i++) {
            Event e = tail.get(i);
            EventKey k = e.purged() ? null : tailKey(i);
            if (k != null && among.test(k) && wanted.test(k)) {
                sink.accept(k, e);
            }
        }
    }

    /** One incident's events, oldest first. */
    @Override
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

    @Override
    public Stamp stamp() {
        if (index == null) {
            return null;
        }
        long lines = (long) index.size() + tail.size();
        String last = tail.isEmpty() ? index.head().hash() : tail.get(tail.size() - 1).hash();
        return new Stamp(index.generation(), lines, last);
    }

    @Override
    public boolean continues(Stamp earlier) {
        Stamp now = stamp();
        if (now == null || earlier == null || earlier.generation() != now.generation() || earlier.lines() < 1
                || earlier.lines() > now.lines()) {
            return false;
        }
        if (earlier.lines() == now.lines()) {
            return now.lastHash().equals(earlier.lastHash());
        }
        long i = earlier.lines() - 1;
        Event e = i < index.size() ? read(index.entry((int) i)) : tail.get((int) (i - index.size()));
        return earlier.lastHash().equals(e.hash());
    }

    @Override
    public void keysAfter(long lines, Consumer<EventKey> sink) {
        int n = index == null ? 0 : index.size();
        for (long i = Math.max(0, lines); i < n; i++) {
            EventKey k = indexKey((int) i);
            if (k != null) {
                sink.accept(k);
            }
        }
        for (int i = (int) Math.max(0, lines - n); i < tail.size(); i++) {
            if (!tail.get(i).purged()) {
                sink.accept(tailKey(i));
            }
        }
    }

    @Override
    public byte[] cacheKey(String purpose) {
        return sealer == null ? null : sealer.derive(purpose);
    }

    /** The index pointed at something that is not the line it recorded: the index is wrong, not the log. */
    static final class IndexMismatch extends RuntimeException {
        IndexMismatch(long line) {
            super("index record for line " + line + " does not match the log", null, false, false);
        }
    }

    /** One line through the index, envelope only (sealed content left closed): the logbook header. */
    static Event readAlone(Path file, LogIndex.Entry entry) {
        try (FileView alone = new FileView(file, null, List.of(), Set.of(), null, Sealer.ENVELOPE_ONLY, List.of())) {
            return alone.read(entry);
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
        if (index != null) {
            index.close();
        }
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // read-only channel
            }
        }
    }
}
