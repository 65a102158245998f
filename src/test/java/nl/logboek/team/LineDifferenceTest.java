package nl.logboek.team;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two measures sync compares files by: a prefix's hash, and the first line that no longer continues. */
class LineDifferenceTest {
    private static Optional<LineDifference> diff(String earlier, String later) throws IOException {
        return LineDifference.between(in(earlier), in(later));
    }

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAppendedFileContinuesTheEarlierOne() throws IOException {
        assertTrue(diff("a\nb\n", "a\nb\nc\n").isEmpty());
        assertTrue(diff("a\nb\n", "a\nb\n").isEmpty());
        assertTrue(diff("", "a\n").isEmpty());
    }

    @Test
    void theFirstChangedOrMissingLineIsNamed() throws IOException {
        assertEquals(Optional.of(new LineDifference(2, false)), diff("a\nb\nc\n", "a\nB\nc\n"));
        assertEquals(Optional.of(new LineDifference(2, false)), diff("a\nb\nc\n", "a\nc\n"), "a line removed in the middle");
        assertEquals(Optional.of(new LineDifference(3, true)), diff("a\nb\nc\n", "a\nb\n"), "the last line removed");
        assertEquals(Optional.of(new LineDifference(3, false)), diff("a\nb\nc\n", "a\nb\nc"), "cut inside a line");
        assertEquals(Optional.of(new LineDifference(1, true)), diff("a\n", ""));
    }

    @Test
    void aMeasureHashesTheWholeAndThePrefixInOnePass() throws IOException {
        FileState.Measured m = FileState.measure(in("één\ntwee\n"), 6);
        assertEquals(11, m.state().bytes(), "é is two bytes");
        assertEquals(2, m.state().lines());
        assertTrue(m.endsWithNewline());
        assertEquals(FileState.measure(in("één\n"), 0).state().sha256(), m.prefixSha256());
        assertEquals(FileState.measure(in("één\ntwee\n"), 11).prefixSha256(), m.state().sha256());
        assertNull(FileState.measure(in("één\n"), 7).prefixSha256(), "shorter than the prefix");
        assertFalse(FileState.measure(in("a\nb"), 0).endsWithNewline());
    }
}
