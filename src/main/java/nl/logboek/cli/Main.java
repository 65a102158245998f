package nl.logboek.cli;

/** The only place that ends the process. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CommandLineFactory.forArguments(App.system(), null, null, args).execute(args));
    }
}
