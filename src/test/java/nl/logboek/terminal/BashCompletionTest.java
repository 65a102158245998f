package nl.logboek.terminal;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checked-in bash script, for real: sourced into bash with COMP_WORDS and COMP_CWORD set as
 * bash sets them on Tab, then COMPREPLY is what the user would be offered.
 */
class BashCompletionTest {
    static final Path SCRIPT = Path.of("completions/logboek.bash").toAbsolutePath();

    @TempDir
    static Path home;

    static String first;
    static String second;
    static Path bin;

    @BeforeAll
    static void logbookWithTwoIncidents() throws IOException {
        Shells.require("bash");
        Cli cli = new Cli(home);
        first = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp 2B");
        second = cli.ok("new", "-q", "-c", "hacken", "-t", "Instagram van Noor");
        bin = home.resolve("bin");
        Shells.fakeLogboek(bin);
    }

    /** What Tab offers after these words; the last word is the one under the cursor. */
    static List<String> complete(Map<String, String> extraEnv, String... words) {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(' ').append(Shells.quote(w));
        }
        String line = "logboek " + String.join(" ", words);
        String script = "source " + Shells.quote(SCRIPT.toString()) + "\n"
                + "COMP_WORDS=(logboek" + array + ")\n"
                + "COMP_CWORD=" + words.length + "\n"
                + "COMP_LINE=" + Shells.quote(line) + "\n"
                + "COMP_POINT=${#COMP_LINE}\n"
                + "_logboek logboek " + Shells.quote(words[words.length - 1]) + " "
                + Shells.quote(words.length > 1 ? words[words.length - 2] : "logboek") + "\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("PATH", Shells.path(bin));
        env.put("LOGBOEK_FILE", home.resolve("data/logboek.jsonl").toString());
        env.put("LANG", "C.UTF-8");
        env.putAll(extraEnv);
        Shells.Run r = Shells.run(List.of("bash", "--norc", "--noprofile", "-c", script), env, home);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err(), "the completion printed errors");
        List<String> offered = new ArrayList<>();
        for (String l : r.lines()) {
            if (!l.isEmpty()) {
                offered.add(l);
            }
        }
        offered.sort(null);
        return offered;
    }

    static List<String> complete(String... words) {
        return complete(Map.of(), words);
    }

    @Test
    void aStartOfASubcommandCompletesToIt() {
        assertEquals(List.of("new", "next"), complete("ne"));
        assertEquals(List.of("new"), complete("new"));
        assertEquals(List.of("annotate"), complete("an"));
    }

    @Test
    void anEmptyWordOffersEveryVisibleSubcommandButNotTheHiddenHelper() {
        List<String> offered = complete("");
        assertTrue(offered.containsAll(List.of("new", "annotate", "list", "show", "next", "escalate", "close",
                "protocols", "verify", "install", "help")), offered.toString());
        assertFalse(offered.contains("complete"), offered.toString());
    }

    @Test
    void categoryValuesCompleteAfterTheOptionInEveryForm() {
        assertEquals(List.of("sexting", "sextortion"), complete("new", "--category", "sex"));
        assertEquals(List.of("grooming"), complete("new", "-t", "Contact via Snapchat", "-c", "gro"));
        // --category=sex: bash splits '=' into a word of its own
        assertEquals(List.of("sexting", "sextortion"), complete("new", "--category", "=", "sex"));
        assertEquals(12, complete("new", "--category", "=").size());
    }

    @Test
    void commaSeparatedListsCompleteTheirLastItemWithoutRepeatingAnItemAlreadyListed() {
        assertEquals(List.of("sexting,sextortion"), complete("list", "--category", "sexting,sex"));
        assertEquals(List.of("open", "opgeschaald"), complete("list", "--status", "op"));
        List<String> afterOpen = complete("list", "--status", "open,");
        assertFalse(afterOpen.contains("open,open"), afterOpen.toString());
        assertTrue(afterOpen.containsAll(List.of("open,opgeschaald", "open,gesloten")), afterOpen.toString());
        assertEquals(List.of("--status=open,opgeschaald"), complete("list", "--status=open,op"));
        assertFalse(complete("list", "--status", "open,gesloten,").stream().anyMatch(w -> w.endsWith(",open")
                || w.endsWith(",gesloten")));
    }

    // ----- values fixed by the program or the protocols, and only the incidents a command takes

    static Path mixed;
    static String open;
    static String closed;

    @BeforeAll
    static void aLogbookWithAnOpenAndAClosedIncident() {
        mixed = home.resolve("mixed/logboek.jsonl");
        Cli cli = new Cli(home).env("LOGBOEK_FILE", mixed.toString());
        open = cli.ok("new", "-q", "-c", "loverboy", "-t", "Signalen ronselen", "--person", "Mo:slachtoffer:leerling");
        closed = cli.ok("new", "-q", "-c", "hacken", "-t", "Account hersteld");
        cli.ok("close", closed, "--force", "--reason", "Afgesproken", "--outcome", "Wachtwoord hersteld");
    }

    static List<String> inMixed(String... words) {
        return complete(Map.of("LOGBOEK_FILE", mixed.toString()), words);
    }

    @Test
    void commandsThatActOnAnIncidentOfferOnlyThoseNotClosedAndReopenOnlyTheClosedOnes() {
        assertEquals(List.of(open), inMixed("escalate", ""));
        assertEquals(List.of(open), inMixed("annotate", ""));
        assertEquals(List.of(open), inMixed("close", "--force", ""));
        assertEquals(List.of(open), inMixed("consent", ""));
        assertEquals(List.of(closed), inMixed("reopen", ""));
        assertEquals(sorted(open, closed), inMixed("show", ""));
    }

    @Test
    void partnerIdsCompleteWhereAPartnerIsAsked() {
        assertEquals(List.of("cjg"), inMixed("escalate", open, "--partner", "cj"));
        assertEquals(List.of("politie"), inMixed("consent", open, "--partner", "polit"));
        assertEquals(List.of("veilig-thuis"), inMixed("export", "--for", "veilig"));
        assertEquals(List.of("juridisch"), inMixed("partners", "jur"));
        assertTrue(inMixed("escalate", open, "--partner", "").size() >= 34);
    }

    @Test
    void levelsAndReasonsAreThoseOfTheIncidentsProtocolUpOrDown() {
        assertEquals(List.of("cjg", "school", "veilig-thuis", "zorg-en-veiligheidshuis"), inMixed("escalate", open, "--to", ""));
        assertEquals(List.of("geen-medewerking", "geen-toestemming-ouders", "meer-partners-nodig"),
                inMixed("escalate", open, "--reason", ""));
        assertEquals(List.of("doel-bereikt", "minder-partners-nodig"), inMixed("escalate", open, "--down", "--reason", ""));
        assertEquals(List.of("--reason=geen-medewerking", "--reason=geen-toestemming-ouders"),
                inMixed("escalate", open, "--reason=geen"));
        // Without an incident (or before it is typed): every protocol's, each once.
        List<String> all = inMixed("escalate", "--to", "");
        assertTrue(all.containsAll(List.of("cjg", "bestuur", "zorgcoordinator")) && all.size() == all.stream().distinct().count(),
                all.toString());
    }

    @Test
    void checklistItemsOfTheIncidentCompleteForDoneWithoutRepeatingOnesListed() {
        List<String> items = inMixed("annotate", open, "--done", "");
        assertTrue(items.contains("politie-gecontacteerd") && items.size() > 5, items.toString());
        assertEquals(List.of("politie-gecontacteerd"), inMixed("annotate", open, "--done", "politie-g"));
        List<String> second = inMixed("annotate", open, "--done", "politie-gecontacteerd,");
        assertFalse(second.contains("politie-gecontacteerd,politie-gecontacteerd"), second.toString());
        assertEquals(items.size() - 1, second.size(), second.toString());
    }

    @Test
    void groundsAndFormatsComplete() {
        assertEquals(List.of("toestemming", "vitaal-belang", "wettelijke-plicht"), inMixed("consent", open, "--ground", ""));
        assertEquals(List.of("html", "json", "markdown", "text"), inMixed("report", "-f", ""));
        assertEquals(List.of("csv", "json", "jsonl"), inMixed("export", "--format", ""));
        assertEquals(List.of("json", "markdown"), inMixed("person", "Mo", "--export", "x.md", "--format", ""));
    }

    @Test
    void optionsCompleteWithTheirNames() {
        assertEquals(List.of("--title"), complete("new", "--ti"));
        assertTrue(complete("show", "--").containsAll(List.of("--json", "--logbook", "--help")));
        assertEquals(List.of("--severity", "--source", "--stacktrace"), complete("new", "--s"));
    }

    @Test
    void vocabularyAndLanguageValuesComplete() {
        assertEquals(List.of("acuut", "hoog", "laag", "middel"), complete("new", "--severity", ""));
        assertEquals(List.of("en", "nl"), complete("--lang", ""));
    }

    @Test
    void incidentIdsCompleteFromTheUsersLogbook() {
        assertEquals(sorted(first, second), complete("show", ""));
        assertEquals(List.of(first), complete("annotate", first.substring(0, 5)));
        assertEquals(sorted(first, second), complete("--lang", "nl", "close", "--force", ""));
    }

    @Test
    void incidentIdsFollowTheLogbookGivenOnTheCommandLine() throws IOException {
        Path other = home.resolve("other/ander.jsonl");
        Cli cli = new Cli(home).env("LOGBOEK_FILE", other.toString());
        String third = cli.ok("new", "-q", "-c", "bedreiging", "-t", "Dreigbericht");
        assertEquals(List.of(third), complete("--logbook", other.toString(), "show", ""));
        assertEquals(List.of(third), complete("show", "--logbook", "=", other.toString(), ""));
        assertEquals(List.of(third), complete(Map.of("LOGBOEK_FILE", other.toString()), "next", ""));
    }

    @Test
    void aMissingOrDamagedLogbookOffersNothingAndPrintsNothing() throws IOException {
        assertEquals(List.of(), complete(Map.of("LOGBOEK_FILE", home.resolve("nowhere.jsonl").toString()), "show", ""));
        Path damaged = home.resolve("damaged.jsonl");
        Files.writeString(damaged, "this is not a logbook\n");
        assertEquals(List.of(), complete(Map.of("LOGBOEK_FILE", damaged.toString()), "show", ""));
    }

    @Test
    void protocolIdsCompleteForProtocolsShowAndNewProtocol() {
        List<String> shown = complete("protocols", "show", "");
        assertTrue(shown.contains("sexting-loverboys") && shown.contains("meldcode"), shown.toString());
        assertEquals(List.of("sexting-loverboys"), complete("new", "--protocol", "sexting-l"));
    }

    @Test
    void nestedAndHelpSubcommandsComplete() {
        assertEquals(List.of("check", "show"), complete("protocols", ""));
        assertEquals(List.of("install"), complete("help", "ins"));
    }

    @Test
    void freeTextOffersNothingAndAValueIsNotTakenForASubcommand() {
        assertEquals(List.of(), complete("annotate", first, "Gesprek"));
        // "show" here is the title, not the subcommand: the category option still completes
        assertEquals(List.of("hacken"), complete("new", "--title", "show", "--category", "hac"));
    }

    @Test
    void filesCompleteWhereAFileIsAsked() throws IOException {
        Files.createDirectories(home.resolve("proto"));
        Files.writeString(home.resolve("proto/ons-protocol.json"), "{}");
        assertEquals(List.of(home.resolve("proto/ons-protocol.json").toString()),
                complete("protocols", "check", home.resolve("proto/ons").toString()));
        assertEquals(List.of(home.resolve("proto").toString()), complete("--protocols", home.resolve("pro").toString()));
    }

    private static List<String> sorted(String... items) {
        List<String> l = new ArrayList<>(List.of(items));
        l.sort(null);
        return l;
    }
}
