package nl.logboek.protocol;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The protocols in effect: the shipped set, then each given directory in turn, where a protocol
 * with the id of an earlier one replaces it. This is how an organisation adopts its own version
 * of a shipped protocol without forking the program.
 */
public final class ProtocolRegistry {

    /**
     * The order of {@link #all()} and so of {@link #select}: priority, lower first, then id, so
     * the outcome never depends on file-system order.
     */
    private static final Comparator<Protocol> ORDER = new Comparator<>() {
        @Override
        public int compare(Protocol a, Protocol b) {
            int byPriority = Integer.compare(a.priority(), b.priority());
            return byPriority != 0 ? byPriority : a.id().compareTo(b.id());
        }
    };

    /** The same order of headers. Loops and classes rather than streams and lambdas on the way of
     * `new -q`: linking a lambda's call site costs a short command more than a class (docs/benchmarks.md). */
    private static final Comparator<Header> HEADER_ORDER = new Comparator<>() {
        @Override
        public int compare(Header a, Header b) {
            int byPriority = Integer.compare(a.priority(), b.priority());
            return byPriority != 0 ? byPriority : a.id().compareTo(b.id());
        }
    };

    /** What selection needs of a protocol: read without binding the whole file (start-up time). */
    record Header(String id, int priority, boolean overlay, List<AppliesTo> appliesTo, List<AppliesTo> addWhen,
                  boolean deadlines, boolean deadlinesAfterAnswers) {
        /**
         * The header of a bound protocol. {@code deadlines}: whether an item of it has a deadline;
         * {@code deadlinesAfterAnswers}: whether each such item applies only once a question of the
         * protocol is answered (a {@code when} on it or on its step), so that an incident without an
         * answer of this protocol has no deadline of it.
         */
        static Header of(Protocol p) {
            boolean any = false;
            boolean afterAnswers = true;
            for (Step s : p.steps()) {
                for (ChecklistItem i : s.items()) {
                    if (i.deadline() != null) {
                        any = true;
                        afterAnswers &= i.when() != null || s.when() != null;
                    }
                }
            }
            return new Header(p.id(), p.priority(), p.overlay(), p.appliesTo(), p.addWhen(), any, any && afterAnswers);
        }

        boolean matches(String category, String targetKind) {
            for (AppliesTo a : appliesTo) {
                if (a.matches(category, targetKind)) {
                    return true;
                }
            }
            return false;
        }

        Optional<AppliesTo> mainRule(String category, String targetKind, List<Party> people) {
            return overlay ? Optional.empty() : firstMatching(appliesTo, category, targetKind, people);
        }

        /**
         * The rule that adds it beside a main protocol; an overlay written before {@code addWhen}
         * existed is added where its {@code appliesTo} matches.
         */
        Optional<AppliesTo> addRule(String category, String targetKind, List<Party> people) {
            Optional<AppliesTo> rule = firstMatching(addWhen, category, targetKind, people);
            if (rule.isEmpty() && overlay && addWhen.isEmpty()) {
                return firstMatching(appliesTo, category, targetKind, people);
            }
            return rule;
        }
    }

    private static Optional<AppliesTo> firstMatching(List<AppliesTo> rules, String category, String targetKind, List<Party> people) {
        for (AppliesTo a : rules) {
            if (a.matches(category, targetKind, people)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * The protocols a new incident gets: its main protocol, and those added beside it, each with
     * the rule's reason in words (null when the rule gives none).
     */
    public record Choice(String main, LocalizedText mainBecause, List<Added> added) {
        public Choice {
            added = List.copyOf(added);
        }

        public List<String> addedIds() {
            List<String> ids = new ArrayList<>(added.size());
            for (Added a : added) {
                ids.add(a.id());
            }
            return List.copyOf(ids);
        }
    }

    /** A protocol added beside the main one, and why. */
    public record Added(String id, LocalizedText because) {
    }

    private final List<Header> headers;
    /** Set while only the shipped protocols are in effect: they are then bound one at a time. */
    private final ProtocolLoader shipped;
    private Map<String, Partner> partners;
    /** Every protocol in selection order, once all are bound. */
    private List<Protocol> protocols;
    /** The shipped protocols bound so far, by id. */
    private final Map<String, Protocol> bound = new java.util.HashMap<>();

    private ProtocolRegistry(Map<String, Partner> partners, Collection<Protocol> protocols) {
        this.partners = Map.copyOf(partners);
        this.protocols = protocols.stream().sorted(ORDER).toList();
        this.shipped = null;
        this.headers = protocols.stream().sorted(ORDER)
                .map(Header::of).toList();
    }

    /**
     * The shipped protocols, each bound only when something needs more of it than its id and what
     * it applies to: recording an incident with `new -q` needs no more, and `show` or `new` need the
     * one protocol whose checklist they print. Binding a protocol file (an ObjectMapper, the strict
     * checks) costs more than the rest of such a command (issue 8).
     */
    private ProtocolRegistry(List<Header> headers, ProtocolLoader shipped) {
        this.headers = headers;
        this.shipped = shipped;
    }

    private void bind() {
        if (protocols == null) {
            List<Protocol> all = new ArrayList<>();
            for (Header h : headers) {
                all.add(byId(h.id()).orElseThrow());
            }
            protocols = List.copyOf(all);
        }
    }

    private Map<String, Partner> partnerMap() {
        if (partners == null) {
            Map<String, Partner> byId = new LinkedHashMap<>();
            shipped.shippedPartners().forEach(p -> byId.put(p.id(), p));
            partners = Map.copyOf(byId);
        }
        return partners;
    }

    /** Only the shipped protocols. */
    public static ProtocolRegistry shipped() {
        return load(List.of());
    }

    /** Ids of all protocols, in selection order, without binding them. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>(headers.size());
        for (Header h : headers) {
            ids.add(h.id());
        }
        return List.copyOf(ids);
    }

    /**
     * The id of the protocol {@link #select} would choose, without binding any protocol.
     *
     * @throws IllegalArgumentException for an unknown category or kind
     */
    public Optional<String> selectId(String category, String targetKind) {
        return choose(category, targetKind, List.of(), null).map(Choice::main);
    }

    /**
     * The protocols for a new incident of {@code category} aimed at {@code targetKind}, involving
     * {@code people}: the main one (the first non-overlay protocol in priority order with a
     * matching {@code appliesTo} rule), and every other protocol whose {@code addWhen} matches.
     * Empty only when an organisation's own protocols leave a combination uncovered. Binds no protocol.
     *
     * @param mainId the main protocol the user asked for, or null to choose it
     * @throws IllegalArgumentException for an unknown category or kind
     */
    public Optional<Choice> choose(String category, String targetKind, List<Party> people, String mainId) {
        requireKnown(category, targetKind);
        LocalizedText because = null;
        String main = mainId;
        if (main == null) {
            for (Header h : headers) {
                Optional<AppliesTo> rule = h.mainRule(category, targetKind, people);
                if (rule.isPresent()) {
                    main = h.id();
                    because = rule.get().because();
                    break;
                }
            }
            if (main == null) {
                // An organisation may cover a category only with an overlay: it then leads.
                for (Header h : headers) {
                    Optional<AppliesTo> rule = firstMatching(h.appliesTo(), category, targetKind, people);
                    if (rule.isPresent()) {
                        main = h.id();
                        because = rule.get().because();
                        break;
                    }
                }
            }
            if (main == null) {
                return Optional.empty();
            }
        }
        List<Added> added = new ArrayList<>();
        for (Header h : headers) {
            if (!h.id().equals(main)) {
                Optional<AppliesTo> rule = h.addRule(category, targetKind, people);
                if (rule.isPresent()) {
                    added.add(new Added(h.id(), rule.get().because()));
                }
            }
        }
        return Optional.of(new Choice(main, because, added));
    }

    /**
     * The ids of the protocols with an item that has a deadline, without binding any: the agenda
     * reads the incidents that follow one of them even when nothing else puts them on it.
     */
    public Set<String> withDeadlines() {
        Set<String> ids = new java.util.TreeSet<>();
        headers.stream().filter(Header::deadlines).forEach(h -> ids.add(h.id()));
        return ids;
    }

    /**
     * Whether every item of the protocol with a deadline applies only once one of its questions is
     * answered (then an incident without an answer of it has no deadline of it; see {@link Header#of}).
     */
    public boolean deadlinesAfterAnswers(String id) {
        return headers.stream().anyMatch(h -> h.id().equals(id) && h.deadlinesAfterAnswers());
    }

    /** Whether the protocol may only be added beside a main protocol, never be one. */
    public boolean isOverlay(String id) {
        for (Header h : headers) {
            if (h.id().equals(id) && h.overlay()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shipped protocols and partners, then those of each directory in order; a later
     * protocol or partner replaces an earlier one with the same id.
     *
     * @throws ProtocolException naming every problem in the files of the first failing directory
     */
    public static ProtocolRegistry load(List<Path> directories) {
        if (directories.isEmpty()) {
            List<Header> headers = new ArrayList<>(new ProtocolLoader().shippedHeaders());
            headers.sort(HEADER_ORDER);
            headers = List.copyOf(headers);
            return new ProtocolRegistry(headers, new ProtocolLoader());
        }
        return loadAll(directories);
    }

    private static ProtocolRegistry loadAll(List<Path> directories) {
        ProtocolLoader loader = new ProtocolLoader();
        Map<String, Partner> partners = new LinkedHashMap<>();
        loader.shippedPartners().forEach(p -> partners.put(p.id(), p));
        Map<String, Protocol> byId = new LinkedHashMap<>();
        loader.shippedProtocols(Set.copyOf(partners.keySet())).forEach(p -> byId.put(p.id(), p));
        for (Path dir : directories) {
            loader.directoryPartners(dir).forEach(p -> partners.put(p.id(), p));
            loader.directoryProtocols(dir, Set.copyOf(partners.keySet())).forEach(p -> byId.put(p.id(), p));
        }
        return new ProtocolRegistry(partners, byId.values());
    }

    public Optional<Protocol> byId(String id) {
        if (protocols != null) {
            return protocols.stream().filter(p -> p.id().equals(id)).findFirst();
        }
        if (headers.stream().noneMatch(h -> h.id().equals(id))) {
            return Optional.empty();
        }
        return Optional.of(bound.computeIfAbsent(id, known -> shipped.shippedProtocol(known, partnerMap().keySet())));
    }

    /** Every protocol, by priority and then id. */
    public List<Protocol> all() {
        bind();
        return protocols;
    }

    /**
     * The main protocol for a new incident: the first protocol in {@link #all()} order whose
     * {@code appliesTo} matches the category and the kind of target. Empty only when an
     * organisation's own protocols leave a combination uncovered.
     *
     * @throws IllegalArgumentException for an unknown category or kind, naming the known ones
     */
    public Optional<Protocol> select(String category, String targetKind) {
        return selectId(category, targetKind).flatMap(this::byId);
    }

    public Optional<Partner> partner(String id) {
        return Optional.ofNullable(partnerMap().get(id));
    }

    /** Every known partner, by id. */
    public List<Partner> partners() {
        return partnerMap().values().stream().sorted(Comparator.comparing(Partner::id)).toList();
    }

    private static void requireKnown(String category, String targetKind) {
        if (Category.byId(category).isEmpty()) {
            throw new IllegalArgumentException("unknown category \"" + category + "\"; use one of: "
                    + Category.ids());
        }
        if (TargetKind.byId(targetKind).isEmpty()) {
            throw new IllegalArgumentException("unknown target kind \"" + targetKind + "\"; use one of: "
                    + TargetKind.ids());
        }
    }
}
