package nl.logboek.cli;

/** The only place that ends the process. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // What every command needs of the JDK and nothing of the arguments is readied on a thread
        // of its own while this one builds the command line (StartUp); on one core that would
        // only take turns with this thread, which then makes each when it first needs it.
        SystemClock clock = new SystemClock();
        if (Runtime.getRuntime().availableProcessors() > 1) {
            Thread startUp = new Thread(new StartUp(clock, CommandLineFactory.writes(args)), "logboek-start-up");
            startUp.setDaemon(true);
            startUp.start();
        }
        picocli.CommandLine cl = CommandLineFactory.forArguments(App.system(clock), null, null, args);
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
     * Readies, on the second core, what the command's own thread would otherwise wait for one after
     * the other: the time zone (about 6 ms), the JDK's security providers with SHA-256 (every
     * command checks a hash), and for a command that writes, the random source of new ids and
     * salts. Each is the JDK's own, made once per process: the command's thread uses it when it
     * gets there, or makes it itself should it get there first. About 5 ms off `new -q` on two
     * cores (docs/benchmarks.md). A class, not a lambda: linking a lambda's call site costs a
     * start more than loading a class from the archive.
     */
    private static final class StartUp implements Runnable {
        private final SystemClock clock;
        private final boolean writes;

        StartUp(SystemClock clock, boolean writes) {
            this.clock = clock;
            this.writes = writes;
        }

        @Override
        public void run() {
            clock.findZone();
            try {
                java.security.MessageDigest.getInstance("SHA-256").digest(new byte[1]);
                if (writes) {
                    new java.security.SecureRandom().nextBytes(new byte[8]);
                }
            } catch (java.security.NoSuchAlgorithmException | RuntimeException e) {
                // The command meets it itself, where it can say what went wrong.
            }
        }
    }
}
