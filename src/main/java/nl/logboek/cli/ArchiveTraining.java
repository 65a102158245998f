package nl.logboek.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the launcher runs, once per jar and JDK, to make the class-data archive (AppCDS) or AOT
 * cache: the everyday commands, in one JVM, on a scratch logbook in the folder given. A class
 * that a command loads but the archive lacks costs that command its loading and checking on every
 * start, so the archive is made from all of them rather than from one `new`: `annotate` alone
 * loaded 14 classes and spun 6 method handles from scratch when only `new` had been run.
 * Output goes nowhere; a command that fails here only leaves its classes out.
 *
 * <p>With {@code writes} after the folder, only the commands that write a signed line are run
 * (new, annotate and the case actions): the launcher starts those with an archive of their own,
 * about half the size, since mapping and relocating an archive costs each start in proportion to
 * its size (docs/benchmarks.md).
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    public static void main(String[] args) {
        if (args.length != 1 && !(args.length == 2 && WRITES.equals(args[1]))) {
            // Only the launcher runs this, and it ignores how it ends; only Main calls System.exit (ArchitectureTest).
            throw new IllegalArgumentException("usage: ArchiveTraining SCRATCH_FOLDER [" + WRITES + "]");
        }
        boolean writesOnly = args.length == 2;
        Path scratch = Path.of(args[0]);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("LOGBOEK_FILE", scratch.resolve("train.jsonl").toString());
        env.put("LOGBOEK_AUTHOR", "cds");
        env.put("XDG_CONFIG_HOME", scratch.toString());
        env.put("NO_COLOR", "1");
        env.remove("LOGBOEK_PASSPHRASE");
        // What every start loads besides the commands, done here too so that it is in the archive
        // instead of being read from the jar or the JDK's modules at each start: the jar's
        // manifest read as `java -jar` reads it, Main and its start-up thread, and the question
        // whether there is a terminal (App.system).
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(System.getProperty("java.class.path"))) {
            jar.getManifest();
        } catch (java.io.IOException | RuntimeException e) {
            // not run from the jar (tests): nothing of it to archive
        }
        for (String name : List.of("nl.logboek.cli.Main", "nl.logboek.cli.Main$StartUp")) {
            try {
                Class.forName(name, false, ArchiveTraining.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        System.console();
        App app = new App(Map.copyOf(env), Clock.systemDefaultZone(), false);
        String month = YearMonth.now().toString();
        String first = run(app, "new", "-q", "-c", "hacken", "-t", "training").strip(); // a first entry takes paths of its own
        String id = run(app, "new", "-q", "-c", "sexting", "-t", "training", "--person", "A:slachtoffer:leerling").strip();
        // A name with an accent (folded through the JDK's Normalizer), a protocol whose deadlines
        // apply after answers, and a follow-up that the agenda and list --overdue of a later day find.
        String other = run(app, "new", "-q", "-c", "medewerker-gedrag", "-t", "training", "--person", "Zoë:slachtoffer:leerling").strip();
        run(app, "annotate", "-q", other, "--follow-up", "+1d", "training");
        for (List<String> command : List.of(
                List.of("new", "-c", "cyberpesten", "-t", "training", "-p", "WhatsApp"),
                List.of("annotate", "-q", id, "training"),
                List.of("annotate", "-q", id, "--follow-up", "+3d", "training"),
                List.of("amend", id, "--title", "training, corrected", "--reason", "training"),
                List.of("retract", id, "--entry", "2", "--reason", "training"),
                List.of("close", id, "--force", "--reason", "training", "--outcome", "training"),
                List.of("reopen", id, "--reason", "training"),
                List.of("annotate", id, "training, with its checklist"))) {
            run(app, command.toArray(String[]::new));
        }
        if (writesOnly) {
            return;
        }
        for (List<String> command : List.of(
                List.of("show", id),
                List.of("next", id),
                List.of("list", "--status", "open"),
                List.of("list", "--json"),
                // The coordinator's day: the caches derived from the log are made and read here too.
                List.of("agenda"),
                List.of("list", "--overdue"),
                List.of("person", "A"),
                List.of("person", "Zoë"),
                List.of("search", "training"),
                List.of("report", "--month", month),
                List.of("export", "--format", "csv"),
                List.of("--version"))) {
            run(app, command.toArray(String[]::new));
        }
        // The agenda of later days: a follow-up overdue and incidents idle (a month on), and a
        // retention period that ends this week or has ended (two years on: the default period).
        run(app, "close", first, "--force", "--reason", "training", "--outcome", "training");
        for (Duration later : List.of(Duration.ofDays(30), Duration.ofDays(2 * 365 - 3), Duration.ofDays(2 * 365 + 3))) {
            App then = new App(app.env(), Clock.offset(app.clock(), later), false);
            run(then, "agenda");
            run(then, "list", "--overdue");
        }
    }

    /** The second argument that limits the training to the commands that write. */
    static final String WRITES = "writes";

    private static String run(App app, String... args) {
        StringWriter out = new StringWriter();
        PrintWriter err = new PrintWriter(new StringWriter());
        CommandLineFactory.forArguments(app, new PrintWriter(out), err, args).execute(args);
        return out.toString();
    }
}
