package nl.logboek.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A command named on the command line is built from the generated {@link CommandModels}, every
 * other invocation from the annotations: both must be the same command to the user and to the
 * parser. (That the generated file is what the generator writes now is GeneratedFilesTest's job.)
 */
class CommandModelsTest {
    private static final App APP = new App(Map.of(), Clock.systemUTC(), false);

    @Test
    void everySubcommandOfTheTopCommandHasAGeneratedModelAndNoOtherDoes() {
        TreeSet<String> annotated = new TreeSet<>();
        annotatedTree().getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().helpCommand()) {
                annotated.add(name);
            }
        });
        assertEquals(annotated, new TreeSet<>(CommandModels.SUBCOMMANDS));
    }

    @Test
    void generatedSubcommandsAreTheAnnotatedOnesAttributeByAttribute() {
        for (String name : CommandModels.SUBCOMMANDS) {
            CommandLine annotated = annotatedTree().getSubcommands().get(name);
            CommandLine generated = generated(name);
            assertNotNull(generated, name);
            assertEquals(describe(annotated), describe(generated), "logboek " + name);
        }
    }

    @Test
    void generatedTopCommandHasTheAnnotatedOptionsAndVersion() {
        CommandLine annotated = annotatedTree();
        CommandLine generated = CommandLineFactory.forArguments(APP, quiet(), quiet(), new String[] {"--version"});
        assertEquals(describeArgs(annotated.getCommandSpec()), describeArgs(generated.getCommandSpec()));
        assertEquals(Arrays.toString(annotated.getCommandSpec().version()), Arrays.toString(generated.getCommandSpec().version()));
        assertEquals(annotated.getCommandSpec().usageMessage().exitCodeList(), generated.getCommandSpec().usageMessage().exitCodeList());
    }

    @Test
    void theVersionAfterGlobalOptionsNeedsNoSubcommand() {
        String[] args = {"--logbook", "x.jsonl", "--lang=nl", "--stacktrace", "--version"};
        assertTrue(CommandLineFactory.asksOnlyVersion(args));
        assertTrue(CommandLineFactory.forArguments(APP, quiet(), quiet(), args).getSubcommands().isEmpty(),
                "only the top command is built, as for --version alone");
        assertFalse(CommandLineFactory.asksOnlyVersion(new String[] {"--logbook", "x.jsonl"}));
        assertFalse(CommandLineFactory.asksOnlyVersion(new String[] {"--version", "list"}));
        assertFalse(CommandLineFactory.asksOnlyVersion(new String[] {"--logbook", "--version"}), "--version is the logbook's name here");
        assertFalse(CommandLineFactory.asksOnlyVersion(new String[] {"--version", "--help"}));
    }

    @Test
    void theVersionAfterGlobalOptionsIsTheVersionAlone(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home) {
        nl.logboek.testutil.Cli cli = new nl.logboek.testutil.Cli(home);
        nl.logboek.testutil.Cli.Result alone = cli.run("--version");
        nl.logboek.testutil.Cli.Result withGlobals = cli.run("--logbook", home.resolve("l.jsonl").toString(), "--lang", "en", "--version");
        assertEquals(0, withGlobals.exit());
        assertEquals(alone.out(), withGlobals.out());
        assertEquals("", withGlobals.err());
    }

    @Test
    void generatedSubcommandsPrintTheSameHelpInDutchAsTheAnnotatedOnes() {
        for (String name : CommandModels.SUBCOMMANDS) {
            CommandLine annotated = annotatedTree();
            annotated.setResourceBundle(CommandLineFactory.dutchHelp());
            CommandLine generated = CommandLineFactory.forArguments(APP, quiet(), quiet(), new String[] {name});
            generated.setResourceBundle(CommandLineFactory.dutchHelp());
            assertEquals(helpTexts(annotated.getSubcommands().get(name)), helpTexts(generated.getSubcommands().get(name)),
                    "logboek " + name + " in Dutch");
        }
    }

    @Test
    void aGeneratedCommandParsesArgumentsIntoTheSameFieldsAsTheAnnotatedOne() {
        String[] args = {"--lang", "en", "new", "-q", "-c", "sexting", "-t", "Titel", "--person", "A:slachtoffer",
                "--person", "B:dader", "--severity", "hoog"};
        CommandLine.ParseResult viaAnnotations = annotatedTree().parseArgs(args);
        CommandLine.ParseResult viaModel = CommandLineFactory.forArguments(APP, quiet(), quiet(), args).parseArgs(args);
        NewCommand a = (NewCommand) viaAnnotations.subcommand().commandSpec().userObject();
        NewCommand g = (NewCommand) viaModel.subcommand().commandSpec().userObject();
        assertEquals(List.of(a.title, a.category, a.persons, a.severity, a.quiet, a.json),
                List.of(g.title, g.category, g.persons, g.severity, g.quiet, g.json));
        assertEquals("Titel", g.title);
        assertEquals(List.of("A:slachtoffer", "B:dader"), g.persons);
        assertEquals(((LogboekCommand) viaAnnotations.commandSpec().userObject()).global.lang, "en");
        assertEquals(g.spec, viaModel.subcommand().commandSpec(), "the @Spec field is set");
    }

    @Test
    void optionsNotGivenKeepTheirFieldInitialValues() {
        String[] args = {"new", "-q", "-c", "sexting", "-t", "Titel"};
        CommandLine.ParseResult viaModel = CommandLineFactory.forArguments(APP, quiet(), quiet(), args).parseArgs(args);
        NewCommand g = (NewCommand) viaModel.subcommand().commandSpec().userObject();
        assertEquals(List.of(), g.persons, "an empty list, as initialised, not null");
    }

    private static CommandLine annotatedTree() {
        return CommandLineFactory.create(APP, quiet(), quiet());
    }

    private static CommandLine generated(String name) {
        return CommandLineFactory.forArguments(APP, quiet(), quiet(), new String[] {name}).getSubcommands().get(name);
    }

    private static PrintWriter quiet() {
        return new PrintWriter(new StringWriter());
    }

    /** Everything about a command that a user or the parser could notice, subcommands included. */
    private static String describe(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        StringBuilder b = new StringBuilder();
        b.append("command ").append(spec.qualifiedName()).append(" aliases ").append(Arrays.toString(spec.aliases()))
                .append(" user ").append(spec.userObject().getClass().getName())
                .append(" mixins ").append(spec.mixins().keySet())
                .append(" version ").append(Arrays.toString(spec.version()))
                .append(" exit codes ").append(spec.usageMessage().exitCodeList())
                .append(" hidden ").append(spec.usageMessage().hidden()).append('\n');
        b.append(describeArgs(spec));
        b.append(helpTexts(cl));
        for (Map.Entry<String, CommandLine> sub : cl.getSubcommands().entrySet()) {
            b.append("subcommand ").append(sub.getKey()).append('\n').append(describe(sub.getValue()));
        }
        return b.toString();
    }

    private static String helpTexts(CommandLine cl) {
        return cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    private static String describeArgs(CommandSpec spec) {
        List<String> lines = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            lines.add("option " + Arrays.toString(o.names()) + describeArg(o) + " help " + o.usageHelp() + o.versionHelp()
                    + o.help() + " order " + o.order() + " negatable " + o.negatable() + " fallback " + o.fallbackValue());
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            lines.add("positional " + p.index() + describeArg(p));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String describeArg(ArgSpec a) {
        List<String> candidates = new ArrayList<>();
        if (a.completionCandidates() != null) {
            a.completionCandidates().forEach(candidates::add);
        }
        return " label " + a.paramLabel() + " description " + Arrays.toString(a.description()) + " key " + a.descriptionKey()
                + " arity " + a.arity() + (a.arity().isUnspecified() ? "?" : "") + " required " + a.required()
                + " type " + a.type().getName() + " aux " + Arrays.toString(a.auxiliaryTypes())
                + " multi " + a.isMultiValue() + " split " + a.splitRegex() + "|" + a.splitRegexSynopsisLabel()
                + " hidden " + a.hidden() + " default " + a.defaultValue() + " show " + a.showDefaultValue()
                + " scope " + a.scopeType() + " inherited " + a.inherited() + " initial " + a.initialValue()
                + " has initial " + a.hasInitialValue() + " candidates " + candidates + " interactive " + a.interactive();
    }
}
