package nl.logboek.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.Json;

import java.io.IOException;
import java.io.Writer;

/**
 * One JSON document, {"format":1,"redacted":...,"incidents":[...]} (or "events"), laid out like
 * the other --json outputs. Records are streamed into the open array as they come.
 */
final class JsonExportWriter implements ExportWriter {
    static final int FORMAT = 1;

    private final Writer out;
    private final JsonGenerator gen;

    JsonExportWriter(Writer out, String arrayName, boolean redacted) throws IOException {
        this.out = out;
        gen = Json.FACTORY.createGenerator(out);
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // "\n" whatever the platform: the same logbook and flags give the same bytes everywhere.
        gen.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
        gen.writeStartObject();
        gen.writeNumberField("format", FORMAT);
        gen.writeBooleanField("redacted", redacted);
        gen.writeArrayFieldStart(arrayName);
    }

    @Override
    public void write(ObjectNode record) throws IOException {
        Json.MAPPER.writeTree(gen, record);
    }

    @Override
    public void finish() throws IOException {
        gen.writeEndArray();
        gen.writeEndObject();
        gen.close();
        out.write('\n');
        out.flush();
    }
}
