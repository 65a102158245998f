package nl.logboek.protocol;

import java.util.List;

/**
 * A rule saying for which incidents a protocol is meant: any of {@code categories} (none: any, in
 * an {@code addWhen} rule) aimed at any of {@code targets} (none: any kind of target), involving
 * someone that {@code involves} describes (none: anyone).
 *
 * @param because why, in words, for the coordinator ("een medewerker is dader in een seksuele categorie")
 */
public record AppliesTo(List<String> categories, List<String> targets, List<Involves> involves,
                        LocalizedText because) {

    public AppliesTo {
        categories = Copies.of(categories);
        targets = Copies.of(targets);
        involves = Copies.of(involves);
    }

    public AppliesTo(List<String> categories, List<String> targets) {
        this(categories, targets, List.of(), null);
    }

    public boolean matches(String category, String targetKind) {
        return matches(category, targetKind, List.of());
    }

    public boolean matches(String category, String targetKind, List<Party> people) {
        return (categories.isEmpty() || categories.contains(category))
                && (targets.isEmpty() || targets.contains(targetKind))
                && Involves.anyMatch(involves, people);
    }
}
