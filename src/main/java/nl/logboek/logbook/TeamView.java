package nl.logboek.logbook;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A team logbook's writer files merged into one timeline. Each member appends only to their own
 * file, with its own chain and index; reading puts all lines in one order, the same on every
 * machine: by time (epoch seconds), then by writer name, then by line within the writer's file;
 * except that no line about an incident comes before the incident's creation (two members acting
 * within one second, or a clock that is behind, could otherwise put it there).
 *
 * <p>Incidents are numbered writer after writer (by name), each writer's in the order they
 * created them. An incident created by two writers (impossible by construction: each writer's
 * ids start with its own tag), or a line about an incident no writer created, is damage.
 */
final class TeamView implements LogView {
    private final List<FileView> files;
    private final List<String> writers;
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    /** Per file: local ordinal → team ordinal. */
    private final int[][] toTeam;

    /**
     * @param files   the writers' views, in the order of {@code writers}
     * @param writers the writers' names, sorted
     * @param paths   the writers' files, for damage reports
     */
    TeamView(List<FileView> files, List<String> writers, List<java.nio.file.Path> paths) {
        this.files = files;
        this.writers = writers;
        this.toTeam = new int[files.size()][];
        List<List<String>> local = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            List<String> mine = files.get(f).localIds();
            local.add(mine);
            for (int o = 0; o < mine.size(); o++) {
                if (files.get(f).createdHere(o)) {
                    if (ordinals.putIfAbsent(mine.get(o), ids.size()) != null) {
                        throw damage(paths.get(f), files.get(f), mine.get(o), "damage.created-twice");
                    }
                    ids.add(mine.get(o));
                }
            }
        }
        for (int f = 0; f < files.size(); f++) {
            List<String> mine = local.get(f);
            toTeam[f] = new int[mine.size()];
            for (int o = 0; o < mine.size(); o++) {
                Integer team = ordinals.get(mine.get(o));
                if (team == null) {
                    throw damage(paths.get(f), files.get(f), mine.get(o), "damage.unknown-incident");
                }
                toTeam[f][o] = team;
            }
        }
    }

    /** Names the first line of {@code file} about {@code incident}. */
    private static LogbookDamagedException damage(java.nio.file.Path path, FileView file, String incident, String key) {
        List<Event> lines = file.eventsOf(incident);
        long line = lines.isEmpty() ? 0 : lines.get(0).line();
        return new LogbookDamagedException(path, new LineDamage(line, new nl.logboek.i18n.Msg(key, incident)));
    }

    @Override
    public Set<String> createdIds() {
        return java.util.Collections.unmodifiableSet(ordinals.keySet());
    }

    @Override
    public List<String> incidentIds() {
        return java.util.Collections.unmodifiableList(ids);
    }

    @Override
    public int incidentCount() {
        return ids.size();
    }

    /** The timeline order: time, then writer, then line in the writer's file. */
    private record Head(EventKey key, int file, FileView.KeyCursor cursor) {
    }

    private static final Comparator<Head> ORDER = Comparator.<Head>comparingLong(h -> h.key().epochSecond())
            .thenComparingInt(Head::file).thenComparingLong(h -> h.key().line());

    @Override
    public void keys(Consumer<EventKey> sink) {
        merge(k -> {
            sink.accept(k);
            return false;
        }, (k, e) -> { });
    }

    @Override
    public void keyedEvents(Predicate<EventKey> wanted, BiConsumer<EventKey, Event> sink) {
        merge(wanted, sink);
    }

    @Override
    public void keyedEventsOf(BitSet incidents, Predicate<EventKey> wanted, BiConsumer<EventKey, Event> sink) {
        merge(k -> k.ordinal() >= 0 && incidents.get(k.ordinal()) && wanted.test(k), sink);
    }

    /**
     * Walks all writers' keys in timeline order. A key's line is its place in the timeline
     * (1, 2, 3, ...), its ordinal the team's; the events keep the line of their own file.
     */
    private void merge(Predicate<EventKey> wanted, BiConsumer<EventKey, Event> sink) {
        PriorityQueue<Head> queue = new PriorityQueue<>(ORDER);
        for (int f = 0; f < files.size(); f++) {
            FileView.KeyCursor c = files.get(f).new KeyCursor();
            EventKey k = c.next();
            if (k != null) {
                queue.add(new Head(k, f, c));
            }
        }
        long position = 0;
        // A line about an incident waits for the incident's creation, even when it is earlier by
        // the clock or by the writer's name (two members act within one second): its writer had
        // seen the creation, so it can only have come after it.
        java.util.BitSet created = new java.util.BitSet(ids.size());
        Map<Integer, List<Head>> waiting = new HashMap<>();
        while (!queue.isEmpty() || !waiting.isEmpty()) {
            Head h = queue.poll();
            if (h == null) {
                // Only lines whose incident's creation never came (impossible in a sound team
                // logbook: checked when this view was made): in their order, after all others.
                waiting.values().stream().flatMap(List::stream).sorted(ORDER).forEach(queue::add);
                waiting.clear();
                created.set(0, Math.max(1, ids.size()));
                continue;
            }
            EventKey local = h.key();
            int ordinal = local.ordinal() < 0 ? -1 : toTeam[h.file()][local.ordinal()];
            boolean creation = EventType.CREATED.equals(local.type());
            if (ordinal >= 0 && !creation && !created.get(ordinal)) {
                waiting.computeIfAbsent(ordinal, o -> new ArrayList<>()).add(h);
                continue;
            }
            EventKey k = new EventKey(++position, ordinal, local.incident(), local.type(), local.epochSecond(), local.flag());
            if (wanted.test(k)) {
                sink.accept(k, h.cursor().event().fromWriter(writers.get(h.file())));
            }
            EventKey next = h.cursor().next();
            if (next != null) {
                queue.add(new Head(next, h.file(), h.cursor()));
            }
            if (creation && ordinal >= 0 && !created.get(ordinal)) {
                created.set(ordinal);
                List<Head> released = waiting.remove(ordinal);
                if (released != null) {
                    queue.addAll(released);
                }
            }
        }
    }

    @Override
    public List<Event> eventsOf(String incident) {
        List<Event> out = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            for (Event e : files.get(f).eventsOf(incident)) {
                out.add(e.fromWriter(writers.get(f)));
            }
        }
        out.sort(Comparator.<Event>comparingLong(e -> e.time().toEpochSecond())
                .thenComparing(Event::writer).thenComparingLong(Event::line));
        // As in the merged timeline: nothing about the incident comes before its creation.
        for (int i = 0; i < out.size(); i++) {
            if (EventType.CREATED.equals(out.get(i).type())) {
                out.add(0, out.remove(i));
                break;
            }
        }
        return out;
    }

    /** How many lines each writer's file has, as this view sees them: what a new line has seen. */
    Map<String, Long> lines() {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (int f = 0; f < files.size(); f++) {
            out.put(writers.get(f), files.get(f).head().lines());
        }
        return out;
    }

    @Override
    public void close() {
        files.forEach(FileView::close);
    }
}
