package nl.logboek.logbook;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cache beside the logbook (.NAME.idx) that says where each event line is, so that writes and
 * lookups need not read the whole log. It is never a source of truth: it records how many bytes
 * of the log it covers and the hash of the last covered line; when that no longer matches the
 * log, it is rebuilt from the log (which checks every line and the whole chain again).
 *
 * <p>Layout: a 128-byte header (magic, covered bytes, lines, last seq, last hash), then one
 * 32-byte record per line: incident id (8 ASCII bytes, zeros for the logbook header), offset,
 * length without the newline, type code, flags, a 16-bit checksum of the record, time (epoch
 * seconds). A record whose checksum fails makes the whole index be thrown away and rebuilt.
 */
final class LogIndex {
    static final int HEADER = 128;
    static final int RECORD = 32;
    private static final byte[] MAGIC = "LBIDX003".getBytes(StandardCharsets.US_ASCII);
    static final List<String> TYPES = List.of(EventType.LOGBOOK, EventType.CREATED, EventType.ANNOTATED,
            EventType.ITEMS_DONE, EventType.STEP_DONE, EventType.ESCALATED, EventType.DE_ESCALATED, EventType.CLOSED,
            EventType.CONSENT, EventType.PURGE);
    /** Flag: a de-escalation back to the first level of the ladder. */
    static final int FLAG_BASE = 1;
    /** Flag: the line's content was removed by a purge (retention); readers pass it by. */
    static final int FLAG_PURGED = 2;

    /** One line as the index knows it. */
    record Entry(long line, String incident, long offset, int length, String type, int flags, long epochSecond) {
    }

    private final ByteBuffer records;
    private final int count;
    private final LogbookReader.ChainHead head;

    private LogIndex(ByteBuffer records, int count, LogbookReader.ChainHead head) {
        this.records = records;
        this.count = count;
        this.head = head;
    }

    static Path fileOf(Path logbook) {
        return logbook.resolveSibling("." + logbook.getFileName() + ".idx");
    }

    int size() {
        return count;
    }

    LogbookReader.ChainHead head() {
        return head;
    }

    /** Throws when record {@code i} was not written whole (a lost or torn cache write). */
    private void check(int i) {
        if (records.getShort(i * RECORD + 22) != checksum(records, i * RECORD)) {
            throw new LogView.IndexMismatch(i + 1L);
        }
    }

    /**
     * A cheap 16-bit mix of the record's words (all but the checksum itself): enough to notice a
     * record that was not written whole, cheap enough to check on every scan of a million records.
     */
    private static short checksum(ByteBuffer b, int at) {
        long h = b.getLong(at) * 0x9E3779B97F4A7C15L;
        h = (h ^ b.getLong(at + 8)) * 0xC2B2AE3D27D4EB4FL;
        h = (h ^ (b.getLong(at + 16) & 0xFFFF_FFFF_FFFF_0000L)) * 0x165667B19E3779F9L;
        h = (h ^ b.getLong(at + 24)) * 0x9E3779B97F4A7C15L;
        return (short) (h ^ (h >>> 29) ^ (h >>> 47));
    }

    Entry entry(int i) {
        check(i);
        int at = i * RECORD;
        byte[] id = new byte[8];
        records.get(at, id);
        String incident = id[0] == 0 ? null : new String(id, StandardCharsets.US_ASCII);
        int typeCode = records.get(at + 20);
        return new Entry(i + 1L, incident, records.getLong(at + 8), records.getInt(at + 16),
                typeCode >= 0 && typeCode < TYPES.size() ? TYPES.get(typeCode) : null, records.get(at + 21),
                records.getLong(at + 24));
    }

    boolean isType(int i, int typeCode) {
        return records.get(i * RECORD + 20) == typeCode;
    }

    boolean incidentIs(int i, byte[] id) {
        int at = i * RECORD;
        for (int k = 0; k < 8; k++) {
            if (records.get(at + k) != id[k]) {
                return false;
            }
        }
        return true;
    }

    String incidentAt(int i) {
        byte[] id = new byte[8];
        records.get(i * RECORD, id);
        return id[0] == 0 ? null : new String(id, StandardCharsets.US_ASCII);
    }

    /** The ids of all incidents, in the order they were created. */
    List<String> createdIds() {
        List<String> ids = new ArrayList<>();
        int created = TYPES.indexOf(EventType.CREATED);
        for (int i = 0; i < count; i++) {
            check(i);
            if (isType(i, created)) {
                ids.add(incidentAt(i));
            }
        }
        return ids;
    }

    /** Whether an incident with this id was created in the covered part (a scan of one word per record). */
    boolean hasCreated(String incident) {
        byte[] raw = incident.getBytes(StandardCharsets.US_ASCII);
        if (raw.length != 8) {
            return false;
        }
        long word = ByteBuffer.wrap(raw).getLong();
        int created = TYPES.indexOf(EventType.CREATED);
        for (int i = 0; i < count; i++) {
            check(i);
            if (records.getLong(i * RECORD) == word && isType(i, created)) {
                return true;
            }
        }
        return false;
    }

    /** Line numbers (0-based entries) of one incident's events, oldest first. */
    List<Integer> entriesOf(String incident) {
        byte[] id = incident.getBytes(StandardCharsets.US_ASCII);
        List<Integer> out = new ArrayList<>();
        if (id.length != 8) {
            return out;
        }
        long word = ByteBuffer.wrap(id).getLong();
        for (int i = 0; i < count; i++) {
            check(i);
            if (records.getLong(i * RECORD) == word) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Loads the index if it still describes the first part of {@code logbook}; null when it is
     * missing, unreadable, or no longer matches (then the caller rebuilds it).
     */
    static LogIndex load(Path logbook) {
        Path file = fileOf(logbook);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < HEADER) {
                return null;
            }
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            map.order(ByteOrder.BIG_ENDIAN);
            byte[] magic = new byte[8];
            map.get(0, magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                return null;
            }
            long bytes = map.getLong(8);
            long lines = map.getLong(16);
            long seq = map.getLong(24);
            byte[] hash = new byte[64];
            map.get(32, hash);
            // A record may be half-written by a writer that died: only whole records count, and
            // only as many as the header vouches for.
            long whole = (size - HEADER) / RECORD;
            if (whole < lines || lines > Integer.MAX_VALUE) {
                return null;
            }
            long ctime = map.getLong(96);
            long inode = map.getLong(104);
            // Any change to the log that logboek did not make itself (an edit, even one that keeps
            // the length) changes its ctime, which nobody can set back: then the whole log is
            // read and checked again.
            FileStamp now = FileStamp.of(logbook);
            if (now == null || now.ctimeNanos() != ctime || now.inode() != inode) {
                return null;
            }
            ByteBuffer records = map.slice(HEADER, (int) (lines * RECORD)).order(ByteOrder.BIG_ENDIAN);
            LogIndex idx = new LogIndex(records, (int) lines,
                    new LogbookReader.ChainHead(lines, seq, new String(hash, StandardCharsets.US_ASCII), bytes));
            return idx.matches(logbook) ? idx : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
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

    /** The ids created within the covered part: what a read of the rest checks references against. */
    Set<String> createdSet() {
        return new HashSet<>(createdIds());
    }

    static byte[] record(Event e, long offset, int length) {
        ByteBuffer b = ByteBuffer.allocate(RECORD).order(ByteOrder.BIG_ENDIAN);
        byte[] id = new byte[8];
        if (e.incident() != null) {
            byte[] raw = e.incident().getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(raw, 0, id, 0, Math.min(8, raw.length));
        }
        b.put(id);
        b.putLong(offset);
        b.putInt(length);
        b.put((byte) TYPES.indexOf(e.type()));
        int flags = EventType.DE_ESCALATED.equals(e.type()) && e.payload().path("base").asBoolean() ? FLAG_BASE : 0;
        b.put((byte) (e.purged() ? flags | FLAG_PURGED : flags));
        b.putShort((short) 0);
        b.putLong(e.time().toEpochSecond());
        b.putShort(22, checksum(b, 0));
        return b.array();
    }

    static byte[] header(LogbookReader.ChainHead head, FileStamp stamp) {
        ByteBuffer b = ByteBuffer.allocate(HEADER).order(ByteOrder.BIG_ENDIAN);
        b.put(MAGIC);
        b.putLong(head.bytes());
        b.putLong(head.lines());
        b.putLong(head.seq());
        b.put(head.hash().getBytes(StandardCharsets.US_ASCII));
        b.putLong(stamp == null ? -1 : stamp.ctimeNanos());
        b.putLong(stamp == null ? -1 : stamp.inode());
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
        return e.incident() == null || (e.incident().length() == 8 && e.incident().chars().allMatch(c -> c < 128));
    }

    /** Writes a whole new index atomically (temp file + rename). */
    static void write(Path logbook, LogbookReader.ChainHead head, List<byte[]> records) throws IOException {
        Path file = fileOf(logbook);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        PrivateFiles.createFile(tmp);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ByteBuffer all = ByteBuffer.allocate(HEADER + records.size() * RECORD);
            all.put(header(head, FileStamp.of(logbook)));
            records.forEach(all::put);
            all.flip();
            while (all.hasRemaining()) {
                ch.write(all);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Adds records for lines appended after what the index covers, then moves the header on. */
    static void extend(Path logbook, LogbookReader.ChainHead head, List<byte[]> records) throws IOException {
        Path file = fileOf(logbook);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long at = HEADER + (head.lines() - records.size()) * (long) RECORD;
            ByteBuffer buf = ByteBuffer.allocate(records.size() * RECORD);
            records.forEach(buf::put);
            buf.flip();
            while (buf.hasRemaining()) {
                at += ch.write(buf, at);
            }
            // The header is rewritten last: until then the new records are not vouched for.
            ByteBuffer h = ByteBuffer.wrap(header(head, FileStamp.of(logbook)));
            long pos = 0;
            while (h.hasRemaining()) {
                pos += ch.write(h, pos);
            }
        }
    }

    static Map<String, Integer> typeCodes() {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < TYPES.size(); i++) {
            m.put(TYPES.get(i), i);
        }
        return m;
    }
}
