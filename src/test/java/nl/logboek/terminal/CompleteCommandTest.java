package nl.logboek.terminal;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 'logboek complete': the values the completion scripts ask for on every Tab. */
class CompleteCommandTest {
    @TempDir
    Path home;

    @Test
    void idsArePrintedOnePerLineInTheOrderTheyWereReported() {
        Cli cli = new Cli(home);
        String a = cli.ok("new", "-q", "-c", "hacken", "-t", "Account van Noor");
        String b = cli.ok("new", "-q", "-c", "bedreiging", "-t", "Dreigbericht\top school");
        assertEquals(a + "\n" + b, cli.ok("complete", "ids"));
        assertEquals(a + "\tAccount van Noor\n" + b + "\tDreigbericht op school", cli.ok("complete", "ids", "--describe"),
                "titles follow a tab, with their own tabs made spaces");
    }

    @Test
    void idsComeFromTheLogbookGivenWithLogbook() {
        Path other = home.resolve("ander.jsonl");
        String id = new Cli(home).env("LOGBOEK_FILE", other.toString()).ok("new", "-q", "-c", "hacken", "-t", "x");
        new Cli(home).ok("new", "-q", "-c", "hacken", "-t", "y");
        assertEquals(id, new Cli(home).ok("complete", "ids", "--logbook", other.toString()));
    }

    @Test
    void aMissingLogbookGivesNothingSilentlyAndCreatesNothing() {
        Cli cli = new Cli(home);
        Cli.Result r = cli.run("complete", "ids").assertExit(0);
        assertEquals("", r.out() + r.err());
        assertFalse(Files.exists(cli.logbook()));
        assertFalse(Files.exists(cli.logbook().getParent()));
    }

    @Test
    void aDamagedLogbookGivesNothingSilentlyAndIsLeftAsItIs() throws IOException {
        Cli cli = new Cli(home);
        cli.ok("new", "-q", "-c", "hacken", "-t", "x");
        Files.writeString(cli.logbook(), "{\"broken\n", java.nio.file.StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result r = cli.run("complete", "ids").assertExit(0);
        assertEquals("", r.out() + r.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(cli.logbook())));
    }

    @Test
    void categoriesAreDescribedInTheUsersLanguage() {
        List<String> nl = new Cli(home).env("LANG", "nl_NL.UTF-8").ok("complete", "categories", "--describe").lines().toList();
        List<String> en = new Cli(home).ok("complete", "categories", "--describe", "--lang", "en").lines().toList();
        assertEquals(12, nl.size());
        assertTrue(nl.contains("hacken\tGehackt account"), nl.toString());
        assertTrue(en.contains("hacken\tHacked account"), en.toString());
        assertEquals("cyberpesten", new Cli(home).ok("complete", "categories").lines().findFirst().orElseThrow());
    }

    @Test
    void protocolsIncludeTheOrganisationsOwnAndBrokenOnesGiveNothing() throws IOException {
        List<String> shipped = new Cli(home).ok("complete", "protocols").lines().toList();
        assertTrue(shipped.containsAll(List.of("meldcode", "sexting-loverboys")), shipped.toString());
        Path dir = Files.createDirectories(home.resolve("eigen"));
        Files.writeString(dir.resolve("kapot.json"), "{ dit is geen protocol");
        Cli.Result r = new Cli(home).run("complete", "protocols", "--protocols", dir.toString()).assertExit(0);
        assertEquals("", r.out() + r.err());
    }

    @Test
    void anUnknownKindIsAUsageErrorOnOneLineInBothLanguages() {
        Cli.Result en = new Cli(home).run("complete", "idz").assertExit(2);
        assertEquals(1, en.err().strip().lines().count(), en.describe());
        assertTrue(en.err().contains("unknown kind \"idz\"")
                && en.err().contains("ids, active-ids, closed-ids, categories, protocols, partners, levels, reasons, items"),
                en.describe());
        Cli.Result nl = new Cli(home).env("LANG", "nl_NL.UTF-8").run("complete", "idz").assertExit(2);
        assertTrue(nl.err().contains("onbekende soort \"idz\""), nl.describe());
    }

    @Test
    void activeAndClosedIdsSplitTheIncidentsByWhetherTheyAreClosed() {
        Cli cli = new Cli(home);
        String open = cli.ok("new", "-q", "-c", "hacken", "-t", "Account van Noor");
        String closed = cli.ok("new", "-q", "-c", "hacken", "-t", "Account van Sam");
        cli.ok("close", closed, "--force", "--reason", "Afgesproken", "--outcome", "Hersteld");
        assertEquals(open + "\tAccount van Noor", cli.ok("complete", "active-ids", "--describe"));
        assertEquals(closed, cli.ok("complete", "closed-ids"));
        assertEquals(open + "\n" + closed, cli.ok("complete", "ids"));
    }

    @Test
    void partnersAreDescribedByTheirNameInTheUsersLanguage() {
        List<String> en = new Cli(home).ok("complete", "partners", "--describe").lines().toList();
        assertTrue(en.contains("cjg\tCentre for Youth and Family (CJG)") && en.size() == 34, en.toString());
        List<String> nl = new Cli(home).env("LOGBOEK_LANG", "nl").ok("complete", "partners", "--describe").lines().toList();
        assertTrue(nl.contains("politie\tPolitie"), nl.toString());
    }

    @Test
    void levelsAndReasonsAreThoseOfTheIncidentsProtocolOrOfEveryProtocolOnce() {
        Cli cli = new Cli(home);
        String id = cli.ok("new", "-q", "-c", "loverboy", "-t", "Signalen", "--person", "Mo:slachtoffer:leerling");
        assertEquals(List.of("school", "cjg", "veilig-thuis", "zorg-en-veiligheidshuis"),
                cli.ok("complete", "levels", "--incident", id.substring(0, 4)).lines().toList());
        assertEquals(List.of("meer-partners-nodig", "geen-toestemming-ouders", "geen-medewerking"),
                cli.ok("complete", "reasons", "--incident", id).lines().toList());
        assertEquals(List.of("doel-bereikt", "minder-partners-nodig"),
                cli.ok("complete", "reasons", "--incident", id, "--down").lines().toList());
        List<String> nl = new Cli(home).env("LOGBOEK_LANG", "nl").ok("complete", "levels", "--incident", id, "--describe")
                .lines().toList();
        assertTrue(nl.get(1).startsWith("cjg\t") && nl.get(1).length() > 5, nl.toString());
        List<String> every = cli.ok("complete", "levels", "--incident", "zzzz").lines().toList();
        assertTrue(every.containsAll(List.of("cjg", "bestuur", "zorgcoordinator")), every.toString());
        assertEquals(every.size(), every.stream().distinct().count(), "each level once: " + every);
        assertEquals(every, cli.ok("complete", "levels").lines().toList());
    }

    @Test
    void itemsAreTheIncidentsChecklistItemsNotTickedYet() {
        Cli cli = new Cli(home);
        String id = cli.ok("new", "-q", "-c", "loverboy", "-t", "Signalen", "--person", "Mo:slachtoffer:leerling");
        List<String> before = cli.ok("complete", "items", "--incident", id).lines().toList();
        assertTrue(before.size() > 5 && before.contains("politie-gecontacteerd"), before.toString());
        cli.ok("annotate", id, "--done", "politie-gecontacteerd", "Wijkagent gebeld.");
        List<String> after = cli.ok("complete", "items", "--incident", id).lines().toList();
        assertEquals(before.stream().filter(i -> !i.equals("politie-gecontacteerd")).toList(), after);
        String described = cli.ok("complete", "items", "--incident", id, "--describe").lines().findFirst().orElseThrow();
        assertTrue(described.startsWith(after.get(0) + "\t") && described.length() > after.get(0).length() + 5, described);
        assertEquals("", cli.ok("complete", "items"), "no incident, no items");
        assertEquals("", cli.ok("complete", "items", "--incident", "zzzz"));
    }

    @Test
    void theHelperIsHiddenFromHelp() {
        String help = new Cli(home).ok("--help");
        assertFalse(help.contains("complete"), help);
        assertTrue(help.contains("install"), help);
    }
}
