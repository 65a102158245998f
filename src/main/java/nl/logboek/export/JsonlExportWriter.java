package nl.logboek.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.Json;

import java.io.IOException;
import java.io.Writer;

/** JSON Lines: one compact record per line, nothing else, so `jq -c` and `grep` work line by line. */
final class JsonlExportWriter implements ExportWriter {
    private final Writer out;

    JsonlExportWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(ObjectNode record) throws IOException {
        out.write(Json.MAPPER.writeValueAsString(record));
        out.write('\n');
    }

    @Override
    public Formatter formatter() {
        return records -> {
            StringBuilder text = new StringBuilder(records.size() * 800);
            for (ObjectNode record : records) {
                text.append(Json.MAPPER.writeValueAsString(record)).append('\n');
            }
            return text.toString();
        };
    }

    @Override
    public void writeFormatted(String text) throws IOException {
        out.write(text);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
