package nl.logboek.i18n;

import nl.logboek.cli.App;
import nl.logboek.cli.CommandLineFactory;
import nl.logboek.cli.gen.Generate;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ScopeType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The help texts exist in Dutch and English: every command, option and positional parameter of
 * the command model has a Dutch text in help_nl.properties, that file has no key that matches
 * nothing any more, and {@code --lang nl ... --help} shows it (English stays the annotations').
 */
class HelpTranslationTest {
    static final String RESOURCE = "/nl/logboek/i18n/help_nl.properties";

    @TempDir
    Path home;

    // ---------------------------------------------------------------- the bundle against the model

    @Test
    void everyCommandOptionAndParameterHasDutchHelpAndNoDutchKeyIsStale() throws IOException {
        ResourceBundle dutch = dutchBundle();
        Set<String> keys = new TreeSet<>(Collections.list(dutch.getKeys()));
        List<Text> texts = texts(englishModel());
        List<String> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();

        for (Text t : texts) {
            Resolved r = t.resolve(keys, dutch);
            if (r == null) {
                if (t.visible && !t.isEmpty()) {
                    problems.add(t.where + ": no Dutch text; add " + t.suggestedKey() + "=...");
                }
                continue;
            }
            if (!t.visible) {
                continue;
            }
            used.addAll(r.keys);
            String[] nl = r.values;
            String[] en = t.english;
            if (t.isEmpty()) {
                if (nl.length > 0 && !String.join("", nl).isEmpty()) {
                    problems.add(t.where + ": Dutch text (" + r.key + ") where English shows none");
                }
                continue;
            }
            if (nl.length != en.length) {
                problems.add(t.where + ": " + en.length + " line(s) in English, " + nl.length + " in Dutch (" + r.key + ")");
                continue;
            }
            for (int i = 0; i < en.length; i++) {
                String line = r.key + (r.values.length > 1 ? "." + i : "");
                if (en[i].isBlank() != nl[i].isBlank()) {
                    problems.add(line + ": blank in one language only");
                }
                if (!variables(en[i]).equals(variables(nl[i]))) {
                    problems.add(line + ": uses " + variables(nl[i]) + ", English uses " + variables(en[i]));
                }
                if (nl[i].replace("%n", "").replace("%%", "").contains("%")) {
                    problems.add(line + ": a % that is not %n (picocli formats help texts)");
                }
                if (t.footer) {
                    if (!java.util.Objects.equals(example(en[i]), example(nl[i]))) {
                        problems.add(line + ": example command differs from English:\n      en: " + en[i] + "\n      nl: " + nl[i]);
                    }
                } else if (en[i].equals(nl[i]) && en[i].matches(".*\\p{L}{3,}.*")) {
                    problems.add(line + ": same as the English, not translated: " + en[i]);
                }
            }
            if (t.exitCodes && !codes(en).equals(codes(nl))) {
                problems.add(r.key + ": exit codes " + codes(nl) + ", English has " + codes(en));
            }
            if (t.option != null && t.option.scopeType() != ScopeType.INHERIT && !r.key.contains(".")
                    && !r.key.equals(t.option.descriptionKey())) {
                problems.add(t.where + ": takes the shared key " + r.key + " (meant for a global option); give it its own key "
                        + t.suggestedKey());
            }
        }

        for (String key : keys) {
            String base = key.replaceFirst("\\.\\d+$", "");
            if (keys.contains(base) && !base.equals(key)) {
                problems.add(key + ": both " + base + " and " + key + " exist; use " + base + " for one line, "
                        + base + ".0, .1, ... for more");
            }
            if (!used.contains(key)) {
                problems.add(key + ": matches no command, option or parameter (renamed or removed?), or is shadowed "
                        + "by another key; remove it");
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s) in " + RESOURCE + ":\n  " + String.join("\n  ", problems));
        }
    }

    /** The test's idea of picocli's lookup (above) is picocli's: with the bundle set, picocli shows those texts. */
    @Test
    void picocliResolvesTheDutchTextsAsThisTestDoes() throws IOException {
        ResourceBundle dutch = dutchBundle();
        Set<String> keys = new TreeSet<>(Collections.list(dutch.getKeys()));
        CommandLine cl = englishModel();
        List<Text> texts = texts(cl);
        cl.setResourceBundle(dutch);
        int checked = 0;
        for (Text t : texts) {
            Resolved r = t.resolve(keys, dutch);
            String[] expected = r == null ? t.english : r.values;
            assertEquals(Arrays.asList(expected), Arrays.asList(t.live.get()), t.where);
            checked++;
        }
        assertTrue(checked > 200, "only " + checked + " texts found in the command model");
    }

    @Test
    void theBundleIsUtf8() throws IOException {
        ResourceBundle dutch = dutchBundle();
        assertTrue(dutch.getString("logboek.list.until").contains("vóór"), dutch.getString("logboek.list.until"));
    }

    // ---------------------------------------------------------------- what the user sees

    @Test
    void langNlShowsDutchHelp() {
        String out = new Cli(home).run("--lang", "nl", "new", "--help").assertExit(0).out();
        assertDutchNewHelp(out);
    }

    @Test
    void langAfterTheCommandAndTheHelpOptionCountsToo() {
        assertDutchNewHelp(new Cli(home).run("new", "--help", "--lang", "nl").assertExit(0).out());
        assertDutchNewHelp(new Cli(home).run("new", "--lang=nl", "-h").assertExit(0).out());
    }

    @Test
    void dutchLocaleAndLogboekLangShowDutchHelp() {
        assertDutchNewHelp(new Cli(home).env("LANG", "nl_NL.UTF-8").run("new", "--help").assertExit(0).out());
        assertDutchNewHelp(new Cli(home).env("LOGBOEK_LANG", "nl").run("new", "--help").assertExit(0).out());
    }

    @Test
    void helpCommandShowsDutchHelp() {
        assertDutchNewHelp(new Cli(home).env("LANG", "nl_NL.UTF-8").run("help", "new").assertExit(0).out());
        assertDutchNewHelp(new Cli(home).run("--lang", "nl", "help", "new").assertExit(0).out());
        String help = new Cli(home).run("--lang", "nl", "help", "help").assertExit(0).out();
        assertTrue(help.contains("Toon de hulp bij een opdracht.") && help.contains("Gebruik: logboek help"), help);
    }

    @Test
    void theTopCommandListsItsCommandsInDutch() {
        for (String[] args : List.of(new String[] {"--lang", "nl"}, new String[] {"--lang", "nl", "--help"},
                new String[] {"--lang", "nl", "help"})) {
            String out = new Cli(home).run(args).assertExit(0).out();
            assertTrue(out.contains("Gebruik: logboek"), out);
            assertTrue(out.contains("Opdrachten:"), out);
            assertTrue(out.contains("Leg een nieuw incident vast en toon het nummer ervan."), out);
            assertTrue(out.contains("Toon de hulp bij een opdracht."), out);
            assertFalse(out.contains("Commands:") || out.contains("Record a new incident"), out);
        }
    }

    @Test
    void langEnShowsEnglishHelpEvenUnderADutchLocale() {
        String out = new Cli(home).env("LANG", "nl_NL.UTF-8").run("--lang", "en", "new", "--help").assertExit(0).out();
        assertTrue(out.startsWith("Usage: logboek new"), out);
        assertTrue(out.contains("A short title (required)."), out);
        assertTrue(out.contains("Examples:") && out.contains("Exit codes:"), out);
        assertFalse(out.contains("Gebruik") || out.contains("Een korte titel"), out);
    }

    /** English help is exactly what the annotations give, as before the Dutch bundle existed. */
    @Test
    void englishHelpIsTheAnnotationsUnchanged() {
        for (String command : List.of("new", "annotate", "export", "protocols")) {
            String out = new Cli(home).run(command, "--help").assertExit(0).out();
            CommandLine english = englishModel().getSubcommands().get(command);
            StringWriter expected = new StringWriter();
            english.usage(new PrintWriter(expected, true), CommandLine.Help.Ansi.OFF);
            assertEquals(expected.toString(), out, command);
        }
    }

    /** Every command's help, through the same path a user takes (the lean one for a named command). */
    @Test
    void everyCommandHasDutchHelp() {
        List<List<String>> paths = new ArrayList<>();
        collectPaths(englishModel(), new ArrayList<>(), paths);
        assertTrue(paths.size() > 15, paths.toString());
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(List.of("--lang", "nl"));
            args.addAll(path);
            args.add("--help");
            String out = new Cli(home).run(args.toArray(String[]::new)).assertExit(0).out();
            String name = String.join(" ", path);
            assertTrue(out.contains("Gebruik: logboek " + name), name + ":\n" + out);
            for (String english : List.of("Usage:", "Examples:", "Exit codes:", "Show this help message",
                    "Print version information", "Who records this", "Success.")) {
                assertFalse(out.contains(english), name + " shows \"" + english + "\":\n" + out);
            }
        }
    }

    /**
     * The man pages and completions come from the English model, even after Dutch help in the same
     * JVM; only the Dutch pages (man/nl/), the Dutch tables of the zsh and fish completions (descriptions shown when logboek
     * speaks Dutch) hold Dutch, and their English tables stay English.
     */
    @Test
    void generatedFilesStayEnglishAfterDutchHelp() {
        new Cli(home).run("--lang", "nl", "new", "--help").assertExit(0);
        new Cli(home).env("LANG", "nl_NL.UTF-8").run("--help").assertExit(0);
        Map<String, String> files = Generate.files();
        assertTrue(files.get("man/logboek-new.1").contains("A short title"), files.get("man/logboek-new.1"));
        assertTrue(files.get("man/nl/logboek-new.1").contains("Een korte titel"), "the Dutch pages are Dutch");
        for (Map.Entry<String, String> f : files.entrySet()) {
            String english = f.getValue();
            if (f.getKey().startsWith("man/nl/")) {
                continue;
            }
            if (f.getKey().equals("completions/_logboek")) {
                english = english.substring(0, english.indexOf("\n_logboek_subcommands_nl() {"));
                assertTrue(f.getValue().contains("Een korte titel"), "the Dutch tables of zsh");
            } else if (f.getKey().equals("completions/logboek.fish")) {
                english = english.lines().filter(l -> !l.contains("; and __logboek_nl'"))
                        .collect(java.util.stream.Collectors.joining("\n"));
                assertTrue(f.getValue().contains("Een korte titel"), "the Dutch lines of fish");
            }
            assertFalse(english.contains("Een korte titel") || english.contains("Voorbeelden"), f.getKey());
        }
        assertTrue(files.get("completions/_logboek").contains("'--title:A short title (required).'"));
    }

    // ---------------------------------------------------------------- picocli's parse errors

    /** Command lines that make picocli itself refuse, one per error.parse.* message. */
    private static final List<List<String>> PARSE_ERRORS = List.of(
            List.of("consent", "k7m2", "--partner", "cjg"),
            List.of("consent", "k7m2"),
            List.of("show"),
            List.of("new", "--title"),
            List.of("new", "--title", "--json"),
            List.of("new", "--title", "a", "--title", "b"),
            List.of("new", "--json", "--json"),
            List.of("show", "k7m2", "extra"),
            List.of("show", "k7m2", "a", "b"),
            List.of("annotate", "k7m2", "--screenshot", "a\0b"),
            List.of("backup", "a\0b"));

    @Test
    void picocliErrorsStayPicocliTextInEnglish() {
        for (List<String> args : PARSE_ERRORS) {
            String[] argv = args.toArray(String[]::new);
            CommandLine.ParameterException raw = rawParseError(argv);
            String command = raw.getCommandLine().getCommandSpec().qualifiedName();
            String err = new Cli(home).run(argv).assertExit(2).err();
            String message = raw.getMessage();
            if (raw.getCause() instanceof nl.logboek.LogboekException) {
                // A value logboek's own converter refused (a path with a NUL in it): picocli's
                // opening, then logboek's reason instead of a Java exception.
                message = message.substring(0, message.indexOf("cannot convert"))
                        + "\"a\\0b\" is not a usable file path (Nul character not allowed); give the path of a file.";
            }
            assertEquals(command + ": " + message + " (see '" + command + " --help')", err.strip(), args.toString());
        }
    }

    @Test
    void picocliErrorsAreDutchInDutch() {
        Map<List<String>, String> expected = new LinkedHashMap<>();
        expected.put(List.of("consent", "k7m2", "--partner", "cjg"), "verplichte optie ontbreekt: '--purpose=TEXT'");
        expected.put(List.of("consent", "k7m2"), "verplichte opties ontbreken: '--partner=PARTNER', '--purpose=TEXT'");
        expected.put(List.of("show"), "verplichte parameter ontbreekt: 'ID'");
        expected.put(List.of("new", "--title"), "optie '--title' heeft een waarde nodig (TEXT)");
        expected.put(List.of("new", "--title", "--json"), "optie '--title' heeft een waarde nodig, maar daarna staat '--json'");
        expected.put(List.of("new", "--title", "a", "--title", "b"), "optie '--title' (TEXT) mag maar één keer worden opgegeven");
        expected.put(List.of("new", "--json", "--json"), "optie '--json' mag maar één keer worden opgegeven");
        expected.put(List.of("show", "k7m2", "extra"), "onverwacht argument op positie 2: 'extra'");
        expected.put(List.of("show", "k7m2", "a", "b"), "onverwachte argumenten vanaf positie 2: 'a', 'b'");
        expected.put(List.of("annotate", "k7m2", "--screenshot", "a\0b"), "ongeldige waarde voor optie '--screenshot': ");
        expected.put(List.of("backup", "a\0b"), "ongeldige waarde voor de parameter op positie 0 (DIR): ");
        assertEquals(PARSE_ERRORS, List.copyOf(expected.keySet()));
        for (Map.Entry<List<String>, String> e : expected.entrySet()) {
            String[] argv = e.getKey().toArray(String[]::new);
            String command = rawParseError(argv).getCommandLine().getCommandSpec().qualifiedName();
            String err = new Cli(home).env("LANG", "nl_NL.UTF-8").run(argv).assertExit(2).err();
            assertTrue(err.startsWith(command + ": " + e.getValue()), e.getKey() + ": " + err);
            assertTrue(err.strip().endsWith("(zie '" + command + " --help')"), err);
        }
    }

    /** Parsing stops at the error, perhaps before --lang: the language is still taken from the arguments. */
    @Test
    void langAfterTheErrorStillCounts() {
        String err = new Cli(home).run("new", "--title", "a", "--title", "b", "--lang", "nl").assertExit(2).err();
        assertTrue(err.contains("mag maar één keer worden opgegeven"), err);
        err = new Cli(home).env("LANG", "nl_NL.UTF-8").run("show", "--lang=en").assertExit(2).err();
        assertTrue(err.contains("Missing required parameter: 'ID'"), err);
    }

    // ---------------------------------------------------------------- helpers

    private static void assertDutchNewHelp(String out) {
        assertTrue(out.startsWith("Gebruik: logboek new"), out);
        assertTrue(out.contains("Leg een nieuw incident vast en toon het nummer ervan."), out);
        assertTrue(out.contains("Een korte titel (verplicht)."), out);
        assertTrue(out.contains("Soort incident (verplicht): cyberpesten,"), out);
        assertTrue(out.contains("Toon deze hulp en stop."), out);
        assertTrue(out.contains("Voorbeelden:") && out.contains("Afsluitcodes:") && out.contains("Gebruiksfout"), out);
        assertTrue(out.contains("logboek new -c cyberpesten -t \"Groepsapp 2B: buitensluiten\""), out);
        assertFalse(out.contains("Usage:") || out.contains("A short title") || out.contains("Examples:"), out);
    }

    private static CommandLine.ParameterException rawParseError(String[] args) {
        try {
            englishModel().parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return e;
        }
        throw new AssertionError(Arrays.toString(args) + " parsed without an error");
    }

    static ResourceBundle dutchBundle() throws IOException {
        try (InputStream in = HelpTranslationTest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AssertionError(RESOURCE + " is missing");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /** The command model as the generators see it: English, no bundle, variables not expanded. */
    static CommandLine englishModel() {
        return CommandLineFactory.create(new App(Map.of(), Clock.systemUTC(), false));
    }

    private static void collectPaths(CommandLine cl, List<String> path, List<List<String>> paths) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            List<String> p = new ArrayList<>(path);
            p.add(sub.getCommandName());
            paths.add(p);
            collectPaths(sub, p, paths);
        }
    }

    /** ${VARIABLES} and %n line breaks of a text, which a translation keeps. */
    private static List<String> variables(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\\$\\{[^}]*}|%n").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        Collections.sort(found);
        return found;
    }

    /**
     * The command of an example line: an indented footer line up to a trailing "   # comment"
     * (which may be translated); null for a line of prose.
     */
    private static String example(String line) {
        if (!line.startsWith(" ")) {
            return null;
        }
        return line.split("\\s{2,}# ", 2)[0].stripTrailing();
    }

    private static List<String> codes(String[] exitCodes) {
        List<String> codes = new ArrayList<>();
        for (String line : exitCodes) {
            codes.add(line.substring(0, Math.max(0, line.indexOf(':'))));
        }
        return codes;
    }

    /** A Dutch text found: the key it was found under, every key that was read, and the lines. */
    record Resolved(String key, List<String> keys, String[] values) {
    }

    /**
     * One help text of the model: where it is shown, picocli's lookup keys in picocli's order
     * (see CommandLine.Model.Messages and ArgSpec.description()), the English lines, and a way
     * to read what picocli shows now.
     */
    static final class Text {
        final String where;
        final List<String> lookup;
        final boolean array;
        final String[] english;
        final boolean visible;
        final Supplier<String[]> live;
        boolean footer;
        boolean exitCodes;
        OptionSpec option;
        String preferredKey;

        Text(String where, List<String> lookup, boolean array, String[] english, boolean visible, Supplier<String[]> live) {
            this.where = where;
            this.lookup = lookup;
            this.array = array;
            this.english = english;
            this.visible = visible;
            this.live = live;
        }

        boolean isEmpty() {
            return english.length == 0 || english.length == 1 && english[0].isEmpty();
        }

        String suggestedKey() {
            return preferredKey != null ? preferredKey : lookup.get(0);
        }

        /** As picocli: the first key found; a text of lines is KEY plus KEY.0, KEY.1, ... up to the first gap. */
        Resolved resolve(Set<String> keys, ResourceBundle bundle) {
            for (String key : lookup) {
                if (!array) {
                    if (keys.contains(key)) {
                        return new Resolved(key, List.of(key), new String[] {bundle.getString(key)});
                    }
                    continue;
                }
                List<String> read = new ArrayList<>();
                List<String> values = new ArrayList<>();
                if (keys.contains(key)) {
                    read.add(key);
                    values.add(bundle.getString(key));
                }
                for (int i = 0; keys.contains(key + "." + i); i++) {
                    read.add(key + "." + i);
                    values.add(bundle.getString(key + "." + i));
                }
                if (!read.isEmpty()) {
                    return new Resolved(key, read, values.toArray(String[]::new));
                }
            }
            return null;
        }
    }

    /** Every help text of every command below (and including) this one, read before any bundle is set. */
    static List<Text> texts(CommandLine root) {
        List<Text> texts = new ArrayList<>();
        Map<CommandSpec, Boolean> seen = new IdentityHashMap<>();
        collect(root, texts, seen);
        return texts;
    }

    private static void collect(CommandLine cl, List<Text> texts, Map<CommandSpec, Boolean> seen) {
        CommandSpec spec = cl.getCommandSpec();
        if (seen.put(spec, true) != null) {
            return;
        }
        spec.interpolateVariables(false);
        String q = spec.qualifiedName(".");
        String name = spec.qualifiedName();
        UsageMessageSpec u = spec.usageMessage();
        boolean hasVisibleSubcommands = cl.getSubcommands().values().stream()
                .anyMatch(s -> !s.getCommandSpec().usageMessage().hidden());
        boolean hasVisibleOptions = spec.options().stream().anyMatch(o -> !o.hidden());
        boolean hasVisiblePositionals = spec.positionalParameters().stream().anyMatch(p -> !p.hidden());

        lines(texts, name, q, "header", u::header);
        lines(texts, name, q, "description", u::description);
        lines(texts, name, q, "footer", u::footer).footer = true;
        Text codes = lines(texts, name, q, "exitCodeList", () -> u.exitCodeList().entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue()).toArray(String[]::new));
        codes.exitCodes = true;
        heading(texts, name, q, "headerHeading", u::headerHeading, true);
        heading(texts, name, q, "synopsisHeading", u::synopsisHeading, true);
        heading(texts, name, q, "descriptionHeading", u::descriptionHeading, true);
        heading(texts, name, q, "parameterListHeading", u::parameterListHeading, hasVisiblePositionals);
        heading(texts, name, q, "optionListHeading", u::optionListHeading, hasVisibleOptions);
        heading(texts, name, q, "commandListHeading", u::commandListHeading, hasVisibleSubcommands);
        heading(texts, name, q, "exitCodeListHeading", u::exitCodeListHeading, true);
        heading(texts, name, q, "footerHeading", u::footerHeading, true);

        for (OptionSpec o : spec.options()) {
            List<String> lookup = new ArrayList<>();
            if (!o.descriptionKey().isEmpty()) {
                lookup.add(q + "." + o.descriptionKey());
                lookup.add(o.descriptionKey());
            }
            for (String n : o.names()) {
                lookup.add(q + "." + stripPrefix(n));
                lookup.add(stripPrefix(n));
            }
            Text t = new Text(name + ": option " + o.longestName(), lookup, true, o.description(), !o.hidden(), o::description);
            t.option = o;
            t.preferredKey = !o.descriptionKey().isEmpty() ? o.descriptionKey()
                    : (o.scopeType() == ScopeType.INHERIT ? "" : q + ".") + stripPrefix(o.longestName());
            texts.add(t);
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            List<String> lookup = new ArrayList<>();
            if (!p.descriptionKey().isEmpty()) {
                lookup.add(q + "." + p.descriptionKey());
                lookup.add(p.descriptionKey());
            }
            String key = p.paramLabel() + "[" + p.index() + "]";
            lookup.add(q + "." + key);
            lookup.add(key);
            Text t = new Text(name + ": parameter " + p.paramLabel(), lookup, true, p.description(), !p.hidden(), p::description);
            t.preferredKey = p.descriptionKey().isEmpty() ? q + "." + key : p.descriptionKey();
            texts.add(t);
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            collect(sub, texts, seen);
        }
    }

    private static Text lines(List<Text> texts, String name, String q, String attribute, Supplier<String[]> value) {
        Text t = new Text(name + ": " + attribute, List.of(q + ".usage." + attribute, "usage." + attribute), true,
                value.get(), true, value);
        texts.add(t);
        return t;
    }

    private static void heading(List<Text> texts, String name, String q, String attribute, Supplier<String> value,
                                boolean visible) {
        Supplier<String[]> live = () -> new String[] {value.get()};
        texts.add(new Text(name + ": " + attribute, List.of(q + ".usage." + attribute, "usage." + attribute), false,
                live.get(), visible, live));
    }

    /** As picocli's CommandSpec.stripPrefix: an option name without its leading dashes. */
    private static String stripPrefix(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isJavaIdentifierPart(name.charAt(i))) {
                return name.substring(i);
            }
        }
        return name;
    }
}
