package nl.logboek.export;

import nl.logboek.LogboekException;
import nl.logboek.incident.IncidentFilter;
import nl.logboek.logbook.KeySource;
import nl.logboek.logbook.Logbook;
import nl.logboek.logbook.TeamLayout;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * In a team logbook every member's file numbers its own lines, so where the first pass stopped is
 * a place in each file: what any member appends between the passes is left out, and a member's
 * file replaced in between fails an event export (which reads the files again). An incident export
 * reads them once, so it writes what it checked.
 */
class ExportTeamSnapshotTest {
    private static final String ANNA = "k3-anna";
    private static final String BERT = "m7-bert";

    @TempDir
    Path home;
    Path team;
    Cli cli;
    String annas;
    String berts;

    /** Which member's machine the next command runs as: both files are in one folder here. */
    private Cli as(String writer) throws Exception {
        Files.writeString(TeamLayout.writerFile(team), writer + "\n");
        return cli;
    }

    private Path fileOf(String writer) {
        return team.resolve(TeamLayout.EVENTS).resolve(writer + TeamLayout.SUFFIX);
    }

    private Logbook logbook() {
        return Logbook.team(fileOf(ANNA), List.of(fileOf(ANNA), fileOf(BERT)), "k3", Clock.systemUTC(), KeySource.NONE);
    }

    private static ExportRequest request(boolean events) {
        return new ExportRequest(ExportFormat.JSONL, false, events,
                new IncidentFilter(Set.of(), Set.of(), null, null, Cli.AMSTERDAM), List.of(), false, false);
    }

    private static String write(Export export) throws Exception {
        StringWriter out = new StringWriter();
        export.writeTo(out);
        return out.toString();
    }

    @BeforeEach
    void annaAndBert() throws Exception {
        team = home.resolve("logboek.team");
        Files.createDirectories(TeamLayout.writerFile(team).getParent());
        Files.writeString(team.resolve(TeamLayout.TEAM_FILE), "{\"format\":1,\"logbook_id\":\"teamtest00000000\",\"encryption\":null}");
        for (String writer : List.of(ANNA, BERT)) {
            new Logbook(fileOf(writer), Clock.systemUTC()).initializeWriter(writer, "teamtest00000000", null, writer);
        }
        cli = new Cli(home).env("LOGBOEK_FILE", home.resolve("logboek.jsonl").toString());
        annas = as(ANNA).ok("new", "-q", "-c", "hacken", "-t", "Account van Lotte");
        as(BERT).ok("annotate", annas, "-q", "Gesprek met Lotte");
        berts = as(BERT).ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp");
    }

    @Test
    void whatAnyMemberAppendsBetweenThePassesIsLeftOut() throws Exception {
        for (boolean events : List.of(false, true)) {
            String before = write(Export.prepare(logbook(), request(events)));
            Export export = Export.prepare(logbook(), request(events));
            // Anna's new line has the number of a line bert's file already had when the first pass read it.
            as(ANNA).ok("annotate", annas, "-q", "Later " + events);
            as(BERT).ok("annotate", berts, "-q", "Ook later " + events);

            assertEquals(before, write(export), events ? "event export" : "incident export");
        }
    }

    @Test
    void aMembersFileReplacedBetweenThePassesFailsTheEventExport() throws Exception {
        replaceBertsFileBetweenThePasses(true);
    }

    /** An incident export folds its rows in its one read: the files it checked are the ones it writes. */
    @Test
    void anIncidentExportWritesTheFilesItReadWhenOneIsReplacedBeforeItWrites() throws Exception {
        String before = write(Export.prepare(logbook(), request(false)));
        assertEquals(before, replaceBertsFileBetweenThePasses(false));
    }

    /** Prepares an export, replaces Bert's file, then writes: returns what an incident export wrote. */
    private String replaceBertsFileBetweenThePasses(boolean events) throws Exception {
        Export export = Export.prepare(logbook(), request(events));
        Path berts = fileOf(BERT);
        Files.delete(berts);
        // A file started anew, as by another machine: its old writer key no longer fits it.
        Files.deleteIfExists(home.resolve(".config/logboek/writer-keys/teamtest00000000-" + BERT + ".key"));
        // And this computer forgets the old file (its witness and the index), as after 'verify --accept-rollback'.
        Logbook.deleteCaches(berts);
        try (var witnesses = Files.list(home.resolve(".config/logboek/witness"))) {
            for (Path w : witnesses.toList()) {
                Files.delete(w);
            }
        }
        new Logbook(berts, Clock.systemUTC()).initializeWriter(BERT, "teamtest00000000", null, BERT);
        as(BERT).ok("annotate", annas, "-q", "Een ander bestand");
        as(BERT).ok("new", "-q", "-c", "cyberpesten", "-t", "Groepsapp");

        if (!events) {
            return write(export);
        }
        LogboekException e = assertThrows(LogboekException.class, () -> write(export));
        assertEquals("export.logbook-replaced", e.key());
        return null;
    }
}
