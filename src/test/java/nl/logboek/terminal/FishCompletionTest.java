package nl.logboek.terminal;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checked-in fish completions, asked through fish's own 'complete -C COMMANDLINE'. */
class FishCompletionTest {
    static final Path SCRIPT = Path.of("completions/logboek.fish").toAbsolutePath();

    @TempDir
    static Path home;

    static Path bin;
    static String id;

    @BeforeAll
    static void logbook() throws IOException {
        Shells.require("fish");
        id = new Cli(home).ok("new", "-q", "-c", "sextortion", "-t", "Chantage via Instagram");
        bin = home.resolve("bin");
        Shells.fakeLogboek(bin);
    }

    /** value<TAB>description for everything fish offers for this command line. */
    static List<String> complete(String commandLine) {
        return complete(Map.of(), commandLine);
    }

    static List<String> complete(Map<String, String> extraEnv, String commandLine) {
        String script = "source " + Shells.quote(SCRIPT.toString()) + "; complete -C " + Shells.quote(commandLine);
        Map<String, String> env = new java.util.HashMap<>(Map.of("HOME", home.toString(),
                "PATH", Shells.path(bin), "LOGBOEK_FILE", home.resolve("data/logboek.jsonl").toString(),
                "LANG", "C.UTF-8", "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_DATA_HOME", home.resolve("share").toString()));
        env.putAll(extraEnv);
        Shells.Run r = Shells.run(List.of("fish", "--no-config", "-c", script), env, home);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        List<String> offered = new ArrayList<>(r.lines());
        offered.sort(null);
        return offered;
    }

    static List<String> values(List<String> offered) {
        return offered.stream().map(o -> o.split("\t", 2)[0]).sorted().toList();
    }

    @Test
    void subcommandsCompleteWithDescriptions() {
        assertEquals(List.of("new\tRecord a new incident and print its id."), complete("logboek new"));
        assertEquals(List.of("new", "next"), values(complete("logboek ne")));
        assertEquals(List.of("check", "show"), values(complete("logboek protocols ")));
    }

    @Test
    void subcommandsAndOptionsAreDescribedInDutchWhenLogboekSpeaksDutch() {
        assertEquals(List.of("new\tLeg een nieuw incident vast en toon het nummer ervan."),
                complete(Map.of("LOGBOEK_LANG", "nl"), "logboek new"));
        assertEquals(List.of("new\tLeg een nieuw incident vast en toon het nummer ervan."),
                complete(Map.of("LANG", "nl_NL.UTF-8", "LC_ALL", "", "LC_MESSAGES", ""), "logboek new"));
        assertEquals(List.of("new\tRecord a new incident and print its id."),
                complete(Map.of("LANG", "nl_NL.UTF-8", "LC_ALL", "", "LC_MESSAGES", ""), "logboek --lang en new"));
        List<String> title = complete(Map.of("LOGBOEK_LANG", "nl"), "logboek new --ti");
        assertEquals(1, title.size(), title.toString());
        assertTrue(title.get(0).startsWith("--title\t") && !title.get(0).contains("A short title"), title.toString());
        assertEquals(List.of("hacken\tGehackt account"), complete("logboek --lang nl new -c hack"));
    }

    @Test
    void optionsAndTheirValuesComplete() {
        assertEquals(List.of("--title\tA short title (required)."), complete("logboek new --ti"));
        assertEquals(List.of("sexting", "sextortion"), values(complete("logboek new --category sex")));
        assertEquals(List.of("--category=sexting", "--category=sextortion"), values(complete("logboek new --category=sex")));
        assertEquals(List.of("sexting,sextortion"), values(complete("logboek list -c sexting,sexto")));
        assertEquals(List.of("open", "opgeschaald"), values(complete("logboek list --status op")));
    }

    @Test
    void incidentIdsCompleteWithTheirTitles() {
        assertEquals(List.of(id + "\tChantage via Instagram"), complete("logboek show "));
        assertEquals(List.of(), complete("logboek --logbook " + home.resolve("none.jsonl") + " next "));
    }

    @Test
    void partnersLevelsAndReasonsCompleteInTheUsersLanguage() {
        assertEquals(List.of("cjg\tCentre for Youth and Family (CJG)"), complete("logboek escalate " + id + " --partner cj"));
        assertEquals(List.of("cjg\tCentrum voor Jeugd en Gezin (CJG)"),
                complete(Map.of("LOGBOEK_LANG", "nl"), "logboek consent " + id + " --partner cj"));
        // The levels and criteria of this incident's protocol, as 'logboek complete' gives them.
        Cli cli = new Cli(home);
        List<String> levels = cli.ok("complete", "levels", "--incident", id).lines().sorted().toList();
        assertTrue(levels.size() >= 2, levels.toString());
        assertEquals(levels, values(complete("logboek escalate " + id + " --to ")));
        assertEquals(cli.ok("complete", "reasons", "--incident", id, "--down").lines().sorted().toList(),
                values(complete("logboek escalate " + id + " --down --reason ")));
        assertEquals(List.of("html", "json", "markdown", "text"), values(complete("logboek report -f ")));
    }

    @Test
    void aListedStatusIsNotOfferedAgain() {
        List<String> afterOpen = values(complete("logboek list --status open,"));
        assertTrue(afterOpen.contains("open,gesloten") && !afterOpen.contains("open,open"), afterOpen.toString());
        assertEquals(List.of("--status=open,opgeschaald"), values(complete("logboek list --status=open,op")));
    }

    @Test
    void aSubcommandNameAfterTheCommandIsAnArgumentNotACommand() {
        List<String> offered = values(complete("logboek annotate " + id + " "));
        assertTrue(offered.isEmpty(), offered.toString());
    }
}
