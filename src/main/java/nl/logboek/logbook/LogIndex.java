package nl.logboek.logbook;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cache beside the logbook that says where each event line is and which lines belong to which
 * incident, so that writes and lookups need not read the whole log. It is never a source of
 * truth: it records how many bytes of the log it covers, the hash of the last covered line and
 * the log's ctime and inode; when those no longer match the log, it is rebuilt from the log
 * (which checks every line and the whole chain again).
 *
 * <p>Two files. {@code .NAME.idx}: a 128-byte header (magic, covered bytes, lines, last seq, last
 * hash, ctime, inode, incidents, generation), then one 48-byte record per line: incident id (8
 * ASCII bytes, zeros for lines about the logbook), offset, length without the newline, type code,
 * flags, a 16-bit checksum of the record, time (epoch seconds), the incident's ordinal (its place
 * among the incidents of this file, by their first line here; -1 for none), 4 reserved bytes,
 * and a link word to the next line of the same incident (see {@link #pointer}).
 * {@code .NAME.ids}: a 16-byte header (magic, the same generation) and one 40-byte slot per
 * incident, in the order of their first line in this file: id, the record of that line, a
 * checksum, when it was created (if in this file), a status word (its last line that changes
 * its status, with that line's type) and a last-line word (its last line in this file). In a
 * logbook of one file an incident's first line is its {@code created} line; a team member's file
 * also has lines about incidents another member created.
 *
 * <p>Everything is appended, except three words, each rewritten whole (8 aligned bytes) and
 * carrying its own check: the link of an incident's last line, filled in once when its next line
 * comes, and a slot's status and last-line words. Readers trust only as many records and slots as the header vouches
 * for and ignore links beyond them, so a reader never sees a half-made update; a record or slot
 * whose checksum fails, or a link that does not lead to a line of the same incident further on,
 * makes the whole index be thrown away and rebuilt.
 */
final class LogIndex implements AutoCloseable {
    static final int HEADER = 128;
    static final int RECORD = 48;
    static final int IDS_HEADER = 16;
    static final int SLOT = 40;
    private static final int STATUS = 24;
    /** The last-line word: the incident's last line (record + 1) and a check of it. */
    private static final int LAST = 32;
    /** The link word: the next line of the same incident (record + 1; 0 for none yet) and a check of it. */
    private static final int LINK = 40;
    private static final byte[] MAGIC = "LBIDX010".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] IDS_MAGIC = "LBIDS010".getBytes(StandardCharsets.US_ASCII);
    /** A line's type by its code: the store's own three, then those of LineTypes, in its order. */
    static final List<String> TYPES = types();

    private static List<String> types() {
        List<String> all = new java.util.ArrayList<>(List.of(EventType.LOGBOOK, EventType.PURGE, EventType.KEY));
        all.addAll(LineTypes.installed().incidentTypes());
        return List.copyOf(all);
    }
    private static final int CREATED = TYPES.indexOf(EventType.CREATED);
    /** Each type's code (its place in TYPES), looked up once per line of a rebuild. */
    private static final Map<String, Integer> TYPE_CODES = typeCodes();

    private static Map<String, Integer> typeCodes() {
        Map<String, Integer> codes = new java.util.HashMap<>();
        for (int i = TYPES.size() - 1; i >= 0; i--) {
            codes.put(TYPES.get(i), i); // the first place wins, as List.indexOf
        }
        return codes;
    }

    /** A type's code; -1 for one this version does not know. */
    static int typeCode(String type) {
        Integer code = type == null ? null : TYPE_CODES.get(type);
        return code == null ? -1 : code;
    }
    /** Flag: the bit LineTypes.flag keeps with a line that marks its incident's state. */
    static final int FLAG_BASE = 1;
    /** Flag: the line's content was removed by a purge (retention); readers pass it by. */
    static final int FLAG_PURGED = 2;

    /** One line as the index knows it. */
    record Entry(long line, String incident, long offset, int length, String type, int flags, long epochSecond,
                 int ordinal) {
    }

    private final FileChannel recordsChannel;
    private final FileChannel idsChannel;
    private final FileWindow records;
    private final int count;
    private final FileWindow ids;
    private final int incidents;
    private final long generation;
    private final LogbookReader.ChainHead head;
    /** Each incident's id as a string, made once when first asked for. */
    private final String[] names;

    private LogIndex(FileChannel recordsChannel, FileChannel idsChannel, int count, int incidents, long generation,
                     LogbookReader.ChainHead head) {
        this.recordsChannel = recordsChannel;
        this.idsChannel = idsChannel;
        this.records = new FileWindow(recordsChannel, HEADER, (long) count * RECORD);
        this.ids = new FileWindow(idsChannel, 0, IDS_HEADER + (long) incidents * SLOT);
        this.count = count;
        this.incidents = incidents;
        this.generation = generation;
        this.head = head;
        this.names = new String[incidents];
    }

    static Path fileOf(Path logbook) {
        return logbook.resolveSibling("." + logbook.getFileName() + ".idx");
    }

    static Path idsFileOf(Path logbook) {
        return logbook.resolveSibling("." + logbook.getFileName() + ".ids");
    }

    /** Removes the cache; the next command rebuilds it from the log. */
    static void delete(Path logbook) throws IOException {
        Files.deleteIfExists(fileOf(logbook));
        Files.deleteIfExists(idsFileOf(logbook));
        DerivedCache.deleteAll(logbook);
    }

    long generation() {
        return generation;
    }

    int size() {
        return count;
    }

    /** How many incidents the covered part created. */
    int incidents() {
        return incidents;
    }

    LogbookReader.ChainHead head() {
        return head;
    }

    /** Throws when record {@code i} was not written whole (a lost or torn cache write). */
    private void check(int i) {
        long at = (long) i * RECORD;
        if (records.getShort(at + 22) != checksum(records.getLong(at), records.getLong(at + 8), records.getLong(at + 16),
                records.getLong(at + 24), records.getInt(at + 32))) {
            throw new FileView.IndexMismatch(i + 1L);
        }
    }

    @Override
    public void close() {
        try {
            recordsChannel.close();
            idsChannel.close();
        } catch (IOException ignored) {
            // read-only channels: nothing was written that closing could lose
        }
    }

    /**
     * A cheap 16-bit mix of the record's words (all but the checksum and the link): enough to
     * notice a record that was not written whole, cheap enough to check on every scan of a
     * million records.
     */
    private static short checksum(ByteBuffer b, int at) {
        return checksum(b.getLong(at), b.getLong(at + 8), b.getLong(at + 16), b.getLong(at + 24), b.getInt(at + 32));
    }

    private static short checksum(long w0, long w1, long w2, long w3, int ordinal) {
        long h = w0 * 0x9E3779B97F4A7C15L;
        h = (h ^ w1) * 0xC2B2AE3D27D4EB4FL;
        h = (h ^ (w2 & 0xFFFF_FFFF_FFFF_0000L)) * 0x165667B19E3779F9L;
        h = (h ^ w3) * 0x9E3779B97F4A7C15L;
        h = (h ^ ordinal) * 0xC2B2AE3D27D4EB4FL;
        return (short) (h ^ (h >>> 29) ^ (h >>> 47));
    }

    private static int slotChecksum(long id, int first, long createdAt) {
        long h = (id * 0x9E3779B97F4A7C15L ^ first) * 0xC2B2AE3D27D4EB4FL;
        h = (h ^ createdAt) * 0x165667B19E3779F9L;
        return (int) (h ^ (h >>> 31));
    }

    Entry entry(int i) {
        check(i);
        long at = (long) i * RECORD;
        int ordinal = records.getInt(at + 32);
        return new Entry(i + 1L, ordinal >= 0 && ordinal < incidents ? idOf(ordinal) : rawId(at), records.getLong(at + 8),
                records.getInt(at + 16), typeAt(i), records.get(at + 21), records.getLong(at + 24), ordinal);
    }

    private String rawId(long at) {
        byte[] id = new byte[8];
        records.get(at, id);
        return id[0] == 0 ? null : new String(id, StandardCharsets.US_ASCII);
    }

    /**
     * Record {@code i} as a key, checked, read with one lookup (a report passes a million of
     * them); {@code null} for a line whose content was purged.
     */
    EventKey key(int i) {
        long at = (long) i * RECORD;
        ByteBuffer b = records.holding(at, RECORD);
        int o = records.offsetIn(at);
        int ordinal = b.getInt(o + 32);
        if (b.getShort(o + 22) != checksum(b.getLong(o), b.getLong(o + 8), b.getLong(o + 16), b.getLong(o + 24), ordinal)) {
            throw new FileView.IndexMismatch(i + 1L);
        }
        int flags = b.get(o + 21);
        if ((flags & FLAG_PURGED) != 0) {
            return null;
        }
        int typeCode = b.get(o + 20);
        long epochSecond = b.getLong(o + 24);
        return new EventKey(i + 1L, ordinal, ordinal >= 0 && ordinal < incidents ? idOf(ordinal) : null,
                typeCode >= 0 && typeCode < TYPES.size() ? TYPES.get(typeCode) : null, epochSecond, (flags & FLAG_BASE) != 0);
    }

    /** The type of record {@code i}, checked; null for a code this version does not know. */
    String typeAt(int i) {
        int typeCode = records.get((long) i * RECORD + 20);
        return typeCode >= 0 && typeCode < TYPES.size() ? TYPES.get(typeCode) : null;
    }

    /** Record {@code i}'s incident ordinal (-1: none), after checking the record. */
    int ordinalAt(int i) {
        check(i);
        return records.getInt((long) i * RECORD + 32);
    }

    int flagsAt(int i) {
        return records.get((long) i * RECORD + 21);
    }

    /** The id of the incident with this ordinal, as one shared string. */
    String idOf(int ordinal) {
        String name = names[ordinal];
        if (name == null) {
            long word = slotWord(ordinal);
            byte[] raw = ByteBuffer.allocate(8).putLong(word).array();
            name = new String(raw, StandardCharsets.US_ASCII);
            names[ordinal] = name;
        }
        return name;
    }

    /** The id word of a slot, after checking the slot. */
    private long slotWord(int ordinal) {
        long at = IDS_HEADER + (long) ordinal * SLOT;
        long word = ids.getLong(at);
        if (ids.getInt(at + 12) != slotChecksum(word, ids.getInt(at + 8), ids.getLong(at + 16))) {
            throw new FileView.IndexMismatch(-1);
        }
        return word;
    }

    /**
     * A word that points from {@code from} (a record, or a slot) to record {@code to}, with 32
     * bits over both: a pointer that was not written whole, or that a damaged cache moved,
     * fails it. Zero means "none yet".
     */
    static long pointer(int from, int to, long salt) {
        long word = (long) (to + 1) << 32;
        long h = ((word ^ salt) * 0x9E3779B97F4A7C15L ^ from) * 0xC2B2AE3D27D4EB4FL;
        return word | ((h ^ (h >>> 31)) & 0xFFFF_FFFFL);
    }

    /** The record a pointer word points at; -1 for none; IndexMismatch when its check fails. */
    static int target(long word, int from, long salt) {
        if (word == 0) {
            return -1;
        }
        int to = (int) (word >>> 32) - 1;
        if (to < 0 || word != pointer(from, to, salt)) {
            throw new FileView.IndexMismatch(from + 1L);
        }
        return to;
    }

    private static final long LINK_SALT = 0x4C494E4BL;
    private static final long LAST_SALT = 0x4C415354L;

    /** createdAt of a slot whose incident was not created in this file (or whose creation was purged). */
    static final long NOT_CREATED = Long.MIN_VALUE;

    /** A slot's mutable word: the incident's last line that changes its status (record + 1), its type and flags. */
    private static long statusWord(int ordinal, int record, int typeCode, int flags) {
        long word = ((long) (record + 1) << 32) | ((typeCode & 0xFF) << 8) | (flags & 0xFF);
        return word | ((long) statusCheck(ordinal, word) << 16);
    }

    /** 16 bits over the word and its slot: a status word not written whole, or in the wrong slot, fails it. */
    private static int statusCheck(int ordinal, long word) {
        long h = ((word & 0xFFFF_FFFF_0000_FFFFL) * 0x9E3779B97F4A7C15L ^ ordinal) * 0xC2B2AE3D27D4EB4FL;
        return (int) ((h ^ (h >>> 29) ^ (h >>> 47)) & 0xFFFF);
    }

    /** What a slot says of its incident without reading its lines. */
    interface HeadSink {
        /**
         * @param createdAt  when it was created in this file (epoch seconds), or NOT_CREATED
         * @param statusType the type of its last line that changes its status, or null for none
         */
        void head(int ordinal, long createdAt, String statusType, boolean base);
    }

    /**
     * Every incident's creation time and last status line, from the slots alone: one pass over
     * the slot table instead of over every line. A status line the header does not vouch for yet
     * (a write in progress) is passed by, by following the incident's own lines.
     */
    void heads(HeadSink sink) {
        for (int o = 0; o < incidents; o++) {
            head(o, sink);
        }
    }

    /** {@link #heads} of one incident. */
    void head(int o, HeadSink sink) {
        {
            long at = IDS_HEADER + (long) o * SLOT;
            slotWord(o);
            long createdAt = ids.getLong(at + 16);
            long status = ids.getLong(at + STATUS);
            if (status != 0 && ((status >>> 16) & 0xFFFF) != statusCheck(o, status)) {
                throw new FileView.IndexMismatch(-1);
            }
            if (status == 0 && createdAt != NOT_CREATED) {
                // Its creation is a line that marks its state, so a slot without one is damaged
                // (a zeroed word would otherwise hide the incident from every list).
                throw new FileView.IndexMismatch(-1);
            }
            int record = (int) (status >>> 32) - 1;
            if (record >= count) {
                record = -1;
                for (int r : entriesOf(o)) {
                    if ((flagsAt(r) & FLAG_PURGED) == 0 && EventType.marksState(typeAt(r))) {
                        record = r;
                    }
                }
                status = record < 0 ? 0 : statusWord(o, record, TYPES.indexOf(typeAt(record)), flagsAt(record));
            }
            int typeCode = (int) (status >>> 8) & 0xFF;
            sink.head(o, createdAt, record < 0 || typeCode >= TYPES.size() ? null : TYPES.get(typeCode),
                    (status & FLAG_BASE) != 0);
        }
    }

    /** The ids of all incidents created in this file, in the order they were created. */
    List<String> createdIds() {
        List<String> out = new ArrayList<>(incidents);
        for (int o = 0; o < incidents; o++) {
            if (createdHere(o)) {
                out.add(idOf(o));
            }
        }
        return out;
    }

    /**
     * Whether the incident with this (local) ordinal was created in this file: its first line
     * here is its `created` line. Always so in a logbook of one file; in a team member's file the
     * other incidents are ones another member created.
     */
    boolean createdHere(int ordinal) {
        int first = ids.getInt(IDS_HEADER + (long) ordinal * SLOT + 8);
        slotWord(ordinal);
        if (first < 0 || first >= count) {
            throw new FileView.IndexMismatch(first + 1L);
        }
        return records.get((long) first * RECORD + 20) == CREATED;
    }

    /** The ordinal of the incident with this id, or -1 (a scan of one word per incident). */
    int ordinalOf(String incident) {
        byte[] raw = incident.getBytes(StandardCharsets.US_ASCII);
        if (raw.length != 8) {
            return -1;
        }
        long word = ByteBuffer.wrap(raw).getLong();
        if (table == null && ++lookups > SCANS_BEFORE_TABLE) {
            table = new IdTable(incidents);
            for (int o = 0; o < incidents; o++) {
                table.put(slotWord(o), o);
            }
        }
        if (table != null) {
            return table.get(word);
        }
        // Every slot passed is checked: a damaged id must not make an incident seem absent. This
        // scan is most of what `new` does with a large logbook, and it runs before the JIT has
        // compiled it: the slots are copied a window's worth at a time into a long[] (one bulk
        // copy) and checked there, which costs a fifth of reading each field from the window.
        long[] words = scanBuffer;
        for (int o = 0; o < incidents; ) {
            int n = Math.min(incidents - o, SLOTS_PER_READ);
            long at = IDS_HEADER + (long) o * SLOT;
            java.nio.ByteBuffer slots = ids.holding(at, n * SLOT).duplicate();
            int from = ids.offsetIn(at);
            slots.limit(from + n * SLOT).position(from);
            slots.slice().asLongBuffer().get(words, 0, n * LONGS_PER_SLOT);
            // In blocks, so that the JIT compiles the scan after a few thousand slots rather
            // than the 60,000 loop turns it waits for within one call (docs/benchmarks.md).
            for (int block = 0; block < n; block += SCAN_BLOCK) {
                int found = scan(words, block, Math.min(n, block + SCAN_BLOCK), word);
                if (found >= 0) {
                    return o + found;
                }
            }
            o += n;
        }
        return -1;
    }

    /** Slots scanned by one call of {@link #scan}. */
    private static final int SCAN_BLOCK = 32;

    /** The index among slots {@code from} to {@code to} in {@code words} of the one with this id, or -1; checks every slot passed. */
    private static int scan(long[] words, int from, int to, long id) {
        for (int k = from, w = from * LONGS_PER_SLOT; k < to; k++, w += LONGS_PER_SLOT) {
            long firstAndCheck = words[w + 1];
            if ((int) firstAndCheck != slotChecksum(words[w], (int) (firstAndCheck >>> 32), words[w + 2])) {
                throw new FileView.IndexMismatch(-1);
            }
            if (words[w] == id) {
                return k;
            }
        }
        return -1;
    }

    private static final int LONGS_PER_SLOT = SLOT / Long.BYTES;
    private final long[] scanBuffer = new long[SLOTS_PER_READ * LONGS_PER_SLOT];

    /** Slots read at once by a scan: as many as fit in the file window. */
    private static final int SLOTS_PER_READ = FileWindow.SIZE / SLOT;

    /**
     * One lookup scans the slots (a few milliseconds for 100,000 incidents, less than making a
     * table); a view that looks up many ids (an export) gets a table after a few.
     */
    private static final int SCANS_BEFORE_TABLE = 4;
    private int lookups;
    private IdTable table;

    /** Ids (as their 8-byte words) to ordinals: open addressing, no object per entry. */
    private static final class IdTable {
        private long[] keys;
        private int[] values;
        private int mask;
        private int size;

        IdTable(int size) {
            allocate(Integer.highestOneBit(Math.max(4, size) * 2 - 1) << 1);
        }

        private void allocate(int capacity) {
            keys = new long[capacity];
            values = new int[capacity];
            java.util.Arrays.fill(values, -1);
            mask = capacity - 1;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (values[i] >= 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        /** Keeps the first value put for a key; the table grows to stay at most half full. */
        void put(long key, int value) {
            int i = slot(key);
            if (values[i] < 0) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) {
                    long[] oldKeys = keys;
                    int[] oldValues = values;
                    allocate(keys.length * 2);
                    for (int k = 0; k < oldKeys.length; k++) {
                        if (oldValues[k] >= 0) {
                            int j = slot(oldKeys[k]);
                            keys[j] = oldKeys[k];
                            values[j] = oldValues[k];
                        }
                    }
                }
            }
        }

        int get(long key) {
            return values[slot(key)];
        }
    }

    /** The record of the incident's first line in this file. */
    int firstRecordOf(int ordinal) {
        slotWord(ordinal);
        return ids.getInt(IDS_HEADER + (long) ordinal * SLOT + 8);
    }

    /** Whether an incident with this id was created in the covered part. */
    boolean hasCreated(String incident) {
        int ordinal = ordinalOf(incident);
        return ordinal >= 0 && createdHere(ordinal);
    }

    /** Record numbers (0-based) of one incident's lines, oldest first, following the links. */
    List<Integer> entriesOf(String incident) {
        int ordinal = ordinalOf(incident);
        return ordinal < 0 ? new ArrayList<>() : entriesOf(ordinal);
    }

    List<Integer> entriesOf(int ordinal) {
        List<Integer> out = new ArrayList<>();
        slotWord(ordinal);
        long slot = IDS_HEADER + (long) ordinal * SLOT;
        int r = ids.getInt(slot + 8);
        // The slot knows the incident's last line: a chain that ends anywhere else lost a link.
        int last = target(ids.getLong(slot + LAST), ordinal, LAST_SALT);
        while (true) {
            if (r < 0 || r >= count || ordinalAt(r) != ordinal) {
                throw new FileView.IndexMismatch(r + 1L);
            }
            out.add(r);
            int next = target(records.getLong((long) r * RECORD + LINK), r, LINK_SALT);
            if (next < 0 || next >= count) {
                // The last line, or a link to a line this index does not vouch for yet.
                if (last < count && last != r) {
                    throw new FileView.IndexMismatch(r + 1L);
                }
                return out;
            }
            if (next <= r) {
                throw new FileView.IndexMismatch(r + 1L);
            }
            r = next;
        }
    }

    /**
     * The record of the incident's last line as its slot says (checked), without following its
     * links; -1 when the slot points past what this index vouches for.
     */
    int lastRecordOfSlot(int ordinal) {
        slotWord(ordinal);
        int last = target(ids.getLong(IDS_HEADER + (long) ordinal * SLOT + LAST), ordinal, LAST_SALT);
        return last < 0 || last >= count ? -1 : last;
    }

    /** The record of the last covered line of the incident with this ordinal. */
    private int lastRecordOf(int ordinal) {
        List<Integer> all = entriesOf(ordinal);
        return all.get(all.size() - 1);
    }

    /**
     * The chain head the index's header names, read even when the index no longer matches the
     * log (that is when it matters: see Anchors); null when there is no readable header.
     */
    /**
     * The header, read once, whole: a writer rewrites it in place, and fields read at different
     * moments could mix two headers. Null when the file ends before it does.
     */
    private static ByteBuffer readHeader(FileChannel ch) throws IOException {
        ByteBuffer h = ByteBuffer.allocate(HEADER);
        while (h.hasRemaining()) {
            if (ch.read(h, h.position()) < 0) {
                return null;
            }
        }
        return h;
    }

    static LogbookReader.ChainHead anchorOf(Path logbook) {
        Path f = fileOf(logbook);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            ByteBuffer h = readHeader(ch);
            if (h == null) {
                return null;
            }
            byte[] magic = new byte[8];
            h.get(0, magic);
            byte[] hash = new byte[64];
            h.get(32, hash);
            String head = new String(hash, StandardCharsets.US_ASCII);
            long lines = h.getLong(16);
            long bytes = h.getLong(8);
            if (!java.util.Arrays.equals(magic, MAGIC) || lines <= 0 || bytes <= 0 || (ch.size() - HEADER) / RECORD < lines) {
                return null;
            }
            // Only a header that its own last record bears out counts: a cache damaged in its
            // header must never pass for a longer log that was cut.
            ByteBuffer last = ByteBuffer.allocate(RECORD);
            while (last.hasRemaining()) {
                if (ch.read(last, HEADER + (lines - 1) * RECORD + last.position()) < 0) {
                    return null;
                }
            }
            boolean borne = last.getShort(22) == checksum(last, 0) && last.getLong(8) + last.getInt(16) + 1 == bytes;
            return borne ? new LogbookReader.ChainHead(lines, h.getLong(24), head, bytes) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Loads the index if it still describes the first part of {@code logbook}; null when it is
     * missing, unreadable, or no longer matches (then the caller rebuilds it).
     */
    static LogIndex load(Path logbook) {
        FileChannel ch = null;
        FileChannel idsChannel = null;
        try {
            if (PrivateFiles.isOther(fileOf(logbook)) || PrivateFiles.isOther(idsFileOf(logbook))) {
                return null; // a pipe or device is never opened: the index is rebuilt over it
            }
            ch = FileChannel.open(fileOf(logbook), StandardOpenOption.READ);
            idsChannel = FileChannel.open(idsFileOf(logbook), StandardOpenOption.READ);
            LogIndex idx = open(logbook, ch, idsChannel);
            if (idx != null) {
                return idx;
            }
        } catch (IOException | RuntimeException e) {
            // missing or unreadable: rebuilt by the caller
        }
        closeQuietly(ch);
        closeQuietly(idsChannel);
        return null;
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
    }

    private static LogIndex open(Path logbook, FileChannel ch, FileChannel idsChannel) throws IOException {
        long size = ch.size();
        if (size < HEADER) {
            return null;
        }
        ByteBuffer h = readHeader(ch);
        if (h == null) {
            return null;
        }
        byte[] magic = new byte[8];
        h.get(0, magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            return null;
        }
        long bytes = h.getLong(8);
        long lines = h.getLong(16);
        long seq = h.getLong(24);
        byte[] hash = new byte[64];
        h.get(32, hash);
        long ctime = h.getLong(96);
        long inode = h.getLong(104);
        long incidents = h.getLong(112);
        long generation = h.getLong(120);
        // A record may be half-written by a writer that died: only whole records count, and
        // only as many as the header vouches for.
        long whole = (size - HEADER) / RECORD;
        if (whole < lines || lines > Integer.MAX_VALUE || incidents < 0 || incidents > lines) {
            return null;
        }
        // The slot table holds exactly as many slots as the header counts: the count itself is
        // checked by nothing else, and a smaller one would hide incidents. (A writer that died
        // after adding slots but before the header leaves more: the index is then rebuilt.)
        if (idsChannel.size() != IDS_HEADER + incidents * SLOT) {
            return null;
        }
        ByteBuffer idsHeader = ByteBuffer.allocate(IDS_HEADER);
        while (idsHeader.hasRemaining()) {
            if (idsChannel.read(idsHeader, idsHeader.position()) < 0) {
                return null;
            }
        }
        idsHeader.get(0, magic);
        if (!java.util.Arrays.equals(magic, IDS_MAGIC) || idsHeader.getLong(8) != generation) {
            return null;
        }
        // Any change to the log that logboek did not make itself (an edit, even one that keeps
        // the length) changes its ctime, which nobody can set back: then the whole log is read
        // and checked again.
        FileStamp now = FileStamp.of(logbook);
        if (now == null || now.ctimeNanos() != ctime || now.inode() != inode) {
            return null;
        }
        LogIndex idx = new LogIndex(ch, idsChannel, (int) lines, (int) incidents, generation,
                new LogbookReader.ChainHead(lines, seq, new String(hash, StandardCharsets.US_ASCII), bytes));
        return idx.matches(logbook) ? idx : null;
    }

    /** The log must still be at least as long, and its last covered line must be the one indexed. */
    private boolean matches(Path logbook) throws IOException {
        if (!Files.exists(logbook) || Files.size(logbook) < head.bytes()) {
            return false;
        }
        if (count == 0) {
            return head.bytes() == 0;
        }
        Entry last = entry(count - 1);
        if (last.offset() + last.length() + 1 != head.bytes()) {
            return false;
        }
        String text = readLine(logbook, last.offset(), last.length());
        try {
            Event e = EventCodec.decode(text, last.line(), Sealer.ENVELOPE_ONLY);
            return e.hash().equals(head.hash()) && e.seq() == head.seq();
        } catch (LineDamage d) {
            return false;
        }
    }

    static String readLine(Path logbook, long offset, int length) throws IOException {
        try (FileChannel ch = FileChannel.open(logbook, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(length + 1);
            while (buf.hasRemaining()) {
                if (ch.read(buf, offset + buf.position()) < 0) {
                    break;
                }
            }
            if (buf.position() != length + 1 || buf.get(length) != '\n') {
                throw new IOException("index points past a line end");
            }
            return new String(buf.array(), 0, length, StandardCharsets.UTF_8);
        }
    }

    /**
     * Lines to add to an index: to a fresh one (a rebuild) or after what an existing one covers.
     * Gives each line its incident's ordinal and links it from the incident's previous line.
     */
    static final class Growth {
        private final LogIndex base;
        private final int baseCount;
        private final int baseIncidents;
        private final Grow records = new Grow(RECORD);
        private final Grow slots = new Grow(SLOT);
        /**
         * Ordinals of the incidents these lines touch (all of them, in a rebuild), by id word: a
         * table of longs and ints, not a map of strings and boxes (a rebuild looks up a million lines).
         */
        private final IdTable ordinals = new IdTable(64);
        /** The last record so far of each incident new in these lines (by ordinal - baseIncidents); -1: none yet. */
        private int[] lastOfNew = noneYet(64);
        /** The last record so far of each incident of the base these lines touch. */
        private final Map<Integer, Integer> lastOfBase = new java.util.HashMap<>();
        /** Statuses to update within the existing slots: ordinal → status word. */
        private final Map<Integer, Long> statuses = new java.util.HashMap<>();
        /** Links to fill in within the existing records: record → link word. */
        private final Map<Integer, Long> links = new java.util.LinkedHashMap<>();
        /** Last-line words to update within the existing slots: ordinal → word. */
        private final Map<Integer, Long> lasts = new java.util.HashMap<>();
        private int count;
        private int incidents;
        private boolean indexable = true;

        /** @param base the index these lines come after, or null for a fresh index */
        Growth(LogIndex base) {
            this.base = base;
            this.baseCount = base == null ? 0 : base.count;
            this.baseIncidents = base == null ? 0 : base.incidents;
            this.count = baseCount;
            this.incidents = baseIncidents;
        }

        /** Whether every line added can be indexed (ids of exactly 8 ASCII characters). */
        boolean indexable() {
            return indexable;
        }

        void add(Event e, long offset, int length) {
            if (!LogIndex.indexable(e)) {
                indexable = false;
                return;
            }
            int r = count++;
            int ordinal = -1;
            String incident = e.incident();
            long word = 0;
            if (incident != null) {
                word = idWord(incident);
                int known = ordinals.get(word);
                if (known < 0) {
                    known = base == null ? -1 : base.ordinalOf(incident);
                    if (known < 0) {
                        // The incident's first line in this file: its `created` line, or (in a team
                        // member's file) the first line about an incident another member created.
                        known = incidents++;
                        ByteBuffer slot = slots.next();
                        long createdAt = EventType.CREATED.equals(e.type()) && !e.purged() ? e.time().toEpochSecond() : NOT_CREATED;
                        slot.putLong(word).putInt(r).putInt(slotChecksum(word, r, createdAt)).putLong(createdAt).putLong(0).putLong(0);
                    }
                    ordinals.put(word, known);
                }
                ordinal = known;
            }
            int typeCode = typeCode(e.type());
            ByteBuffer b = records.next();
            int at = b.position();
            b.putLong(word); // the id's 8 ASCII bytes; zeros for a line about the logbook
            b.putLong(offset);
            b.putInt(length);
            b.put((byte) typeCode);
            boolean marksState = EventType.marksState(e.type());
            int flags = marksState && EventType.flag(e) ? FLAG_BASE : 0;
            b.put((byte) (e.purged() ? flags | FLAG_PURGED : flags));
            b.putShort((short) 0);
            b.putLong(e.time().toEpochSecond());
            b.putInt(ordinal);
            b.putInt(0);
            b.putLong(0);
            b.putShort(at + 22, checksum(b, at));
            if (ordinal >= 0 && !e.purged() && marksState) {
                long status = statusWord(ordinal, r, typeCode, flags);
                if (ordinal >= baseIncidents) {
                    slots.putLong((long) (ordinal - baseIncidents) * SLOT + STATUS, status);
                } else {
                    statuses.put(ordinal, status);
                }
            }
            if (ordinal >= 0) {
                int previous;
                if (ordinal >= baseIncidents) {
                    int local = ordinal - baseIncidents;
                    if (local >= lastOfNew.length) {
                        int old = lastOfNew.length;
                        lastOfNew = java.util.Arrays.copyOf(lastOfNew, Math.max(local + 1, old * 2));
                        java.util.Arrays.fill(lastOfNew, old, lastOfNew.length, -1);
                    }
                    previous = lastOfNew[local];
                    lastOfNew[local] = r;
                } else {
                    Integer known = lastOfBase.get(ordinal);
                    previous = known != null ? known : base.lastRecordOf(ordinal);
                    lastOfBase.put(ordinal, r);
                }
                if (previous >= baseCount) {
                    records.putLong((long) (previous - baseCount) * RECORD + LINK, pointer(previous, r, LINK_SALT));
                } else if (previous >= 0) {
                    links.put(previous, pointer(previous, r, LINK_SALT));
                }
                long lastWord = pointer(ordinal, r, LAST_SALT);
                if (ordinal >= baseIncidents) {
                    slots.putLong((long) (ordinal - baseIncidents) * SLOT + LAST, lastWord);
                } else {
                    lasts.put(ordinal, lastWord);
                }
            }
        }

        private static int[] noneYet(int n) {
            int[] a = new int[n];
            java.util.Arrays.fill(a, -1);
            return a;
        }

        /** An id of 8 ASCII characters (see {@link LogIndex#indexable}) as the long its bytes make, big-endian. */
        private static long idWord(String id) {
            long w = 0;
            for (int i = 0; i < 8; i++) {
                w = (w << 8) | (id.charAt(i) & 0xFF);
            }
            return w;
        }

        /** Writes a whole new index atomically (temp files + rename) and loads it. */
        LogIndex writeFresh(Path logbook, LogbookReader.ChainHead head) throws IOException {
            long generation = new java.security.SecureRandom().nextLong();
            ByteBuffer idsHeader = ByteBuffer.allocate(IDS_HEADER).put(IDS_MAGIC).putLong(generation);
            replace(idsFileOf(logbook), idsHeader.array(), slots);
            replace(fileOf(logbook), header(head, incidents, generation, FileStamp.of(logbook)), records);
            return load(logbook);
        }

        private static void replace(Path file, byte[] header, Grow body) throws IOException {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (AtomicFiles.Pending pending = AtomicFiles.to(file).through(tmp).withoutFsync().begin()) {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    writeAt(ch, ByteBuffer.wrap(header), 0);
                    body.writeTo(ch, header.length);
                }
                pending.commit();
            }
        }

        /**
         * Adds the lines after what {@code base} covers: records and slots first, then the links
         * from earlier lines, and the header last: until then nothing new is vouched for.
         */
        void extend(Path logbook, LogbookReader.ChainHead head) throws IOException {
            try (FileChannel ch = FileChannel.open(fileOf(logbook), StandardOpenOption.WRITE);
                 FileChannel idsChannel = FileChannel.open(idsFileOf(logbook), StandardOpenOption.WRITE)) {
                records.writeTo(ch, HEADER + (long) baseCount * RECORD);
                slots.writeTo(idsChannel, IDS_HEADER + (long) baseIncidents * SLOT);
                for (Map.Entry<Integer, Long> link : links.entrySet()) {
                    writeAt(ch, ByteBuffer.allocate(8).putLong(0, link.getValue()), HEADER + (long) link.getKey() * RECORD + LINK);
                }
                for (Map.Entry<Integer, Long> lastWord : lasts.entrySet()) {
                    writeAt(idsChannel, ByteBuffer.allocate(8).putLong(0, lastWord.getValue()),
                            IDS_HEADER + (long) lastWord.getKey() * SLOT + LAST);
                }
                for (Map.Entry<Integer, Long> status : statuses.entrySet()) {
                    writeAt(idsChannel, ByteBuffer.allocate(8).putLong(0, status.getValue()),
                            IDS_HEADER + (long) status.getKey() * SLOT + STATUS);
                }
                writeAt(ch, ByteBuffer.wrap(header(head, incidents, base.generation, FileStamp.of(logbook))), 0);
            }
        }

    }

    /**
     * Fixed-size entries in blocks: small blocks first (an append adds a line or two), then blocks
     * of {@link #BLOCK_BYTES} at most. Never copied as it grows, so a rebuild holds the records
     * once, not a buffer and its double (issue 18: the first index build within 256 MiB).
     */
    private static final class Grow {
        private static final int BLOCK_BYTES = 1 << 20;
        /** Blocks this large or larger are direct buffers (the small first blocks of an append stay on the heap). */
        private static final int DIRECT_FROM = 1 << 18;
        private final int size;
        private final java.util.List<ByteBuffer> blocks = new java.util.ArrayList<>();
        /** Where each block starts, in bytes from the first entry. */
        private long[] starts = new long[8];
        private long filled;

        Grow(int size) {
            this.size = size;
        }

        /** The block to write a new entry of {@code size} bytes in, positioned at it. */
        ByteBuffer next() {
            ByteBuffer last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last == null || last.remaining() < size) {
                int entries = last == null ? 64 : Math.max(last.capacity() / size, Math.min(last.capacity() * 2, BLOCK_BYTES) / size);
                if (blocks.size() == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                }
                starts[blocks.size()] = filled;
                // The large blocks of a rebuild live outside the heap: the collector never copies
                // them (a young collection would copy each once or twice on its way to the old
                // generation), and the file is written from them without a copy.
                last = (entries * size >= DIRECT_FROM ? ByteBuffer.allocateDirect(entries * size)
                        : ByteBuffer.allocate(entries * size)).order(ByteOrder.BIG_ENDIAN);
                blocks.add(last);
            }
            filled += size;
            return last;
        }

        /** Sets the long at {@code at} bytes from the first entry (within an entry written before). */
        void putLong(long at, long value) {
            int last = blocks.size() - 1;
            int block;
            if (at >= starts[last]) {
                block = last; // most often: a line of an incident that had a line a moment ago
            } else {
                block = java.util.Arrays.binarySearch(starts, 0, last, at);
                if (block < 0) {
                    block = -block - 2;
                }
            }
            blocks.get(block).putLong((int) (at - starts[block]), value);
        }

        /** Writes what was filled so far at {@code at} in {@code ch}. */
        void writeTo(FileChannel ch, long at) throws IOException {
            long pos = at;
            for (ByteBuffer block : blocks) {
                ByteBuffer filledPart = block.duplicate().flip();
                int n = filledPart.remaining();
                writeAt(ch, filledPart, pos);
                pos += n;
            }
        }
    }

    /**
     * Writes all of {@code buf} at {@code at}, a slice at a time: a heap buffer goes to the file
     * through a temporary direct buffer of its size, which the JDK keeps (47 MiB for an index of a
     * million lines, had it been written at once).
     */
    private static void writeAt(FileChannel ch, ByteBuffer buf, long at) throws IOException {
        long pos = at;
        while (buf.hasRemaining()) {
            ByteBuffer slice = buf.slice(buf.position(), Math.min(buf.remaining(), 1 << 20));
            while (slice.hasRemaining()) {
                pos += ch.write(slice, pos);
            }
            buf.position(buf.position() + slice.capacity());
        }
    }

    static byte[] header(LogbookReader.ChainHead head, int incidents, long generation, FileStamp stamp) {
        ByteBuffer b = ByteBuffer.allocate(HEADER).order(ByteOrder.BIG_ENDIAN);
        b.put(MAGIC);
        b.putLong(head.bytes());
        b.putLong(head.lines());
        b.putLong(head.seq());
        b.put(head.hash().getBytes(StandardCharsets.US_ASCII));
        b.putLong(stamp == null ? -1 : stamp.ctimeNanos());
        b.putLong(stamp == null ? -1 : stamp.inode());
        b.putLong(incidents);
        b.putLong(generation);
        return b.array();
    }

    /** When the log last changed (ctime) and which file it is (inode): what an index vouches for. */
    record FileStamp(long ctimeNanos, long inode) {
        static FileStamp of(Path file) {
            try {
                var ctime = (java.nio.file.attribute.FileTime) Files.getAttribute(file, "unix:ctime");
                Number inode = (Number) Files.getAttribute(file, "unix:ino");
                return new FileStamp(ctime.to(java.util.concurrent.TimeUnit.NANOSECONDS), inode.longValue());
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** Whether every event of a log can be indexed (ids of exactly 8 ASCII characters). */
    static boolean indexable(Event e) {
        String id = e.incident();
        if (id == null) {
            return true;
        }
        if (id.length() != 8) {
            return false;
        }
        // A loop, not chars().allMatch: this runs on every write, and a first stream costs a millisecond.
        for (int i = 0; i < 8; i++) {
            if (id.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
