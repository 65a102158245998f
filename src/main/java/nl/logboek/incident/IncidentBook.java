package nl.logboek.incident;

import nl.logboek.LogboekException;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.IncidentIds;
import nl.logboek.logbook.LogView;
import nl.logboek.logbook.Logbook;
import nl.logboek.protocol.Category;
import nl.logboek.protocol.Protocol;
import nl.logboek.protocol.ProtocolRegistry;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The incident operations, on top of the event log. */
public final class IncidentBook {
    private final Logbook logbook;
    /** What new incident ids are drawn from; a SecureRandom made at the first new id (null until then). */
    private Random random;

    public IncidentBook(Logbook logbook) {
        this(logbook, null);
    }

    IncidentBook(Logbook logbook, Random random) {
        this(logbook, random, true);
    }

    private IncidentBook(Logbook logbook, Random random, boolean derivedCaches) {
        this.logbook = logbook;
        this.random = random;
        this.derivedCaches = derivedCaches;
    }

    private synchronized Random random() {
        if (random == null) {
            random = new SecureRandom();
        }
        return random;
    }

    /** Whether the caches derived from the log ({@link IncidentDigest}, {@link IncidentWords}) are used. */
    private final boolean derivedCaches;

    /** This book without the caches derived from the log: every view reads as if there were none. */
    public IncidentBook withoutDerivedCaches() {
        return new IncidentBook(logbook, random, false);
    }

    private IncidentDigest digest(LogView view) {
        return derivedCaches ? IncidentDigest.of(logbook, view) : null;
    }

    private IncidentWords words(LogView view) {
        return derivedCaches ? IncidentWords.of(logbook, view) : null;
    }

    public Logbook logbook() {
        return logbook;
    }

    /** The kind of person the incident is aimed at: the first victim whose kind is known, else a pupil. */
    static String target(List<Person> persons) {
        for (Person p : persons) {
            if ("slachtoffer".equals(p.role()) && p.kind() != null) {
                return p.kind();
            }
        }
        return "leerling";
    }

    /**
     * Records a new incident under the protocol chosen for its category and target, or the one
     * given ({@code protocolId}); the choice is part of the record.
     */
    public Incident create(NewIncident spec, String protocolId, ProtocolRegistry protocols, String author) {
        if (spec.title() == null || spec.title().isBlank()) {
            throw LogboekException.usage("new.title-empty");
        }
        logbook.prepareToWrite(); // the writer's key is readied while the protocol is chosen
        String target = target(spec.persons());
        ProtocolRegistry.Choice choice = chooseProtocols(spec, protocolId, protocols);
        IncidentEvent.Created created = new IncidentEvent.Created(spec.title().strip(), spec.category().id(),
                spec.platform(), spec.occurred(), spec.description(), spec.persons(), spec.severity(), spec.source(),
                target, choice.main(), choice.addedIds());
        // Plans as classes, not lambdas, here and in annotate: linking a lambda's call site costs the
        // short commands more than loading a class from the archive (docs/benchmarks.md).
        List<Event> written = logbook.append(new java.util.function.Function<Logbook.Snapshot, List<nl.logboek.logbook.NewEvent>>() {
            @Override
            public List<nl.logboek.logbook.NewEvent> apply(Logbook.Snapshot snapshot) {
                String id = IncidentIds.newId(random(), snapshot.incidentIds(), snapshot.idPrefix());
                return List.of(IncidentEvent.write(id, created, author));
            }
        });
        return IncidentFolder.of(written).incidents().iterator().next();
    }

    /** Beyond this many characters a description of a sexual incident risks depicting rather than describing. */
    public static final int LONG_SEXUAL_DESCRIPTION = 280;

    public static boolean depictsTooMuch(NewIncident spec) {
        return spec.category().sexual() && spec.description() != null && spec.description().length() > LONG_SEXUAL_DESCRIPTION;
    }

    /** The protocol a new incident will follow: the one asked for, else the one its category and target select. */
    public Protocol chooseProtocol(NewIncident spec, String protocolId, ProtocolRegistry protocols) {
        return protocols.byId(chooseProtocolId(spec, protocolId, protocols)).orElseThrow();
    }

    /** The id of {@link #chooseProtocol}, without reading more of the protocols than needed. */
    public String chooseProtocolId(NewIncident spec, String protocolId, ProtocolRegistry protocols) {
        return chooseProtocols(spec, protocolId, protocols).main();
    }

    /**
     * The protocols a new incident gets, chosen from its category and everyone involved (role and
     * kind), and why. A protocol asked for ({@code protocolId}) becomes the main one, or, when it is
     * only ever added beside one (the meldcode), is added beside the main one chosen.
     */
    public ProtocolRegistry.Choice chooseProtocols(NewIncident spec, String protocolId, ProtocolRegistry protocols) {
        String asked = protocolId == null ? null : protocolId.strip();
        if (asked != null && !protocols.ids().contains(asked)) {
            throw LogboekException.usage("protocol.unknown", protocolId, String.join(", ", protocols.ids()));
        }
        String target = target(spec.persons());
        List<nl.logboek.protocol.Party> people = new ArrayList<>();
        for (Person p : spec.persons()) {
            people.add(new nl.logboek.protocol.Party(p.role(), p.kind()));
        }
        boolean overlayAsked = asked != null && protocols.isOverlay(asked);
        java.util.Optional<ProtocolRegistry.Choice> chosen = protocols.choose(spec.category().id(), target,
                List.copyOf(people), overlayAsked ? null : asked);
        if (chosen.isEmpty()) {
            throw LogboekException.usage("protocol.no-match", spec.category().id(), target);
        }
        ProtocolRegistry.Choice choice = chosen.get();
        if (overlayAsked && !choice.addedIds().contains(asked)) {
            List<ProtocolRegistry.Added> added = new ArrayList<>(choice.added());
            added.add(new ProtocolRegistry.Added(asked, null));
            choice = new ProtocolRegistry.Choice(choice.main(), choice.mainBecause(), added);
        }
        return choice;
    }

    /** Adds a note (and what was seen of a posting) to an incident; returns the event as written. */
    public Event annotate(String typedId, String text, Evidence evidence, String author) {
        return annotate(typedId, text, evidence, false, author);
    }

    /**
     * @param personal a coordinator's own work note: kept out of exports and of what is handed
     *                 over on a request for access (inzageverzoek)
     */
    public Event annotate(String typedId, String text, Evidence evidence, boolean personal, String author) {
        boolean noText = text == null || text.isBlank();
        if (noText && (evidence == null || evidence.isEmpty())) {
            throw LogboekException.usage("annotate.text-empty");
        }
        requireExists();
        logbook.prepareToWrite();
        List<Event> written = logbook.append(new java.util.function.Function<Logbook.Snapshot, List<nl.logboek.logbook.NewEvent>>() {
            @Override
            public List<nl.logboek.logbook.NewEvent> apply(Logbook.Snapshot snapshot) {
                String id = IncidentIds.resolve(typedId, snapshot.incidentIds());
                Incident incident = found(IncidentFolder.of(snapshot.eventsOf(id)).get(id), id);
                if (evidence != null && evidence.screenshotSha256() != null
                        && Category.parse(incident.category()).sexual()) {
                    throw LogboekException.usage("evidence.image-refused", id);
                }
                IncidentEvent.Annotated note = new IncidentEvent.Annotated(noText ? null : text.strip(), personal,
                        evidence == null || evidence.isEmpty() ? null : evidence);
                return List.of(IncidentEvent.write(id, note, author));
            }
        });
        return written.get(0);
    }

    /**
     * The incidents the filter lets through, oldest first. Status and report date are decided
     * from the index alone, so only the incidents that can pass are read (a short list of open
     * incidents stays fast in a logbook of years).
     */
    public List<Incident> list(IncidentFilter filter) {
        return list(filter, null, null);
    }

    /**
     * As {@link #list(IncidentFilter)}, for a caller that keeps only the incidents with a follow-up
     * overdue on {@code overdueOn} and/or involving {@code person} (when not null): with the digest
     * beside the index, incidents that surely have neither are not read. What is returned may still
     * hold incidents without them; the caller decides.
     */
    public List<Incident> list(IncidentFilter filter, java.time.LocalDate overdueOn, String person) {
        return logbook.withView(view -> {
            IncidentFolder folder = new IncidentFolder();
            IncidentDigest digest = overdueOn != null || person != null ? digest(view) : null;
            java.util.BitSet wanted;
            if (digest == null) {
                wanted = candidates(view, filter);
            } else {
                // The digest first (one call an incident), then the status and report day of only
                // the incidents it leaves, from the index (not every incident's status word).
                java.util.BitSet may = new java.util.BitSet();
                long day = overdueOn == null ? 0 : overdueOn.toEpochDay();
                java.util.function.IntPredicate named = person == null ? null : digest.mayName(person);
                for (int o = 0, n = view.incidentCount(); o < n; o++) {
                    if ((overdueOn == null || digest.mayBeOverdue(o, day)) && (named == null || named.test(o))) {
                        may.set(o);
                    }
                }
                wanted = candidates(States.of(view, may), filter, Long.MIN_VALUE, may);
            }
            view.keyedEventsOf(wanted, k -> true, (k, e) -> folder.accept(e));
            List<Incident> out = new ArrayList<>();
            for (Incident i : folder.incidents()) {
                if (filter.test(i)) {
                    out.add(i);
                }
            }
            return out;
        });
    }

    /**
     * A closed incident as the agenda's retention periods need it: its id and when it was closed;
     * {@code incident} is its fold (title, authors) when it was read, null when the digest told.
     */
    public record Closing(String id, java.time.OffsetDateTime closedAt, Incident incident) {
    }

    /**
     * What the agenda reads: the incidents not closed that can be on it, and the closed ones (see
     * {@link #forAgenda}); {@code endedUncounted} closed incidents more, whose retention period
     * surely ended before today, are only counted.
     */
    public record AgendaFolds(List<Incident> active, List<Closing> closed, long endedUncounted) {
    }

    /**
     * Which closed incidents the agenda needs, by when they were closed (epoch seconds): none
     * closed after {@code closedBy} (their retention period cannot end this week); of those closed
     * before {@code surelyEndedBefore} (their period surely ended before today), when there are
     * more than {@code countOver}, only their number and one of them. {@link #ALL}: every one.
     * With {@code months} (not negative: the retention period, as {@link java.time.OffsetDateTime#plusMonths}
     * adds it to the closing), the digest's closings between those bounds are sorted by when their
     * period ends: before {@code startOfToday} (epoch seconds) as surely ended, at or after
     * {@code afterWeek} (the start of the day after the week) left out.
     */
    public record ClosedWindow(long surelyEndedBefore, long closedBy, int countOver, int months, long startOfToday,
                               long afterWeek) {
        public static final ClosedWindow ALL = new ClosedWindow(Long.MIN_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE);

        public ClosedWindow(long surelyEndedBefore, long closedBy, int countOver) {
            this(surelyEndedBefore, closedBy, countOver, -1, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    /**
     * In one read of the logbook: the incidents not closed that can have an entry on the agenda of
     * {@code today} (with the digest beside the index, the others are not read; see
     * {@link IncidentDigest}), folded compactly (state, titles and follow-ups; no lines), and every
     * closed incident with when it was closed: from the digest, or folded from only the lines that
     * record its title and its closing (created, amended, closed, reopened).
     */
    public AgendaFolds forAgenda(java.time.ZoneId zone, java.time.LocalDate today, int idleDays) {
        return forAgenda(zone, today, idleDays, ClosedWindow.ALL, java.util.Set.of());
    }

    /**
     * @param withDeadlines the protocols with an item that has a deadline: an incident following one
     *                      is read even when no follow-up or idle time puts it on the agenda
     */
    public AgendaFolds forAgenda(java.time.ZoneId zone, java.time.LocalDate today, int idleDays, ClosedWindow window,
                                 java.util.Collection<String> withDeadlines) {
        IncidentFilter active = new IncidentFilter(Status.ACTIVE, java.util.Set.of(), null, null, zone);
        IncidentFilter closed = new IncidentFilter(java.util.Set.of(Status.CLOSED), java.util.Set.of(), null, null, zone);
        java.util.Set<String> closing = java.util.Set.of(EventTypes.CREATED, EventTypes.AMENDED, EventTypes.CLOSED,
                EventTypes.REOPENED);
        return logbook.withView(view -> {
            List<Closing> c = new ArrayList<>();
            long uncounted = 0;
            IncidentDigest digest = digest(view);
            java.util.BitSet open;
            java.util.BitSet shut;
            if (digest == null) {
                States states = States.of(view, null);
                open = candidates(states, active, Long.MIN_VALUE, null);
                shut = candidates(states, closed, Long.MIN_VALUE, null);
            } else {
                // The digest knows each incident's state as its fold has it: the index's status
                // words need not be read. One it does not know (its creation purged, or not
                // derived) is folded whole below and sorted by its fold.
                open = new java.util.BitSet();
                shut = new java.util.BitSet();
                java.time.LocalDate lastDay = today.plusDays(Agenda.WEEK);
                // An idle entry falls on the day after the idle days: one by lastDay had its last
                // line by lastDay - idleDays - 1 (local day); two days' margin for the zone.
                long idleBefore = (today.toEpochDay() + Agenda.WEEK - (long) idleDays + 1) * 86_400L;
                // One call an incident, and nothing made for the closed ones whose period surely
                // ended beyond the first countOver + 1: a loop over a hundred thousand incidents
                // runs interpreted for most of its length in a short command, its callee compiled.
                IncidentDigest.AgendaPass pass = digest.agendaPass(lastDay.toEpochDay(), idleBefore, window, withDeadlines);
                int[] ended = new int[16];
                int endedCount = 0;
                for (int o = 0, n = view.incidentCount(); o < n; o++) {
                    switch (pass.sort(o)) {
                        case IncidentDigest.AgendaPass.ACTIVE -> open.set(o);
                        case IncidentDigest.AgendaPass.IN_WINDOW -> c.add(new Closing(view.incidentId(o), digest.closedAt(o), null));
                        case IncidentDigest.AgendaPass.ENDED -> {
                            if (endedCount <= window.countOver()) {
                                if (endedCount == ended.length) {
                                    ended = java.util.Arrays.copyOf(ended, endedCount * 2);
                                }
                                ended[endedCount] = o;
                            }
                            endedCount++;
                        }
                        default -> {
                            // not on the agenda
                        }
                    }
                }
                for (int k = 0; k < endedCount; k++) {
                    if (k == 0 || endedCount <= window.countOver()) {
                        int o = ended[k];
                        c.add(new Closing(view.incidentId(o), digest.closedAt(o), null));
                    } else {
                        uncounted++;
                    }
                }
            }
            IncidentFolder folded = IncidentFolder.compact(true);
            view.keyedEventsOf(open, k -> true, (k, e) -> folded.accept(e));
            IncidentFolder done = IncidentFolder.compact(true);
            view.keyedEventsOf(shut, k -> closing.contains(k.type()), (k, e) -> done.accept(e));
            List<Incident> a = new ArrayList<>();
            for (Incident i : folded.incidents()) {
                if (!i.isClosed()) {
                    a.add(i);
                } else if (digest != null) {
                    c.add(new Closing(i.id(), i.closedAt(), i));
                }
            }
            for (Incident i : done.incidents()) {
                if (i.isClosed()) {
                    c.add(new Closing(i.id(), i.closedAt(), i));
                }
            }
            return new AgendaFolds(a, c, uncounted);
        });
    }

    /** The view's ordinals of the incidents {@code ids}. */
    private static java.util.BitSet ordinalsOf(LogView view, java.util.Set<String> ids) {
        java.util.BitSet ordinals = new java.util.BitSet();
        List<String> all = view.incidentIds();
        for (int o = 0; o < all.size(); o++) {
            if (ids.contains(all.get(o))) {
                ordinals.set(o);
            }
        }
        return ordinals;
    }

    /** The current titles of the incidents {@code ids} (folded from their created and amended lines). */
    public java.util.Map<String, String> titles(java.util.Collection<String> ids) {
        java.util.Set<String> wanted = new java.util.HashSet<>(ids);
        if (wanted.isEmpty()) {
            return java.util.Map.of();
        }
        return logbook.withView(view -> {
            java.util.BitSet ordinals = ordinalsOf(view, wanted);
            IncidentFolder folder = IncidentFolder.compact(true);
            view.keyedEventsOf(ordinals, k -> EventTypes.CREATED.equals(k.type()) || EventTypes.AMENDED.equals(k.type()),
                    (k, e) -> folder.accept(e));
            java.util.Map<String, String> out = new java.util.HashMap<>();
            folder.incidents().forEach(i -> out.put(i.id(), i.title()));
            return out;
        });
    }

    /** How many incidents {@link #each} folds at once: the memory it holds does not grow with the logbook. */
    static final int BATCH = 1024;

    /**
     * Every incident the filter lets through, fully folded (with its lines), oldest first, handed
     * over one at a time: at most {@link #BATCH} incidents are held at once, so a logbook of years
     * can be searched in little memory.
     */
    public void each(IncidentFilter filter, java.util.function.Consumer<Incident> sink) {
        logbook.withView(view -> {
            java.util.BitSet all = candidates(view, filter);
            for (int from = all.nextSetBit(0); from >= 0; from = all.nextSetBit(from)) {
                java.util.BitSet batch = new java.util.BitSet();
                int taken = 0;
                int o = from;
                for (; o >= 0 && taken < BATCH; o = all.nextSetBit(o + 1)) {
                    batch.set(o);
                    taken++;
                }
                IncidentFolder folder = new IncidentFolder();
                view.keyedEventsOf(batch, k -> true, (k, e) -> folder.accept(e));
                for (Incident i : folder.incidents()) {
                    if (filter.test(i)) {
                        sink.accept(i);
                    }
                }
                if (o < 0) {
                    break;
                }
                from = o;
            }
            return null;
        });
    }

    /**
     * What {@code look} makes of every incident the filter lets through that may hold
     * {@code needle} (folded, see {@link SearchText}), handed to {@code sink} oldest incident first.
     * With the word filters beside the index ({@link IncidentWords}), incidents that surely do not
     * hold it are not read, and the others are read in one pass over the log: each is folded whole,
     * looked at and let go when its last line is passed (what {@code look} makes waits for the
     * incidents before it). Without them (a team logbook), as {@link #each}.
     */
    public <T> void search(IncidentFilter filter, String needle, java.util.function.Function<Incident, T> look,
                           java.util.function.Consumer<T> sink) {
        boolean done = logbook.withView(view -> {
            IncidentWords words = words(view);
            if (words == null) {
                return false;
            }
            java.util.BitSet all = candidates(view, filter);
            java.util.function.IntPredicate may = words.mayHold(needle);
            long[] last = new long[all.length()];
            for (int o = all.nextSetBit(0); o >= 0; o = all.nextSetBit(o + 1)) {
                if (may != null && !may.test(o)) {
                    all.clear(o);
                } else {
                    last[o] = view.lastLineOf(o);
                }
            }
            IncidentFolder folder = new IncidentFolder();
            java.util.TreeMap<Integer, T> ready = new java.util.TreeMap<>();
            java.util.BitSet finished = new java.util.BitSet();
            int[] next = {all.nextSetBit(0)};
            Runnable emit = () -> {
                while (next[0] >= 0 && finished.get(next[0])) {
                    T made = ready.remove(next[0]);
                    if (made != null) {
                        sink.accept(made);
                    }
                    next[0] = all.nextSetBit(next[0] + 1);
                }
            };
            java.util.function.BiConsumer<Integer, Incident> complete = (o, i) -> {
                finished.set(o);
                if (i != null && filter.test(i)) {
                    ready.put(o, look.apply(i));
                }
                emit.run();
            };
            view.keyedEventsOf(all, k -> true, (k, e) -> {
                int o = k.ordinal();
                if (finished.get(o)) {
                    // A line after the one the index called the last: the index is wrong.
                    throw new IllegalStateException("index: line after the last of incident " + e.incident());
                }
                folder.accept(e);
                if (k.line() == last[o]) {
                    complete.accept(o, folder.remove(e.incident()));
                }
            });
            // What the index could not tell the end of, in order.
            for (int o = all.nextSetBit(0); o >= 0; o = all.nextSetBit(o + 1)) {
                if (!finished.get(o)) {
                    complete.accept(o, folder.remove(view.incidentId(o)));
                }
            }
            return true;
        });
        if (!done) {
            each(filter, i -> sink.accept(look.apply(i)));
        }
    }

    /**
     * Who is involved in the incidents reported on or after {@code since}: those incidents folded
     * from the only lines that record people (created and amended), so a fold fit for its id and
     * {@link Incident#persons()} alone (its status and progress are not read). The repeat signal
     * of `new` reads no more than that.
     */
    public List<Incident> peopleReportedSince(java.time.Instant since) {
        IncidentFilter recent = new IncidentFilter(java.util.Set.of(), java.util.Set.of(), null, null,
                java.time.ZoneOffset.UTC);
        return logbook.withView(view -> {
            java.util.BitSet wanted = candidates(view, recent, since.getEpochSecond());
            IncidentFolder folder = IncidentFolder.compact(false);
            view.keyedEventsOf(wanted, k -> EventTypes.CREATED.equals(k.type()) || EventTypes.AMENDED.equals(k.type()),
                    (k, e) -> folder.accept(e));
            return new ArrayList<>(folder.incidents());
        });
    }

    /**
     * One person's chronology, as `person` shows it: {@link #involving} with each incident's
     * status, oldest first. In a plain logbook, from the people cache ({@link IncidentPeople}: no
     * line read). Else, with the digest, an incident never corrected is read from its created
     * line alone (its people and title are those of its report), and its status is the one the
     * index keeps of its last status line; the others as {@link #involving} reads them.
     */
    public List<Involvement.Row> chronology(String name) {
        List<Involvement.Row> rows = logbook.withView(view -> {
            if (!derivedCaches) {
                return null;
            }
            List<Involvement.Row> cached = IncidentPeople.chronology(logbook, view, name);
            return cached != null ? cached : rows(chronology(view, name));
        });
        return rows != null ? rows : rows(Involvement.recorded(name, involving(name)));
    }

    private static List<Involvement.Row> rows(List<Involvement.Involved> involved) {
        if (involved == null) {
            return null;
        }
        List<Involvement.Row> out = new ArrayList<>(involved.size());
        for (Involvement.Involved r : involved) {
            out.add(r.row());
        }
        return out;
    }

    /** {@link #chronology(String)} narrowed down by the digest, reading lines; null without a digest. */
    private List<Involvement.Involved> chronology(LogView view, String name) {
        {
            IncidentDigest digest = digest(view);
            if (digest == null) {
                return null;
            }
            java.util.BitSet plain = new java.util.BitSet();
            java.util.BitSet corrected = new java.util.BitSet();
            java.util.function.IntPredicate named = digest.mayName(name);
            for (int o = 0, n = view.incidentCount(); o < n; o++) {
                if (named.test(o)) {
                    (digest.uncorrected(o) ? plain : corrected).set(o);
                }
            }
            LogView.Heads heads = view.headsOf(plain);
            if (heads == null) {
                return null;
            }
            for (int o = plain.nextSetBit(0); o >= 0; o = plain.nextSetBit(o + 1)) {
                if (heads.statusType()[o] == null) {
                    plain.clear(o);
                    corrected.set(o);
                }
            }
            java.util.Map<String, Integer> ordinals = new java.util.HashMap<>();
            IncidentFolder first = IncidentFolder.compact(true);
            view.createdEventsOf(plain, (k, e) -> {
                ordinals.put(e.incident(), k.ordinal());
                first.accept(e);
            });
            IncidentFolder whole = IncidentFolder.compact(true);
            java.util.function.Predicate<nl.logboek.logbook.EventKey> lines = k -> EventTypes.AMENDED.equals(k.type())
                    || EventTypes.CHANGES_STATUS.contains(k.type());
            java.util.function.BiConsumer<nl.logboek.logbook.EventKey, nl.logboek.logbook.Event> fold = (k, e) -> {
                ordinals.putIfAbsent(e.incident(), k.ordinal());
                whole.accept(e);
            };
            if (corrected.cardinality() <= FOLLOW) {
                view.keyedEventsFollowing(corrected, lines, fold);
            } else {
                view.keyedEventsOf(corrected, lines, fold);
            }
            java.util.TreeMap<Integer, Involvement.Involved> rows = new java.util.TreeMap<>();
            for (Involvement.Involved r : Involvement.recorded(name, first.incidents())) {
                int o = ordinals.get(r.incident().id());
                rows.put(o, r.withStatus(Status.after(null, heads.statusType()[o], heads.flag()[o])));
            }
            for (Involvement.Involved r : Involvement.recorded(name, whole.incidents())) {
                rows.put(ordinals.get(r.incident().id()), r);
            }
            return new ArrayList<>(rows.values());
        }
    }

    /** Beyond this many incidents, a view passes the lines between them rather than follow each one's. */
    private static final int FOLLOW = 2048;

    /**
     * The incidents that record {@code name} now or recorded it before a correction removed it
     * ({@link Involvement#recorded}), folded compactly from the lines that record their people,
     * title, category and status (created, amended, and those that change the status: fit for
     * those, their report and closing times and their corrections; not for their progress),
     * oldest first. With the digest beside the index, only the incidents that may record the name are
     * read, in one pass; without it, every incident's people first, then those of the name.
     */
    public List<Incident> involving(String name) {
        IncidentFilter every = new IncidentFilter(java.util.Set.of(), java.util.Set.of(), null, null,
                java.time.ZoneOffset.UTC);
        List<Incident> read = logbook.withView(view -> {
            IncidentDigest digest = digest(view);
            if (digest == null) {
                return null;
            }
            // Every incident the digest cannot rule out (one whose creation was purged has no
            // lines to read); of those, the lines that make what a chronology shows: the people
            // and title (created, amended) and the status (its changes).
            java.util.BitSet wanted = new java.util.BitSet();
            java.util.function.IntPredicate named = digest.mayName(name);
            for (int o = 0, n = view.incidentCount(); o < n; o++) {
                if (named.test(o)) {
                    wanted.set(o);
                }
            }
            IncidentFolder folder = IncidentFolder.compact(true);
            java.util.function.Predicate<nl.logboek.logbook.EventKey> lines = k -> EventTypes.AMENDED.equals(k.type())
                    || EventTypes.CHANGES_STATUS.contains(k.type());
            if (wanted.cardinality() <= FOLLOW) {
                view.keyedEventsFollowing(wanted, lines, (k, e) -> folder.accept(e));
            } else {
                view.keyedEventsOf(wanted, lines, (k, e) -> folder.accept(e));
            }
            List<Incident> out = new ArrayList<>();
            for (Involvement.Involved r : Involvement.recorded(name, folder.incidents())) {
                out.add(r.incident());
            }
            return out;
        });
        if (read != null) {
            return read;
        }
        List<Involvement.Involved> found = Involvement.recorded(name, people());
        if (found.isEmpty()) {
            return List.of();
        }
        return logbook.withView(view -> {
            java.util.Set<String> ids = new java.util.HashSet<>();
            found.forEach(r -> ids.add(r.incident().id()));
            java.util.BitSet ordinals = ordinalsOf(view, ids);
            IncidentFolder folder = IncidentFolder.compact(true);
            view.keyedEventsOf(ordinals, k -> EventTypes.AMENDED.equals(k.type()) || EventTypes.CHANGES_STATUS.contains(k.type()),
                    (k, e) -> folder.accept(e));
            return new ArrayList<>(folder.incidents());
        });
    }

    /**
     * The recorded name closest to {@code name} ({@link Involvement#nearest}), or null when none
     * is close: from the names the people cache keeps, else from every incident's people.
     */
    public String nearest(String name) {
        java.util.Map<String, String> names = derivedCaches ? logbook.withView(view -> IncidentPeople.names(logbook, view)) : null;
        return names != null ? Involvement.nearest(name, names) : Involvement.nearest(name, people());
    }

    /** {@link #peopleReportedSince} of every incident: who is involved where, for `person`. */
    public List<Incident> people() {
        return peopleReportedSince(java.time.Instant.MIN);
    }

    /**
     * The incidents of {@code ids} (as {@link #people} gives them), folded compactly (state,
     * people and titles; no lines), oldest first.
     */
    public List<Incident> compact(java.util.Collection<String> ids) {
        java.util.Set<String> wanted = new java.util.HashSet<>(ids);
        return logbook.withView(view -> {
            java.util.BitSet ordinals = new java.util.BitSet();
            List<String> all = view.incidentIds();
            for (int o = 0; o < all.size(); o++) {
                if (wanted.contains(all.get(o))) {
                    ordinals.set(o);
                }
            }
            IncidentFolder folder = IncidentFolder.compact(true);
            view.keyedEventsOf(ordinals, k -> true, (k, e) -> folder.accept(e));
            return new ArrayList<>(folder.incidents());
        });
    }

    private static java.util.BitSet candidates(LogView view, IncidentFilter filter) {
        return candidates(view, filter, Long.MIN_VALUE);
    }

    private static java.util.BitSet candidates(LogView view, IncidentFilter filter, long since) {
        return candidates(States.of(view, null), filter, since, null);
    }

    /** Every incident's status and report time (epoch seconds), by ordinal; null status: not listed. */
    private record States(String[] status, long[] reported) {
        /** Of the incidents {@code among} holds (null: all); the others' may be left empty. */
        static States of(LogView view, java.util.BitSet among) {
            // By ordinal: no map lookup per line of a logbook of years.
            int n = view.incidentCount();
            String[] status = new String[n];
            long[] reported = new long[n];
            LogView.Heads heads = among == null ? view.heads() : view.headsOf(among);
            if (heads != null) {
                // The index knows each incident's last status line: no line is passed.
                for (int o = among == null ? 0 : among.nextSetBit(0); o >= 0 && o < n; o = among == null ? o + 1 : among.nextSetBit(o + 1)) {
                    if (heads.createdAt()[o] != Long.MIN_VALUE && heads.statusType()[o] != null) {
                        status[o] = Status.after(null, heads.statusType()[o], heads.flag()[o]);
                        reported[o] = heads.createdAt()[o];
                    }
                }
            } else {
                view.keys(k -> {
                    int o = k.ordinal();
                    if (o < 0 || (!EventTypes.CREATED.equals(k.type()) && status[o] == null)) {
                        return;
                    }
                    status[o] = Status.after(status[o], k.type(), k.flag());
                    if (EventTypes.CREATED.equals(k.type())) {
                        reported[o] = k.epochSecond();
                    }
                });
            }
            return new States(status, reported);
        }
    }

    /**
     * The incidents (by ordinal) whose status and report date the filter admits, reported at or
     * after {@code since} (epoch seconds). Status and report date are decided from the index
     * alone, so only the incidents that can pass are read (a short list of open incidents stays
     * fast in a logbook of years).
     */
    private static java.util.BitSet candidates(States states, IncidentFilter filter, long since, java.util.BitSet among) {
        String[] status = states.status();
        long[] reported = states.reported();
        int n = status.length;
        java.util.BitSet candidates = new java.util.BitSet(n);
        for (int o = among == null ? 0 : among.nextSetBit(0); o >= 0 && o < n; o = among == null ? o + 1 : among.nextSetBit(o + 1)) {
            if (status[o] != null && reported[o] >= since && filter.admitsStatus(status[o])
                    && filter.admitsReportDay(java.time.Instant.ofEpochSecond(reported[o]))) {
                candidates.set(o);
            }
        }
        return candidates;
    }

    public Incident get(String typedId) {
        IncidentIds.normalise(typedId);
        requireExists();
        return logbook.withView(view -> {
            String id = IncidentIds.resolve(typedId, view.createdIds());
            return found(IncidentFolder.of(view.eventsOf(id)).get(id), id);
        });
    }

    /** An id that resolves but has no incident any more was purged (its id stays taken forever). */
    static Incident found(Incident incident, String id) {
        if (incident == null) {
            throw LogboekException.failure("id.purged", id);
        }
        return incident;
    }

    private void requireExists() {
        if (!java.nio.file.Files.exists(logbook.file())) {
            throw LogboekException.failure("logbook.empty", logbook.file());
        }
    }
}
