package nl.logboek.logbook;

import nl.logboek.i18n.Msg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Streams a logbook file line by line and checks every line, the chain between them and that
 * each event belongs to an incident created before it. A line is never skipped: the first
 * problem stops the read with its line number.
 */
public final class LogbookReader {
    private LogbookReader() {
    }

    /** Where the chain ends after the last good line: what the next append must continue from. */
    public record ChainHead(long lines, long seq, String hash, long bytes) {
        static final ChainHead EMPTY = new ChainHead(0, 0, Hashing.GENESIS_PREV, 0);

        ChainHead withBytes(long size) {
            return new ChainHead(lines, seq, hash, size);
        }
    }

    /** How far a read got; a read can be resumed from here (used to look again at a torn tail). */
    static final class Position {
        ChainHead head = ChainHead.EMPTY;
        final Set<String> created = new HashSet<>();
        final Path file;
        final KeySource keys;
        /** Opens sealed content; set from the header (line 1) of an encrypted logbook. */
        Sealer sealer;
        /** Purged lines not yet accounted for by a purge event: incident → first such line. */
        final java.util.Map<String, Long> unaccountedPurges = new java.util.HashMap<>();
        /** Whether purged lines reach the sink (only the index needs them, for their offsets). */
        boolean deliverPurged;
        Progress progress = Progress.NONE;
        /**
         * Whether the sink needs the payload only of lines about the logbook and of lines that mark
         * their incident's state (the index): the others come with an empty payload, which keeps
         * the lines decoded ahead of the sink small.
         */
        boolean slim;
        /**
         * Where the read stops (bytes): a view reads up to the size it measured, so that lines a
         * writer appends meanwhile are left for the next view instead of being checked against
         * a list of incidents made before they existed.
         */
        long end = Long.MAX_VALUE;
        /**
         * In a team member's file: the incidents its lines refer to that another member created
         * (checked against all members' files by the merged view); null in a logbook of one file,
         * where every incident must be created earlier in the same file.
         */
        Set<String> foreign;
        /**
         * When not null, the text of every line NewestSignature takes for a key line that ends
         * within the first {@link #keyLinesUpTo} bytes is added here, in file order (see
         * NewestSignature.Pending): the lines are found by the workers, kept in
         * {@link #keyTexts} until their turn.
         */
        java.util.List<String> keyLines;
        long keyLinesUpTo;
        java.util.Map<Long, String> keyTexts;

        Position() {
            this(null, KeySource.NONE);
        }

        /** Has the read collect the key lines that end within the first {@code upTo} bytes (see {@link #keyLines}). */
        void collectKeyLines(long upTo) {
            keyLines = new java.util.ArrayList<>();
            keyLinesUpTo = upTo;
            keyTexts = new java.util.concurrent.ConcurrentHashMap<>();
        }

        Position(Path file, KeySource keys) {
            this.file = file;
            this.keys = keys;
        }
    }

    /** The sealer an encrypted logbook's header asks for (null for a plain logbook), with its key checked. */
    static Sealer sealerFor(Path file, Event header, KeySource keys) {
        var encryption = header.payload().get("encryption");
        if (encryption == null || encryption.isNull()) {
            return null;
        }
        String logbookId = header.payload().path("logbook_id").asText();
        Sealer sealer = keys.sealer(file, encryption, logbookId);
        if (!sealer.fits(encryption.path("key_check").asText())) {
            throw nl.logboek.LogboekException.failure("crypto.wrong-key", file);
        }
        return sealer;
    }

    /**
     * Reads the whole file.
     *
     * @throws LineDamage for the first damaged line
     */
    public static ChainHead read(Path file, Consumer<Event> sink) throws IOException {
        return read(file, KeySource.NONE, sink);
    }

    public static ChainHead read(Path file, KeySource keys, Consumer<Event> sink) throws IOException {
        Position at = new Position(file, keys);
        readFrom(file, at, sink);
        return at.head;
    }

    /**
     * Reads on from {@code at} to the end of the file, advancing {@code at} past every good line.
     * The lines are decoded on all cores (see ParallelLines) and checked against each other in order.
     */
    static void readFrom(Path file, Position at, Consumer<Event> sink) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long total = Math.min(ch.size(), at.end);
            long firstLine = at.head.lines();
            try {
                if (at.head.bytes() < total) {
                    ParallelLines.split(ch, at.head.bytes(), total, firstLine, at.progress,
                            (lineNo, utf8, offset, length) -> {
                                if (at.keyLines != null && NewestSignature.isKeyLine(utf8, offset, offset + length)) {
                                    at.keyTexts.put(lineNo, ParallelLines.text(utf8, offset, length));
                                }
                                Event e = EventCodec.decode(utf8, offset, length, lineNo, at.sealer);
                                return at.slim ? slim(e, true) : e;
                            },
                            new ParallelLines.Handler<Event>() {
                                @Override
                                public void line(long lineNo, Event e, int length) {
                                    accept(chained(e, lineNo, at.head), length, at, sink);
                                }

                                @Override
                                public void undecodable(long lineNo, Msg reason, int length) {
                                    throw new LineDamage(lineNo, reason);
                                }

                                @Override
                                public void torn(long lineNo, byte[] tail) {
                                    throw new LineDamage(lineNo, new Msg("damage.torn"));
                                }
                            });
                }
            } finally {
                at.progress.finish();
            }
            unaccounted(at);
        }
    }

    static void readFrom(InputStream in, Position at, Consumer<Event> sink) throws IOException {
        long firstLine = at.head.lines();
        Lines.split(in, new Lines.Handler() {
            @Override
            public void line(long n, String text, int length) {
                long lineNo = firstLine + n;
                accept(check(text, lineNo, at.head, at.sealer), length, at, sink);
            }

            @Override
            public void undecodable(long n, Msg reason, int length) {
                throw new LineDamage(firstLine + n, reason);
            }

            @Override
            public void torn(long n, byte[] tail) {
                throw new LineDamage(firstLine + n, new Msg("damage.torn"));
            }
        });
        unaccounted(at);
    }

    /** A line checked on its own and against the line before it: advances {@code at} and gives it to the sink. */
    private static void accept(Event e, int length, Position at, Consumer<Event> sink) {
        long lineNo = e.line();
        if (lineNo == 1) {
            at.sealer = sealerFor(at.file, e, at.keys);
        }
        checkReference(e, at);
        at.head = new ChainHead(lineNo, e.seq(), e.hash(), at.head.bytes() + length + 1);
        if (at.keyLines != null && !at.keyTexts.isEmpty()) {
            String keyLine = at.keyTexts.remove(lineNo);
            if (keyLine != null && at.head.bytes() <= at.keyLinesUpTo) {
                at.keyLines.add(keyLine);
            }
        }
        if (e.purged()) {
            at.unaccountedPurges.putIfAbsent(e.incident(), lineNo);
            if (!at.deliverPurged) {
                return; // content removed on purpose, and accounted for by the purge event below
            }
        }
        if (EventType.PURGE.equals(e.type())) {
            e.payload().path("incidents").forEach(id -> at.unaccountedPurges.remove(id.asText()));
        }
        sink.accept(e);
    }

    private static void unaccounted(Position at) {
        if (!at.unaccountedPurges.isEmpty()) {
            var first = at.unaccountedPurges.entrySet().stream().min(java.util.Map.Entry.comparingByValue()).orElseThrow();
            throw new LineDamage(first.getValue(), new Msg("damage.purge-unaccounted", first.getKey()));
        }
    }

    /**
     * The event without its payload, unless the payload is about the logbook, marks the line
     * purged, or (with {@code keepStates}) may decide the index's flag of a line that marks its
     * incident's state.
     */
    static Event slim(Event e, boolean keepStates) {
        if (EventType.aboutLogbook(e.type()) || e.purged() || (keepStates && EventType.marksState(e.type()))) {
            return e;
        }
        return new Event(e.line(), e.version(), e.seq(), e.incident(), e.type(), e.time(), e.author(),
                nl.logboek.json.JsonTrees.object(), e.prev(), e.hash());
    }

    /** An event must belong to an incident created before it, and an incident is created once. */
    static void checkReference(Event e, Position at) {
        if (e.incident() == null) {
            return;
        }
        if (EventType.CREATED.equals(e.type())) {
            if (!at.created.add(e.incident()) || (at.foreign != null && at.foreign.contains(e.incident()))) {
                throw new LineDamage(e.line(), new Msg("damage.created-twice", e.incident()));
            }
        } else if (!at.created.contains(e.incident())) {
            if (at.foreign == null) {
                throw new LineDamage(e.line(), new Msg("damage.unknown-incident", e.incident()));
            }
            at.foreign.add(e.incident());
        }
    }

    /** Checks one line against the line before it. */
    static Event check(String text, long lineNo, ChainHead before, Sealer sealer) {
        return chained(EventCodec.decode(text, lineNo, sealer), lineNo, before);
    }

    /** Checks a line already decoded on its own against the line before it. */
    static Event chained(Event e, long lineNo, ChainHead before) {
        if (e.seq() != before.seq() + 1) {
            throw new LineDamage(lineNo, new Msg("damage.seq", e.seq(), before.seq() + 1));
        }
        if (!e.prev().equals(before.hash())) {
            throw new LineDamage(lineNo, new Msg("damage.chain", before.lines()));
        }
        boolean first = before.lines() == 0;
        if (first != EventType.LOGBOOK.equals(e.type())) {
            throw new LineDamage(lineNo, new Msg(first ? "damage.no-header" : "damage.second-header"));
        }
        if (!first && e.incident() == null && !EventType.aboutLogbook(e.type())) {
            throw new LineDamage(lineNo, new Msg("damage.field", "incident"));
        }
        return e;
    }
}
