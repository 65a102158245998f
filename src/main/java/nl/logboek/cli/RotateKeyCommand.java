package nl.logboek.cli;

import picocli.CommandLine.Command;

@Command(mixinStandardHelpOptions = true, versionProvider = LogboekCommand.Version.class, name = "rotate-key",
        description = {
                "Give this machine's writer a new signing key. A line naming the new key is added to the logbook, signed "
                        + "with the old key; every later line is signed with the new one, which replaces the old in the "
                        + "config folder's writer-keys/.",
                "In a team logbook the new key counts as soon as the others sync: the old key vouches for it. A key that "
                        + "was lost or stolen cannot vouch for anything: then a member revokes it ('logboek team revoke') "
                        + "and the machine joins the team again (docs/security.md)."},
        footerHeading = "%nExamples:%n",
        footer = {"  logboek rotate-key"})
final class RotateKeyCommand extends BaseCommand {
    RotateKeyCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        String key = ctx.logbook().rotateKey(ctx.author());
        out().println(msg().get("sign.rotated", nl.logboek.logbook.WriterKey.keyIdOf(key)));
        out().flush();
        return 0;
    }
}
