package nl.logboek.protocol;

import java.util.List;
import java.util.Optional;

/**
 * Who holds regie as an incident is scaled up, lowest level first, and when to scale up or down.
 *
 * @param afterDown what happens to the file after scaling down, or null
 */
public record Ladder(List<Level> levels, List<Criterion> up, List<Criterion> down,
                     LocalizedText afterDown) {

    public Ladder {
        levels = Copies.of(levels);
        up = Copies.of(up);
        down = Copies.of(down);
    }

    public Optional<Level> level(String levelId) {
        return levels.stream().filter(l -> l != null && levelId.equals(l.id())).findFirst();
    }
}
