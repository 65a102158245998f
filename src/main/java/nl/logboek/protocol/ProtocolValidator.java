package nl.logboek.protocol;

import static nl.logboek.protocol.LocatedJson.field;
import static nl.logboek.protocol.LocatedJson.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a protocol file must follow beyond being well-formed JSON of the right shape. Rules
 * are checked all at once so a user sees every problem of a file in one message.
 */
final class ProtocolValidator {

    /** The level where an incident starts, and at least one to escalate it to. */
    static final int MIN_LEVELS = 2;

    private final Problems problems;
    private final Set<String> partnerIds;
    /** Item ids are unique across the whole protocol: a user ticks one with {@code --done ITEM}. */
    private final Map<String, String> itemIds = new HashMap<>();
    private final Map<String, String> alertIds = new HashMap<>();

    private ProtocolValidator(LocatedJson json, Set<String> partnerIds) {
        this.problems = new Problems(json);
        this.partnerIds = partnerIds;
    }

    /**
     * @param expectedId the id the file name promises; a protocol is replaced by id, so a file
     *                   named after one protocol but holding another would be a trap
     */
    static List<ProtocolProblem> check(Protocol protocol, String expectedId, LocatedJson json,
                                       Set<String> partnerIds) {
        ProtocolValidator v = new ProtocolValidator(json, partnerIds);
        v.protocol(protocol, expectedId);
        return v.problems.found();
    }

    static List<ProtocolProblem> check(PartnerFile file, LocatedJson json) {
        Problems problems = new Problems(json);
        problems.format(file.format());
        Map<String, String> ids = new HashMap<>();
        problems.each("partners", file.partners(), (at, partner) -> {
            problems.id(at, partner.id(), "partner", ids);
            problems.localized(at, "name", partner.name());
        });
        return problems.found();
    }

    private void protocol(Protocol p, String expectedId) {
        problems.format(p.format());
        problems.id("", p.id(), "protocol");
        if (p.id() != null && !p.id().equals(expectedId)) {
            problems.add("id", "\"" + p.id() + "\" does not match the file name; a protocol with id \""
                    + p.id() + "\" must be in a file named " + p.id() + ".json");
        }
        problems.localized("", "title", p.title());
        problems.optionalLocalized("", "description", p.description());
        problems.text("", "source", p.source());
        problems.each("appliesTo", p.appliesTo(), this::appliesTo);
        Map<String, String> groupIds = new HashMap<>();
        problems.each("partnerGroups", p.partnerGroups(), (at, g) -> {
            problems.id(at, g.id(), "partner group", groupIds);
            problems.localized(at, "title", g.title());
            problems.partners(field(at, "partners"), g.partners(), partnerIds);
        });
        problems.each("alerts", p.alerts(), this::alert);
        imageAlertForSexualCategories(p);
        if (p.steps().isEmpty()) {
            problems.add("", "a protocol needs at least one step in \"steps\"");
        }
        Map<String, String> stepIds = new HashMap<>();
        problems.each("steps", p.steps(), (at, s) -> step(at, s, stepIds, p.ladder()));
        if (p.ladder() != null) {
            ladder("ladder", p.ladder());
        } else if (!p.overlay()) {
            problems.add("ladder", "missing: a protocol that is not an overlay needs an escalation \"ladder\""
                    + " with at least " + MIN_LEVELS + " levels, the first being where an incident starts;"
                    + " add one, or set \"overlay\": true if the protocol is only added beside a main protocol");
        }
    }

    private void appliesTo(String at, AppliesTo rule) {
        if (rule.categories().isEmpty()) {
            problems.add(at, "an appliesTo rule needs at least one category; known: " + Category.ids());
        }
        List<String> categories = rule.categories();
        for (int i = 0; i < categories.size(); i++) {
            if (Category.byId(categories.get(i)).isEmpty()) {
                problems.add(index(field(at, "categories"), i), "unknown category \""
                        + categories.get(i) + "\"; known: " + Category.ids());
            }
        }
        List<String> targets = rule.targets();
        for (int i = 0; i < targets.size(); i++) {
            if (TargetKind.byId(targets.get(i)).isEmpty()) {
                problems.add(index(field(at, "targets"), i), "unknown target kind \""
                        + targets.get(i) + "\"; known: " + TargetKind.ids());
            }
        }
    }

    /**
     * A coordinator handling sexting must be told, at every step, never to keep the image:
     * possessing it is itself a crime. An organisation's own protocol may not drop that.
     */
    private void imageAlertForSexualCategories(Protocol p) {
        p.appliesTo().stream().flatMap(a -> a.categories().stream())
                .filter(c -> Category.byId(c).map(Category::sexual).orElse(false))
                .findFirst()
                .filter(c -> p.alerts().stream().noneMatch(a -> a != null && a.kind() == AlertKind.IMAGE))
                .ifPresent(c -> problems.add("appliesTo", "the protocol applies to \"" + c + "\", so its"
                        + " \"alerts\" need one of kind \"image\": sexual images of minors are never stored,"
                        + " copied or forwarded (art. 240b Sr); record only where they are and report the URL"
                        + " to the police"));
    }

    private void alert(String at, Alert a) {
        problems.id(at, a.id(), "alert", alertIds);
        problems.present(at, "kind", a.kind());
        problems.localized(at, "text", a.text());
        problems.optionalText(at, "source", a.source());
    }

    private void step(String at, Step s, Map<String, String> stepIds, Ladder ladder) {
        problems.id(at, s.id(), "step", stepIds);
        problems.localized(at, "title", s.title());
        problems.optionalLocalized(at, "description", s.description());
        if (s.regie() != null) {
            regie(field(at, "regie"), s.regie(), ladder);
        }
        problems.partners(field(at, "partners"), s.partners(), partnerIds);
        problems.each(field(at, "alerts"), s.alerts(), this::alert);
        problems.each(field(at, "items"), s.items(), (itemAt, item) -> {
            problems.id(itemAt, item.id(), "item", itemIds);
            problems.localized(itemAt, "text", item.text());
            problems.optionalText(itemAt, "source", item.source());
        });
    }

    private void regie(String at, String levelId, Ladder ladder) {
        if (ladder == null) {
            problems.add(at, "refers to level \"" + levelId + "\" but the protocol has no \"ladder\"");
        } else if (ladder.level(levelId).isEmpty()) {
            problems.add(at, "unknown level \"" + levelId + "\"; the ladder has: " + ladder.levels().stream()
                    .filter(l -> l != null && l.id() != null).map(Level::id).collect(Collectors.joining(", ")));
        }
    }

    /**
     * An incident starts at the first level and {@code escalate} moves it one level up or down,
     * so a ladder needs somewhere to start that every case passes, and somewhere to go.
     */
    private void ladder(String at, Ladder ladder) {
        List<Level> levels = ladder.levels();
        if (levels.size() < MIN_LEVELS) {
            problems.add(field(at, "levels"), "has " + levels.size() + (levels.size() == 1 ? " level" : " levels")
                    + "; a ladder needs at least " + MIN_LEVELS + ": the level where an incident starts and"
                    + " at least one to escalate to");
        }
        if (!levels.isEmpty() && levels.get(0) != null && levels.get(0).optional()) {
            problems.add(field(index(field(at, "levels"), 0), "optional"), "the first level is where every"
                    + " incident starts, so it cannot be optional; remove \"optional\" or put a level"
                    + " every case passes first");
        }
        Map<String, String> levelIds = new HashMap<>();
        problems.each(field(at, "levels"), levels, (levelAt, level) -> {
            problems.id(levelAt, level.id(), "level", levelIds);
            problems.localized(levelAt, "title", level.title());
            problems.localized(levelAt, "regie", level.regie());
            problems.partners(field(levelAt, "partners"), level.partners(), partnerIds);
            problems.each(field(levelAt, "tasks"), level.tasks(), problems::languages);
            problems.optionalText(levelAt, "source", level.source());
        });
        Map<String, String> criterionIds = new HashMap<>();
        Problems.Check<Criterion> criterion = (criterionAt, c) -> {
            problems.id(criterionAt, c.id(), "criterion", criterionIds);
            problems.localized(criterionAt, "text", c.text());
            problems.optionalText(criterionAt, "source", c.source());
        };
        problems.each(field(at, "up"), ladder.up(), criterion);
        problems.each(field(at, "down"), ladder.down(), criterion);
        problems.optionalLocalized(at, "afterDown", ladder.afterDown());
    }
}
