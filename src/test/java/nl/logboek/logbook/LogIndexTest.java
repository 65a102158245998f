package nl.logboek.logbook;

import nl.logboek.json.JsonTrees;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index is a cache: whatever happens to it, commands answer exactly as from the log alone. */
class LogIndexTest {
    @TempDir
    Path home;
    Cli cli;
    Path index;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
        for (int i = 0; i < 5; i++) {
            String id = cli.ok("new", "-q", "-c", "hacken", "-t", "Incident " + i);
            cli.ok("annotate", id, "notitie " + i);
        }
        index = LogIndex.fileOf(cli.logbook());
    }

    @Test
    void everyWriteKeepsAPrivateIndexUpToDate() throws Exception {
        assertTrue(Files.exists(index));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(index)));
        LogIndex idx = LogIndex.load(cli.logbook());
        assertEquals(11, idx.size());
        assertEquals(Files.size(cli.logbook()), idx.head().bytes());
    }

    @Test
    void aMissingOrGarbledIndexIsRebuiltAndAnswersTheSame() throws Exception {
        String list = cli.ok("list", "--json");
        Files.delete(index);
        assertEquals(list, cli.ok("list", "--json"));
        assertTrue(Files.exists(index), "rebuilt by a read");
        Files.write(index, new byte[] {1, 2, 3, 4});
        assertEquals(list, cli.ok("list", "--json"));
        byte[] bytes = Files.readAllBytes(index);
        bytes[LogIndex.HEADER + 9] ^= 0x7f; // an offset now points elsewhere
        Files.write(index, bytes);
        // The header still matches, but a record lies: the line it points at is checked, the
        // index is thrown away and rebuilt, and the answer is the same.
        assertEquals(list, cli.ok("list", "--json"));
    }

    @Test
    void linesAppendedWithoutUpdatingTheIndexAreCaughtUp() throws Exception {
        byte[] before = Files.readAllBytes(index);
        cli.ok("new", "-c", "sexting", "-t", "Nieuw");
        Files.write(index, before); // as if the writer died between the log and the index
        // The log's ctime changed since the index was written: a full, checked rebuild follows.
        assertEquals(6, nl.logboek.logbook.Json.MAPPER.readTree(cli.ok("list", "--json")).get("incidents").size());
        assertEquals(12, LogIndex.load(cli.logbook()).size());
    }

    @Test
    void anEditThatKeepsTheLengthIsStillFoundByTheNextWrite() throws Exception {
        String text = Files.readString(cli.logbook());
        Files.writeString(cli.logbook(), text.replace("notitie 2", "notitie 9"));
        Cli.Result r = cli.run("new", "-c", "hacken", "-t", "x");
        r.assertExit(1);
        assertTrue(r.err().contains("content does not match"), r.describe());
    }

    /**
     * A read stops at the size it measured: a line appended meanwhile (here: one that annotates an
     * incident the covered part created) is left for the next view, not checked against an empty
     * list of incidents, which once made a concurrent annotate call a sound logbook damaged.
     */
    @Test
    void aReadStopsAtTheSizeItMeasuredSoLinesAppendedMeanwhileAreNotMisread() throws Exception {
        long measured = Files.size(cli.logbook());
        String id = LogIndex.load(cli.logbook()).idOf(0);
        cli.ok("annotate", id, "later");

        LogbookReader.Position bounded = startingAt(measured);
        bounded.end = measured;
        java.util.List<Event> read = new java.util.ArrayList<>();
        LogbookReader.readFrom(cli.logbook(), bounded, read::add);
        assertEquals(java.util.List.of(), read);
        assertEquals(measured, bounded.head.bytes());

        LogbookReader.Position unbounded = startingAt(measured);
        LineDamage d = org.junit.jupiter.api.Assertions.assertThrows(LineDamage.class,
                () -> LogbookReader.readFrom(cli.logbook(), unbounded, e -> { }));
        assertEquals("damage.unknown-incident", d.reason().key());
    }

    /** A position after the first {@code bytes} of the log that, like a view's, knows no created ids. */
    private LogbookReader.Position startingAt(long bytes) throws Exception {
        LogbookReader.Position whole = new LogbookReader.Position(cli.logbook(), KeySource.NONE);
        whole.end = bytes;
        LogbookReader.readFrom(cli.logbook(), whole, e -> { });
        LogbookReader.Position at = new LogbookReader.Position(cli.logbook(), KeySource.NONE);
        at.head = whole.head;
        return at;
    }

    /**
     * The links an index keeps from each line to the next line of the same incident, grown one
     * write at a time, lead to exactly the lines a full read finds; and so do those of a rebuild.
     */
    @Test
    void eachIncidentsLinesFollowedThroughTheIndexAreTheLinesOfAFullRead() throws Exception {
        java.util.List<String> ids = LogIndex.load(cli.logbook()).createdIds();
        for (int round = 0; round < 3; round++) {
            for (String id : ids) {
                cli.ok("annotate", "-q", id, "ronde " + round);
            }
        }
        for (boolean rebuilt : new boolean[] {false, true}) {
            if (rebuilt) {
                LogIndex.delete(cli.logbook());
                cli.ok("list");
            }
            LogIndex idx = LogIndex.load(cli.logbook());
            assertEquals(ids, idx.createdIds());
            for (String id : ids) {
                java.util.List<Long> expected = new Logbook(cli.logbook(), java.time.Clock.systemUTC()).readAll().stream()
                        .filter(e -> id.equals(e.incident())).map(Event::line).toList();
                java.util.List<Long> followed = idx.entriesOf(id).stream().map(i -> i + 1L).toList();
                assertEquals(expected, followed, (rebuilt ? "rebuilt: " : "grown: ") + id);
            }
            assertEquals(-1, idx.ordinalOf("zzzzzzzz"));
        }
    }

    /** The status each slot keeps, updated write by write, is what folding the incident's lines gives. */
    @Test
    void theStatusEachSlotKeepsIsTheOneTheLinesGive() throws Exception {
        java.util.List<String> ids = LogIndex.load(cli.logbook()).createdIds();
        cli.ok("close", ids.get(0), "--outcome", "klaar", "--force", "--reason", "Afgesproken in het team");
        cli.ok("escalate", ids.get(1), "--reason", "meer-partners-nodig");
        cli.ok("escalate", ids.get(2), "--reason", "meer-partners-nodig");
        cli.ok("escalate", ids.get(2), "--down", "--reason", "doel-bereikt");
        for (boolean rebuilt : new boolean[] {false, true}) {
            if (rebuilt) {
                LogIndex.delete(cli.logbook());
                cli.ok("show", ids.get(0));
            }
            java.util.Map<String, String> expected = new java.util.HashMap<>();
            for (Event e : new Logbook(cli.logbook(), java.time.Clock.systemUTC()).readAll()) {
                if (e.incident() != null) {
                    expected.put(e.incident(), nl.logboek.incident.Status.after(expected.get(e.incident()), e.type(),
                            e.payload().path("base").asBoolean()));
                }
            }
            try (LogView view = new Logbook(cli.logbook(), java.time.Clock.systemUTC()).view()) {
                LogView.Heads heads = view.heads();
                java.util.List<String> order = view.incidentIds();
                for (int o = 0; o < order.size(); o++) {
                    assertEquals(expected.get(order.get(o)), nl.logboek.incident.Status.after(null, heads.statusType()[o],
                            heads.flag()[o]), (rebuilt ? "rebuilt: " : "grown: ") + order.get(o));
                }
            }
        }
        java.util.Set<String> listed = new java.util.HashSet<>();
        JsonTrees.parse(cli.ok("list", "--json", "--status", "all")).path("incidents").forEach(n -> listed.add(n.path("status").asText()));
        assertEquals(java.util.Set.of("gesloten", "opgeschaald", "afgeschaald", "open"), listed);
    }

    /** The header's count of incidents is checked against the slot table: a lower count would hide incidents. */
    @Test
    void aDamagedIncidentCountInTheHeaderNeverHidesAnIncident() throws Exception {
        String list = cli.ok("list", "--json");
        byte[] bytes = Files.readAllBytes(index);
        bytes[112 + 7] = 2; // incidents: 5 -> 2
        Files.write(index, bytes);
        assertEquals(list, cli.ok("list", "--json"));
    }

    /**
     * A slot whose id was damaged must not make its incident look absent (a new incident could
     * then get its id), wherever the slot lies in the scan: before, at or after the one looked for.
     */
    @Test
    void aDamagedSlotIdIsCaughtByTheScanAndNeverHidesAnIncident() throws Exception {
        java.util.regex.Matcher ids0 = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(cli.ok("list", "--json"));
        for (int i = 0; i < 3; i++) {
            ids0.find();
        }
        String third = ids0.group(1);
        String show = cli.ok("show", third, "--json");
        Path ids = LogIndex.idsFileOf(cli.logbook());
        for (int slot = 0; slot < 5; slot++) {
            cli.ok("list"); // a clean index again
            byte[] bytes = Files.readAllBytes(ids);
            bytes[LogIndex.IDS_HEADER + slot * LogIndex.SLOT + 3] ^= 0x20; // a letter of the id changes case
            Files.write(ids, bytes);
            assertEquals(show, cli.ok("show", third, "--json"), "slot " + slot);
        }
    }

    /**
     * A slot's status word zeroed (found by DamagedIndexFuzzTest): an incident created in the file
     * always has a status line, so the slot is damage and the index is rebuilt; before, the
     * incident had no status and every list left it out.
     */
    @Test
    void aZeroedStatusWordNeverHidesAnIncidentFromList() throws Exception {
        String expected = cli.ok("list", "--status", "all", "--json");
        Path ids = LogIndex.idsFileOf(cli.logbook());
        for (int slot = 0; slot < 3; slot++) {
            cli.ok("list", "--status", "all"); // a clean index again
            byte[] bytes = Files.readAllBytes(ids);
            java.util.Arrays.fill(bytes, LogIndex.IDS_HEADER + slot * LogIndex.SLOT + 24, LogIndex.IDS_HEADER + slot * LogIndex.SLOT + 32, (byte) 0);
            Files.write(ids, bytes);
            assertEquals(expected, cli.ok("list", "--status", "all", "--json"), "slot " + slot);
        }
    }
}
