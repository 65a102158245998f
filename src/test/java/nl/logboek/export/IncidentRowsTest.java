package nl.logboek.export;

import nl.logboek.incident.EventTypes;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.LogboekException;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * An incident export writes each row before it reads the next incident (performance issue 8:
 * memory stays flat as the logbook grows), and a retried read writes no row twice.
 */
class IncidentRowsTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZoneOffset.ofHours(1));

    /** A small logbook in memory, by incident, that records every read in {@code log}. */
    private final Map<String, List<Event>> byIncident = new HashMap<>();
    private final List<String> log = new ArrayList<>();
    private long seq = 1;

    private Event add(String incident, String type, ObjectNode payload) {
        long s = ++seq;
        Event e = new Event(s, 1, s, incident, type, T0.plusMinutes(s), "m.jansen", payload, "prev" + s, "hash" + s);
        byIncident.computeIfAbsent(incident, id -> new ArrayList<>()).add(e);
        return e;
    }

    private Event created(String incident) {
        return add(incident, EventTypes.CREATED, Json.object().put("title", "Titel " + incident).put("category", "hacken"));
    }

    private Event note(String incident) {
        return add(incident, EventTypes.ANNOTATED, Json.object().put("text", "notitie"));
    }

    private Event personalNote(String incident) {
        return add(incident, EventTypes.ANNOTATED, Json.object().put("text", "eigen inschatting").put("private", true));
    }

    private List<Event> read(String incident) {
        log.add("read " + incident);
        return byIncident.getOrDefault(incident, List.of());
    }

    private IncidentRows.Sink recording() {
        return row -> log.add("write " + row.id());
    }

    private LastRead upTo(Event last) {
        LastRead read = new LastRead(Path.of("logboek.jsonl"));
        read.read(last);
        return read;
    }

    @Test
    void eachRowIsWrittenBeforeTheNextIncidentIsRead() throws IOException {
        created("aaaaaaaa");
        created("bbbbbbbb");
        note("aaaaaaaa");
        created("cccccccc");
        Event last = note("bbbbbbbb");

        new IncidentRows(List.of("aaaaaaaa", "bbbbbbbb", "cccccccc"), upTo(last)).writeFrom(this::read, recording());

        assertEquals(List.of("read aaaaaaaa", "write aaaaaaaa", "read bbbbbbbb", "write bbbbbbbb", "read cccccccc",
                "write cccccccc"), log, "rows collected before they were written");
    }

    @Test
    void aRetriedReadGoesOnWithTheFirstRowNotWritten() throws IOException {
        created("aaaaaaaa");
        personalNote("aaaaaaaa");
        created("bbbbbbbb");
        personalNote("bbbbbbbb");
        Event last = note("bbbbbbbb");
        IncidentRows rows = new IncidentRows(List.of("aaaaaaaa", "bbbbbbbb"), upTo(last));
        Function<String, List<Event>> staleIndex = id -> {
            if (id.equals("bbbbbbbb")) {
                throw new IllegalStateException("the index points at the wrong line");
            }
            return read(id);
        };

        assertThrows(IllegalStateException.class, () -> rows.writeFrom(staleIndex, recording()));
        rows.writeFrom(this::read, recording());

        assertEquals(List.of("read aaaaaaaa", "write aaaaaaaa", "read bbbbbbbb", "write bbbbbbbb"), log);
        assertEquals(3, rows.events(), "two created events and one note");
        assertEquals(2, rows.personalNotes(), "each personal note counted once");
    }

    @Test
    void aRowHoldsWhatTheFirstPassReadWithoutPersonalNotes() throws IOException {
        created("aaaaaaaa");
        Event counted = note("aaaaaaaa");
        personalNote("aaaaaaaa");
        Event last = personalNote("aaaaaaaa");
        note("aaaaaaaa"); // appended after the first pass
        List<IncidentRow> written = new ArrayList<>();

        IncidentRows rows = new IncidentRows(List.of("aaaaaaaa"), upTo(last));
        rows.writeFrom(this::read, written::add);

        assertEquals(1, written.size());
        assertEquals(2, written.get(0).events());
        assertEquals(counted.time(), written.get(0).lastActivityAt(), "neither a personal note nor a later event");
        assertEquals(2, rows.events());
        assertEquals(2, rows.personalNotes());
    }

    @Test
    void anIncidentGoneSinceTheFirstPassFailsTheExport() {
        created("aaaaaaaa");
        Event last = note("aaaaaaaa");
        byIncident.remove("aaaaaaaa"); // purged between the passes

        IncidentRows rows = new IncidentRows(List.of("aaaaaaaa"), upTo(last));
        LogboekException e = assertThrows(LogboekException.class, () -> rows.writeFrom(this::read, recording()));
        assertEquals("export.logbook-replaced", e.key());
        assertEquals(List.of("read aaaaaaaa"), log, "nothing written");
    }
}
