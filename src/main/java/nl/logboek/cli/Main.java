package nl.logboek.cli;

/** The only place that ends the process. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
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
}
