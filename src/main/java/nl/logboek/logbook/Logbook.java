package nl.logboek.logbook;

import nl.logboek.json.JsonTrees;
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
    /**
     * Made at the first header, not when the class is: the JDK's security providers start with the
     * first SecureRandom (about 4 ms), and a writing command starts them meanwhile on the thread
     * that readies its key.
     */
    private static final class Random {
        static final SecureRandom SOURCE = new SecureRandom();
    }

    private final Path file;
    private Witness witness;
    /** Who vouches for the newest line the last check of this file saw (see NewestSignature); null: nobody yet. */
    private NewestSignature.Vouched vouched;
    /** A check of the newest signature left for the index build to finish (see settleSignature); null: none. */
    private NewestSignature.Pending pendingSignature;
    private final Clock clock;
    private final KeySource keys;
    private Progress progress = Progress.NONE;
    /**
     * In a team logbook: every member's file (this one, the member's own, among them), sorted by
     * writer name; null for a logbook of one file.
     */
    private final List<Path> team;
    /** In a team logbook: what the ids this member creates start with (its tag); else "". */
    private final String idPrefix;

    /** Long reads (a report, an export, rebuilding the index) tell {@code progress} how far they are. */
    public Logbook withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    public Logbook(Path file, Clock clock) {
        this(file, clock, KeySource.NONE);
    }

    public Logbook(Path file, Clock clock, KeySource keys) {
        this(file, clock, keys, null, "");
    }

    private Logbook(Path file, Clock clock, KeySource keys, List<Path> team, String idPrefix) {
        this.file = file;
        this.clock = clock;
        this.keys = keys;
        this.team = team;
        this.idPrefix = idPrefix;
    }

    /**
     * A team logbook (see TeamLayout and docs/team.md): this member writes to {@code own} only,
     * and reads all {@code members}' files merged into one timeline (see TeamView). New incident
     * ids start with {@code idPrefix}, which no other member's ids start with.
     */
    public static Logbook team(Path own, List<Path> members, String idPrefix, Clock clock, KeySource keys) {
        List<Path> all = new ArrayList<>(members);
        if (!all.contains(own)) {
            all.add(own);
        }
        all.sort(java.util.Comparator.comparing(p -> TeamLayout.writerOf(p)));
        return new Logbook(own, clock, keys, List.copyOf(all), idPrefix);
    }

    /** Removes the caches logboek keeps beside a logbook file (its index); they are rebuilt from the log. */
    public static void deleteCaches(Path logbookFile) throws IOException {
        LogIndex.delete(logbookFile);
    }

    /**
     * A cache another layer derived from this logbook ({@code .NAME.<name>}, beside the index),
     * opened for reading (the caller closes it); null when there is none, and always in a team
     * logbook (not cached yet).
     */
    public java.nio.channels.FileChannel openCache(String name) {
        return team != null ? null : DerivedCache.open(file, name);
    }

    /**
     * Replaces such a cache whole with what {@code content} writes to the stream it is given,
     * private (0600); quietly does nothing when it cannot (or in a team).
     */
    public void writeCache(String name, java.util.function.Consumer<java.io.DataOutputStream> content) {
        if (team == null) {
            DerivedCache.write(file, name, out -> {
                java.io.DataOutputStream data = new java.io.DataOutputStream(out);
                try {
                    content.accept(data);
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause();
                }
                data.flush();
            });
        }
    }

    /** Every file of this logbook: all members' files of a team logbook, else the one file. */
    public List<Path> files() {
        return team == null ? List.of(file) : team;
    }

    /** Whether this is a team logbook (of several members' files). */
    public boolean isTeam() {
        return team != null;
    }

    /** One member's file of this team, read on its own (lines may refer to incidents others created). */
    private Logbook member(Path memberFile) {
        return new Logbook(memberFile, clock, keys, List.of(memberFile), "");
    }

    private LogbookReader.Position position(Path of) {
        LogbookReader.Position at = new LogbookReader.Position(of, keys);
        if (team != null) {
            at.foreign = new HashSet<>();
        }
        return at;
    }

    public Path file() {
        return file;
    }

    /** What this computer remembers of the file (see Witness); null where nothing is kept or there is no file yet. */
    private Witness witness() {
        if (witness == null && Files.exists(file)) {
            witness = Witness.of(keys.witnessFolder(), file);
        }
        return witness;
    }

    /**
     * Refuses a log that no longer holds what was seen of it: by this computer (the witness) or by
     * the index (its header, read even when the index no longer matches). See Anchors.
     */
    private void guard(LogIndex index) throws IOException {
        guard(index, true);
    }

    private void guard(LogIndex index, boolean damageFirst) throws IOException {
        guard(index, damageFirst, false);
    }

    /**
     * With {@code rebuildFollows}, the newest signature's check, where it needs the file's key
     * lines, is left pending for the index build that follows to finish (see settleSignature).
     */
    private void guard(LogIndex index, boolean damageFirst, boolean rebuildFollows) throws IOException {
        if (!Files.exists(file)) {
            return; // no logbook (any more): commands say so, and a new one starts afresh (an emptied one does not)
        }
        try {
            Witness w = witness();
            if (w != null) {
                Anchors.require(file, w.anchor(), w.file(), index);
            }
            if (index == null) {
                Anchors.requireLength(file, LogIndex.anchorOf(file), LogIndex.fileOf(file));
            }
            if (damageFirst) {
                pendingSignature = null;
                Object checked = NewestSignature.checkOrPending(file, w == null ? null : w.anchor(), w == null ? null : w.sig(),
                        w == null ? null : w.key());
                if (checked instanceof NewestSignature.Pending p && rebuildFollows) {
                    pendingSignature = p;
                } else {
                    vouched(checked instanceof NewestSignature.Pending p ? p.settle(file) : (NewestSignature.Vouched) checked);
                }
            }
        } catch (LogbookRolledBackException lost) {
            if (damageFirst) {
                // A line removed or edited in the middle also breaks the chain: a damaged line is
                // the more exact report (it names the line), so it goes first, as verify finds it.
                throwFirstLineProblem(false);
            }
            throw lost;
        }
    }

    /** Takes the newest signature's check; null (doubt) has the whole file checked, as verify checks it. */
    private void vouched(NewestSignature.Vouched checked) throws IOException {
        vouched = checked;
        if (vouched == null) {
            // A forged or damaged newest signature is named as verify names it; else the
            // check says which key signs the newest line (after a rotation elsewhere).
            LogbookVerifier.Report r = throwFirstLineProblem(true);
            vouched = new NewestSignature.Vouched(r.goodBytes(), r.newestKey());
        }
    }

    /**
     * Finishes a check of the newest signature that the guard left pending: with the key lines an
     * index build met in its read of the whole file ({@code keyLines}), or, when there are none
     * (null: no build, or one that stopped early), by scanning the file for them. Either way it
     * ends as the guard's own check would have, before anything the build found is acted on.
     */
    private void settleSignature(List<String> keyLines) throws IOException {
        NewestSignature.Pending p = pendingSignature;
        if (p != null) {
            vouched(keyLines != null ? p.settle(keyLines) : p.settle(file));
            pendingSignature = null; // (after: a check that failed to read the file is tried again, and fails where it should)
        }
    }

    /**
     * Verifies the file and throws its first line problem; returns the report when there is none.
     * With {@code butTornTail}, a torn last line is left to the read (it may be an append in progress).
     */
    private LogbookVerifier.Report throwFirstLineProblem(boolean butTornTail) throws IOException {
        LogbookVerifier.Report r = LogbookVerifier.verify(file, TeamLayout.teamOfMember(file).orElse(null), keys);
        LogbookVerifier.Problem damaged = r.problems().stream()
                .filter(p -> p.line() > 0 && !(butTornTail && r.tornTail() != null && p.line() == r.tornLine()))
                .findFirst().orElse(null);
        if (damaged != null) {
            throw new LineDamage(damaged.line(), damaged.reason());
        }
        return r;
    }

    /**
     * Remembers how far the log reached (after a write, or a read that saw more than before), and
     * the signature of its newest line when {@link #vouched} is for that line.
     */
    private void noted(LogbookReader.ChainHead head) {
        Witness w = witness();
        if (w != null) {
            w.note(head, vouched);
        }
    }

    /** After a write by this writer: its newest line is vouched for by the key it signed with. */
    private void noted(LogbookReader.ChainHead head, WriterKey signer) {
        vouched = new NewestSignature.Vouched(head.bytes(), signer == null ? null : signer.publicKey());
        noted(head);
    }

    /**
     * Throws when {@code file} no longer holds what was seen of it (see Anchors), or, first, when
     * it is damaged.
     */
    public static void requireAnchors(Path file, KeySource keys) {
        Logbook book = new Logbook(file, Clock.systemUTC(), keys);
        try {
            book.guard(null, true);
        } catch (LineDamage d) {
            throw new LogbookDamagedException(file, d);
        } catch (IOException e) {
            throw book.readFailure(e);
        }
    }

    /** Whether {@code file} still holds what was seen of it (see Anchors): null when it does, else why not. */
    public static LogbookRolledBackException lostAnchor(Path file, KeySource keys) {
        try {
            new Logbook(file, Clock.systemUTC(), keys).guard(null, false);
            return null;
        } catch (LogbookRolledBackException lost) {
            return lost;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Takes {@code file} as it is now as what was seen ({@code verify --accept-rollback}, after a
     * copy was put back on purpose): the witness forgets the longer log, and the index (which
     * remembers it too) is rebuilt. Returns the head taken.
     */
    public static LogbookReader.ChainHead acceptAsSeen(Path file, KeySource keys) {
        Logbook book = new Logbook(file, Clock.systemUTC(), keys);
        book.checkNotFolder();
        try (LogbookLock ignored = LogbookLock.acquire(file)) {
            LogIndex.delete(file);
            LogbookReader.Position at = book.position(file);
            if (TeamLayout.teamOfMember(file).isPresent()) {
                at.foreign = new HashSet<>(); // one member's file: its lines about others' incidents are the team's to check
            }
            LogbookReader.readFrom(file, at, e -> { });
            Witness w = book.witness();
            if (w != null) {
                w.accept(at.head, null); // its newest signature is checked by the next read
            }
            return at.head;
        } catch (LineDamage d) {
            throw new LogbookDamagedException(file, d);
        } catch (IOException e) {
            throw book.writeFailure(e);
        }
    }

    /** What a write plan sees of the logbook as it is under the lock. */
    public interface Snapshot {
        /** Ids of all incidents created so far. */
        Set<String> incidentIds();

        /** One incident's events, oldest first (empty for an unknown id). */
        List<Event> eventsOf(String incident);

        /** What new incident ids start with: a team member's tag, else nothing. */
        default String idPrefix() {
            return "";
        }
    }

    /** Streams every event in order; throws LogbookDamagedException at the first damaged line. */
    public void read(Consumer<Event> sink) {
        checkNotFolder();
        try {
            if (team != null && team.size() > 1) {
                readTeam(sink);
                return;
            }
            guard(null);
            LogbookReader.Position at = position(file);
            at.progress = progress;
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
            noted(at.head);
        } catch (LineDamage d) {
            throw new LogbookDamagedException(file, d);
        } catch (IOException e) {
            throw readFailure(e);
        }
    }

    /**
     * Every member's file read and checked whole (each line, its chain, its purges), then all
     * lines in the team's timeline order through the merged view, one at a time: memory stays
     * flat however long the files are. Lines appended between the two are checked by the view
     * like any it reads beyond an index.
     */
    private void readTeam(Consumer<Event> sink) {
        for (Path member : team) {
            member(member).withProgress(progress).read(e -> { });
        }
        try (LogView merged = view()) {
            merged.keyedEvents(k -> true, (k, e) -> sink.accept(e));
        }
    }

    public List<Event> readAll() {
        List<Event> all = new ArrayList<>();
        read(all::add);
        return all;
    }

    /**
     * Says that a write is coming: the JDK's Ed25519 starts, and this writer's key is read and a
     * signature readied with it, on threads of their own ({@link WriterKey#prepare}), while the
     * command does its other work. The key file is found as the write finds it, from the header
     * line. Costs nothing that the write would not do anyway; a second call does nothing.
     */
    public void prepareToWrite() {
        if (keys == null) {
            return;
        }
        // A class, not a lambda: linking a lambda's call site costs the command's own thread more (docs/benchmarks.md).
        WriterKey.prepare(new java.util.concurrent.Callable<Path>() {
            @Override
            public Path call() throws IOException {
                if (!Files.isRegularFile(file)) {
                    return null;
                }
                String[] ends = LineEnds.firstAndLast(file, Files.size(file));
                com.fasterxml.jackson.databind.JsonNode header = JsonTrees.parse(ends[0]).path("payload");
                return keys.writerKeyFile(file, header.path("logbook_id").asText(), header.path("writer").asText(null));
            }
        });
    }

    /**
     * Appends what {@code plan} decides, given the logbook as it is under the lock. The plan may
     * throw to refuse; then nothing is written. Returns the events as written.
     */
    public List<Event> append(Function<Snapshot, List<NewEvent>> plan) {
        checkNotFolder();
        prepareToWrite();
        try {
            PrivateFiles.createFolders(file.toAbsolutePath().getParent());
            try (LogbookLock ignored = LogbookLock.acquire(file)) {
                try {
                    return appendLocked(plan);
                } catch (FileView.IndexMismatch stale) {
                    discardIndex();
                    return appendLocked(plan);
                }
            }
        } catch (LineDamage d) {
            throw new LogbookDamagedException(file, d);
        } catch (IOException e) {
            throw writeFailure(e);
        }
    }

    private List<Event> appendLocked(Function<Snapshot, List<NewEvent>> plan) throws IOException {
        try (FileView view = openView(true); TeamView merged = team != null && team.size() > 1 ? teamView(view) : null) {
            LogView seen = merged != null ? merged : view;
            Set<String> ids = seen.createdIds();
            Snapshot snapshot = new Snapshot() {
                @Override
                public Set<String> incidentIds() {
                    return Collections.unmodifiableSet(ids);
                }

                @Override
                public List<Event> eventsOf(String incident) {
                    return seen.eventsOf(incident);
                }

                @Override
                public String idPrefix() {
                    return idPrefix;
                }
            };
            List<NewEvent> planned = plan.apply(snapshot);
            if (planned.isEmpty()) {
                return List.of();
            }
            if (merged != null) {
                planned = withSeen(planned, merged);
            }
            LogbookReader.ChainHead head = view.head();
            List<NewEvent> toWrite = new ArrayList<>(planned.size() + 1);
            if (head.lines() == 0) {
                toWrite.add(header(planned.get(0).author()));
            }
            toWrite.addAll(planned);

            WriterKey signer = signer(file, keys, head, toWrite, view.sealer());

            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
            StringBuilder text = new StringBuilder();
            List<Event> written = new ArrayList<>();
            LogIndex.Growth growth = view.indexed() && view.tail().isEmpty() ? view.growth() : null;
            long seq = head.seq();
            String prev = head.hash();
            long line = head.lines();
            long offset = head.bytes();
            for (NewEvent ne : toWrite) {
                seq++;
                line++;
                EventCodec.Encoded enc = EventCodec.encode(seq, ne.incident(), ne.type(), now, prev, ne.author(), ne.payload(),
                        view.sealer(), signer);
                text.append(enc.line());
                Event e = new Event(line, EventCodec.VERSION, seq, ne.incident(), ne.type(), now, ne.author(), ne.payload(), prev, enc.hash());
                written.add(e);
                int length = enc.line().getBytes(StandardCharsets.UTF_8).length - 1;
                if (growth != null) {
                    growth.add(e, offset, length);
                }
                offset += length + 1;
                prev = enc.hash();
            }
            write(text.toString().getBytes(StandardCharsets.UTF_8), head.bytes());
            if (signer != null) {
                signer.rememberSigned(prev);
            }
            LogbookReader.ChainHead after = new LogbookReader.ChainHead(line, seq, prev, offset);
            noted(after, signer);
            updateIndex(growth, after);
            return written.subList(written.size() - planned.size(), written.size());
        }
    }

    /**
     * The key this writer signs its new lines with (see WriterKey, docs/security.md); null where
     * the key source keeps none. A new logbook gets a new key, named in its header; a logbook
     * written before signatures first gets a key line that names this writer's key. A logbook
     * signed with another key than the one in the config folder, or whose key is missing, is
     * refused: nothing is written.
     */
    static WriterKey signer(Path file, KeySource keys, LogbookReader.ChainHead head, List<NewEvent> toWrite, Sealer sealer)
            throws IOException {
        return signer(file, keys, head, toWrite, sealer, null);
    }

    /**
     * @param author who the first key line is by when {@code toWrite} is empty (a key asked for on
     *               its own, as `team init` does of a logbook written before signatures)
     */
    static WriterKey signer(Path file, KeySource keys, LogbookReader.ChainHead head, List<NewEvent> toWrite, Sealer sealer,
                            String author)
            throws IOException {
        if (head.lines() == 0) {
            NewEvent h = toWrite.get(0);
            Path keyFile = keys.writerKeyFile(file, h.payload().path("logbook_id").asText(), null);
            if (keyFile == null) {
                return null;
            }
            WriterKey k = WriterKey.generate();
            k.write(keyFile, sealer);
            h.payload().put(WriterKeys.HEADER_FIELD, k.publicKey());
            return k;
        }
        String[] ends = LineEnds.firstAndLast(file, head.bytes());
        com.fasterxml.jackson.databind.JsonNode header = JsonTrees.parse(ends[0]).path("payload");
        Path keyFile = keys.writerKeyFile(file, header.path("logbook_id").asText(), header.path("writer").asText(null));
        if (keyFile == null) {
            return null;
        }
        WriterKey k = WriterKey.read(keyFile, sealer);
        // A rotation whose line was written but whose new key was not yet put in place (a killed command).
        Path pendingFile = pending(keyFile);
        WriterKey pending = WriterKey.read(pendingFile, sealer);
        if (pending != null) {
            if (rotatesTo(ends[1], pending.publicKey())) {
                Files.move(pendingFile, keyFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                k = pending;
            } else {
                Files.delete(pendingFile);
            }
        }
        String lastSig = EventCodec.sigOf(ends[1]);
        if (lastSig != null) {
            if (k == null) {
                throw LogboekException.failure("sign.key-missing", file, keyFile);
            }
            boolean rotated = rotatesTo(ends[1], k.publicKey());
            if (!k.keyId().equals(WriterKey.keyIdIn(lastSig)) && !rotated) {
                throw LogboekException.failure("sign.key-other", file, keyFile, WriterKey.keyIdIn(lastSig));
            }
            // Never sign on top of a line someone added without the key: this signature would vouch for it.
            String lastHash = EventCodec.hashOf(ends[1]);
            if (!rotated && !k.signedLast(lastHash) && !WriterKey.verifies(k.publicKey(), lastHash, lastSig)) {
                throw LogboekException.failure("sign.last-forged", file);
            }
            return k;
        }
        if (k != null) {
            // This writer has signed before: an unsigned last line was added without its key, or an older copy put back.
            throw LogboekException.failure("sign.last-unsigned", file, keyFile);
        }
        k = WriterKey.generate();
        k.write(keyFile, sealer);
        toWrite.add(0, WriterKeys.rotation(toWrite.isEmpty() ? author : toWrite.get(0).author(), k.publicKey()));
        return k;
    }

    private static Path pending(Path keyFile) {
        return keyFile.resolveSibling(keyFile.getFileName() + ".new");
    }

    /** Whether {@code line} is a key line that makes {@code publicKey} the key of the lines after it. */
    private static boolean rotatesTo(String line, String publicKey) {
        int hash = line.indexOf(",\"hash\":\"");
        int type = line.indexOf(",\"type\":\"key\",");
        return type > 0 && type < hash && line.contains("\"action\":\"" + WriterKeys.ROTATE + "\",\"key\":\"" + publicKey + "\"");
    }

    /**
     * The public key this writer signs its lines with now; a file written before signatures first
     * gets the key line that introduces one (signed by it). Null where the key source keeps no keys.
     */
    public String signingKey(String author) {
        return keyChange(author, false);
    }

    /**
     * Key rotation: a new key pair for this writer. A key line naming the new public key is
     * appended, signed by the old key; the new key replaces the old in the key file once that line
     * is on disk (until then it waits beside it as KEYFILE.new, which the next write puts in place
     * or removes). Returns the new public key.
     */
    public String rotateKey(String author) {
        return keyChange(author, true);
    }

    private String keyChange(String author, boolean rotate) {
        checkNotFolder();
        try (LogbookLock ignored = LogbookLock.acquire(file); FileView view = openView(true)) {
            LogbookReader.ChainHead head = view.head();
            if (head.lines() == 0) {
                throw LogboekException.failure("sign.empty-logbook", file);
            }
            List<NewEvent> toWrite = new ArrayList<>();
            WriterKey current = signer(file, keys, head, toWrite, view.sealer(), author);
            if (current == null) {
                return null;
            }
            WriterKey next = current;
            if (rotate) {
                next = WriterKey.generate();
                String[] ends = LineEnds.firstAndLast(file, head.bytes());
                com.fasterxml.jackson.databind.JsonNode header = JsonTrees.parse(ends[0]).path("payload");
                Path keyFile = keys.writerKeyFile(file, header.path("logbook_id").asText(), header.path("writer").asText(null));
                next.write(pending(keyFile), view.sealer());
                toWrite.add(WriterKeys.rotation(author, next.publicKey()));
            }
            if (!toWrite.isEmpty()) {
                OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
                StringBuilder text = new StringBuilder();
                long seq = head.seq();
                String prev = head.hash();
                for (NewEvent ne : toWrite) {
                    EventCodec.Encoded enc = EventCodec.encode(++seq, null, ne.type(), now, prev, ne.author(), ne.payload(), view.sealer(),
                            current);
                    text.append(enc.line());
                    prev = enc.hash();
                }
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                write(bytes, head.bytes());
                noted(new LogbookReader.ChainHead(head.lines() + toWrite.size(), seq, prev, head.bytes() + bytes.length), current);
                discardIndex();
            }
            if (rotate) {
                // The line is on disk: the new key takes the old one's place.
                signer(file, keys, new LogbookReader.ChainHead(head.lines() + toWrite.size(), head.seq() + toWrite.size(), "", 0)
                        .withBytes(Files.size(file)), new ArrayList<>(), view.sealer());
            }
            return next.publicKey();
        } catch (LineDamage d) {
            throw new LogbookDamagedException(file, d);
        } catch (IOException e) {
            throw writeFailure(e);
        }
    }

    /**
     * In a team logbook, each new line records how many lines of every other member's file its
     * writer had seen: two members' actions on one incident are concurrent when neither had seen
     * the other's (see Concurrency), which `show` points out.
     */
    private List<NewEvent> withSeen(List<NewEvent> planned, TeamView merged) {
        String self = TeamLayout.writerOf(file);
        List<NewEvent> out = new ArrayList<>();
        for (NewEvent ne : planned) {
            if (ne.incident() == null) {
                out.add(ne);
                continue;
            }
            ObjectNode payload = ne.payload().deepCopy();
            ObjectNode seen = payload.putObject(Concurrency.SEEN);
            merged.lines().forEach((writer, lines) -> {
                if (!writer.equals(self) && lines > 0) {
                    seen.put(writer, lines);
                }
            });
            out.add(new NewEvent(ne.incident(), ne.type(), ne.author(), payload));
        }
        return out;
    }

    /** The other members' files as they are now, with {@code own} (this member's, under the lock) merged in. */
    private TeamView teamView(FileView own) {
        List<FileView> views = new ArrayList<>();
        List<String> writers = new ArrayList<>();
        try {
            for (Path member : team) {
                views.add(member.equals(file) ? own : member(member).fileView());
                writers.add(TeamLayout.writerOf(member));
            }
            return new TeamView(views, writers, team);
        } catch (RuntimeException e) {
            views.stream().filter(v -> v != own).forEach(FileView::close);
            throw e;
        }
    }

    /** The index is a cache: failing to update it costs speed on the next command, never data. */
    private void updateIndex(LogIndex.Growth growth, LogbookReader.ChainHead head) {
        try {
            if (growth != null && growth.indexable()) {
                growth.extend(file, head);
            }
        } catch (IOException ignored) {
            // The next command finds the index behind the log and catches up or rebuilds it.
        }
    }

    /**
     * Runs {@code work} on a view through the index. Should the index turn out to point at the
     * wrong lines (it is only a cache), it is thrown away, rebuilt from the log, and the work is
     * done once more.
     */
    public <T> T withView(java.util.function.Function<LogView, T> work) {
        try (LogView v = view()) {
            return work.apply(v);
        } catch (FileView.IndexMismatch stale) {
            discardIndex();
            try (LogView v = view()) {
                return work.apply(v);
            }
        }
    }

    private void discardIndex() {
        try {
            // Which member's index was stale is not known: all are rebuilt (they are caches).
            for (Path f : team == null ? List.of(file) : team) {
                LogIndex.delete(f);
            }
        } catch (IOException ignored) {
            // A stale index that cannot be removed is caught again by the next mismatch.
        }
    }

    /** What a purge removed: the incidents, how many lines, and the chain head afterwards. */
    public record Purged(Set<String> incidents, long lines, String head) {
    }

    /**
     * Removes the content of these incidents from the logbook for good (retention), under the
     * lock; see LogbookPurge. Refuses a damaged logbook.
     */
    public Purged purge(Set<String> incidents, String reason, String author) {
        if (team != null) {
            // Every member holds every file, and git keeps all history: removing content for good
            // needs all members and a rewrite of the repository (docs/team.md).
            throw LogboekException.usage("team.purge-unsupported");
        }
        checkNotFolder();
        try (LogbookLock ignored = LogbookLock.acquire(file)) {
            LogbookPurge.Result r = LogbookPurge.purge(file, keys, clock, incidents, reason, author);
            return new Purged(r.incidents(), r.lines(), r.head());
        } catch (LineDamage d) {
            throw new LogbookDamagedException(file, d);
        } catch (IOException e) {
            throw writeFailure(e);
        }
    }

    /**
     * Runs {@code work} while holding this logbook's write lock, so that no command appends
     * meanwhile (a team sync copies the file into git whole, never with a line half-written).
     */
    public <T> T withLock(java.util.function.Supplier<T> work) {
        checkNotFolder();
        try {
            PrivateFiles.createFolders(file.toAbsolutePath().getParent());
            try (LogbookLock ignored = LogbookLock.acquire(file)) {
                return work.get();
            }
        } catch (IOException e) {
            throw writeFailure(e);
        }
    }

    /**
     * Opens a read-only view through the index (built or brought up to date when we can take the
     * lock); of a team logbook, all members' files merged.
     */
    public LogView view() {
        if (team != null && team.size() > 1) {
            FileView own = fileView();
            try {
                return teamView(own);
            } catch (RuntimeException e) {
                own.close();
                throw e;
            }
        }
        return fileView();
    }

    private FileView fileView() {
        checkNotFolder();
        try {
            try {
                return openView(false);
            } catch (LineDamage d) {
                if (!"damage.torn".equals(d.reason().key())) {
                    throw d;
                }
                // Maybe an append in progress: look again once the writer is done.
                try (LogbookLock ignored = LogbookLock.acquire(file)) {
                    return openView(true);
                }
            }
        } catch (LineDamage d) {
            throw new LogbookDamagedException(file, d);
        } catch (IOException e) {
            throw readFailure(e);
        }
    }

    /**
     * Loads the index, rebuilding it from the whole log when it is missing or stale (only with
     * the lock held, or when the lock can be had), then reads the lines it does not cover yet.
     */
    private FileView openView(boolean locked) throws IOException {
        LogIndex index = null;
        try {
            index = LogIndex.load(file);
            return openView(locked, index);
        } catch (IOException | RuntimeException e) {
            if (index != null) {
                index.close();
            }
            throw e;
        }
    }

    /** Takes over {@code index} (the view closes it), or closes it when it is replaced. */
    private FileView openView(boolean locked, LogIndex loaded) throws IOException {
        boolean rebuild = loaded == null && java.nio.file.Files.exists(file) && java.nio.file.Files.size(file) > 0;
        guard(loaded, true, rebuild);
        LogIndex index = loaded;
        if (rebuild) {
            if (locked) {
                index = rebuildIndex();
            } else {
                try (LogbookLock ignored = LogbookLock.acquire(file)) {
                    // A writer may just have finished bringing the index up to date.
                    index = LogIndex.load(file);
                    if (index == null) {
                        index = rebuildIndex();
                    }
                } catch (IOException cannotLock) {
                    index = null; // read-only place: the whole log is read below, without an index
                }
            }
            settleSignature(null); // when no build finished it (no lock, or another process built the index)
        }
        LogbookReader.Position at = position(file);
        at.deliverPurged = true;
        List<String> createdInIndex = index == null ? List.of() : null;
        at.end = Files.exists(file) ? Files.size(file) : 0;
        if (index != null) {
            at.head = index.head();
            if (at.end > index.head().bytes()) {
                // Lines after the index: their references are checked against every id created so far.
                createdInIndex = index.createdIds();
                at.created.addAll(createdInIndex);
            }
            if (index.size() > 0) {
                at.sealer = LogbookReader.sealerFor(file, FileView.readAlone(file, index.entry(0)), keys);
            }
        }
        List<Event> tail = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        long[] end = {at.head.bytes()};
        LogbookReader.readFrom(file, at, new java.util.function.Consumer<Event>() { // not a lambda: on every write
            @Override
            public void accept(Event e) {
                offsets.add(end[0]);
                end[0] = at.head.bytes();
                tail.add(e);
            }
        });
        if (locked && index != null && !tail.isEmpty() && allIndexable(tail)) {
            LogIndex.Growth growth = new LogIndex.Growth(index);
            for (int i = 0; i < tail.size(); i++) {
                long next = i + 1 < tail.size() ? offsets.get(i + 1) : at.head.bytes();
                growth.add(tail.get(i), offsets.get(i), (int) (next - offsets.get(i) - 1));
            }
            growth.extend(file, at.head);
            LogIndex caught = LogIndex.load(file);
            if (caught != null) {
                index.close();
                List<String> created = new ArrayList<>(createdInIndex == null ? List.of() : createdInIndex);
                tail.stream().filter(e -> EventType.CREATED.equals(e.type())).forEach(e -> created.add(e.incident()));
                return new FileView(file, caught, List.of(), at.created, at.head, at.sealer, created);
            }
        }
        if (!locked) {
            noted(at.head); // a write notes its own head once it is on disk
        }
        return new FileView(file, index, tail, at.created, at.head, at.sealer, createdInIndex);
    }

    private static boolean allIndexable(List<Event> tail) {
        for (Event e : tail) {
            if (!LogIndex.indexable(e)) {
                return false;
            }
        }
        return true;
    }

    /** Reads and checks the whole log and writes a fresh index of it; null when it cannot be indexed. */
    private LogIndex rebuildIndex() throws IOException {
        LogIndex.Growth growth = new LogIndex.Growth(null);
        LogbookReader.Position at = position(file);
        at.deliverPurged = true;
        at.slim = true;
        at.progress = progress;
        long[] end = {0};
        NewestSignature.Pending pending = pendingSignature;
        if (pending != null) {
            at.collectKeyLines(pending.complete());
        }
        try {
            LogbookReader.readFrom(file, at, e -> {
                long offset = end[0];
                end[0] = at.head.bytes();
                growth.add(e, offset, (int) (end[0] - offset - 1));
            });
        } catch (IOException | RuntimeException e) {
            settleSignature(null); // the signature's doubt first, as when it was checked before the read
            throw e;
        }
        // The read met every key line the check needs only when it got as far as the check looked.
        settleSignature(pending != null && at.head.bytes() >= pending.complete() ? at.keyLines : null);
        return growth.indexable() ? growth.writeFresh(file, at.head) : null;
    }

    private NewEvent header(String author) {
        return header(author, IncidentIds.random(Random.SOURCE, 16), null);
    }

    private static NewEvent header(String author, String logbookId, ObjectNode encryption) {
        ObjectNode p = JsonTrees.object();
        p.put("format", EventCodec.VERSION);
        p.put("logbook_id", logbookId);
        if (encryption != null) {
            p.set("encryption", encryption);
        }
        return new NewEvent(null, EventType.LOGBOOK, author, p);
    }

    /**
     * Starts a logbook with its header line, before any entry: the only moment encryption can be
     * chosen ({@code encryption} makes the key for the new logbook id and describes it, or is null).
     * Returns the new logbook's id.
     */
    public String initialize(String author, java.util.function.Function<String, ObjectNode> encryption) {
        return initialize(author, IncidentIds.random(Random.SOURCE, 16), encryption, null);
    }

    /**
     * Starts one writer's file of a team logbook: its header carries the team's logbook id (so
     * every member's file opens with the same key) and the writer's name, and its own chain
     * starts here. {@code encryption} is the team's encryption description, or null.
     */
    public void initializeWriter(String author, String logbookId, ObjectNode encryption, String writer) {
        initialize(author, logbookId, id -> encryption, writer);
    }

    private String initialize(String author, String id, java.util.function.Function<String, ObjectNode> encryption,
                              String writer) {
        checkNotFolder();
        try {
            PrivateFiles.createFolders(file.toAbsolutePath().getParent());
            try (LogbookLock ignored = LogbookLock.acquire(file)) {
                if (Files.exists(file) && Files.size(file) > 0) {
                    throw LogboekException.failure("init.not-empty", file);
                }
                ObjectNode enc = encryption == null ? null : encryption.apply(id);
                NewEvent h = header(author, id, enc);
                if (writer != null) {
                    h.payload().put("writer", writer);
                }
                WriterKey signer = null;
                Path keyFile = keys.writerKeyFile(file, id, writer);
                if (keyFile != null) {
                    signer = WriterKey.generate();
                    // With a passphrase the private half is sealed with the logbook's key.
                    signer.write(keyFile, enc != null && "passphrase".equals(enc.path("key").asText())
                            ? keys.sealer(file, enc, id) : null);
                    h.payload().put(WriterKeys.HEADER_FIELD, signer.publicKey());
                }
                OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
                EventCodec.Encoded line = EventCodec.encode(1, null, EventType.LOGBOOK, now, Hashing.GENESIS_PREV, author, h.payload(),
                        null, signer);
                byte[] bytes = line.line().getBytes(StandardCharsets.UTF_8);
                write(bytes, 0);
                noted(new LogbookReader.ChainHead(1, 1, line.hash(), bytes.length), signer);
                return id;
            }
        } catch (IOException e) {
            throw writeFailure(e);
        }
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

    /** One line for a read that failed: permission, or the system's reason. */
    private LogboekException readFailure(IOException e) {
        return e instanceof AccessDeniedException
                ? LogboekException.failure("logbook.no-read-access", file)
                : new LogboekException(LogboekException.FAILURE, e, "logbook.io", file, describe(e));
    }

    /** One line for a write that failed (nothing was written: see write()). */
    private LogboekException writeFailure(IOException e) {
        return e instanceof AccessDeniedException
                ? LogboekException.failure("logbook.no-write-access", file)
                : new LogboekException(LogboekException.FAILURE, e, "logbook.write-failed", file, describe(e));
    }

    private void checkNotFolder() {
        if (Files.isDirectory(file)) {
            throw LogboekException.usage("logbook.is-folder", file);
        }
        PrivateFiles.requireRegular(file);
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
