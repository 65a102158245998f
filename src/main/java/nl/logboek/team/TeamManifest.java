package nl.logboek.team;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.LogboekException;
import nl.logboek.json.JsonTrees;
import nl.logboek.logbook.PrivateFiles;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * team.json: what every writer of a team logbook shares and nobody ever changes after the team is
 * made: the logbook id (the key of an encrypted team is found by it), how it is encrypted (the
 * first writer's header says so; null when it is not), when the team was made, and the founder:
 * the first writer and its public signing key, from which every other member's key is admitted
 * (see WriterKeys; null in a team made before signatures).
 */
public record TeamManifest(String logbookId, ObjectNode encryption, OffsetDateTime created, String founderWriter,
                           String founderKey) {
    public static final String FILE = "team.json";
    public static final int FORMAT = 1;

    public static TeamManifest read(Path file) {
        JsonNode json;
        try {
            json = JsonTrees.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw LogboekException.failure("team.manifest-unreadable", file, e.getMessage());
        }
        JsonNode enc = json.path("encryption");
        if (json.path("format").asInt() != FORMAT || !json.path("logbook_id").isTextual()
                || !(enc.isObject() || enc.isNull()) || !json.path("created").isTextual()) {
            throw LogboekException.failure("team.manifest-unreadable", file, "expected format " + FORMAT
                    + " with logbook_id, encryption and created");
        }
        try {
            JsonNode founder = json.path("founder");
            return new TeamManifest(json.get("logbook_id").asText(), enc.isObject() ? (ObjectNode) enc : null,
                    nl.logboek.logbook.IsoTime.parse(json.get("created").asText()),
                    founder.path("writer").asText(null), founder.path("key").asText(null));
        } catch (RuntimeException e) {
            throw LogboekException.failure("team.manifest-unreadable", file, e.getMessage());
        }
    }

    /** One line of JSON and a newline, fields in the documented order. */
    public String text() {
        ObjectNode o = JsonTrees.object();
        o.put("format", FORMAT);
        o.put("logbook_id", logbookId);
        if (encryption == null) {
            o.putNull("encryption");
        } else {
            o.set("encryption", encryption);
        }
        o.put("created", nl.logboek.logbook.IsoTime.format(created));
        if (founderKey != null) {
            o.putObject("founder").put("writer", founderWriter).put("key", founderKey);
        }
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JsonTrees.FACTORY.createGenerator(w)) {
            JsonTrees.write(g, o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    /** Writes team.json into a new team folder, private like every file logboek writes. */
    void writeTo(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        PrivateFiles.createFile(file);
        Files.writeString(file, text(), StandardCharsets.UTF_8);
    }
}
