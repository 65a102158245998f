package nl.logboek.incident;

import nl.logboek.protocol.Ladder;
import nl.logboek.protocol.Level;
import nl.logboek.protocol.Protocol;

import java.util.List;

/**
 * Where {@code escalate} goes on a protocol's ladder, and whether it can go anywhere at all: the
 * one place for these choices, used by {@link CaseActions} to move and by the texts that suggest
 * a move (no hint may suggest a command that would fail).
 *
 * <ul>
 *   <li>up: the next level above that is not optional;</li>
 *   <li>down: back along the way the incident came ({@link Incident#path()}): after a jump from
 *       school to the Zorg- en Veiligheidshuis, {@code --down} returns to school, not to a level it
 *       never had; without such a way (an incident moved before the way was kept), the next level
 *       below that is not optional, or the first.</li>
 * </ul>
 */
public final class EscalationPath {
    private EscalationPath() {
    }

    /** Whether the ladder has at least two levels: only then can an incident move along it. */
    public static boolean hasLadder(Ladder ladder) {
        return ladder != null && ladder.levels().size() >= 2;
    }

    /** Whether {@code escalate ID --reason ...} (one level up) would succeed for the incident following {@code protocol}. */
    public static boolean canScaleUp(Incident incident, Protocol protocol) {
        Ladder ladder = protocol.ladder();
        if (!hasLadder(ladder) || incident.isClosed()) {
            return false;
        }
        Level at = incident.level() == null ? null : ladder.level(incident.level()).orElse(null);
        return up(ladder.levels(), current(ladder.levels(), at)) >= 0;
    }

    /** The index of the level the incident is at (the first when its level is not on this ladder). */
    static int current(List<Level> levels, Level level) {
        return Math.max(0, levels.indexOf(level));
    }

    /** The index of the level one step up from {@code from}: the next one that is not optional; -1 at the top. */
    static int up(List<Level> levels, int from) {
        for (int i = from + 1; i < levels.size(); i++) {
            if (!levels.get(i).optional()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the level one step down from {@code from}: the level before it on the way the
     * incident came, when that is on this ladder and below; else the next one below that is not
     * optional, or the first; -1 at the first level.
     */
    static int back(Incident incident, List<Level> levels, int from) {
        List<String> path = incident.path();
        for (int i = path.size() - 2; i >= 0; i--) {
            int at = indexOf(levels, path.get(i));
            if (at >= 0 && at < from) {
                return at;
            }
        }
        for (int i = from - 1; i >= 0; i--) {
            if (!levels.get(i).optional() || i == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(List<Level> levels, String id) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
