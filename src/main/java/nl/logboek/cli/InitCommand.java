package nl.logboek.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "init",
        description = {
                "Start a new logbook, before its first entry. With --encrypt every entry's content (names, texts) is "
                        + "encrypted with AES-256-GCM; the key is kept apart from the logbook, in a key file in your config "
                        + "folder (default) or derived from a passphrase (--passphrase).",
                "Encryption can only be chosen here: a logbook with entries cannot be converted. See docs/security.md."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  logboek init --encrypt",
                "  LOGBOEK_PASSPHRASE=... logboek init --encrypt --passphrase",
                "  logboek --logbook /pad/naar/team.jsonl init"})
final class InitCommand extends BaseCommand {
    @Option(names = "--encrypt", description = "Encrypt the content of every entry (recommended for logbooks that may be copied).")
    boolean encrypt;

    @Option(names = "--passphrase",
            description = "Derive the key from a passphrase (LOGBOEK_PASSPHRASE, or asked on a terminal) instead of a key file. "
                    + "Every command then needs the passphrase.")
    boolean passphrase;

    @Option(names = "--weak-passphrase",
            description = "Accept a passphrase shorter than 12 characters and fewer than four words (with a warning). "
                    + "Not recommended: a short passphrase can be guessed from a copied logbook.")
    boolean weakPassphrase;

    InitCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (passphrase && !encrypt) {
            throw nl.logboek.LogboekException.usage("init.passphrase-without-encrypt");
        }
        if (weakPassphrase && !passphrase) {
            throw nl.logboek.LogboekException.usage("init.weak-passphrase-without-passphrase");
        }
        ctx.weakPassphraseAllowed = weakPassphrase;
        // No lambda here: picocli reflects over this class's methods on every start, and a lambda's
        // synthetic method would name the store and JSON types (loading them even for --help).
        String id = Surroundings.initialize(ctx, encrypt, passphrase);
        out().println(msg().get("init.done", ctx.logbook().file(), id));
        if (encrypt && !passphrase) {
            out().println(msg().get("init.key-file", ctx.keys().keyFile(id)));
        } else if (encrypt) {
            out().println(msg().get("init.passphrase"));
        }
        return 0;
    }
}
