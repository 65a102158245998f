package nl.logboek.cli;

import nl.logboek.LogboekException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the one CommandLine: commands get the shared Context, errors go through the one ErrorHandler. */
public final class CommandLineFactory {
    private CommandLineFactory() {
    }

    public static CommandLine create(App app) {
        return create(app, null, null);
    }

    public static CommandLine create(App app, PrintWriter out, PrintWriter err) {
        return build(app, out, err, Shape.ANNOTATED, null);
    }

    /**
     * The CommandLine for these arguments: when they name one subcommand plainly, only the top
     * command and that subcommand are built, from {@link CommandModels} (start-up time: reading the
     * annotations costs picocli more than recording an incident takes); otherwise the whole tree
     * from the annotations, for help and suggestions.
     */
    public static CommandLine forArguments(App app, PrintWriter out, PrintWriter err, String[] args) {
        if (asksOnlyVersion(args)) {
            return build(app, out, err, Shape.TOP_ONLY, null); // the version needs no subcommand
        }
        String named = subcommandNamedIn(args);
        return named == null ? build(app, out, err, Shape.ANNOTATED, null) : build(app, out, err, Shape.NAMED, named);
    }

    /** The commands that write a signed line: the launcher's archive group "writes" (launcher.sh). */
    private static final java.util.Set<String> WRITING = java.util.Set.of("new", "annotate", "amend", "consent", "close",
            "reopen", "escalate", "retract");

    /** Whether the arguments name a command that writes a line. */
    static boolean writes(String[] args) {
        String named = subcommandNamedIn(args);
        return named != null && WRITING.contains(named);
    }

    /** Global options that take a value, so that their value is not taken for a subcommand name. */
    private static final java.util.Set<String> GLOBAL_WITH_VALUE = java.util.Set.of("--logbook", "--author", "--lang", "--protocols");

    /** Whether the arguments ask for the version and nothing else but global options ({@code --logbook F --version}). */
    static boolean asksOnlyVersion(String[] args) {
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (GLOBAL_WITH_VALUE.contains(a)) {
                i++;
            } else if (a.equals("--version") || a.equals("-V")) {
                version = true;
            } else if (!isGlobalFlag(a)) {
                return false;
            }
        }
        return version;
    }

    /** A global option without a separate value: {@code --stacktrace}, or one with its value after '='. */
    private static boolean isGlobalFlag(String a) {
        return a.equals("--stacktrace")
                || a.startsWith("--") && a.contains("=") && GLOBAL_WITH_VALUE.contains(a.substring(0, a.indexOf('=')));
    }

    /** The subcommand the arguments name before any of its own options, or null. */
    static String subcommandNamedIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (GLOBAL_WITH_VALUE.contains(a)) {
                i++;
                continue;
            }
            if (a.startsWith("-")) {
                if (isGlobalFlag(a)) {
                    continue;
                }
                return null;
            }
            return CommandModels.SUBCOMMANDS.contains(a) ? a : null;
        }
        return null;
    }

    /**
     * The whole command tree as picocli reads it from the annotations, before this factory adds
     * its handlers: what {@link CommandModels} is generated from and compared with.
     */
    public static CommandLine annotated(App app) {
        return new CommandLine(LogboekCommand.class, new ContextFactory(new Context(app)));
    }

    /** Which commands a CommandLine is built with. */
    private enum Shape { ANNOTATED, TOP_ONLY, NAMED }

    /**
     * picocli registers converters for java.sql and java.time types by loading (and initialising)
     * those classes, about 4 ms of every start; no option of ours has such a type (a new one that
     * does fails every test that uses it), and Path has its own converter below. One pattern, and
     * the simplest: picocli compiles it anew for each of the 19 types it considers, for each
     * command line it makes (38 compiles a start). Those 19 (picocli 4.7: java.sql.*, java.time.*,
     * java.nio.file.Path) are exactly the ones we leave out, so ".*" says the same as naming them,
     * at a fraction of the compiling; picocli's other converters are not subject to this list.
     */
    private static final String UNUSED_CONVERTERS = ".*";

    private static CommandLine build(App app, PrintWriter out, PrintWriter err, Shape shape, String subcommand) {
        // The composition root: the store learns the incident types from the incident layer.
        nl.logboek.logbook.LineTypes.install(nl.logboek.incident.EventTypes.INSTANCE);
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
        }
        Context ctx = new Context(app);
        ContextFactory factory = new ContextFactory(ctx);
        CommandLine cl;
        if (shape == Shape.ANNOTATED) {
            cl = new CommandLine(LogboekCommand.class, factory);
        } else {
            ModelBinder binder = new ModelBinder(factory);
            cl = new CommandLine(CommandModels.top(binder), factory);
            if (shape == Shape.NAMED) {
                cl.addSubcommand(subcommand, new CommandLine(CommandModels.subcommand(subcommand, binder), factory));
            }
        }
        // A path the system cannot take (a NUL character in it) is a usage error in the user's
        // language, not picocli's conversion message with a Java exception in it.
        // Classes, not lambdas, here and below: linking a lambda's call site costs every start more
        // than loading a class from the archive (docs/benchmarks.md).
        cl.registerConverter(java.nio.file.Path.class, new CommandLine.ITypeConverter<java.nio.file.Path>() {
            @Override
            public java.nio.file.Path convert(String text) {
                try {
                    return java.nio.file.Path.of(text);
                } catch (java.nio.file.InvalidPathException e) {
                    throw LogboekException.usage("error.bad-path", text.replace("\0", "\\0"), e.getReason());
                }
            }
        });
        ErrorHandler handler = new ErrorHandler(ctx);
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        if (out != null) {
            cl.setOut(out);
        }
        if (err != null) {
            cl.setErr(err);
        }
        describeExitCodes(cl);
        renderExamples(cl);
        ctx.err = cl.getErr();
        CommandLine top = cl;
        cl.setExecutionStrategy(new CommandLine.IExecutionStrategy() {
            @Override
            public int execute(CommandLine.ParseResult parseResult) {
                // Only now is the language known (--lang may come anywhere): the help texts in the
                // annotations are English, help_nl.properties has them in Dutch. Never set while the
                // man pages and completions are generated: those come from the English model.
                if (printsHelp(parseResult) && ctx.messages().dutch()) {
                    top.setResourceBundle(dutchHelp());
                    top.setHelpFactory(dutchParamLabels(ctx.messages()));
                }
                String lang = ctx.global.lang;
                if (lang != null && nl.logboek.i18n.Language.known(lang) == null) {
                    CommandLine last = parseResult.asCommandLineList().get(parseResult.asCommandLineList().size() - 1);
                    return handler.handleExecutionException(LogboekException.usage("error.unknown-lang",
                            TerminalText.safe(lang), nl.logboek.i18n.Language.CHOICES), last, parseResult);
                }
                String garbled = undecodableArgument(parseResult.originalArgs());
                if (garbled != null) {
                    CommandLine last = parseResult.asCommandLineList().get(parseResult.asCommandLineList().size() - 1);
                    return handler.handleExecutionException(LogboekException.usage("error.not-utf8", garbled), last, parseResult);
                }
                CommandLine last = parseResult.asCommandLineList().get(parseResult.asCommandLineList().size() - 1);
                if (!last.isUsageHelpRequested() && !last.isVersionHelpRequested()
                        && !(last.getCommand() instanceof CommandLine.HelpCommand)) {
                    warnWhenReadableByOthers(ctx, last.getErr());
                }
                return new CommandLine.RunLast().execute(parseResult);
            }
        });
        return cl;
    }

    /**
     * Under a non-UTF-8 locale the JVM turns letters like ö into U+FFFD before we see them; once
     * written into the hash chain they could never be corrected, so such input is refused.
     */
    /**
     * A logbook others can read is a data breach waiting to happen: say so on every command (stderr).
     * So is a key file (whoever reads it reads the encrypted logbook) and the organisation's config
     * file (whoever may change it sets the retention period): each gets its own warning line.
     */
    private static void warnWhenReadableByOthers(Context ctx, PrintWriter err) {
        warnAboutKeysAndConfig(ctx, err);
        java.nio.file.Path file;
        try {
            file = nl.logboek.logbook.LogbookLocation.resolve(ctx.global.logbook, ctx.app.env());
            if (!java.nio.file.Files.isRegularFile(file)) {
                return;
            }
            if (othersMay(java.nio.file.Files.getPosixFilePermissions(file))) {
                err.println(ctx.messages().get("privacy.readable-by-others", file));
                err.flush();
            }
        } catch (java.io.IOException | UnsupportedOperationException | LogboekException e) {
            // No logbook yet, or no POSIX permissions to look at: nothing to warn about.
        }
    }

    /** The key files (LOGBOEK_KEY_FILE, every *.key in the config folder's keys/ and writer-keys/) and logboek.properties. */
    private static void warnAboutKeysAndConfig(Context ctx, PrintWriter err) {
        java.util.Map<String, String> env = ctx.app.env();
        java.nio.file.Path folder = Surroundings.configHome(env).resolve("logboek");
        java.util.List<java.nio.file.Path> keys = new java.util.ArrayList<>();
        String explicit = env.get("LOGBOEK_KEY_FILE");
        if (explicit != null && !explicit.isBlank()) {
            keys.add(java.nio.file.Path.of(explicit));
        }
        // The encryption keys (keys/) and the writers' signing keys (writer-keys/).
        for (String name : new String[] {"keys", "writer-keys"}) {
            java.nio.file.Path keyFolder = folder.resolve(name);
            if (java.nio.file.Files.isDirectory(keyFolder)) {
                // Not the glob "*.key": compiling it to a regular expression costs every start.
                try (java.nio.file.DirectoryStream<java.nio.file.Path> all = java.nio.file.Files.newDirectoryStream(keyFolder)) {
                    for (java.nio.file.Path p : all) {
                        if (p.getFileName().toString().endsWith(".key")) {
                            keys.add(p);
                        }
                    }
                } catch (java.io.IOException | java.nio.file.DirectoryIteratorException e) {
                    // An unreadable folder holds nothing we could warn about.
                }
            }
        }
        for (java.nio.file.Path key : keys) {
            if (readableByOthers(key)) {
                err.println(ctx.messages().get("privacy.key-readable-by-others", key));
            }
        }
        java.nio.file.Path config = folder.resolve("logboek.properties");
        if (readableByOthers(config)) {
            err.println(ctx.messages().get("privacy.config-readable-by-others", config));
        }
        err.flush();
    }

    /** Whether a regular file gives group or others any access; false when it is missing or has no POSIX permissions. */
    static boolean readableByOthers(java.nio.file.Path file) {
        try {
            if (!java.nio.file.Files.isRegularFile(file)) {
                return false;
            }
            return othersMay(java.nio.file.Files.getPosixFilePermissions(file));
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Whether the group or others get any of these permissions (a loop, not a stream: this runs on every start). */
    private static boolean othersMay(java.util.Set<java.nio.file.attribute.PosixFilePermission> perms) {
        for (java.nio.file.attribute.PosixFilePermission p : perms) {
            if (p.name().startsWith("GROUP") || p.name().startsWith("OTHERS")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether picocli or a command prints usage help now: --help, the help command, logboek
     * without a command, or logboek team without one. Only then are the Dutch help texts loaded
     * (they cost start-up time); a command that starts printing usage itself must be added here.
     */
    private static boolean printsHelp(CommandLine.ParseResult parseResult) {
        for (CommandLine c : parseResult.asCommandLineList()) {
            if (c.isUsageHelpRequested() || c.getCommandSpec().helpCommand()) {
                return true;
            }
        }
        List<CommandLine> named = parseResult.asCommandLineList();
        return (named.size() == 1 || named.get(named.size() - 1).getCommand() instanceof TeamCommand)
                && !parseResult.isVersionHelpRequested();
    }

    /**
     * Help whose parameter labels (NAME:ROLE[:KIND], FILE, DATE, ...) are in the language of the
     * messages: the annotations have them in English, and picocli has no bundle key for them. A
     * label is looked up as "param." + the label (messages_*.properties); one without a key stays.
     */
    static CommandLine.IHelpFactory dutchParamLabels(nl.logboek.i18n.Messages msg) {
        return (spec, colors) -> new CommandLine.Help(spec, colors) {
            @Override
            public CommandLine.Help.IParamLabelRenderer parameterLabelRenderer() {
                CommandLine.Help.IParamLabelRenderer base = super.parameterLabelRenderer();
                return new CommandLine.Help.IParamLabelRenderer() {
                    @Override
                    public CommandLine.Help.Ansi.Text renderParameterLabel(CommandLine.Model.ArgSpec arg,
                            CommandLine.Help.Ansi ansi, List<CommandLine.Help.Ansi.IStyle> styles) {
                        CommandLine.Help.Ansi.Text text = base.renderParameterLabel(arg, ansi, styles);
                        String label = arg.paramLabel();
                        String key = "param." + label;
                        if (label == null || !msg.has(key)) {
                            return text;
                        }
                        String plain = text.plainString();
                        int at = plain.indexOf(label);
                        if (at < 0) {
                            return text;
                        }
                        String dutch = msg.get(key);
                        CommandLine.Help.Ansi.Text styled = arg.isOption() ? colors.optionParamText(dutch) : colors.parameterText(dutch);
                        return text.substring(0, at).concat(styled).concat(text.substring(at + label.length()));
                    }

                    @Override
                    public String separator() {
                        return base.separator();
                    }
                };
            }
        };
    }

    /** The Dutch help texts, in picocli's resource bundle keys (see help_nl.properties). */
    static final String DUTCH_HELP = "/nl/logboek/i18n/help_nl.properties";

    private static volatile java.util.ResourceBundle dutchHelp;

    /** Read as UTF-8 explicitly, never through ResourceBundle.getBundle and its encoding rules; loaded once. */
    static java.util.ResourceBundle dutchHelp() {
        java.util.ResourceBundle bundle = dutchHelp;
        if (bundle == null) {
            try (java.io.InputStream in = CommandLineFactory.class.getResourceAsStream(DUTCH_HELP)) {
                if (in == null) {
                    throw new IllegalStateException(DUTCH_HELP + " is missing from the jar");
                }
                bundle = new java.util.PropertyResourceBundle(
                        new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            dutchHelp = bundle;
        }
        return bundle;
    }

    private static String undecodableArgument(java.util.List<String> args) {
        for (String a : args) {
            if (a.indexOf('\uFFFD') >= 0) {
                return a;
            }
        }
        return null;
    }

    /**
     * The examples under "Examples:" as {@link HelpExamples} breaks them: a command line that does
     * not fit keeps working when copied (picocli would wrap it as prose, without the trailing \).
     */
    private static final CommandLine.IHelpSectionRenderer EXAMPLES = new CommandLine.IHelpSectionRenderer() {
        @Override
        public String render(CommandLine.Help help) {
            CommandLine.Model.UsageMessageSpec usage = help.commandSpec().usageMessage();
            List<String> footer = new java.util.ArrayList<>();
            for (String line : usage.footer()) {
                footer.add(line.replace("%%", "%"));
            }
            if (footer.isEmpty()) {
                return "";
            }
            return String.join(System.lineSeparator(), HelpExamples.render(footer, usage.width())) + System.lineSeparator();
        }
    };

    private static void renderExamples(CommandLine cl) {
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, EXAMPLES);
        for (CommandLine sub : new java.util.LinkedHashSet<>(cl.getSubcommands().values())) {
            renderExamples(sub);
        }
    }

    private static void describeExitCodes(CommandLine cl) {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "Success.");
        codes.put("1", "Failure: unknown incident, damaged logbook, file not readable or writable.");
        codes.put("2", "Usage error: unknown option, missing or invalid value. Nothing was changed.");
        codes.put("3", "The logbook no longer holds a line this computer saw: lines were removed from its end or an older copy "
                + "was put back. Nothing was changed; see 'logboek verify --accept-rollback'.");
        CommandSpec spec = cl.getCommandSpec();
        codes.putAll(spec.usageMessage().exitCodeList()); // a command's own codes (sync: 3), from its annotation
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        for (CommandLine sub : cl.getSubcommands().values()) {
            describeExitCodes(sub);
        }
    }

    /** Gives each command class (and mixin) a constructor argument of the shared Context. */
    private static final class ContextFactory implements CommandLine.IFactory {
        private final Context ctx;

        ContextFactory(Context ctx) {
            this.ctx = ctx;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == GlobalOptions.class) {
                return cls.cast(ctx.global);
            }
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Context.class) {
                    c.setAccessible(true);
                    return cls.cast(c.newInstance(ctx));
                }
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
