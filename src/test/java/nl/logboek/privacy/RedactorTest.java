package nl.logboek.privacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.Json;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedactorTest {
    private static Redactor keeping(List<String> persons, List<String> staff) {
        return new Redactor(persons, staff, true);
    }

    /** A line of {@code type} with this payload, as read from a logbook. */
    private static Event line(String type, ObjectNode payload) {
        return new Event(2, 1, 2, "k7m2abcd", type, OffsetDateTime.parse("2026-11-20T10:00:00+01:00"), "m.jansen",
                payload, "0".repeat(64), "1".repeat(64));
    }

    private static String redacted(Redactor r, String type, ObjectNode payload) throws Exception {
        return Json.MAPPER.writeValueAsString(r.payload(line(type, payload)));
    }

    @Test
    void pseudonymsFollowFirstAppearanceAndIgnoreCaseAndSpacing() {
        Redactor r = keeping(List.of("Sam de Vries", "Alex"), List.of("m.jansen"));
        assertEquals("Persoon 1", r.person("Alex"));
        assertEquals("Persoon 2", r.person("Sam de Vries"));
        assertEquals("Persoon 2", r.person("  sam  DE vries "));
        assertEquals("Persoon 1", r.person("ALEX"));
        assertEquals("Medewerker 1", r.author("m.jansen"));
        assertEquals("Persoon 3", r.person("Iemand Onbekend"), "a name first seen here still gets the next number");
    }

    @Test
    void freeTextIsLeftOutUnlessKeptButLabelsAlwaysLoseTheirNames() {
        Redactor dropping = new Redactor(List.of("Sam de Vries"), List.of(), false);
        assertNull(dropping.freeText("Gesprek met Sam"));
        assertEquals("DM van Persoon 1", dropping.label("DM van Sam de Vries"));
        assertEquals("Gesprek met Persoon 1", keeping(List.of("Sam de Vries"), List.of()).freeText("Gesprek met Sam"));
    }

    @Test
    void namesAreFoundWhicheverWayTheyAreWritten() {
        Redactor r = keeping(List.of("Sam de Vries", "Zoë"), List.of("m.jansen"));
        assertEquals("Persoon 1, Persoon 1 en Persoon 1; mail Medewerker 1",
                r.freeText("Sam de Vries, SAM-DE-VRIES en sam; mail m.jansen"));
        assertEquals("mail [e-mailadres]", r.freeText("mail m.jansen@school.nl"), "an e-mail address goes whole");
        assertEquals("Persoon 2 en Persoon 2", r.freeText("Zoë en Zoe\u0308"), "ë composed or written as e + diaeresis");
    }

    @Test
    void onlyWholeWordsAndNeverTussenvoegselsOnTheirOwn() {
        Redactor r = keeping(List.of("Sam de Vries", "Jan van Dijk"), List.of());
        assertEquals("Samenwerking met de school van januari; Persoon 1 en Persoon 2 niet",
                r.freeText("Samenwerking met de school van januari; Sam en Dijk niet"));
    }

    @Test
    void aWordOfTwoDifferentNamesIsReplacedButByNeitherPseudonym() {
        Redactor r = keeping(List.of("Sam de Vries", "Sam Bakker"), List.of());
        assertEquals("[naam] belde; Persoon 1 niet", r.freeText("Sam belde; Sam Bakker niet"));
        assertEquals("Persoon 2", r.person("Sam de Vries"));
    }

    @Test
    void namesWithoutLettersAreFoundExactly() {
        Redactor r = keeping(List.of("😈😈"), List.of());
        assertEquals("bericht van Persoon 1 gezien", r.freeText("bericht van 😈😈 gezien"));
    }

    @Test
    void privateAccountInformationIsNeverShared() {
        Redactor r = keeping(List.of(), List.of());
        assertFalse(r.shares("prive-account"));
        assertTrue(r.shares("openbaar"));
        assertTrue(r.shares("om-bevel"));
        assertTrue(r.shares(null));
        assertTrue(Disclosure.FULL.shares("prive-account"), "the coordinator's own export has everything");
    }

    @Test
    void payloadFieldsThisVersionDoesNotKnowAreLeftOut() throws Exception {
        Redactor r = new Redactor(List.of("Sam"), List.of(), false);
        ObjectNode created = (ObjectNode) Json.MAPPER.readTree(
                "{\"title\":\"Sam\",\"category\":\"hacken\",\"persons\":[{\"name\":\"Sam\",\"role\":\"slachtoffer\",\"phone\":\"0612345678\"}],"
                        + "\"home_address\":\"Dorpsstraat 1\",\"target\":\"leerling\",\"protocol\":\"x\"}");
        assertEquals("{\"category\":\"hacken\",\"persons\":[{\"name\":\"Persoon 1\",\"role\":\"slachtoffer\"}],"
                        + "\"target\":\"leerling\",\"protocol\":\"x\"}",
                redacted(r, "created", created));
        ObjectNode future = (ObjectNode) Json.MAPPER.readTree("{\"who\":\"Sam\",\"partner\":\"cjg\"}");
        assertEquals("{}", redacted(r, "hearing", future), "an event type this version does not know");
        ObjectNode consent = (ObjectNode) Json.MAPPER.readTree("{\"partner\":\"cjg\",\"ground\":\"toestemming\","
                + "\"from\":\"moeder van Sam\",\"purpose\":\"hulp voor Sam\",\"date\":\"2026-11-20\",\"refused\":false,"
                + "\"witness\":\"Sam\"}");
        assertEquals("{\"partner\":\"cjg\",\"ground\":\"toestemming\",\"date\":\"2026-11-20\",\"refused\":false}",
                redacted(r, "consent", consent), "who gave consent is never in a redacted record");
        assertEquals("{\"partner\":\"cjg\",\"ground\":\"toestemming\",\"purpose\":\"hulp voor Persoon 1\","
                        + "\"date\":\"2026-11-20\",\"refused\":false}",
                redacted(keeping(List.of("Sam"), List.of()), "consent", consent),
                "not even with --keep-text; the purpose is free text");
        assertEquals("Sam", created.get("title").asText(), "the event itself is not changed");
    }

    @Test
    void evidenceKeepsTheScreenshotFingerprintButNotItsPathOrTheAccount() throws Exception {
        Redactor r = new Redactor(List.of("Sam"), List.of(), false);
        ObjectNode note = (ObjectNode) Json.MAPPER.readTree("{\"text\":\"x\",\"evidence\":{\"posted_by\":\"@sam\",\"channel\":\"DM van Sam\","
                + "\"account\":\"@sam\",\"url\":\"https://insta.example/sam\",\"screenshot\":{\"sha256\":\"ab12\",\"path\":\"/home/sam/s.png\"}}}");
        assertEquals("{\"evidence\":{\"channel\":\"DM van Persoon 1\",\"screenshot\":{\"sha256\":\"ab12\"}}}",
                redacted(r, "annotated", note));
    }

    @Test
    void contactDetailsOfEveryShapeAreRemovedFromShownText() {
        assertEquals("[telefoonnummer], [telefoonnummer], [telefoonnummer], [telefoonnummer] en [telefoonnummer]",
                Redactor.withoutContacts("06-12345678, 06 1234 5678, +31 6 12345678, 0031612345678 en 020-1234567"));
        assertEquals("[e-mailadres] of [account]", Redactor.withoutContacts("sam.de.vries@school.example.nl of @sam_oz"));
    }

    @Test
    void datesTimesAndShortNumbersAreNotTakenForPhoneNumbers() {
        for (String kept : List.of("WhatsApp-groep 2B", "2026-11-18 21:14", "2026-11-18T21:14:00+01:00", "groep 1-2-3",
                "klas 4 (2025-2026)", "melding 2026-112233")) {
            assertEquals(kept, Redactor.withoutContacts(kept));
        }
    }
}
