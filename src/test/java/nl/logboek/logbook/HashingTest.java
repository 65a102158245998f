package nl.logboek.logbook;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HashingTest {
    @Test
    void isHex64TakesExactlySixtyFourLowercaseHexDigitsWhateverCharacterStandsAnywhere() {
        String good = Hashing.sha256("logboek");
        assertTrue(Hashing.isHex64(good));
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean hexDigit = c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
            for (int at : new int[] {0, 31, 63}) {
                String s = good.substring(0, at) + (char) c + good.substring(at + 1);
                assertEquals(hexDigit, Hashing.isHex64(s), "character " + c + " at " + at);
            }
        }
        assertFalse(Hashing.isHex64(good.substring(1)));
        assertFalse(Hashing.isHex64(good + "0"));
        assertFalse(Hashing.isHex64(null));
    }
}
