package nl.logboek.logbook;

import nl.logboek.i18n.Msg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The part of the team rule (see {@link LogbookVerifier#verifyTeam}) that only all writer files
 * together show: in the team's timeline, no line about an incident comes before that incident's
 * creation line, in whichever member's file the creation is.
 *
 * <p>The timeline is {@link TeamView}'s order, walked here over what {@code verify} keeps of each
 * line (time, line number, incident, whether it creates it) instead of over the index: by time
 * (epoch seconds), then by writer (the files in writer order), then by line; a line about an
 * incident whose creation has not come yet waits for it, and its file's later lines wait behind
 * it. In a sound team logbook every line that waits is released by the creation it waits for.
 * What is left waiting when nothing else can move (an incident a file refers to before creating
 * it itself, two files each waiting for an incident the other creates later) is released in
 * timeline order, as TeamView does, and each line then read before its incident's creation is a
 * problem; so is every line about an incident that no member's file creates.
 */
final class TeamTimelineCheck {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** A new, empty record of one writer file's lines, for {@link #problems}. */
    Keys keys() {
        return new Keys();
    }

    /** What the check needs of each line of one writer file, in file order. */
    final class Keys {
        private long[] epoch = new long[16];
        private long[] line = new long[16];
        /** Index in {@link #names}, or -1 for a line about the logbook itself. */
        private int[] incident = new int[16];
        private boolean[] creation = new boolean[16];
        private int size;

        /** A line that could be read. Purged lines are left out, as in the timeline. */
        void add(Event e) {
            if (e.purged()) {
                return;
            }
            if (size == epoch.length) {
                int n = size * 2;
                epoch = Arrays.copyOf(epoch, n);
                line = Arrays.copyOf(line, n);
                incident = Arrays.copyOf(incident, n);
                creation = Arrays.copyOf(creation, n);
            }
            epoch[size] = e.time().toEpochSecond();
            line[size] = e.line();
            incident[size] = e.incident() == null ? -1 : ids.computeIfAbsent(e.incident(), id -> {
                names.add(id);
                return names.size() - 1;
            });
            creation[size] = EventType.CREATED.equals(e.type());
            size++;
        }
    }

    /**
     * @param files every writer file's lines, in writer order (the order of the timeline)
     * @return per file, in the same order, each line read before its incident's creation (or
     *         about an incident no file creates), in the order of the timeline
     */
    List<List<LogbookVerifier.Problem>> problems(List<Keys> files) {
        int n = files.size();
        List<List<LogbookVerifier.Problem>> problems = new ArrayList<>();
        BitSet createdSomewhere = new BitSet(names.size());
        for (Keys k : files) {
            problems.add(new ArrayList<>());
            for (int i = 0; i < k.size; i++) {
                if (k.creation[i] && k.incident[i] >= 0) {
                    createdSomewhere.set(k.incident[i]);
                }
            }
        }
        int[] at = new int[n];
        PriorityQueue<Integer> queue = new PriorityQueue<>(Comparator.<Integer>comparingLong(f -> files.get(f).epoch[at[f]])
                .thenComparingInt(f -> f).thenComparingLong(f -> files.get(f).line[at[f]]));
        for (int f = 0; f < n; f++) {
            if (files.get(f).size > 0) {
                queue.add(f);
            }
        }
        BitSet created = new BitSet(names.size());
        Map<Integer, List<Integer>> waiting = new HashMap<>();
        boolean released = false;
        while (!queue.isEmpty() || !waiting.isEmpty()) {
            Integer f = queue.poll();
            if (f == null) {
                // Nothing can move: what waits, waits for a creation that can only come after it.
                released = true;
                waiting.values().forEach(queue::addAll);
                waiting.clear();
                continue;
            }
            Keys k = files.get(f);
            int i = at[f];
            int incident = k.incident[i];
            if (incident >= 0 && !k.creation[i] && !created.get(incident)) {
                if (!released && createdSomewhere.get(incident)) {
                    waiting.computeIfAbsent(incident, x -> new ArrayList<>()).add(f);
                    continue;
                }
                problems.get(f).add(new LogbookVerifier.Problem(k.line[i], new Msg("damage.unknown-incident", names.get(incident))));
            }
            at[f]++;
            if (at[f] < k.size) {
                queue.add(f);
            }
            if (incident >= 0 && k.creation[i] && !created.get(incident)) {
                created.set(incident);
                List<Integer> free = waiting.remove(incident);
                if (free != null) {
                    queue.addAll(free);
                }
            }
        }
        return problems;
    }
}
