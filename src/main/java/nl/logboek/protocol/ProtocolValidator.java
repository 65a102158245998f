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

    /** The roles a person can have in an incident (as recorded by `new --person`). */
    static final List<String> ROLES = List.of("slachtoffer", "dader", "getuige", "melder");

    /** The level where an incident starts, and at least one to escalate it to. */
    static final int MIN_LEVELS = 2;

    private final Problems problems;
    private final Set<String> partnerIds;
    /** Item ids are unique across the whole protocol: a user ticks one with {@code --done ITEM}. */
    private final Map<String, String> itemIds = new HashMap<>();
    private final Map<String, String> alertIds = new HashMap<>();
    private final Map<String, ChecklistItem> items = new HashMap<>();
    private final Map<String, Step> stepOfItem = new HashMap<>();
    private final List<Pending> conditions = new java.util.ArrayList<>();
    private final List<Pending> notBefores = new java.util.ArrayList<>();
    private Ladder ladder;

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
        problems.each("appliesTo", p.appliesTo(), (at, rule) -> rule(at, rule, false));
        problems.each("addWhen", p.addWhen(), (at, rule) -> rule(at, rule, true));
        Map<String, String> groupIds = new HashMap<>();
        problems.each("partnerGroups", p.partnerGroups(), (at, g) -> {
            problems.id(at, g.id(), "partner group", groupIds);
            problems.localized(at, "title", g.title());
            problems.partners(field(at, "partners"), g.partners(), partnerIds);
        });
        ladder = p.ladder();
        problems.each("alerts", p.alerts(), this::alert);
        imageAlertForSexualCategories(p);
        if (p.steps().isEmpty()) {
            problems.add("", "a protocol needs at least one step in \"steps\"");
        }
        Map<String, String> stepIds = new HashMap<>();
        problems.each("steps", p.steps(), (at, s) -> step(at, s, stepIds, p.ladder()));
        references();
        if (p.ladder() != null) {
            ladder("ladder", p.ladder());
        } else if (!p.overlay()) {
            problems.add("ladder", "missing: a protocol that is not an overlay needs an escalation \"ladder\""
                    + " with at least " + MIN_LEVELS + " levels, the first being where an incident starts;"
                    + " add one, or set \"overlay\": true if the protocol is only added beside a main protocol");
        }
    }

    private void rule(String at, AppliesTo rule, boolean add) {
        if (add) {
            problems.localized(at, "because", rule.because());
        } else {
            problems.optionalLocalized(at, "because", rule.because());
        }
        List<Involves> involves = rule.involves();
        for (int i = 0; i < involves.size(); i++) {
            String iat = index(field(at, "involves"), i);
            Involves w = involves.get(i);
            if (w == null || (w.role() == null && w.kind() == null)) {
                problems.add(iat, "give a \"role\" (" + String.join(", ", ROLES) + ") and/or a \"kind\" ("
                        + TargetKind.ids() + ")");
                continue;
            }
            if (w.role() != null && !ROLES.contains(w.role())) {
                problems.add(field(iat, "role"), "unknown role \"" + w.role() + "\"; known: " + String.join(", ", ROLES));
            }
            if (w.kind() != null && TargetKind.byId(w.kind()).isEmpty()) {
                problems.add(field(iat, "kind"), "unknown kind \"" + w.kind() + "\"; known: " + TargetKind.ids());
            }
        }
        if (add) {
            checkCategoriesAndTargets(at, rule);
            return;
        }
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
        checkTargets(at, rule);
    }

    private void checkCategoriesAndTargets(String at, AppliesTo rule) {
        List<String> categories = rule.categories();
        for (int i = 0; i < categories.size(); i++) {
            if (Category.byId(categories.get(i)).isEmpty()) {
                problems.add(index(field(at, "categories"), i), "unknown category \""
                        + categories.get(i) + "\"; known: " + Category.ids());
            }
        }
        checkTargets(at, rule);
    }

    private void checkTargets(String at, AppliesTo rule) {
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
        law(at, a.kind() == AlertKind.LAW, a.law(), "kind");
        for (int i = 0; i < a.categories().size(); i++) {
            if (Category.byId(a.categories().get(i)).isEmpty()) {
                problems.add(index(field(at, "categories"), i), "unknown category \""
                        + a.categories().get(i) + "\"; known: " + Category.ids());
            }
        }
        if (a.when() != null) {
            conditions.add(new Pending(field(at, "when"), a.when(), null));
        }
    }

    /** Only what names its law is printed as a legal duty; a law named on anything else would mislead. */
    private void law(String at, boolean isLaw, LocalizedText law, String field) {
        if (isLaw) {
            problems.localized(at, "law", law);
        } else if (law != null) {
            problems.add(field(at, "law"), "only a legal duty names a law: set \"" + field + "\" to \"law\" or remove \"law\"");
        }
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
        if (s.when() != null) {
            conditions.add(new Pending(field(at, "when"), s.when(), s));
        }
        problems.each(field(at, "items"), s.items(), (itemAt, item) -> item(itemAt, item, s));
    }

    private void item(String at, ChecklistItem item, Step step) {
        problems.id(at, item.id(), "item", itemIds);
        problems.localized(at, "text", item.text());
        problems.optionalText(at, "source", item.source());
        if (item.id() != null) {
            items.put(item.id(), item);
            stepOfItem.put(item.id(), step);
        }
        law(at, item.duty() == Duty.LAW, item.law(), "duty");
        if (item.kind() == ItemKind.DECISION) {
            if (item.options().size() < 2) {
                problems.add(field(at, "options"), "a decision needs at least 2 options, each {\"id\": ..., \"text\": {\"nl\": ..., \"en\": ...}}");
            }
            Map<String, String> optionIds = new HashMap<>();
            problems.each(field(at, "options"), item.options(), (oat, o) -> {
                problems.id(oat, o.id(), "option", optionIds);
                problems.localized(oat, "text", o.text());
            });
        } else if (!item.options().isEmpty()) {
            problems.add(field(at, "options"), "only a decision has options; set \"kind\": \"decision\" or remove \"options\""
                    + (item.kind() == ItemKind.QUESTION ? " (a question is answered ja, nee, twijfel or onbekend)" : ""));
        }
        if (item.answered() && item.consent()) {
            problems.add(field(at, "consent"), "a question or decision cannot record a consent; use an action item");
        }
        if (item.when() != null) {
            conditions.add(new Pending(field(at, "when"), item.when(), item));
        }
        for (int i = 0; i < item.fulfilledBy().size(); i++) {
            fulfilment(index(field(at, "fulfilledBy"), i), item.fulfilledBy().get(i));
        }
        if (!item.notBefore().isEmpty()) {
            notBefores.add(new Pending(field(at, "notBefore"), null, item));
        }
        if (item.deadline() != null) {
            Deadline d = item.deadline();
            if (!Deadline.validWithin(d.within())) {
                problems.add(field(field(at, "deadline"), "within"), "expected \"immediately\" or a number with h, d or wd"
                        + " (hours, days, working days), such as \"72h\", \"5d\" or \"3wd\"");
            }
            if (d.after() == null) {
                problems.add(field(at, "deadline"), "missing \"after\": \"reported\", \"created\" or an item id of this protocol");
            } else if (!d.after().equals("reported") && !d.after().equals("created")) {
                notBefores.add(new Pending(field(field(at, "deadline"), "after"), null,
                        new ChecklistItem(null, null, null, null, null, null, null, false, false, false, null, null,
                                List.of(d.after()), null)));
            }
            problems.optionalText(field(at, "deadline"), "source", d.source());
        }
    }

    private void fulfilment(String at, Fulfilment f) {
        if (f == null) {
            problems.add(at, "expected an object { ... }");
            return;
        }
        int forms = (f.evidence().isEmpty() ? 0 : 1) + (f.escalation() == null ? 0 : 1)
                + (f.deescalation() == null ? 0 : 1) + (f.consent() == null ? 0 : 1);
        if (forms != 1) {
            problems.add(at, "give exactly one of \"evidence\" (a list of fields), \"escalation\" (a level or partner id,"
                    + " or \"*\"), \"deescalation\": true or \"consent\" (a partner id, or \"*\")");
            return;
        }
        for (int i = 0; i < f.evidence().size(); i++) {
            if (!Fulfilment.EVIDENCE_FIELDS.contains(f.evidence().get(i))) {
                problems.add(index(field(at, "evidence"), i), "unknown evidence field \"" + f.evidence().get(i)
                        + "\"; known: " + String.join(", ", Fulfilment.EVIDENCE_FIELDS));
            }
        }
        if (Boolean.FALSE.equals(f.deescalation())) {
            problems.add(field(at, "deescalation"), "only true means anything here; remove the entry instead");
        }
        if (f.consent() != null && !f.consent().equals(Fulfilment.ANY) && !partnerIds.contains(f.consent())) {
            problems.add(field(at, "consent"), "unknown partner \"" + f.consent() + "\"; use a partner id or \"*\"");
        }
        if (f.escalation() != null && !f.escalation().equals(Fulfilment.ANY) && !partnerIds.contains(f.escalation())
                && (ladder == null || ladder.level(f.escalation()).isEmpty())) {
            problems.add(field(at, "escalation"), "unknown level or partner \"" + f.escalation() + "\"; use a level id of"
                    + " the ladder, a partner id, or \"*\"");
        }
    }

    /** A condition or reference, checked once every item of the protocol is known. */
    private record Pending(String at, Condition condition, Object owner) {
    }

    /** Conditions refer to items anywhere in the protocol, so they are checked after all items are read. */
    private void references() {
        for (Pending p : conditions) {
            condition(p.at(), p.condition());
        }
        for (Pending p : notBefores) {
            ChecklistItem item = (ChecklistItem) p.owner();
            for (int i = 0; i < item.notBefore().size(); i++) {
                String ref = item.notBefore().get(i);
                String refAt = item.id() == null ? p.at() : index(p.at(), i);
                if (!items.containsKey(ref)) {
                    problems.add(refAt, "refers to item \"" + ref + "\", which this protocol does not have");
                } else if (ref.equals(item.id())) {
                    problems.add(refAt, "an item cannot come after itself");
                }
            }
        }
        cycles();
    }

    private void condition(String at, Condition c) {
        if (c == null) {
            problems.add(at, "expected an object { ... }");
            return;
        }
        int forms = (c.answer() == null ? 0 : 1) + (c.all().isEmpty() ? 0 : 1) + (c.any().isEmpty() ? 0 : 1);
        if (forms != 1) {
            problems.add(at, "give exactly one of {\"answer\": ITEM, \"is\": [...]}, {\"all\": [...]} or {\"any\": [...]}");
            return;
        }
        if (c.answer() != null) {
            ChecklistItem asked = items.get(c.answer());
            if (asked == null) {
                problems.add(field(at, "answer"), "refers to item \"" + c.answer() + "\", which this protocol does not have");
            } else if (!asked.answered()) {
                problems.add(field(at, "answer"), "item \"" + c.answer() + "\" is not a question or decision, so it has no answer;"
                        + " give it \"kind\": \"question\" or \"decision\"");
            } else if (c.is().isEmpty()) {
                problems.add(field(at, "is"), "missing: the answers for which the condition holds, from: " + String.join(", ", asked.answers()));
            } else {
                for (int i = 0; i < c.is().size(); i++) {
                    if (!asked.answers().contains(c.is().get(i))) {
                        problems.add(index(field(at, "is"), i), "\"" + c.is().get(i) + "\" is not an answer \""
                                + c.answer() + "\" can have; it has: " + String.join(", ", asked.answers()));
                    }
                }
            }
            return;
        }
        List<Condition> parts = c.all().isEmpty() ? c.any() : c.all();
        String name = c.all().isEmpty() ? "any" : "all";
        for (int i = 0; i < parts.size(); i++) {
            condition(index(field(at, name), i), parts.get(i));
        }
    }

    /**
     * An item that applies only after its own answer, directly or through others, could never
     * apply: such a circle is refused, naming the items in it.
     */
    private void cycles() {
        Map<String, java.util.Set<String>> dependsOn = new HashMap<>();
        for (Map.Entry<String, ChecklistItem> e : items.entrySet()) {
            java.util.Set<String> refs = new java.util.TreeSet<>();
            if (e.getValue().when() != null) {
                e.getValue().when().collectAnswers(refs);
            }
            Step step = stepOfItem.get(e.getKey());
            if (step != null && step.when() != null) {
                step.when().collectAnswers(refs);
            }
            dependsOn.put(e.getKey(), refs);
        }
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (Pending p : conditions) {
            if (!(p.owner() instanceof ChecklistItem) && !(p.owner() instanceof Step)) {
                continue;
            }
            List<String> owners = p.owner() instanceof ChecklistItem i ? List.of(i.id())
                    : ((Step) p.owner()).items().stream().map(ChecklistItem::id).toList();
            for (String owner : owners) {
                List<String> circle = circle(owner, owner, dependsOn, new java.util.ArrayList<>(), new java.util.HashSet<>());
                if (circle != null && reported.add(p.at())) {
                    problems.add(p.at(), "circular condition: " + String.join(" -> ", circle)
                            + "; an item cannot depend on its own answer");
                }
            }
        }
    }

    private static List<String> circle(String start, String at, Map<String, java.util.Set<String>> dependsOn,
                                       List<String> path, java.util.Set<String> seen) {
        path.add(at);
        for (String next : dependsOn.getOrDefault(at, java.util.Set.of())) {
            if (next.equals(start)) {
                List<String> found = new java.util.ArrayList<>(path);
                found.add(start);
                return found;
            }
            if (seen.add(next)) {
                List<String> found = circle(start, next, dependsOn, path, seen);
                if (found != null) {
                    return found;
                }
            }
        }
        path.remove(path.size() - 1);
        return null;
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
