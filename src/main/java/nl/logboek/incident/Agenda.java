package nl.logboek.incident;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The coordinator's day (`agenda`): what is overdue, what is due today and what in the seven days
 * after today, as a list of entries gathered from several sources (open follow-ups, incidents left
 * idle, retention periods ending), so that more sources (deadlines of protocol items) can be added.
 * Entries are grouped (overdue, today, this week) and sorted by day, then incident id.
 */
public final class Agenda {
    /** How many days after today "this week" reaches. */
    public static final int WEEK = 7;
    /** Incidents without a line for longer than this many days are on the agenda, unless told otherwise. */
    public static final int DEFAULT_IDLE_DAYS = 14;

    public enum Group {
        OVERDUE("overdue"), TODAY("today"), WEEK("week");

        private final String key;

        Group(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public enum Kind {
        FOLLOW_UP("follow-up"), DEADLINE("deadline"), IDLE("idle"), RETENTION("retention");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * One thing on the agenda.
     *
     * @param text  what the source says of it: a follow-up's text, a deadline's item key, else null
     * @param days  for an idle incident, the days since its last line
     * @param ended for a retention period, whether it has ended (the incident is ready to purge)
     * @param item  for a deadline, the protocol item that is due
     */
    public record Entry(Group group, LocalDate day, String incident, String title, Kind kind, String text, long days,
                        boolean ended, nl.logboek.protocol.ChecklistItem item) {
        public Entry(Group group, LocalDate day, String incident, String title, Kind kind, String text, long days,
                     boolean ended) {
            this(group, day, incident, title, kind, text, days, ended, null);
        }

        public boolean overdue() {
            return group == Group.OVERDUE;
        }

        public Entry withTitle(String title) {
            return new Entry(group, day, incident, title, kind, text, days, ended, item);
        }
    }

    private final LocalDate today;
    private final ZoneId zone;
    private final List<Entry> entries = new ArrayList<>();

    public Agenda(LocalDate today, ZoneId zone) {
        this.today = today;
        this.zone = zone;
    }

    public LocalDate today() {
        return today;
    }

    /** The group of a day, or null when it lies beyond this week. */
    Group groupOf(LocalDate day) {
        if (day.isBefore(today)) {
            return Group.OVERDUE;
        }
        if (day.equals(today)) {
            return Group.TODAY;
        }
        return day.isAfter(today.plusDays(WEEK)) ? null : Group.WEEK;
    }

    private void add(LocalDate day, Incident i, Kind kind, String text, long days, boolean ended) {
        add(day, i.id(), i.title(), kind, text, days, ended, null);
    }

    private void add(LocalDate day, Incident i, Kind kind, String text, long days, boolean ended,
                     nl.logboek.protocol.ChecklistItem item) {
        add(day, i.id(), i.title(), kind, text, days, ended, item);
    }

    private void add(LocalDate day, String id, String title, Kind kind, String text, long days, boolean ended,
                     nl.logboek.protocol.ChecklistItem item) {
        Group g = groupOf(day);
        if (g != null) {
            entries.add(new Entry(g, day, id, title, kind, text, days, ended, item));
        }
    }

    /**
     * Items of the incidents' protocols with a deadline (the meldplicht: at once; a data breach:
     * within 72 hours) that apply and are not done, on the day they are due. A deadline counted
     * from another item starts when that item is done.
     *
     * @param checklists the checklists of every protocol of an incident (none when its protocols are not loaded)
     */
    public Agenda deadlines(Iterable<Incident> incidents, Function<Incident, List<Checklist>> checklists) {
        for (Incident i : incidents) {
            if (i.isClosed()) {
                continue;
            }
            for (Checklist c : checklists.apply(i)) {
                for (nl.logboek.protocol.ChecklistItem item : c.protocol().items()) {
                    if (item.deadline() == null || c.applies(item) != Checklist.Applies.YES || c.isDone(item)) {
                        continue;
                    }
                    LocalDate due = due(i, c, item.deadline());
                    if (due != null) {
                        add(due, i, Kind.DEADLINE, c.key(item.id()), 0, false, item);
                    }
                }
            }
        }
        return this;
    }

    /** The day a deadline falls, or null while the item it is counted from is not done. */
    LocalDate due(Incident i, Checklist c, nl.logboek.protocol.Deadline d) {
        OffsetDateTime start;
        if ("reported".equals(d.after()) || "created".equals(d.after())) {
            start = i.reportedAt();
        } else {
            var from = c.protocol().item(d.after()).map(c::doneBy).orElse(null);
            if (from == null || from.time() == null) {
                return null;
            }
            start = from.time();
            if (IncidentEvent.of(from) instanceof IncidentEvent.ItemsDone done && done.doneOn() != null) {
                try {
                    // Counted from the day the item was really done, as the user gave it.
                    start = java.time.LocalDate.parse(done.doneOn()).atStartOfDay(zone).toOffsetDateTime();
                } catch (java.time.format.DateTimeParseException notADay) {
                    // the line's own time then
                }
            }
        }
        return dueDay(start.atZoneSameInstant(zone), d.within());
    }

    /** "immediately": the same day; "72h": the day 72 hours later; "5d": 5 days later; "3wd": 3 working days (Mon–Fri) later. */
    static LocalDate dueDay(java.time.ZonedDateTime start, String within) {
        if (within == null || within.equals("immediately")) {
            return start.toLocalDate();
        }
        if (within.endsWith("wd")) {
            int n = Integer.parseInt(within.substring(0, within.length() - 2));
            LocalDate day = start.toLocalDate();
            while (n > 0) {
                day = day.plusDays(1);
                if (day.getDayOfWeek().getValue() <= 5) {
                    n--;
                }
            }
            return day;
        }
        int n = Integer.parseInt(within.substring(0, within.length() - 1));
        return within.endsWith("h") ? start.plusHours(n).toLocalDate() : start.toLocalDate().plusDays(n);
    }

    /** The open follow-ups of incidents not closed, on the day they are due. */
    public Agenda followUps(Iterable<Incident> incidents) {
        for (Incident i : incidents) {
            if (i.isClosed()) {
                continue;
            }
            for (Incident.FollowUp f : i.openFollowUps()) {
                LocalDate due;
                try {
                    due = LocalDate.parse(f.due());
                } catch (RuntimeException notADay) {
                    continue;
                }
                add(due, i, Kind.FOLLOW_UP, f.text(), 0, false);
            }
        }
        return this;
    }

    /**
     * Incidents not closed whose last line is more than {@code idleDays} days ago, on the first day
     * they were idle that long (today when that is today, overdue when earlier).
     */
    public Agenda idle(Iterable<Incident> incidents, int idleDays) {
        for (Incident i : incidents) {
            if (i.isClosed()) {
                continue;
            }
            long days = idleDays(i, today, zone);
            if (days > idleDays) {
                LocalDate last = today.minusDays(days);
                add(last.plusDays(idleDays + 1L), i, Kind.IDLE, null, days, false);
            }
        }
        return this;
    }

    /**
     * Closed incidents whose retention period ends this week, or has ended (ready to purge), on the
     * day it ends. An entry's title is the incident's when it was folded, else null ({@link #withTitles}).
     *
     * @param expiresAt when the retention period of an incident closed at a time ends (null: none)
     */
    public Agenda retention(Iterable<IncidentBook.Closing> closed, Function<OffsetDateTime, OffsetDateTime> expiresAt,
                            OffsetDateTime now) {
        for (IncidentBook.Closing c : closed) {
            OffsetDateTime end = c.closedAt() == null ? null : expiresAt.apply(c.closedAt());
            if (end != null) {
                add(end.atZoneSameInstant(zone).toLocalDate(), c.id(), c.incident() == null ? null : c.incident().title(),
                        Kind.RETENTION, null, 0, !end.isAfter(now), null);
            }
        }
        return this;
    }

    /** Retention periods that ended before today, only counted (they are not listed one by one). */
    private long endedUncounted;

    /** Counts {@code n} retention periods more that surely ended before today, without entries. */
    public Agenda retentionEndedUncounted(long n) {
        endedUncounted += n;
        return this;
    }

    /** Gives the entries of the incidents in {@code titles} those titles. */
    public Agenda withTitles(java.util.Map<String, String> titles) {
        entries.replaceAll(e -> titles.containsKey(e.incident()) ? e.withTitle(titles.get(e.incident())) : e);
        return this;
    }

    /** Every entry: overdue, today, this week; within a group by day, then incident id. */
    public List<Entry> entries() {
        return sorted(entries);
    }

    private static List<Entry> sorted(List<Entry> entries) {
        List<Entry> out = new ArrayList<>(entries);
        out.sort(Agenda::inOrder);
        return out;
    }

    /**
     * By group, day, incident id, kind. Written out rather than Comparator.comparing(...).thenComparing(...):
     * those make lambdas inside the JDK, which the class-data archive does not keep (spun on every start).
     */
    private static int inOrder(Entry a, Entry b) {
        int c = a.group().compareTo(b.group());
        if (c == 0) {
            c = a.day().compareTo(b.day());
        }
        if (c == 0) {
            c = a.incident().compareTo(b.incident());
        }
        return c != 0 ? c : a.kind().compareTo(b.kind());
    }

    /** How many retention periods each group has. */
    public java.util.Map<Group, Long> retentionCounts() {
        java.util.Map<Group, Long> out = new java.util.EnumMap<>(Group.class);
        if (endedUncounted > 0) {
            out.put(Group.OVERDUE, endedUncounted);
        }
        for (Entry e : entries) {
            if (e.kind() == Kind.RETENTION) {
                out.merge(e.group(), 1L, Long::sum);
            }
        }
        return out;
    }

    /**
     * As {@link #entries()}, but of a group with more than {@code collapseAfter} retention periods
     * (shown as their number: years of records never purged) only the first of each kind (ended
     * or not): what a reader of the agenda sees of them is their number and their label.
     */
    public List<Entry> entries(int collapseAfter) {
        java.util.Map<Group, Long> counts = retentionCounts();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Entry> kept = new ArrayList<>();
        for (Entry e : entries) {
            if (e.kind() != Kind.RETENTION || counts.get(e.group()) <= collapseAfter || seen.add(e.group() + " " + e.ended())) {
                kept.add(e);
            }
        }
        return sorted(kept);
    }

    public boolean anyOverdue() {
        return endedUncounted > 0 || entries.stream().anyMatch(Entry::overdue);
    }

    /** Whole days between the day of an incident's last line and {@code today}, in {@code zone}. */
    public static long idleDays(Incident i, LocalDate today, ZoneId zone) {
        LocalDate last = i.lastActivityAt().atZoneSameInstant(zone).toLocalDate();
        return Math.max(0, ChronoUnit.DAYS.between(last, today));
    }

    /** The day of the earliest open follow-up, or null. */
    public static String nextDue(Incident i) {
        String next = null;
        for (Incident.FollowUp f : i.openFollowUps()) {
            if (f.due() != null && (next == null || f.due().compareTo(next) < 0)) {
                next = f.due();
            }
        }
        return next;
    }

    /** Whether an incident has an open follow-up due before {@code today}. */
    public static boolean hasOverdueFollowUp(Incident i, LocalDate today) {
        return !i.isClosed() && i.openFollowUps().stream().anyMatch(f -> f.overdue(today));
    }
}
