package nl.logboek.json;

import com.fasterxml.jackson.core.JsonParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTreesTest {
    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1,\"a\":1}", "{\"a\":null,\"a\":2}", "{\"x\":{\"b\":[],\"c\":1,\"b\":[]}}",
            "[{\"a\":\"\",\"a\":\"\"}]"})
    void refusesAnObjectThatNamesAFieldTwice(String text) {
        JsonParseException e = assertThrows(JsonParseException.class, () -> JsonTrees.parse(text));
        assertTrue(e.getMessage().startsWith("duplicate field"), e.getMessage());
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertThrows(JsonParseException.class, () -> JsonTrees.parse(utf8, 0, utf8.length));
    }

    @Test
    void keepsTheFieldsInTheirOrder() throws Exception {
        String text = "{\"z\":1,\"a\":[true,null,\"x\"],\"m\":{\"k\":2}}";
        assertEquals(text, JsonTrees.parse(text).toString());
    }

    @Test
    void refusesContentAfterTheValue() {
        assertThrows(JsonParseException.class, () -> JsonTrees.parse("{} {}"));
    }
}
