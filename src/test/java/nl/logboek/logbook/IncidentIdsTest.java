package nl.logboek.logbook;

import nl.logboek.LogboekException;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentIdsTest {
    @Test
    void newIdsAvoidTheOnesTaken() {
        Random seeded = new Random(42);
        String first = IncidentIds.random(new Random(42), IncidentIds.LENGTH);
        String next = IncidentIds.newId(seeded, Set.of(first));
        assertTrue(!next.equals(first) && next.length() == 8, next);
    }

    @Test
    void idsUseOnlyUnambiguousCharacters() {
        Random r = new Random(1);
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            for (char c : IncidentIds.random(r, 8).toCharArray()) {
                seen.add(c);
            }
        }
        assertEquals(32, seen.size());
        for (char bad : "ilou".toCharArray()) {
            assertTrue(!seen.contains(bad), "no " + bad);
        }
    }

    @Test
    void typedIdsForgiveCaseAndLookAlikes() {
        List<String> ids = List.of("k7m210ab", "x9qd3333");
        assertEquals("k7m210ab", IncidentIds.resolve("K7M2", ids));
        assertEquals("k7m210ab", IncidentIds.resolve("k7m2lOab", ids));
        assertEquals("x9qd3333", IncidentIds.resolve("x", ids));
    }

    @Test
    void ambiguousAndUnknownPrefixesAreRefused() {
        List<String> ids = List.of("k7m210ab", "k7m2zzzz");
        LogboekException ambiguous = assertThrows(LogboekException.class, () -> IncidentIds.resolve("k7m2", ids));
        assertEquals(LogboekException.USAGE, ambiguous.exitCode());
        LogboekException unknown = assertThrows(LogboekException.class, () -> IncidentIds.resolve("q", ids));
        assertEquals(LogboekException.FAILURE, unknown.exitCode());
    }
}
