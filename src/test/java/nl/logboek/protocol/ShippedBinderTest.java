package nl.logboek.protocol;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped files are bound without an ObjectMapper (ShippedBinder, for start-up time); what
 * comes out must be exactly what the strict Jackson binder that binds a user's own files makes.
 */
class ShippedBinderTest {
    private static final String DIR = "nl/logboek/protocols/";

    private static String resource(String name) throws IOException {
        try (InputStream in = ShippedBinderTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyShippedProtocolBindsToTheSameRecordsAsWithJackson() throws IOException {
        List<ProtocolIndex.Entry> entries = ProtocolIndex.parse(DIR + ProtocolIndex.FILE, resource(DIR + ProtocolIndex.FILE));
        assertFalse(entries.isEmpty());
        JsonBinder jackson = new JsonBinder();
        for (ProtocolIndex.Entry entry : entries) {
            String file = DIR + entry.file();
            String text = resource(file);
            Protocol expected = jackson.bind(jackson.parse(file, text), Protocol.class);
            Protocol bound = new ShippedBinder(file).protocol(LocatedJson.parse(file, text).root());
            assertEquals(expected, bound, file);
        }
    }

    @Test
    void theShippedPartnersBindToTheSameRecordsAsWithJackson() throws IOException {
        String file = DIR + "partners.json";
        String text = resource(file);
        JsonBinder jackson = new JsonBinder();
        assertEquals(jackson.bind(jackson.parse(file, text), PartnerFile.class),
                new ShippedBinder(file).partners(LocatedJson.parse(file, text).root()));
    }

    @Test
    void aFieldNoRecordHasOrAValueOfTheWrongKindFailsAsWithJackson() {
        for (String json : List.of("{\"id\": \"x\", \"mandatroy\": true}", "{\"id\": \"x\", \"overlay\": \"true\"}",
                "{\"id\": \"x\", \"priority\": \"1\"}", "{\"id\": \"x\", \"steps\": {}}",
                "{\"id\": \"x\", \"steps\": [{\"id\": \"s\", \"items\": [{\"id\": \"i\", \"kind\": \"actie\"}]}]}")) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new ShippedBinder("x.json").protocol(LocatedJson.parse("x.json", json).root()), json);
            assertTrue(e.getMessage().contains("x.json"), e.getMessage());
        }
        assertThrows(ProtocolException.class, () -> LocatedJson.parse("x.json", "{\"id\": \"x\", \"id\": \"y\"}"),
                "a key twice is refused");
    }
}
