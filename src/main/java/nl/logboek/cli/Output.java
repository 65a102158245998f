package nl.logboek.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.json.JsonTrees;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

final class Output {
    private Output() {
    }

    /**
     * Pretty-printed JSON, written without an ObjectMapper (start-up time). Takes Object so that
     * command classes, which picocli loads on every start, never make the JVM's verifier load
     * Jackson's classes to check a JsonNode argument (issue 8: --help never loads Jackson).
     */
    static void json(PrintWriter out, Object tree) {
        JsonNode node = (JsonNode) tree;
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JsonTrees.FACTORY.createGenerator(w)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            JsonTrees.write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(w);
        out.flush();
    }
}
