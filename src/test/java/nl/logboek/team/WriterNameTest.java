package nl.logboek.team;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WriterNameTest {
    @Test
    void slugsAreLowercaseLettersDigitsAndHyphensOfAtMost24Characters() {
        assertEquals("marieke-zorgcoordinator", WriterName.slug("Marieke Zorgcoördinator"));
        assertEquals("j-de-vries-laptop-2b", WriterName.slug("J. de Vries @ Laptop_2B"));
        assertEquals("anna-pc", WriterName.slug("--anna--pc--"));
        assertEquals("een-hele-lange-naam-van", WriterName.slug("een hele lange naam van een computer"));
        assertTrue(WriterName.slug("x".repeat(40)).length() <= WriterName.SLUG_MAX);
        assertEquals("writer", WriterName.slug("ØØ!"), "nothing usable left");
    }

    @Test
    void aWriterNameIsATagOfTheIdAlphabetAndASlug() {
        assertEquals(new WriterName("3s", "anna-pc"), WriterName.parse("3s-anna-pc").orElseThrow());
        assertEquals("3s-anna-pc.jsonl", new WriterName("3s", "anna-pc").fileName());
        for (String bad : new String[] {"3s", "3s-", "3S-anna", "il-anna", "3s-Anna", "3s_anna", "3sx-anna", "3s-anna pc"}) {
            assertTrue(WriterName.parse(bad).isEmpty(), bad);
        }
        assertFalse(WriterName.isTag("ou"), "no look-alike letters: ids are read aloud");
        assertThrows(IllegalArgumentException.class, () -> new WriterName("uu", "anna"));
    }

    @Test
    void aNewTagIsNeverOneThatIsTaken() {
        Set<String> taken = new HashSet<>();
        Random random = new Random(9);
        for (int i = 0; i < WriterName.TAGS; i++) {
            String tag = WriterName.newTag(random, taken);
            assertTrue(WriterName.isTag(tag), tag);
            assertTrue(taken.add(tag), tag + " twice");
        }
        assertThrows(nl.logboek.LogboekException.class, () -> WriterName.newTag(random, taken));
    }
}
