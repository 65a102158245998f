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
    void newIdsNeverLookLikeANumberToASpreadsheet() {
        assertTrue(IncidentIds.looksLikeNumber("01234567"));
        assertTrue(IncidentIds.looksLikeNumber("3e000012"));
        assertTrue(IncidentIds.looksLikeNumber("1234e567"));
        assertTrue(!IncidentIds.looksLikeNumber("e1234567"));
        assertTrue(!IncidentIds.looksLikeNumber("1234567e"));
        assertTrue(!IncidentIds.looksLikeNumber("12e4e567"));
        assertTrue(!IncidentIds.looksLikeNumber("372p7pvp"));
        // A random source that offers number-like ids first: they are passed over.
        Random numbersFirst = new Random(7) {
            private int calls;

            @Override
            public int nextInt(int bound) {
                calls++;
                if (calls <= 8) {
                    return calls % 10; // "12345678"
                }
                if (calls <= 16) {
                    return calls == 10 ? 14 : 3; // "3e333333"
                }
                return super.nextInt(bound);
            }
        };
        String id = IncidentIds.newId(numbersFirst, Set.of());
        assertTrue(!IncidentIds.looksLikeNumber(id) && !id.equals("12345678") && !id.startsWith("3e3"), id);
        Random r = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String made = IncidentIds.newId(r, Set.of(), i % 2 == 0 ? "" : "33");
            assertTrue(!IncidentIds.looksLikeNumber(made), made);
        }
    }

    @Test
    void oldIdsThatLookLikeNumbersStillResolve() {
        List<String> ids = List.of("01234567", "3e000012");
        assertEquals("01234567", IncidentIds.resolve("0123", ids));
        assertEquals("3e000012", IncidentIds.resolve("3E", ids));
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
