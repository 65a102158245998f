package nl.logboek.incident;

import nl.logboek.LogboekException;
import nl.logboek.protocol.Protocol;
import nl.logboek.protocol.ProtocolRegistry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where an incident stands, as `list` shows it: the step of its protocol it is at, its level on the
 * escalation ladder, the days since its last line and its next follow-up.
 *
 * @param stepId     the current step's id, null when every step is finished or the protocol is not loaded
 * @param stepNumber 1-based position of the current step (steps + 1 when all are finished; 0 when unknown)
 * @param steps      how many steps its protocol has (0 when the protocol is not loaded)
 * @param level      the level id on the ladder (the first level before any move), or null
 * @param nextDue    the day (yyyy-mm-dd) of its earliest open follow-up, or null
 */
public record Standing(Incident incident, String stepId, int stepNumber, int steps, String level, long idleDays,
                       String nextDue, boolean overdue) {

    /** "2/7"; "7/7 ✓" when every step is finished; "?" when its protocol is not loaded. */
    public String step() {
        if (steps == 0) {
            return "?";
        }
        return stepNumber > steps ? steps + "/" + steps + " \u2713" : stepNumber + "/" + steps;
    }

    /** The orders `list --sort` knows. */
    public enum Order {
        REPORTED, IDLE, DUE, STATUS;

        public static final String NAMES = "reported, idle, due, status";

        public static Order parse(String typed) {
            String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
            for (Order o : values()) {
                if (o.name().toLowerCase(Locale.ROOT).equals(t)) {
                    return o;
                }
            }
            throw LogboekException.usage("list.sort-unknown", typed, NAMES);
        }

        /**
         * reported: oldest first; idle: longest idle first; due: earliest next follow-up first (none
         * last); status: open, opgeschaald, afgeschaald, gesloten. Ties keep the order reported.
         */
        Comparator<Standing> comparator() {
            return switch (this) {
                case REPORTED -> (a, b) -> 0;
                case IDLE -> Comparator.comparingLong(Standing::idleDays).reversed();
                case DUE -> Comparator.comparing(Standing::nextDue, Comparator.nullsLast(Comparator.naturalOrder()));
                case STATUS -> Comparator.comparingInt(s -> STATUSES.indexOf(s.incident().status()));
            };
        }
    }

    private static final List<String> STATUSES = List.of(Status.OPEN, "opgeschaald", "afgeschaald", Status.CLOSED);

    /** Standings of many incidents: each protocol is looked up (and bound) once. */
    public static final class Reader {
        private final ProtocolRegistry protocols;
        private final LocalDate today;
        private final ZoneId zone;
        private final Map<String, Optional<Protocol>> bound = new HashMap<>();

        /** @param protocols null when only the idle days and follow-ups are needed (no step or level) */
        public Reader(ProtocolRegistry protocols, LocalDate today, ZoneId zone) {
            this.protocols = protocols;
            this.today = today;
            this.zone = zone;
        }

        public Standing of(Incident i) {
            Optional<Protocol> protocol = i.protocol() == null || protocols == null ? Optional.empty()
                    : bound.computeIfAbsent(i.protocol(), protocols::byId);
            String stepId = null;
            int number = 0;
            int steps = 0;
            String level = null;
            if (protocol.isPresent()) {
                Protocol p = protocol.get();
                steps = p.steps().size();
                number = Checklist.stepNumber(i, p);
                stepId = number > steps ? null : p.steps().get(number - 1).id();
                var l = Checklist.levelOf(i, p);
                level = l == null ? i.level() : l.id();
            } else {
                level = i.level();
            }
            return new Standing(i, stepId, number, steps, level, Agenda.idleDays(i, today, zone), Agenda.nextDue(i),
                    Agenda.hasOverdueFollowUp(i, today));
        }

        /** The standings of {@code incidents} (given oldest first), in {@code order}. */
        public List<Standing> all(Collection<Incident> incidents, Order order) {
            List<Standing> out = new ArrayList<>(incidents.size());
            for (Incident i : incidents) {
                out.add(of(i));
            }
            out.sort(order.comparator());
            return out;
        }
    }
}
