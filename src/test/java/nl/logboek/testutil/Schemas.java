package nl.logboek.testutil;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import nl.logboek.logbook.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The JSON Schemas of docs/schemas (draft 2020-12), for tests that validate real output against them. */
public final class Schemas {
    public static final Path FOLDER = Path.of("docs/schemas").toAbsolutePath();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> LOADED = new HashMap<>();

    private Schemas() {
    }

    /** The schema docs/schemas/NAME.schema.json (its references to other files there resolved). */
    public static synchronized JsonSchema of(String name) {
        return LOADED.computeIfAbsent(name, n -> {
            Path file = FOLDER.resolve(n + ".schema.json");
            assertTrue(Files.isRegularFile(file), "no schema " + file);
            return FACTORY.getSchema(SchemaLocation.of(file.toUri().toString()));
        });
    }

    /** Fails, naming every error, unless {@code json} is valid against schema NAME; returns the parsed JSON. */
    public static JsonNode assertValid(String name, String json) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertValid(name, node);
        return node;
    }

    public static void assertValid(String name, JsonNode node) {
        Set<ValidationMessage> errors = of(name).validate(node);
        if (!errors.isEmpty()) {
            fail(name + ".schema.json rejects the output:\n  "
                    + errors.stream().map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n  "))
                    + "\n" + node.toPrettyString());
        }
    }

    /** Whether schema NAME rejects {@code node} (for the test that the schemas are not too loose). */
    public static boolean rejects(String name, JsonNode node) {
        return !of(name).validate(node).isEmpty();
    }
}
