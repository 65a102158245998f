package nl.logboek.export;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal work notes (annotate --private) never leave the logbook (issue 7, part 6; domain.md:
 * parents and pupils may see the file, not the coordinator's personal work notes): not as an
 * event, not in a field, not in a count or a time, in no export of any kind.
 */
class ExportPersonalNotesTest {
    static final String SECRET = "Eigen inschatting: vader van Sam lijkt erbij betrokken";

    @TempDir
    Path home;

    /** Every kind of export: for the coordinator, redacted, for a partner with and without consent, for access. */
    private static Map<List<String>, Integer> everyExport() {
        Map<List<String>, List<String>> modes = new LinkedHashMap<>();
        modes.put(List.of(), List.of());
        Map<List<String>, Integer> all = new LinkedHashMap<>();
        // how many personal notes each kind leaves out: one on the bullying incident, one on the
        // private-account incident (which an export for sharing never holds, and Sam is not in)
        Map<List<String>, Integer> kinds = new LinkedHashMap<>();
        kinds.put(List.of(), 2);
        kinds.put(List.of("--redact"), 1);
        kinds.put(List.of("--redact", "--keep-text"), 1);
        kinds.put(List.of("--for", "cjg"), 1);
        kinds.put(List.of("--for", "wijkteam"), 1);
        kinds.put(List.of("--for", "cjg", "--redact", "--keep-text"), 1);
        kinds.put(List.of("--access", "Sam de Vries"), 1);
        kinds.put(List.of("--access", "Lotte Visser"), 1);
        for (Map.Entry<List<String>, Integer> kind : kinds.entrySet()) {
            for (List<String> format : List.of(List.of("--format", "csv"), List.of("--excel"), List.of("--format", "json"),
                    List.of("--format", "jsonl"))) {
                for (List<String> mode : List.of(List.<String>of(), List.of("--events"))) {
                    List<String> args = new ArrayList<>(List.of("export"));
                    args.addAll(kind.getKey());
                    args.addAll(format);
                    args.addAll(mode);
                    all.put(args, kind.getValue());
                }
            }
        }
        return all;
    }

    @Test
    void personalNotesChangeNoByteOfAnyExport() {
        NamedCases cases = new NamedCases(home);
        Cli cli = cases.cli;
        cli.ok("consent", cases.bullying, "--partner", "cjg", "--from", "ouders", "--purpose", "hulp via CJG");
        Map<List<String>, Integer> exports = everyExport();
        Map<List<String>, String> before = new LinkedHashMap<>();
        for (List<String> args : exports.keySet()) {
            before.put(args, cli.run(args.toArray(String[]::new)).assertExit(0).out());
        }

        cli.ok("annotate", cases.bullying, "--private", SECRET);
        cli.ok("annotate", cases.hacked, "--private", "--evidence", "--account", "@geheim_account", "--posted-by", "Lotte",
                "--author", "Jeroen Smit", "Nog niet met de ouders van Lotte besproken");

        for (Map.Entry<List<String>, Integer> e : exports.entrySet()) {
            Cli.Result r = cli.run(e.getKey().toArray(String[]::new)).assertExit(0);
            assertEquals(before.get(e.getKey()), r.out(), "a personal note changed the export" + r.describe());
            assertFalse(r.out().contains("inschatting") || r.out().contains("geheim_account") || r.out().contains("besproken"),
                    r.describe());
            String notes = e.getValue() == 1 ? "1 personal work note" : e.getValue() + " personal work notes";
            assertTrue(r.err().contains("Left out " + notes + " (annotate --private): personal work notes are never exported."), r.describe());
        }

        // The comparison above can see a change: an ordinary note does change the exports.
        cli.ok("annotate", cases.bullying, "Gewone notitie over het gesprek");
        Cli.Result r = cli.run("export", "--events", "--format", "jsonl").assertExit(0);
        assertNotEquals(before.get(List.of("export", "--format", "jsonl", "--events")), r.out());
        assertTrue(r.out().contains("Gewone notitie"), r.describe());
    }

    @Test
    void aPersonalNoteIsNotCountedInTheIncidentsEventsNorItsLastActivity() throws Exception {
        NamedCases cases = new NamedCases(home);
        String lastBefore = cases.json("export", "--format", "json").at("/incidents/0/last_activity_at").asText();
        int eventsBefore = cases.json("export", "--format", "json").at("/incidents/0/events").asInt();
        cases.cli.ok("annotate", cases.bullying, "--private", SECRET);
        assertEquals(eventsBefore + 1, cases.json("show", cases.bullying, "--json").get("timeline").size(),
                "the note is in the logbook");
        assertEquals(eventsBefore, cases.json("export", "--format", "json").at("/incidents/0/events").asInt());
        assertEquals(lastBefore, cases.json("export", "--format", "json").at("/incidents/0/last_activity_at").asText());

        Cli.Result nl = cases.cli.env("LANG", "nl_NL.UTF-8").run("export", cases.bullying).assertExit(0);
        assertTrue(nl.err().contains("1 persoonlijke werkaantekening weggelaten"), nl.describe());
    }
}
