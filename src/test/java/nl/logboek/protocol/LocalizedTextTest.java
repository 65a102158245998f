package nl.logboek.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText both = new LocalizedText("Ouders", "Parents");

    @Test
    void returnsTheRequestedLanguage() {
        assertEquals("Ouders", both.in("nl"));
        assertEquals("Parents", both.in("en"));
        assertEquals("Parents", both.in("en-GB"));
    }

    @Test
    void unknownLanguageGetsDutchBecauseDutchIsTheSource() {
        assertEquals("Ouders", both.in("de"));
        assertEquals("Ouders", both.in(null));
    }

    @Test
    void fallsBackToTheOtherLanguageWhenOneIsMissing() {
        assertEquals("Ouders", new LocalizedText("Ouders", null).in("en"));
        assertEquals("Parents", new LocalizedText(" ", "Parents").in("nl"));
    }
}
