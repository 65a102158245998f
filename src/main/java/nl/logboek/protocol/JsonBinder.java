package nl.logboek.protocol;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a {@link LocatedJson} tree into model records, and Jackson's errors into problems that
 * name the file, the line and the field in words a coordinator can act on.
 */
final class JsonBinder {

    /**
     * Strict on purpose: a misspelt field ("mandatroy") or a quoted boolean ("true") in a
     * hand-written protocol would otherwise be silently ignored or guessed at.
     */
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    LocatedJson parse(String file, String text) {
        return LocatedJson.parse(file, text, mapper);
    }

    <T> T bind(LocatedJson json, Class<T> type) {
        try {
            return mapper.readerFor(type).readValue(json.root());
        } catch (JsonMappingException e) {
            throw new ProtocolException(json.problem(pathOf(e), describe(e)));
        } catch (IOException e) {
            // Reading from an in-memory tree does no I/O.
            throw new IllegalStateException(e);
        }
    }

    private static String pathOf(JsonMappingException e) {
        String path = "";
        for (JsonMappingException.Reference r : e.getPath()) {
            path = r.getFieldName() != null
                    ? LocatedJson.field(path, r.getFieldName())
                    : LocatedJson.index(path, r.getIndex());
        }
        return path;
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field \"" + u.getPropertyName() + "\"; known fields: " + names(u.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "\"" + f.getValue() + "\" is not one of: " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + expected(m.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String names(Collection<Object> ids) {
        return ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "a text in double quotes";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false (without quotes)";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == LocalizedText.class) {
            return "{\"nl\": \"...\", \"en\": \"...\"}";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list [ ... ]";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "an object { ... }";
        }
        return "a " + type.getSimpleName();
    }
}
