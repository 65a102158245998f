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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checked-in zsh function, run by a real zsh. zsh's completion builtins only work inside a
 * completion widget, so they are replaced by functions that print what would be offered (as
 * "tag:value:description"), filtered by the word typed so far the way zsh filters.
 */
class ZshCompletionTest {
    static final Path SCRIPT = Path.of("completions/_logboek").toAbsolutePath();

    private static final String STUBS = """
            compdef() { : }
            compset() {
              # compset -P PATTERN: move the longest start of PREFIX matching PATTERN to IPREFIX
              [[ $1 == -P ]] || return 1
              local pattern=$2 i
              for (( i = ${#PREFIX}; i > 0; i-- )); do
                if [[ ${PREFIX[1,i]} == ${~pattern} ]]; then
                  IPREFIX+=${PREFIX[1,i]}
                  PREFIX=${PREFIX[i+1,-1]}
                  return 0
                fi
              done
              return 1
            }
            compadd() {
              while [[ $1 == -* && $1 != -- ]]; do shift; done
              [[ $1 == -- ]] && shift
              local w
              for w in "$@"; do [[ $w == ${PREFIX}* ]] && print -r -- "word:$IPREFIX$w:"; done
            }
            _describe() {
              local tag=$2 item
              for item in "${(@P)${@[-1]}}"; do
                [[ ${item%%:*} == ${PREFIX}* ]] && print -r -- "$tag:$IPREFIX${item%%:*}:${item#*:}"
              done
            }
            _files() { print -r -- "files:$*:" }
            _message() { print -r -- "message:${@[-1]}:" }
            """;

    @TempDir
    static Path home;

    static Path bin;
    static String id;

    @BeforeAll
    static void logbook() throws IOException {
        Shells.require("zsh");
        id = new Cli(home).ok("new", "-q", "-c", "grooming", "-t", "Contact via Snapchat");
        bin = home.resolve("bin");
        Shells.fakeLogboek(bin);
    }

    /** tag:value:description of everything offered; the last word is the one under the cursor. */
    static List<String> complete(String... words) {
        return complete(Map.of(), words);
    }

    static List<String> complete(Map<String, String> extraEnv, String... words) {
        StringBuilder array = new StringBuilder("logboek");
        for (String w : words) {
            array.append(' ').append(Shells.quote(w));
        }
        String script = STUBS + "source " + Shells.quote(SCRIPT.toString()) + "\n"
                + "words=(" + array + ")\nCURRENT=" + (words.length + 1) + "\n"
                + "PREFIX=" + Shells.quote(words[words.length - 1]) + "\nIPREFIX=''\n"
                + "_logboek\n";
        Map<String, String> env = new java.util.HashMap<>(Map.of("HOME", home.toString(),
                "PATH", Shells.path(bin), "LOGBOEK_FILE", home.resolve("data/logboek.jsonl").toString(),
                "LANG", "C.UTF-8"));
        env.putAll(extraEnv);
        Shells.Run r = Shells.run(List.of("zsh", "-f", "-c", script), env, home);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        List<String> offered = new ArrayList<>(r.lines());
        offered.sort(null);
        return offered;
    }

    static List<String> values(List<String> offered) {
        return offered.stream().map(o -> o.split(":", 3)[1]).sorted().toList();
    }

    @Test
    void subcommandsAreOfferedWithTheirDescriptions() {
        assertEquals(List.of("commands:new:Record a new incident and print its id."), complete("new"));
        assertEquals(List.of("new", "next"), values(complete("ne")));
        List<String> all = values(complete(""));
        assertTrue(all.containsAll(List.of("new", "show", "install", "protocols")) && !all.contains("complete"), all.toString());
    }

    @Test
    void subcommandsAndOptionsAreDescribedInDutchWhenLogboekSpeaksDutch() {
        assertEquals(List.of("commands:new:Leg een nieuw incident vast en toon het nummer ervan."),
                complete(Map.of("LOGBOEK_LANG", "nl"), "new"));
        assertEquals(List.of("commands:new:Leg een nieuw incident vast en toon het nummer ervan."),
                complete(Map.of("LANG", "nl_NL.UTF-8", "LC_ALL", "", "LC_MESSAGES", ""), "new"));
        assertEquals(List.of("commands:new:Record a new incident and print its id."),
                complete(Map.of("LANG", "nl_NL.UTF-8", "LC_ALL", "", "LC_MESSAGES", ""), "--lang", "en", "new"));
        List<String> title = complete(Map.of("LOGBOEK_LANG", "nl"), "new", "--ti");
        assertEquals(1, title.size(), title.toString());
        assertTrue(title.get(0).startsWith("options:--title:") && !title.get(0).contains("A short title"), title.toString());
        assertEquals(List.of("categories:hacken:Gehackt account"), complete("--lang", "nl", "new", "-c", "hack"),
                "values from 'logboek complete' follow --lang on the command line too");
    }

    @Test
    void optionsAreOfferedWithTheirDescriptions() {
        assertEquals(List.of("options:--title:A short title (required)."), complete("new", "--ti"));
    }

    @Test
    void categoriesAreDescribedInTheUsersLanguageAfterTheOption() {
        assertEquals(List.of("categories:sexting:Sexting / spreading nude images", "categories:sextortion:Sextortion"),
                complete("new", "--category", "sex"));
        assertEquals(List.of("categories:--category=sexting:Sexting / spreading nude images",
                "categories:--category=sextortion:Sextortion"), complete("new", "-t", "x", "--category=sex"));
        assertEquals(List.of("categories:sexting,sextortion:Sextortion"), complete("list", "-c", "sexting,sexto"));
    }

    @Test
    void incidentIdsComeFromTheLogbookWithTheirTitles() {
        assertEquals(List.of("incidents:" + id + ":Contact via Snapchat"), complete("show", ""));
        assertEquals(List.of(), complete("--logbook", home.resolve("none.jsonl").toString(), "show", ""));
    }

    @Test
    void partnersLevelsAndReasonsAreDescribedInTheUsersLanguage() {
        assertEquals(List.of("partners:cjg:Centre for Youth and Family (CJG)"), complete("escalate", id, "--partner", "cj"));
        assertEquals(List.of("partners:cjg:Centrum voor Jeugd en Gezin (CJG)"),
                complete(Map.of("LOGBOEK_LANG", "nl"), "consent", id, "--partner", "cj"));
        // The levels and criteria of this incident's protocol, as 'logboek complete' gives them.
        Cli cli = new Cli(home);
        assertEquals(cli.ok("complete", "levels", "--incident", id).lines().sorted().toList(),
                values(complete("escalate", id, "--to", "")));
        List<String> dutch = new Cli(home).env("LOGBOEK_LANG", "nl")
                .ok("complete", "reasons", "--incident", id, "--describe").lines().toList();
        assertEquals(dutch.stream().map(l -> "criteria:" + l.replaceFirst("\t", ":")).sorted().toList(),
                complete(Map.of("LOGBOEK_LANG", "nl"), "escalate", id, "--reason", ""));
    }

    @Test
    void aListedStatusIsNotOfferedAgainAndFixedWordsComplete() {
        List<String> afterOpen = values(complete("list", "--status", "open,"));
        assertFalse(afterOpen.contains("open,open"), afterOpen.toString());
        assertTrue(afterOpen.contains("open,gesloten"), afterOpen.toString());
        assertEquals(List.of("--status=open,opgeschaald"), values(complete("list", "--status=open,op")));
        assertEquals(List.of("toestemming", "vitaal-belang", "wettelijke-plicht"), values(complete("consent", id, "--ground", "")));
        assertEquals(List.of("csv", "json", "jsonl"), values(complete("export", "-f", "")));
    }

    @Test
    void wordsFilesAndFreeTextAreOfferedForWhatTheyAre() {
        assertEquals(List.of("word:nl:"), complete("--lang", "n"));
        assertEquals(List.of("files::"), complete("protocols", "check", ""));
        assertEquals(List.of("files:-/:"), complete("--protocols", ""));
        assertEquals(List.of("message:TEXT:"), complete("new", "--title", ""));
        assertEquals(List.of("check", "show"), values(complete("protocols", "")));
    }
}
