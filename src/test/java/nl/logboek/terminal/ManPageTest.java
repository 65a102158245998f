package nl.logboek.terminal;

import nl.logboek.cli.gen.CommandModel;
import nl.logboek.cli.gen.Generate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManPageTest {
    static final Map<String, String> PAGES = pages("man/");
    static final Map<String, String> DUTCH_PAGES = pages("man/nl/");

    /** The generated pages in one folder (man/: English, man/nl/: Dutch), by file name. */
    static Map<String, String> pages(String folder) {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        Generate.files().forEach((path, text) -> {
            if (path.startsWith(folder) && path.indexOf('/', folder.length()) < 0) {
                pages.put(path.substring(folder.length()), text);
            }
        });
        return pages;
    }

    @Test
    void everyPageExistsInDutchTooWithDutchSectionsHelpAndExamples() {
        assertEquals(PAGES.keySet(), DUTCH_PAGES.keySet());
        for (Map.Entry<String, String> p : DUTCH_PAGES.entrySet()) {
            String page = p.getValue();
            for (String section : List.of(".SH NAAM", ".SH OVERZICHT", ".SH BESCHRIJVING", ".SH AFSLUITSTATUS", ".SH \"ZIE OOK\"")) {
                assertTrue(page.contains("\n" + section + "\n"), p.getKey() + ": " + section);
            }
            assertEquals(PAGES.get(p.getKey()).contains("\n.SH EXAMPLES\n"), page.contains("\n.SH VOORBEELDEN\n"), p.getKey());
            assertTrue(page.contains("\\fB0\\fR\nGelukt."), p.getKey());
            assertTrue(page.contains("\"logboek\\-handleiding\""), p.getKey());
            assertFalse(page.contains(".SH OPTIONS") || page.contains(".SH DESCRIPTION"), p.getKey());
        }
        assertTrue(DUTCH_PAGES.get("logboek-new.1").contains("Leg een nieuw incident vast"), DUTCH_PAGES.get("logboek-new.1"));
        assertTrue(DUTCH_PAGES.get("logboek.1").contains("\n.SH OMGEVING\n") && DUTCH_PAGES.get("logboek.1").contains("\n.SH BESTANDEN\n"));
        assertTrue(DUTCH_PAGES.get("logboek-new.1").contains("\\fB\\-\\-person\\fR=\\fINAAM:ROL[:SOORT]\\fR"), "Dutch labels");
    }

    @Test
    void theMainPageAnswersWhereWhatAndHow() {
        String page = PAGES.get("logboek.1");
        for (String section : List.of(".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH COMMANDS", ".SH OPTIONS",
                ".SH CATEGORIES", ".SH \"EXIT STATUS\"", ".SH ENVIRONMENT", ".SH FILES", ".SH EXAMPLES", ".SH \"SEE ALSO\"")) {
            assertTrue(page.contains("\n" + section + "\n"), section);
        }
        for (String variable : List.of("LOGBOEK_FILE", "LOGBOEK_AUTHOR", "LOGBOEK_LANG", "XDG_DATA_HOME", "XDG_CONFIG_HOME",
                "HOME", "LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR")) {
            assertTrue(page.contains("\\fB" + variable + "\\fR"), variable);
        }
        assertTrue(page.contains("~/.local/share/logboek/logboek.jsonl".replace("~", "\\(ti").replace("-", "\\-")));
        assertTrue(page.contains(".logboek.jsonl.lock"));
        assertTrue(page.contains("logboek/protocols/"));
        assertTrue(page.contains("verify \\-\\-repair"));
        assertTrue(page.contains("\\fBsextortion\\fR"), "every category is listed");
    }

    @Test
    void everySubcommandPageHasExamplesFromItsFooterAndTheExitCodes() {
        for (Map.Entry<String, String> p : PAGES.entrySet()) {
            String page = p.getValue();
            assertTrue(page.contains("\n.SH EXAMPLES\n"), p.getKey() + " has EXAMPLES");
            assertTrue(page.contains("\n.SH \"EXIT STATUS\"\n.TP\n\\fB0\\fR\nSuccess.\n.TP\n\\fB1\\fR\n"), p.getKey());
            assertTrue(page.contains("\\fB2\\fR\nUsage error"), p.getKey());
            assertTrue(page.contains("\n.SH \"SEE ALSO\"\n"), p.getKey());
        }
        assertTrue(PAGES.get("logboek-new.1").contains("id=$(logboek new \\-q \\-c sexting"), "the footer of 'new'");
        assertTrue(PAGES.get("logboek-new.1").contains("\\fB\\-c\\fR, \\fB\\-\\-category\\fR=\\fICATEGORY\\fR"));
        assertTrue(PAGES.get("logboek-protocols-show.1").contains("\\fBlogboek\\-protocols\\fR(1)"), "nested pages point up");
    }

    @Test
    void theTitleLineHasAFixedDateAndTheProjectVersion() {
        String version = CommandModel.version();
        assertTrue(version.matches("logboek \\d+\\.\\d+\\.\\d+.*"), version);
        for (Map.Entry<String, String> p : PAGES.entrySet()) {
            String th = p.getValue().lines().filter(l -> l.startsWith(".TH ")).findFirst().orElseThrow();
            assertTrue(th.matches(".TH \"LOGBOEK[A-Z\\\\-]*\" 1 \"\\d{4}-\\d\\d-\\d\\d\" \""
                    + version.replace(".", "\\.") + "\" \"logboek manual\""), th);
        }
    }

    @Test
    void pagesAreAsciiWithNoEmptyLinesOrStrayRequests() {
        for (Map.Entry<String, String> p : PAGES.entrySet()) {
            List<String> lines = p.getValue().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                assertFalse(l.isEmpty(), p.getKey() + ": empty line " + (i + 1));
                assertTrue(l.chars().allMatch(c -> c >= 0x20 && c < 0x7f), p.getKey() + ": not ASCII: " + l);
                assertFalse(l.startsWith("'"), p.getKey() + ": " + l);
            }
        }
    }

    /** mandoc's lint, down to its style remarks: a date it can read, input lines within 80 bytes, ... */
    @Test
    void checkedInPagesPassMandocLint() throws IOException {
        Shells.require("mandoc");
        for (Path page : checkedInPages()) {
            Shells.Run r = Shells.run(List.of("mandoc", "-T", "lint", "-W", "style", page.toString()),
                    Map.of("LC_ALL", "C.UTF-8"), null);
            assertEquals("", r.out() + r.err(), page + " has lint remarks");
            assertEquals(0, r.exit(), page + ": " + r.err());
        }
    }

    @Test
    void examplesFitEightyColumnsWithThePageMarginAndKeepTheirBackslashes() {
        Map<String, String> both = new java.util.LinkedHashMap<>(PAGES);
        DUTCH_PAGES.forEach((name, page) -> both.put("nl/" + name, page));
        for (Map.Entry<String, String> p : both.entrySet()) {
            boolean code = false;
            String previous = "";
            for (String l : p.getValue().lines().toList()) {
                if (l.equals(".nf")) {
                    code = true;
                } else if (l.equals(".fi")) {
                    code = false;
                } else if (code) {
                    String shown = l.replaceAll("\\\\\\(..", "x").replace("\\e", "\\").replace("\\-", "-")
                            .replace("\\&", "");
                    assertTrue(shown.length() <= 69, p.getKey() + ": wider than 80 columns on the page: " + shown);
                    if (shown.startsWith("    ")) {
                        assertTrue(previous.endsWith(" \\"), p.getKey() + ": continued without \\: " + previous);
                    }
                    previous = shown;
                }
            }
        }
    }

    @Test
    void nameLinesAreShortAndTheMainPageListsEveryExitCode() {
        for (Map.Entry<String, String> p : PAGES.entrySet()) {
            String name = p.getValue().lines().dropWhile(l -> !l.equals(".SH NAME")).skip(1).findFirst().orElseThrow();
            assertTrue(name.length() <= 90, p.getKey() + ": " + name);
        }
        String main = PAGES.get("logboek.1");
        assertTrue(main.contains("\n.TP\n\\fB3\\fR\nThe logbook no longer holds") && main.contains("\\fBlogboek agenda\\fR: Something is overdue"), main);
        assertTrue(main.contains("\\fBlogboek sync\\fR: The team"), main);
    }

    /** The checked-in pages, formatted by groff as man does, with all warnings on. */
    @Test
    void checkedInPagesRenderWithoutWarnings() throws IOException {
        Shells.require("groff");
        for (Path page : checkedInPages()) {
            Shells.Run r = Shells.run(List.of("groff", "-man", "-Tutf8", "-ww", "-z", page.toString()),
                    Map.of("LC_ALL", "C.UTF-8"), null);
            assertEquals(0, r.exit(), page + ": " + r.err());
            assertEquals("", r.err(), page + " renders with warnings");
        }
    }

    @Test
    void manShowsTheMainPageWithItsSections() {
        Shells.require("man");
        Path page = GeneratedFilesTest.PROJECT.resolve("man/logboek.1");
        Shells.Run r = Shells.run(List.of("man", "--warnings", "-l", page.toString()),
                Map.of("MANWIDTH", "80", "LC_ALL", "C.UTF-8", "MANPAGER", "cat", "PAGER", "cat"), null);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        for (String section : List.of("NAME", "SYNOPSIS", "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES", "SEE ALSO")) {
            assertTrue(r.out().contains("\n" + section + "\n"), section + " in:\n" + r.out());
        }
        assertTrue(r.out().contains("logboek show k7m2 --json"), "examples are copyable: plain ASCII hyphens");
    }

    /** The checked-in pages of man/ and man/nl/. */
    private static List<Path> checkedInPages() throws IOException {
        List<Path> pages = new java.util.ArrayList<>();
        for (String folder : List.of("man", "man/nl")) {
            try (Stream<Path> s = Files.list(GeneratedFilesTest.PROJECT.resolve(folder))) {
                List<Path> here = s.filter(p -> p.getFileName().toString().endsWith(".1")).sorted().toList();
                assertFalse(here.isEmpty(), folder + "/ holds the pages");
                pages.addAll(here);
            }
        }
        return pages;
    }
}
