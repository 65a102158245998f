package nl.logboek.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

final class Output {
    private Output() {
    }

    static void json(PrintWriter out, JsonNode node) {
        try {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
