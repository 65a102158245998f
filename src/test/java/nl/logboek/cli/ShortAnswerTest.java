package nl.logboek.cli;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** annotate, escalate, consent and amend say what they recorded and what changed; the checklist on request. */
class ShortAnswerTest {
    @TempDir
    Path home;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
    }

    private static List<String> lines(String out) {
        return out.lines().toList();
    }

    @Test
    void aTickSaysWhatWasRecordedAndTheNextOpenItemInTwoLines() {
        String id = cli.ok("new", "-q", "-c", "sexting", "-t", "Naaktfoto gedeeld");
        List<String> out = lines(cli.ok("annotate", id, "--done", "1", "--done-on", "2026-11-21"));
        assertEquals(2, out.size(), String.join("\n", out));
        assertEquals("Checklist items ticked for incident " + id + ".", out.get(0));
        assertTrue(out.get(1).startsWith("Step 1 of 7, next open item: 2. Contacted the police"), out.get(1));
        assertFalse(String.join("\n", out).contains("NEVER STORE THE IMAGE"), "no warning this entry did not make relevant");
    }

    @Test
    void theWholeChecklistComesWithChecklistOrFromNext() {
        String id = cli.ok("new", "-q", "-c", "sexting", "-t", "Naaktfoto gedeeld");
        String full = cli.ok("annotate", id, "Gesprek gevoerd", "--checklist");
        assertTrue(full.contains("Step 1 of 7: Recognising signals at school"), full);
        assertTrue(full.contains("NEVER STORE THE IMAGE"), full);
        assertTrue(cli.ok("next", id).contains("[ ] 1."), "next prints the checklist");
    }

    @Test
    void aCompleteStepSaysHowToFinishIt() {
        String id = cli.ok("new", "-q", "-c", "sexting", "-t", "Naaktfoto gedeeld");
        String out = cli.ok("annotate", id, "--done", "1,2", "--done-on", "2026-11-21");
        assertTrue(out.contains("Every item of step 1 is done: finish it with 'logboek next " + id + " --advance'."), out);
    }

    @Test
    void anEscalationNamesTheLevelReachedOnceAndTheNextOpenItem() {
        String id = cli.ok("new", "-q", "-c", "sexting", "-t", "Naaktfoto gedeeld");
        String out = cli.ok("escalate", id, "--reason", "meer-partners-nodig");
        assertTrue(out.startsWith("Incident " + id + " escalated: School -> CJG."), out);
        assertFalse(out.contains("Level now"), "the first line said it: " + out);
        assertTrue(out.contains("Step 1 of 7, next open item: 1. "), out);
        assertFalse(out.contains("Scale up when:"), "not the whole checklist: " + out);
    }

    @Test
    void anAnswerThatMakesALegalDutyApplySaysSoAndTheDutchIsDutch() {
        String id = cli.ok("new", "-q", "-c", "medewerker-gedrag", "-t", "Docent stuurt leerling berichten",
                "--person", "Docent X:dader:medewerker");
        cli.env("LOGBOEK_LANG", "nl");
        List<String> out = lines(cli.ok("annotate", id, "--answer", "vermoeden-seksueel-contact=ja", "Leerling toonde berichten"));
        assertEquals("Antwoord vastgelegd voor incident " + id + ".", out.get(0));
        assertTrue(out.get(1).startsWith("Stap 1 van 6, volgende open punt: 2. "), out.get(1));
        assertTrue(out.stream().anyMatch(l -> l.startsWith("! WETTELIJKE PLICHT") && l.contains(" 2. ")), String.join("\n", out));
        assertTrue(out.stream().anyMatch(l -> l.startsWith("! WETTELIJKE PLICHT") && l.contains(" 3. ")), String.join("\n", out));
        String again = cli.ok("annotate", id, "Nog een notitie");
        assertFalse(again.contains("WETTELIJKE PLICHT"), "only when it is newly relevant: " + again);
    }

    @Test
    void theImageWarningIsPrintedOncePerChecklist() {
        String id = cli.ok("new", "-q", "-c", "grooming", "-t", "Volwassene benadert leerling",
                "--person", "Sam:slachtoffer:leerling");
        String next = cli.ok("next", id);
        assertEquals(1, next.split("NEVER STORE THE IMAGE", -1).length - 1, next);
    }

    @Test
    void anAmendmentSaysWhatChangedNotTheWholeIncident() {
        String id = cli.ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp");
        List<String> out = lines(cli.ok("amend", id, "--title", "Groepsapp 2B", "--reason", "klas erbij"));
        assertEquals("Incident " + id + " corrected.", out.get(0));
        assertTrue(out.get(1).contains("Groepsapp -> Groepsapp 2B"), String.join("\n", out));
        assertTrue(out.size() <= 3, String.join("\n", out));
    }
}
