package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `agenda`: open follow-ups, idle incidents and retention periods ending, grouped into overdue,
 * today and this week. The fixed clock is Saturday 2026-11-21, 10:30 in Amsterdam.
 */
class AgendaTest {
    @TempDir
    Path home;
    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home).env("XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    private void at(String instant) {
        cli.clock(Clock.fixed(Instant.parse(instant), Cli.AMSTERDAM));
    }

    private String record(String title) {
        return cli.ok("new", "-q", "-c", "cyberpesten", "-t", title, "--person", "Sam de Vries:slachtoffer:leerling");
    }

    /** Six things on the agenda, one beyond this week, and a closed incident's follow-up that is not. */
    private String[] day() {
        at("2024-10-01T09:00:00Z");
        String purge = record("Oud incident");
        cli.ok("close", purge, "--outcome", "Opgelost", "--force", "--reason", "Afgesproken in het team");
        at("2024-11-25T09:00:00Z");
        String ends = record("Bijna twee jaar");
        cli.ok("close", ends, "--outcome", "Opgelost", "--force", "--reason", "Afgesproken in het team");
        at("2026-11-01T09:00:00Z");
        String idle = record("Groepsapp 2B");
        cli.ok("annotate", idle, "--follow-up", "2026-11-18", "Nagesprek met Sam");
        at("2026-11-20T09:00:00Z");
        String busy = record("Nepaccount");
        cli.ok("annotate", busy, "--follow-up", "2026-11-21", "Ouders bellen");
        cli.ok("annotate", busy, "--follow-up", "2026-11-24", "Mentor spreken");
        cli.ok("annotate", busy, "--follow-up", "2026-12-15", "Evaluatie");
        String closed = record("Gesloten met vervolg");
        cli.ok("annotate", closed, "--follow-up", "2026-11-21", "Niet op de agenda");
        cli.ok("close", closed, "--outcome", "Klaar", "--force", "--reason", "Afgesproken in het team");
        at("2026-11-21T09:30:00Z");
        return new String[] {purge, ends, idle, busy, closed};
    }

    @Test
    void groupsAreOverdueTodayAndThisWeekEachByDayThenIncident() {
        String[] ids = day();
        Cli.Result r = cli.run("agenda");
        r.assertExit(3);
        assertEquals("", r.err(), r.describe());
        List<String> lines = r.out().lines().map(String::stripTrailing).toList();
        assertEquals("Overdue", lines.get(0), r.describe());
        assertTrue(lines.get(1).matches("  2026-10-01  " + ids[0] + "  Retention period ended: ready to purge {2,}Oud incident"), r.describe());
        assertTrue(lines.get(2).matches("  2026-11-16  " + ids[2] + "  No action for 20 days {2,}Groepsapp 2B"), r.describe());
        assertTrue(lines.get(3).matches("  2026-11-18  " + ids[2] + "  Follow-up: Nagesprek met Sam {2,}Groepsapp 2B"), r.describe());
        assertEquals("", lines.get(4));
        assertEquals("Today", lines.get(5));
        assertTrue(lines.get(6).matches("  2026-11-21  " + ids[3] + "  Follow-up: Ouders bellen {2,}Nepaccount"), r.describe());
        assertEquals("", lines.get(7));
        assertEquals("This week", lines.get(8));
        assertTrue(lines.get(9).matches("  2026-11-24  " + ids[3] + "  Follow-up: Mentor spreken {2,}Nepaccount"), r.describe());
        assertTrue(lines.get(10).matches("  2026-11-25  " + ids[1] + "  Retention period ends {2,}Bijna twee jaar"), r.describe());
        assertEquals(11, lines.size(), r.describe());
        assertFalse(r.out().contains("Evaluatie"), "beyond this week");
        assertFalse(r.out().contains(ids[4]), "a closed incident's follow-up is not on the agenda");
        assertFalse(r.out().contains("\u001b"), "no colour when not on a terminal");

        String dutch = cli.run("--lang", "nl", "agenda").out();
        assertTrue(dutch.startsWith("Achterstallig\n"), dutch);
        assertTrue(dutch.contains("Vervolgafspraak: Nagesprek met Sam"), dutch);
        assertTrue(dutch.contains("Al 20 dagen geen actie"), dutch);
        assertTrue(dutch.contains("Bewaartermijn verloopt"), dutch);
        assertTrue(dutch.contains("Vandaag\n") && dutch.contains("Deze week\n"), dutch);
    }

    @Test
    void nothingOverdueExitsZeroAndNothingAtAllSaysSo() {
        assertEquals("Nothing on the agenda.", cli.ok("agenda"), "no logbook yet");
        assertEquals("Niets op de agenda.", cli.ok("--lang", "nl", "agenda"));
        String id = record("Groepsapp 2B");
        assertEquals("Nothing on the agenda.", cli.ok("agenda"));
        cli.ok("annotate", id, "--follow-up", "+2d", "Nagesprek met Sam");
        Cli.Result r = cli.run("agenda");
        r.assertExit(0);
        assertTrue(r.out().startsWith("This week\n"), r.describe());
    }

    @Test
    void theIdleThresholdComesFromTheOptionOrTheEnvironment() {
        at("2026-11-01T09:00:00Z");
        String id = record("Groepsapp 2B");
        at("2026-11-21T09:30:00Z");
        assertTrue(cli.run("agenda").out().contains("No action for 20 days"));
        Cli.Result longer = cli.run("agenda", "--idle-days", "30");
        longer.assertExit(0);
        assertEquals("Nothing on the agenda.", longer.out().strip());
        cli.env("LOGBOEK_IDLE_DAYS", "30");
        assertEquals("Nothing on the agenda.", cli.ok("agenda"));
        Cli.Result option = cli.run("agenda", "--idle-days", "19");
        option.assertExit(0);
        assertTrue(option.out().startsWith("Today\n  2026-11-21  " + id + "  No action for 20 days"), option.describe());
        Cli.Result shorter = cli.run("agenda", "--idle-days", "18");
        shorter.assertExit(3);
        assertTrue(shorter.out().contains("2026-11-20  " + id), shorter.describe());
    }

    @Test
    void jsonHasOneObjectAnEntry() throws Exception {
        String[] ids = day();
        Cli.Result r = cli.run("agenda", "--json");
        r.assertExit(3);
        JsonNode agenda = Json.MAPPER.readTree(r.out());
        assertEquals(1, agenda.get("format").asInt());
        assertEquals("2026-11-21", agenda.get("today").asText());
        JsonNode entries = agenda.get("entries");
        assertEquals(6, entries.size());
        JsonNode first = entries.get(0);
        assertEquals(List.of("group", "day", "incident", "kind", "text", "title"),
                List.copyOf(iterable(first.fieldNames())));
        assertEquals("overdue", first.get("group").asText());
        assertEquals("2026-10-01", first.get("day").asText());
        assertEquals(ids[0], first.get("incident").asText());
        assertEquals("retention", first.get("kind").asText());
        assertEquals("Oud incident", first.get("title").asText());
        assertEquals("idle", entries.get(1).get("kind").asText());
        assertEquals("follow-up", entries.get(2).get("kind").asText());
        assertEquals("Follow-up: Nagesprek met Sam", entries.get(2).get("text").asText());
        assertEquals("today", entries.get(3).get("group").asText());
        assertEquals("week", entries.get(5).get("group").asText());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void agendaWritesNothing() throws Exception {
        day();
        byte[] before = Files.readAllBytes(cli.logbook());
        cli.run("agenda").assertExit(3);
        cli.run("agenda", "--json", "--mine").assertExit(3);
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()));
    }

    @Test
    void mineChangesNothingInASingleLogbook() {
        day();
        assertEquals(cli.run("agenda").out(), cli.run("agenda", "--mine").out());
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        day();
        assertFalse(cli.env("NO_COLOR", "1").run("agenda").out().contains("\u001b"));
        // The command gives AgendaText picocli's Ansi: ON on a terminal, OFF when piped or with NO_COLOR.
        String coloured = printed(picocli.CommandLine.Help.Ansi.ON);
        assertTrue(coloured.contains("\u001b[31m"), coloured);
        assertFalse(coloured.contains("\u001b[2J"), "text from the logbook is made safe");
        String plain = printed(picocli.CommandLine.Help.Ansi.OFF);
        assertFalse(plain.contains("\u001b"), plain);
    }

    private String printed(picocli.CommandLine.Help.Ansi ansi) {
        var book = new nl.logboek.incident.IncidentBook(new nl.logboek.logbook.Logbook(cli.logbook(),
                Clock.fixed(Cli.NOW, Cli.AMSTERDAM)));
        nl.logboek.incident.Incident incident = book.forAgenda(Cli.AMSTERDAM,
                java.time.LocalDate.ofInstant(Cli.NOW, Cli.AMSTERDAM), 14).active().get(0);
        var entry = new nl.logboek.incident.Agenda.Entry(nl.logboek.incident.Agenda.Group.OVERDUE,
                java.time.LocalDate.parse("2026-11-18"), incident.id(), incident.title(),
                nl.logboek.incident.Agenda.Kind.FOLLOW_UP,
                "Nagesprek \u001b[2J met Sam", 0, false);
        java.io.StringWriter out = new java.io.StringWriter();
        new AgendaText(nl.logboek.i18n.Messages.english(), ansi, new java.io.PrintWriter(out))
                .print(List.of(entry), e -> "Follow-up: " + e.text());
        return out.toString();
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        for (String[] args : new String[][] {{"agenda", "--idle-days", "-1"}, {"agenda", "--idle-days", "veertien"}}) {
            Cli.Result r = cli.run(args);
            r.assertExit(2);
            assertEquals(1, r.err().strip().lines().count(), r.describe());
            assertTrue(r.err().contains("--idle-days"), r.describe());
        }
        Cli.Result env = cli.env("LOGBOEK_IDLE_DAYS", "-3").run("agenda");
        env.assertExit(2);
        assertEquals(1, env.err().strip().lines().count(), env.describe());
        assertTrue(env.err().contains("LOGBOEK_IDLE_DAYS"), env.describe());
    }

    /** Years of records never purged: their retention periods are one line, and --json keeps each one. */
    @Test
    void manyRetentionPeriodsEndedAreOneLineThatSaysWhatToDo() throws Exception {
        at("2024-09-02T09:00:00Z");
        for (int n = 0; n < AgendaText.COLLAPSE_AFTER + 2; n++) {
            cli.ok("close", record("Oud " + n), "--outcome", "Opgelost", "--force", "--reason", "Afgesproken in het team");
        }
        at("2026-11-21T09:30:00Z");
        Cli.Result r = cli.run("--lang", "nl", "agenda");
        r.assertExit(3);
        List<String> lines = r.out().lines().map(String::stripTrailing).toList();
        assertEquals(List.of("Achterstallig", "  " + (AgendaText.COLLAPSE_AFTER + 2)
                + " gesloten incidenten zijn voorbij hun bewaartermijn: klaar om op te schonen. Zie 'logboek retention', daarna 'logboek purge --expired'."),
                lines, r.describe());
        com.fasterxml.jackson.databind.JsonNode json = nl.logboek.logbook.Json.MAPPER.readTree(cli.run("agenda", "--json").out());
        assertEquals(AgendaText.COLLAPSE_AFTER + 2, json.get("entries").size(), "every entry in --json");
    }
}
