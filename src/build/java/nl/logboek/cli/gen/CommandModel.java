package nl.logboek.cli.gen;

import nl.logboek.cli.App;
import nl.logboek.cli.CommandLineFactory;
import nl.logboek.incident.Vocabulary;
import nl.logboek.protocol.Category;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The command model that completions and man pages are generated from: the one CommandLine that
 * {@link CommandLineFactory} builds, reduced to what a shell or a manual needs, in a fixed order.
 *
 * <p>What a value completes to is decided here, from the model alone, so a new subcommand gets
 * completions without touching the generators:
 * <ul>
 *   <li>completion candidates of the option (picocli's {@code completionCandidates}, enum types):
 *       those words; the twelve category ids are recognised as {@link Kind.Type#CATEGORIES};</li>
 *   <li>a parameter label {@code ID} whose description mentions "protocol": protocol ids, any other
 *       {@code ID}: incident ids from the user's logbook; option {@code --protocol}: protocol ids;</li>
 *   <li>options {@code --status}, {@code --severity}, {@code --source}: their vocabulary; a label
 *       such as {@code nl|en} or {@code csv|json}: those words;</li>
 *   <li>type File or Path, or label FILE: files; label DIR: folders;</li>
 *   <li>label {@code PARTNER}: partner ids; and per command, in {@code COMMAND_VALUES}: escalation
 *       levels and criteria, checklist items, consent grounds, report and export formats, and which incident ids
 *       (not closed for escalate, annotate, close and consent; closed for reopen);</li>
 *   <li>the positional of {@code help}: the subcommands; anything else: free text.</li>
 * </ul>
 */
public final class CommandModel {
    /** The command that regenerates the checked-in completions and man pages. */
    public static final String REGENERATE = "mvn -B -q -Pregenerate process-classes";

    private static final Pattern WORD_CHOICE = Pattern.compile("[a-z0-9][a-z0-9-]*(\\|[a-z0-9][a-z0-9-]*)+");

    private static final Map<String, List<String>> VOCABULARY_OPTIONS = Map.of(
            "--status", Vocabulary.STATUS.ids(),
            "--severity", Vocabulary.SEVERITY.ids(),
            "--source", nl.logboek.privacy.SourceRules.recordable(Vocabulary.SOURCE.ids()));

    /**
     * Values fixed per command and option (or positional label): "COMMAND OPTION" or "COMMAND LABEL".
     * Reasons, levels and items are those of the incident's protocol (the scripts pass the incident id).
     */
    private static final Map<String, Kind> COMMAND_VALUES = Map.ofEntries(
            Map.entry("escalate --to", new Kind(Kind.Type.LEVELS, List.of(), "LEVEL")),
            Map.entry("escalate --reason", new Kind(Kind.Type.REASONS, List.of(), "CRITERION|TEXT")),
            Map.entry("annotate --done", new Kind(Kind.Type.ITEMS, List.of(), "ITEM")),
            Map.entry("consent --ground", new Kind(Kind.Type.WORDS, nl.logboek.incident.CaseActions.GROUNDS, "GROUND")),
            Map.entry("report --format", new Kind(Kind.Type.WORDS, nl.logboek.report.ReportFormat.ids(), "FORMAT")),
            Map.entry("person --format", new Kind(Kind.Type.WORDS, List.of("json", "markdown"), "FORMAT")),
            Map.entry("export --format", new Kind(Kind.Type.WORDS,
                    Arrays.stream(nl.logboek.export.ExportFormat.values()).map(nl.logboek.export.ExportFormat::id).toList(),
                    "FORMAT")),
            // Only incidents the command takes: no closed ones to act on, only closed ones to reopen.
            Map.entry("escalate ID", new Kind(Kind.Type.ACTIVE_IDS, List.of(), "ID")),
            Map.entry("annotate ID", new Kind(Kind.Type.ACTIVE_IDS, List.of(), "ID")),
            Map.entry("close ID", new Kind(Kind.Type.ACTIVE_IDS, List.of(), "ID")),
            Map.entry("consent ID", new Kind(Kind.Type.ACTIVE_IDS, List.of(), "ID")),
            Map.entry("reopen ID", new Kind(Kind.Type.CLOSED_IDS, List.of(), "ID")));

    /** What the value of an option or positional parameter completes to. */
    public record Kind(Type type, List<String> words, String label) {
        public enum Type { TEXT, WORDS, CATEGORIES, IDS, ACTIVE_IDS, CLOSED_IDS, PROTOCOLS, PARTNERS, LEVELS, REASONS,
            ITEMS, FILES, DIRS }

        /** Values that 'logboek complete' prints (with --describe: with a description in the user's language). */
        public boolean fromLogboek() {
            return switch (type) {
                case CATEGORIES, IDS, ACTIVE_IDS, CLOSED_IDS, PROTOCOLS, PARTNERS, LEVELS, REASONS, ITEMS -> true;
                default -> false;
            };
        }

        /** A short name used inside the generated scripts: for values from 'logboek complete', its KIND. */
        public String code() {
            return switch (type) {
                case TEXT -> "text";
                case WORDS -> "words";
                case CATEGORIES -> "categories";
                case IDS -> "ids";
                case ACTIVE_IDS -> "active-ids";
                case CLOSED_IDS -> "closed-ids";
                case PROTOCOLS -> "protocols";
                case PARTNERS -> "partners";
                case LEVELS -> "levels";
                case REASONS -> "reasons";
                case ITEMS -> "items";
                case FILES -> "files";
                case DIRS -> "dirs";
            };
        }
    }

    /** An option as the shell and the manual see it. {@code kind} is null for a flag. */
    public record Option(List<String> names, String label, String description, Kind kind, boolean split,
                         boolean inherited) {
        public boolean takesValue() {
            return kind != null;
        }

        public String longestName() {
            return names.get(names.size() - 1);
        }
    }

    /** A positional parameter: index range {@code min..max} (max -1: unbounded). */
    public record Positional(int min, int max, String label, String description, Kind kind, boolean required,
                             boolean repeats) {
    }

    /** One command: {@code path} is empty for logboek itself, else e.g. [protocols, show]. */
    public record Command(List<String> path, String description, List<String> descriptionParagraphs,
                          List<Option> options, List<Positional> positionals, List<Command> subcommands,
                          List<String> examples, Map<String, String> exitCodes) {
        // examples: the footer under "Examples:" as written: indented lines are commands, others prose.
        public String pathString() {
            return String.join(" ", path);
        }

        public String name() {
            return path.isEmpty() ? "logboek" : path.get(path.size() - 1);
        }

        /** "logboek" or "logboek protocols show". */
        public String qualifiedName() {
            return path.isEmpty() ? "logboek" : "logboek " + pathString();
        }

        /** The man page name: logboek, logboek-new, logboek-protocols-show. */
        public String pageName() {
            return path.isEmpty() ? "logboek" : "logboek-" + String.join("-", path);
        }

        public boolean isHelp() {
            return path.equals(List.of("help"));
        }

        /** This command and all below it, parents first. */
        public List<Command> withDescendants() {
            List<Command> all = new ArrayList<>();
            all.add(this);
            for (Command c : subcommands) {
                all.addAll(c.withDescendants());
            }
            return all;
        }
    }

    private CommandModel() {
    }

    /** The model of the program as it is compiled now, with the English texts of the annotations. */
    public static Command load() {
        CommandLine cl = CommandLineFactory.create(new App(Map.of(), Clock.systemUTC(), false));
        return command(cl, List.of(), cl);
    }

    /**
     * The same model with the Dutch help texts (help_nl.properties, as `logboek --lang nl --help`
     * shows them): for the descriptions that zsh and fish show in Dutch.
     */
    public static Command loadDutch() {
        CommandLine cl = CommandLineFactory.create(new App(Map.of(), Clock.systemUTC(), false));
        try (java.io.InputStream in = CommandModel.class.getResourceAsStream(DUTCH_HELP);
             java.io.Reader reader = new java.io.InputStreamReader(java.util.Objects.requireNonNull(in, DUTCH_HELP),
                     java.nio.charset.StandardCharsets.UTF_8)) {
            cl.setResourceBundle(new java.util.PropertyResourceBundle(reader));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return command(cl, List.of(), cl);
    }

    private static final String DUTCH_HELP = "/nl/logboek/i18n/help_nl.properties";

    /** "logboek 0.1.0", from the project version the build wrote into version.properties. */
    public static String version() {
        CommandLine cl = CommandLineFactory.create(new App(Map.of(), Clock.systemUTC(), false));
        String[] v = cl.getCommandSpec().version();
        return v.length == 0 ? "logboek" : v[0];
    }

    private static Command command(CommandLine cl, List<String> path, CommandLine root) {
        CommandSpec spec = cl.getCommandSpec();
        List<String> paragraphs = new ArrayList<>();
        for (String line : spec.usageMessage().description()) {
            if (!line.isBlank()) {
                paragraphs.add(line.strip());
            }
        }
        String summary = spec.usageMessage().header().length > 0 ? spec.usageMessage().header()[0]
                : paragraphs.isEmpty() ? "" : paragraphs.get(0);

        List<Option> options = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            List<String> names = new ArrayList<>(Arrays.asList(o.names()));
            names.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
            boolean flag = o.arity().max() == 0;
            Kind kind = flag ? null : kind(o, names.get(names.size() - 1));
            options.add(new Option(List.copyOf(names), flag ? null : o.paramLabel(), text(o), kind,
                    !o.splitRegex().isEmpty(), o.inherited()));
        }
        options.sort(Comparator.comparing((Option o) -> sortKey(o.longestName())).thenComparing(Option::longestName));

        List<Positional> positionals = new ArrayList<>();
        boolean help = spec.userObject() instanceof CommandLine.HelpCommand;
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.hidden()) {
                continue;
            }
            Kind kind = help ? new Kind(Kind.Type.WORDS, subcommandNames(root), p.paramLabel())
                    : kind(p, null);
            CommandLine.Range index = p.index();
            int max = index.isUnspecified() || index.max() == Integer.MAX_VALUE ? -1 : index.max();
            boolean repeats = p.arity().max() > 1 || max == -1;
            positionals.add(new Positional(index.min(), max, p.paramLabel(), text(p), kind, p.arity().min() > 0,
                    repeats));
        }

        List<Command> subcommands = new ArrayList<>();
        Set<CommandLine> seen = new LinkedHashSet<>();
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!seen.add(sub) || sub.getCommandSpec().usageMessage().hidden()) {
                continue;
            }
            List<String> subPath = new ArrayList<>(path);
            subPath.add(sub.getCommandSpec().name());
            subcommands.add(command(sub, List.copyOf(subPath), root));
        }

        List<String> examples = new ArrayList<>();
        if (spec.usageMessage().footerHeading().contains("Examples") || spec.usageMessage().footerHeading().contains("Voorbeelden")) {
            for (String line : spec.usageMessage().footer()) {
                examples.add(line.stripTrailing());
            }
            while (!examples.isEmpty() && examples.get(examples.size() - 1).isEmpty()) {
                examples.remove(examples.size() - 1);
            }
        }
        return new Command(path, summary, List.copyOf(paragraphs), List.copyOf(options), List.copyOf(positionals),
                List.copyOf(subcommands), List.copyOf(examples), new LinkedHashMap<>(spec.usageMessage().exitCodeList()));
    }

    private static String sortKey(String name) {
        return name.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }

    private static String text(ArgSpec a) {
        return String.join(" ", a.renderedDescription()).strip();
    }

    private static List<String> subcommandNames(CommandLine root) {
        List<String> names = new ArrayList<>();
        for (CommandLine sub : new LinkedHashSet<>(root.getSubcommands().values())) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                names.add(sub.getCommandSpec().name());
            }
        }
        return names;
    }

    static Kind kind(ArgSpec arg, String longName) {
        String label = arg.paramLabel();
        String bareLabel = label.replaceAll("^<|>$", "");
        String command = arg.command() == null ? "" : arg.command().name();
        Kind fixed = COMMAND_VALUES.get(command + " " + (longName != null ? longName : bareLabel));
        if (fixed != null) {
            return new Kind(fixed.type(), fixed.words(), bareLabel);
        }
        if ("PARTNER".equals(bareLabel)) {
            return new Kind(Kind.Type.PARTNERS, List.of(), bareLabel);
        }
        Iterable<String> candidates = arg.completionCandidates();
        if (candidates != null) {
            List<String> words = new ArrayList<>();
            candidates.forEach(words::add);
            if (!words.isEmpty()) {
                List<String> categories = Arrays.stream(Category.values()).map(Category::id).toList();
                if (new LinkedHashSet<>(words).equals(new LinkedHashSet<>(categories))) {
                    return new Kind(Kind.Type.CATEGORIES, categories, bareLabel);
                }
                return new Kind(Kind.Type.WORDS, List.copyOf(words), bareLabel);
            }
        }
        if (longName != null && VOCABULARY_OPTIONS.containsKey(longName)) {
            return new Kind(Kind.Type.WORDS, VOCABULARY_OPTIONS.get(longName), bareLabel);
        }
        if ("--protocol".equals(longName)) {
            return new Kind(Kind.Type.PROTOCOLS, List.of(), bareLabel);
        }
        if ("ID".equals(bareLabel)) {
            String description = text(arg).toLowerCase(Locale.ROOT);
            return description.contains("protocol") ? new Kind(Kind.Type.PROTOCOLS, List.of(), bareLabel)
                    : new Kind(Kind.Type.IDS, List.of(), bareLabel);
        }
        if (WORD_CHOICE.matcher(bareLabel).matches()) {
            return new Kind(Kind.Type.WORDS, List.of(bareLabel.split("\\|")), bareLabel);
        }
        Class<?> type = arg.type();
        if ("DIR".equals(bareLabel) || "FOLDER".equals(bareLabel)) {
            return new Kind(Kind.Type.DIRS, List.of(), bareLabel);
        }
        if (type == File.class || type == Path.class || "FILE".equals(bareLabel)) {
            return new Kind(Kind.Type.FILES, List.of(), bareLabel);
        }
        return new Kind(Kind.Type.TEXT, List.of(), bareLabel);
    }
}
