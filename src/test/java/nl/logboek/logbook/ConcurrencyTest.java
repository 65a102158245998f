package nl.logboek.logbook;

import nl.logboek.json.JsonTrees;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which lines of one incident's timeline were written without knowing of each other. */
class ConcurrencyTest {
    private static Event line(String writer, long line, Object... seen) {
        ObjectNode payload = JsonTrees.object();
        ObjectNode s = payload.putObject(Concurrency.SEEN);
        for (int i = 0; i < seen.length; i += 2) {
            s.put((String) seen[i], ((Number) seen[i + 1]).longValue());
        }
        return new Event(line, 1, line, "k3abcdef", nl.logboek.incident.EventTypes.ANNOTATED, OffsetDateTime.parse("2026-11-02T09:00:00Z"),
                writer, payload, "p", "h").fromWriter(writer);
    }

    @Test
    void linesNeitherWriterHadSeenAreConcurrentAndSeenOnesAreNot() {
        Event created = line("k3-anna", 2);
        Event annaEscalates = line("k3-anna", 3);                  // anna had not seen bert's lines
        Event bertEscalates = line("m7-bert", 2, "k3-anna", 2);     // bert had seen the creation only
        Event bertLater = line("m7-bert", 3, "k3-anna", 3);         // after a sync: bert saw anna's escalation
        List<List<Event>> c = Concurrency.of(List.of(created, annaEscalates, bertEscalates, bertLater));
        assertEquals(List.of(), c.get(0), "the creation was seen by all");
        assertEquals(List.of(bertEscalates), c.get(1), "neither knew of the other");
        assertEquals(List.of(annaEscalates), c.get(2));
        assertEquals(List.of(), c.get(3), "bert knew of anna's escalation when writing this: not concurrent");
    }

    @Test
    void oneWritersLinesAreNeverConcurrentWithEachOther() {
        Event a = line("k3-anna", 2);
        Event b = line("k3-anna", 3);
        assertEquals(List.of(List.of(), List.of()), Concurrency.of(List.of(a, b)));
    }
}
