package nl.logboek.cli;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, part 9: what people read says "1 incident" and "2 incidenten", names steps, levels,
 * partners and items by their words rather than ids, shows moments as 2026-11-20 15:30 in the
 * user's time zone, and never says "seed"; the Dutch help names its parameters in Dutch.
 */
class MessageTextsTest {
    private static final List<String> COMMANDS = List.of("init", "new", "annotate", "list", "agenda", "show", "search",
            "person", "next", "escalate", "close", "amend", "retract", "reopen", "consent", "retention", "purge",
            "protocols", "verify", "report", "export", "backup", "team", "sync", "install");

    @TempDir
    Path home;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
    }

    @Test
    void theDutchHelpNamesItsParametersInDutchAndTheEnglishInEnglish() {
        String nl = cli.run("--lang", "nl", "new", "--help").assertExit(0).out();
        assertTrue(nl.contains("--person=NAAM:ROL[:SOORT]"), nl);
        assertTrue(nl.contains("ROL: slachtoffer") && nl.contains("SOORT: leerling"), nl);
        assertTrue(nl.contains("[--author=NAAM]") && nl.contains("[--occurred=DATUM[TIJD]]"), nl);
        assertFalse(nl.contains("NAME") || nl.contains("ROLE") || nl.contains("KIND"), nl);
        String en = cli.run("--lang", "en", "new", "--help").assertExit(0).out();
        assertTrue(en.contains("--person=NAME:ROLE[:KIND]"), en);
        String close = cli.run("--lang", "nl", "close", "--help").assertExit(0).out();
        assertTrue(close.contains("--reason=TEKST"), close);
    }

    @Test
    void noHelpInEitherLanguageSaysSeedOrTheClumsyPhrasesOfTheIssue() {
        for (String lang : List.of("nl", "en")) {
            StringBuilder all = new StringBuilder(cli.run("--lang", lang, "--help").out());
            for (String command : COMMANDS) {
                all.append(cli.run("--lang", lang, command, "--help").assertExit(0).out());
            }
            String text = all.toString().toLowerCase(Locale.ROOT);
            for (String wrong : List.of("seed", "weg-gerepareerd", "op op de", "(en)", "(s)", "name:role")) {
                if (lang.equals("en") && wrong.equals("name:role")) {
                    continue;
                }
                assertFalse(text.contains(wrong), lang + " help says " + wrong);
            }
        }
    }

    @Test
    void countsAreSingularOrPlural() {
        cli.ok("new", "-q", "-c", "hacken", "-t", "Account overgenomen");
        assertTrue(cli.ok("list").endsWith("\n1 incident."), cli.ok("list"));
        assertTrue(cli.ok("--lang", "nl", "list").endsWith("\n1 incident."));
        cli.ok("new", "-q", "-c", "hacken", "-t", "Nog een account");
        assertTrue(cli.ok("list").endsWith("\n2 incidents."));
        assertTrue(cli.ok("--lang", "nl", "list").endsWith("\n2 incidenten."));
    }

    @Test
    void showAndEscalateNameStepsLevelsPartnersAndItemsByTheirWords() {
        String id = cli.ok("new", "-q", "-c", "sexting", "-t", "Foto gedeeld", "--person", "Lisa:slachtoffer:leerling");
        cli.ok("annotate", id, "--done", "1,2", "--done-on", "2026-11-20");
        cli.ok("next", id, "--advance");
        String up = cli.ok("--lang", "nl", "escalate", id, "--reason", "meer-partners-nodig", "--partner", "cjg");
        assertTrue(up.startsWith("Incident " + id + " opgeschaald: School -> CJG."), up);

        String nl = cli.ok("--lang", "nl", "show", id);
        assertTrue(nl.contains("  Protocol:      Sexting & loverboys: stappenplan (sexting-loverboys)"), nl);
        assertTrue(nl.contains("      - Contact opgenomen met de politie: bij sexting altijd"), nl);
        assertTrue(nl.contains("      Herkennen van signalen vanuit school -> Gesprek met de leerling"), nl);
        assertTrue(nl.contains("      School -> CJG; partner: Centrum voor Jeugd en Gezin (CJG)"), nl);
        for (String id2 : List.of("politie-gecontacteerd", "signalen-vastgelegd", "signalen-herkennen -> ", "school -> cjg")) {
            assertFalse(nl.substring(0, nl.indexOf("\nProtocol: ")).contains(id2), "the timeline says " + id2 + ":\n" + nl);
        }
    }

    @Test
    void momentsAreShownToTheMinuteInTheUsersTimeZoneNeverAsIsoTimestamps() {
        String id = cli.ok("new", "-q", "-c", "hacken", "-t", "Account", "--occurred", "2026-11-20T15:30");
        cli.ok("annotate", id, "--evidence", "--channel", "Instagram", "--posted-at", "2026-11-19 21:14", "Bericht gezien");
        String show = cli.ok("show", id);
        assertTrue(show.contains("  Occurred:      2026-11-20 15:30"), show);
        assertTrue(show.contains("      Posted at: 2026-11-19 21:14"), show);
        assertFalse(show.matches("(?s).*\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*"), show);
        String verify = cli.ok("verify");
        assertTrue(verify.contains("First event: 2026-11-21 10:30, last event: 2026-11-21 10:30"), verify);
    }

    @Test
    void aTakenBackTickAndAForcedCloseAreNamedByTheItemsText() {
        String id = cli.ok("new", "-q", "-c", "sexting", "-t", "Foto gedeeld", "--person", "Lisa:slachtoffer:leerling");
        cli.ok("annotate", id, "--done", "2", "--done-on", "2026-11-20");
        String retracted = cli.ok("retract", id, "--item", "2", "--reason", "Verkeerd punt aangevinkt");
        assertTrue(retracted.startsWith("Tick taken back for incident " + id + ": Contacted the police: always with sexting, "
                + "because it may be a sexual offence; recorded whom you spoke to and what was agreed.\n"), retracted);
        assertTrue(retracted.contains("\nTaken back: 2. Contacted the police"), retracted);
        cli.ok("close", id, "--outcome", "Ouders doen aangifte", "--force", "--reason", "Ouders melden het zelf");
        String next = cli.ok("next", id);
        assertTrue(next.contains("Closed with 1 mandatory item open:\n  - Contacted the police"), next);
    }

    @Test
    void theFileForAnAccessRequestNamesStepsLevelsPartnersAndItemsByTheirWords() throws Exception {
        String id = cli.ok("new", "-q", "-c", "sexting", "-t", "Foto gedeeld", "--person", "Lisa de Boer:slachtoffer:leerling",
                "--occurred", "2026-11-20T15:30");
        cli.ok("annotate", id, "--done", "2", "--done-on", "2026-11-20");
        cli.ok("escalate", id, "--reason", "meer-partners-nodig");
        Path file = home.resolve("inzage.md");
        cli.ok("--lang", "nl", "person", "Lisa de Boer", "--export", file.toString());
        String md = java.nio.file.Files.readString(file);
        assertTrue(md.contains("    Contact opgenomen met de politie: bij sexting altijd"), md);
        assertTrue(md.contains("    School → CJG; partner: Centrum voor Jeugd en Gezin (CJG)"), md);
        assertTrue(md.contains("**Gebeurd**: 20-11-2026 15:30"), md);
        assertFalse(md.contains("politie-gecontacteerd") || md.contains("school → cjg"), md);
    }
}
