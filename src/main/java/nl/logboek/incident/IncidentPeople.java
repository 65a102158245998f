package nl.logboek.incident;

import nl.logboek.logbook.EventKey;
import nl.logboek.logbook.LogView;
import nl.logboek.logbook.Logbook;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * What `person` prints of each incident, kept beside the index of a plain logbook
 * ({@code .NAME.people}; docs/logbook-format.md): per incident, from the same fold of its created,
 * amended and status lines that `person` makes without it, its id, report time, category, title
 * and status, its people now and those a correction removed (name, folded name, role, kind), and a
 * 64-bit Bloom filter of those folded names. `person NAME` then reads the filters, and the records
 * of the incidents that pass, and no line of the log. An encrypted logbook has none: it would hold
 * names and titles in clear (`person` reads its lines, narrowed down by the digest).
 *
 * <p>A record is checked on its own (a CRC-32 of it) when it is read, the header and the filters
 * as a whole, so that `person` reads only the records it needs; anything that does not check
 * makes the cache be derived again.
 */
final class IncidentPeople {
    static final String CACHE = "people";
    private static final byte[] MAGIC = "LBPPL001".getBytes(StandardCharsets.US_ASCII);
    /** Magic, generation, lines, last line's hash, number of incidents. */
    private static final int HEADER = 8 + 8 + 8 + 64 + 4;
    /** The filters' key: a plain logbook's, whose names are in clear in the log anyway. */
    private static final KeyedHash HASH = KeyedHash.PLAIN;

    /** A record's first byte: the incident has no lines left (its creation purged), or it has. */
    private static final byte NONE = 0;
    private static final byte ROW = 1;
    /** A text longer than a record holds (writeUTF's 65,535 bytes): `person` reads the lines. */
    private static final byte NOT_KEPT = 2;

    /** The lines whose fold makes what `person` shows (as IncidentBook.involving reads them). */
    static final Predicate<EventKey> LINES = k -> EventTypes.CREATED.equals(k.type()) || EventTypes.AMENDED.equals(k.type())
            || EventTypes.CHANGES_STATUS.contains(k.type());

    private final FileChannel in;
    /** Where the names section begins in the file (its length, then its bytes, then their CRC-32). */
    private final long namesAt;
    private final long recordsAt;
    private final int[] start;
    private final long[] filter;
    /** Records made by this command (null: read from {@code in}); null when none were. */
    private final byte[][] made;

    /** The names section made by this command (null: in the file, or none made). */
    private final byte[] madeNames;

    private IncidentPeople(FileChannel in, long namesAt, long recordsAt, int[] start, long[] filter, byte[][] made,
                           byte[] madeNames) {
        this.in = in;
        this.namesAt = namesAt;
        this.madeNames = madeNames;
        this.recordsAt = recordsAt;
        this.start = start;
        this.filter = filter;
        this.made = made;
    }

    /**
     * One person's chronology from the cache, brought up to date with {@code view} first; null
     * when the logbook has none (encrypted, a team) or a record cannot be used (then read the lines).
     */
    static List<Involvement.Row> chronology(Logbook logbook, LogView view, String name) {
        LogView.Stamp now = view.stamp();
        if (now == null || logbook.isTeam() || view.cacheKey("logboek cache: people") != null) {
            return null;
        }
        String wanted = SearchText.normalise(name);
        IncidentPeople people = open(logbook, view, now, false);
        List<Involvement.Row> rows;
        try {
            rows = people.rows(wanted);
        } finally {
            people.close();
        }
        if (rows == DAMAGED) {
            // A record that does not check: the file is damaged; derived again whole.
            rows = open(logbook, view, now, true).rows(wanted);
        }
        return rows == DAMAGED ? null : rows;
    }

    private void close() {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // read only
            }
        }
    }

    private static long bits(String folded) {
        long x = HASH.hash("n:" + folded);
        long bits = 0;
        for (int j = 0; j < 4; j++) {
            bits |= 1L << ((x >>> (j * 8)) & 0x3f);
        }
        return bits;
    }

    /** What {@link #rows} answers for a record that does not check (the file is damaged). */
    private static final List<Involvement.Row> DAMAGED = java.util.Collections.unmodifiableList(new ArrayList<>());

    /**
     * The rows of the incidents that record {@code wanted} (folded), oldest first; null when one
     * of them has a record that does not hold its texts (then read the lines), {@link #DAMAGED}
     * when one does not check.
     */
    private List<Involvement.Row> rows(String wanted) {
        long mask = bits(wanted);
        List<Involvement.Row> out = new ArrayList<>();
        int n = filter.length;
        for (int o = 0; o < n; o++) {
            if ((filter[o] & mask) != mask) {
                continue;
            }
            byte[] record = record(o);
            if (record == null || record.length == 0) {
                return DAMAGED;
            }
            if (record[0] == NOT_KEPT) {
                return null;
            }
            if (record[0] == NONE) {
                continue;
            }
            try {
                Involvement.Row row = row(record, wanted);
                if (row != null) {
                    out.add(row);
                }
            } catch (IOException | RuntimeException damaged) {
                return DAMAGED;
            }
        }
        return out;
    }

    /** Record {@code o} (its first byte its kind), or null when it does not check. */
    private byte[] record(int o) {
        if (made != null && made[o] != null) {
            return made[o];
        }
        int from = start[o];
        int to = start[o + 1];
        if (in == null || from < 0 || to < from + 4) {
            return null;
        }
        try {
            ByteBuffer b = ByteBuffer.allocate(to - from);
            long at = recordsAt + from;
            while (b.hasRemaining()) {
                if (in.read(b, at + b.position()) < 0) {
                    return null;
                }
            }
            b.flip();
            int crc = b.getInt();
            CRC32 c = new CRC32();
            c.update(b.array(), 4, b.limit() - 4);
            if ((int) c.getValue() != crc) {
                return null;
            }
            return java.util.Arrays.copyOfRange(b.array(), 4, b.limit());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Involvement.Row row(byte[] record, String wanted) throws IOException {
        DataInputStream d = new DataInputStream(new java.io.ByteArrayInputStream(record, 1, record.length - 1));
        String id = d.readUTF();
        long reported = d.readLong();
        int offset = d.readInt();
        String category = text(d);
        String title = text(d);
        String status = text(d);
        List<Person> as = new ArrayList<>();
        int persons = d.readInt();
        for (int k = 0; k < persons; k++) {
            Person p = new Person(d.readUTF(), text(d), text(d));
            if (d.readUTF().equals(wanted)) {
                as.add(p);
            }
        }
        int count = d.readInt();
        List<Involvement.Removal> removals = new ArrayList<>(count);
        List<String> folded = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            String before = d.readUTF();
            folded.add(d.readUTF());
            removals.add(new Involvement.Removal(before, new Person(d.readUTF(), text(d), text(d))));
        }
        List<Person> removed = as.isEmpty() ? Involvement.removedAs(wanted, removals, folded) : List.of();
        if (as.isEmpty() && removed.isEmpty()) {
            return null;
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(Instant.ofEpochSecond(reported), ZoneOffset.ofTotalSeconds(offset));
        return new Involvement.Row(id, at, category, title, as, removed, status);
    }

    private static String text(DataInputStream d) throws IOException {
        return d.readBoolean() ? d.readUTF() : null;
    }

    private static void text(DataOutputStream d, String s) throws IOException {
        d.writeBoolean(s != null);
        if (s != null) {
            d.writeUTF(s);
        }
    }

    /**
     * The cache as it stands when it matches {@code now}; else ({@code anew}: always) derived
     * again, in part when it can be, and written.
     */
    private static IncidentPeople open(Logbook logbook, LogView view, LogView.Stamp now, boolean anew) {
        int n = view.incidentCount();
        FileChannel in = anew ? null : logbook.openCache(CACHE);
        Table old = in == null ? null : Table.read(in);
        if (old != null && old.stamp.equals(now) && old.n == n) {
            return new IncidentPeople(in, old.tableEnd, old.recordsAt, old.start, old.filter, null, null);
        }
        try {
            BitSet touched = new BitSet(n);
            byte[][] records = new byte[n][];
            long[] filter = new long[n];
            if (old != null && old.n <= n && view.continues(old.stamp) && old.readAll(in, records, filter)) {
                view.keysAfter(old.stamp.lines(), k -> {
                    if (k.ordinal() >= 0) {
                        touched.set(k.ordinal());
                    }
                });
                touched.set(old.n, n);
            } else {
                java.util.Arrays.fill(records, null);
                java.util.Arrays.fill(filter, 0);
                touched.set(0, n);
            }
            if (!touched.isEmpty()) {
                derive(view, touched, records, filter);
            }
            byte[] names = names(records);
            write(logbook, now, records, filter, names);
            return new IncidentPeople(null, 0, 0, null, filter, records, names);
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // read only
                }
            }
        }
    }

    /** The header and filters of a cache file, checked; the records are read one by one. */
    private record Table(LogView.Stamp stamp, int n, int[] start, long[] filter, long tableEnd, long recordsAt) {
        static Table read(FileChannel in) {
            try {
                long size = in.size();
                if (size < HEADER + 12) {
                    return null;
                }
                ByteBuffer h = ByteBuffer.allocate(HEADER);
                if (!fill(in, h, 0)) {
                    return null;
                }
                LogView.Stamp stamp = DerivedRecords.stampAfter(h, MAGIC);
                if (stamp == null) {
                    return null;
                }
                int n = h.getInt();
                long tableEnd = HEADER + 4L * (n + 1) + 8L * n + 8;
                if (n < 0 || tableEnd > size || tableEnd > Integer.MAX_VALUE) {
                    return null;
                }
                ByteBuffer t = ByteBuffer.allocateDirect((int) (tableEnd - HEADER));
                if (!fill(in, t, HEADER)) {
                    return null;
                }
                CRC32 crc = new CRC32();
                h.flip();
                crc.update(h);
                t.limit(t.capacity() - 8);
                crc.update(t);
                t.limit(t.capacity());
                long sum = t.getLong(t.capacity() - 8);
                if (sum != crc.getValue()) {
                    return null;
                }
                t.position(0);
                int[] start = new int[n + 1];
                long[] filter = new long[n];
                t.limit(4 * (n + 1));
                t.asIntBuffer().get(start);
                t.limit(t.capacity() - 8).position(4 * (n + 1));
                t.asLongBuffer().get(filter);
                ByteBuffer length = ByteBuffer.allocate(4);
                if (!fill(in, length, tableEnd)) {
                    return null;
                }
                long recordsAt = tableEnd + 4 + length.getInt() + 4L;
                if (recordsAt < tableEnd + 8 || start[0] != 0 || start[n] != size - recordsAt) {
                    return null;
                }
                return new Table(stamp, n, start,
                        filter, tableEnd, recordsAt);
            } catch (IOException | RuntimeException damaged) {
                return null;
            }
        }

        /** Every record and filter into {@code records} and {@code filters}; false when one does not check. */
        boolean readAll(FileChannel in, byte[][] records, long[] filters) {
            IncidentPeople all = new IncidentPeople(in, tableEnd, recordsAt, start, filter, null, null);
            for (int o = 0; o < n; o++) {
                byte[] r = all.record(o);
                if (r == null || r.length == 0) {
                    return false;
                }
                records[o] = r;
                filters[o] = filter[o];
            }
            return true;
        }
    }

    private static boolean fill(FileChannel in, ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            if (in.read(b, at + b.position()) < 0) {
                return false;
            }
        }
        b.flip();
        return true;
    }

    /**
     * The records of the {@code ordinals} incidents, from one pass over their lines; each incident
     * is let go when its last line is passed ({@link LogView#lastLineOf}).
     */
    private static void derive(LogView view, BitSet ordinals, byte[][] records, long[] filter) {
        IncidentFolder folder = IncidentFolder.compact(true);
        long[] last = new long[ordinals.length()];
        for (int o = ordinals.nextSetBit(0); o >= 0; o = ordinals.nextSetBit(o + 1)) {
            last[o] = view.lastLineOf(o);
            records[o] = new byte[] {NONE};
            filter[o] = 0;
        }
        Map<String, Integer> ordinalOf = new HashMap<>();
        view.keyedEventsOf(ordinals, k -> true, (k, e) -> {
            if (k.ordinal() < 0) {
                return;
            }
            if (LINES.test(k)) {
                folder.accept(e);
                ordinalOf.putIfAbsent(e.incident(), k.ordinal());
            }
            if (k.line() == last[k.ordinal()]) {
                Incident i = folder.remove(e.incident());
                ordinalOf.remove(e.incident());
                if (i != null) {
                    keep(k.ordinal(), i, records, filter);
                }
            }
        });
        for (Incident i : folder.incidents()) {
            Integer o = ordinalOf.get(i.id());
            if (o != null) {
                keep(o, i, records, filter);
            }
        }
    }

    private static void keep(int o, Incident i, byte[][] records, long[] filter) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        DataOutputStream d = new DataOutputStream(bytes);
        long bits = 0;
        try {
            d.writeByte(ROW);
            d.writeUTF(i.id());
            d.writeLong(i.reportedAt().toEpochSecond());
            d.writeInt(i.reportedAt().getOffset().getTotalSeconds());
            text(d, i.category());
            text(d, i.title());
            text(d, i.status());
            d.writeInt(i.persons().size());
            for (Person p : i.persons()) {
                String folded = SearchText.normalise(p.name());
                d.writeUTF(p.name());
                text(d, p.role());
                text(d, p.kind());
                d.writeUTF(folded);
                bits |= bits(folded);
            }
            List<Involvement.Removal> removals = Involvement.removals(i);
            d.writeInt(removals.size());
            for (Involvement.Removal r : removals) {
                String folded = SearchText.normalise(r.before());
                d.writeUTF(r.before());
                d.writeUTF(folded);
                d.writeUTF(r.as().name());
                text(d, r.as().role());
                text(d, r.as().kind());
                bits |= bits(folded);
            }
            d.flush();
            records[o] = bytes.toByteArray();
        } catch (java.io.UTFDataFormatException tooLong) {
            records[o] = new byte[] {NOT_KEPT};
            bits = -1L;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        filter[o] = bits;
    }

    /**
     * The names section: whether every incident's people are known (a byte), then each name folded
     * (as `person` compares names) with the name as first recorded, in the order of the incidents
     * and of their people, each folded name once: what the closest name to an unknown one is chosen from.
     */
    private static byte[] names(byte[][] records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 12);
        DataOutputStream d = new DataOutputStream(bytes);
        java.util.Set<String> seen = new java.util.HashSet<>();
        try {
            boolean all = true;
            for (byte[] r : records) {
                if (r != null && r.length > 0 && r[0] == NOT_KEPT) {
                    all = false;
                }
            }
            d.writeBoolean(all);
            if (all) {
                for (byte[] r : records) {
                    if (r == null || r.length == 0 || r[0] != ROW) {
                        continue;
                    }
                    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(r, 1, r.length - 1));
                    in.readUTF();
                    in.readLong();
                    in.readInt();
                    text(in);
                    text(in);
                    text(in);
                    int persons = in.readInt();
                    for (int k = 0; k < persons; k++) {
                        String name = in.readUTF();
                        text(in);
                        text(in);
                        String folded = in.readUTF();
                        if (seen.add(folded)) {
                            d.writeUTF(folded);
                            d.writeUTF(name);
                        }
                    }
                }
            }
            d.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Every recorded name (folded to the name as first recorded, in the order of the incidents),
     * from the cache brought up to date with {@code view}; null when the logbook has none or it
     * does not know every incident's people.
     */
    static Map<String, String> names(Logbook logbook, LogView view) {
        LogView.Stamp now = view.stamp();
        if (now == null || logbook.isTeam() || view.cacheKey("logboek cache: people") != null) {
            return null;
        }
        IncidentPeople people = open(logbook, view, now, false);
        try {
            byte[] b = people.namesSection();
            if (b == null && people.in != null) {
                people.close();
                people = open(logbook, view, now, true);
                b = people.namesSection();
            }
            if (b == null) {
                return null;
            }
            DataInputStream d = new DataInputStream(new java.io.ByteArrayInputStream(b));
            if (!d.readBoolean()) {
                return null;
            }
            Map<String, String> out = new java.util.LinkedHashMap<>();
            while (d.available() > 0) {
                out.put(d.readUTF(), d.readUTF());
            }
            return out;
        } catch (IOException | RuntimeException damaged) {
            return null;
        } finally {
            people.close();
        }
    }

    /** The names section's bytes, or null when they do not check. */
    private byte[] namesSection() {
        if (madeNames != null) {
            return madeNames;
        }
        if (in == null) {
            return null;
        }
        try {
            ByteBuffer b = ByteBuffer.allocate((int) (recordsAt - namesAt));
            if (!fill(in, b, namesAt)) {
                return null;
            }
            int length = b.getInt();
            byte[] names = new byte[length];
            b.get(names);
            CRC32 c = new CRC32();
            c.update(names);
            return b.getInt() == (int) c.getValue() ? names : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void write(Logbook logbook, LogView.Stamp now, byte[][] records, long[] filter, byte[] names) {
        int n = records.length;
        long total = 0;
        for (byte[] r : records) {
            total += 4 + (r == null ? 1 : r.length);
        }
        if (total > Integer.MAX_VALUE - (HEADER + 12L * n + 16) || names.length > Integer.MAX_VALUE / 2) {
            return; // beyond what this layout holds: not kept
        }
        logbook.writeCache(CACHE, data -> {
            try {
                CRC32 crc = new CRC32();
                java.util.zip.CheckedOutputStream checked = new java.util.zip.CheckedOutputStream(data, crc);
                DataOutputStream head = new DataOutputStream(checked);
                head.write(MAGIC);
                head.writeLong(now.generation());
                head.writeLong(now.lines());
                head.write(now.lastHash().getBytes(StandardCharsets.US_ASCII));
                head.writeInt(n);
                int at = 0;
                head.writeInt(0);
                for (byte[] r : records) {
                    at += 4 + (r == null ? 1 : r.length);
                    head.writeInt(at);
                }
                for (long f : filter) {
                    head.writeLong(f);
                }
                head.flush();
                data.writeLong(crc.getValue());
                CRC32 one = new CRC32();
                data.writeInt(names.length);
                data.write(names);
                one.update(names);
                data.writeInt((int) one.getValue());
                for (byte[] r : records) {
                    byte[] body = r == null ? new byte[] {NONE} : r;
                    one.reset();
                    one.update(body);
                    data.writeInt((int) one.getValue());
                    data.write(body);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
