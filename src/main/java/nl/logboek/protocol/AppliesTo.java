package nl.logboek.protocol;

import java.util.List;

/**
 * A rule saying for which incidents a protocol is meant: any of {@code categories} aimed at any
 * of {@code targets}; no targets means any kind of target.
 */
public record AppliesTo(List<String> categories, List<String> targets) {

    public AppliesTo {
        categories = Copies.of(categories);
        targets = Copies.of(targets);
    }

    public boolean matches(String category, String targetKind) {
        return categories.contains(category) && (targets.isEmpty() || targets.contains(targetKind));
    }
}
