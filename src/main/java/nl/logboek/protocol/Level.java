package nl.logboek.protocol;

import java.util.List;

/**
 * One rung of the escalation ladder. The first level of a ladder is where every incident
 * starts; going "one level up" skips optional levels, which are reached only by name.
 *
 * @param regie    who holds regie at this level, in words
 * @param optional a level the case may go to instead of the next one (Veilig Thuis), not one
 *                 every case passes
 * @param tasks    what the party holding regie does at this level
 * @param source   where the level comes from, when not from the protocol's source, or null
 */
public record Level(String id, LocalizedText title, LocalizedText regie, boolean optional,
                    List<String> partners, List<LocalizedText> tasks, String source) {

    public Level {
        partners = Copies.of(partners);
        tasks = Copies.of(tasks);
    }
}
