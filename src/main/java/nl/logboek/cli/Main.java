package nl.logboek.cli;

import java.util.Set;

/** The only place that ends the process. */
public final class Main {
    private Main() {
    }

    /** The commands whose every successful run signs a line (new, annotate and the case actions but next). */
    private static final Set<String> SIGNING = Set.of("new", "annotate", "amend", "consent", "close", "reopen",
            "escalate", "retract");

    public static void main(String[] args) {
        String subcommand = subcommand(args);
        if (subcommand != null && SIGNING.contains(subcommand)) { // Set.of refuses to look up null
            // The JDK's Ed25519 starts on a thread of its own before the command line is even
            // parsed (the command asks again, which then does nothing): about 30 ms earlier than
            // from the command, so the signature no longer waits for it (docs/benchmarks.md).
            nl.logboek.logbook.WriterKey.prepare();
        }
        picocli.CommandLine cl = CommandLineFactory.forArguments(App.system(), null, null, args);
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        System.out.flush();
        System.err.flush();
        // Not System.exit: from JDK 21 on, Runtime.exit first starts the platform logger to log the
        // exit at DEBUG level (about 300 classes more than a whole short command loads otherwise;
        // docs/benchmarks.md). Once the command has returned nothing needs a shutdown hook: every
        // file is written and closed, every terminal restored by the command that opened it.
        Runtime.getRuntime().halt(code);
    }

    /**
     * The subcommand, as the launcher finds it: the first argument that is not an option or the
     * value of a global option that takes one; null when there is none. Only a guess for starting
     * work early: picocli decides what runs.
     */
    static String subcommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--logbook", "--author", "--lang", "--protocols" -> i++;
                default -> {
                    if (!a.startsWith("-")) {
                        return a;
                    }
                }
            }
        }
        return null;
    }
}
