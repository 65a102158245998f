import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.EventCodec;
import nl.logboek.logbook.Json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * For bench/team-sync: appends the events of a generated logbook (all but its header) to a team
 * writer's file, each re-chained onto the line before it, as if that writer had recorded them.
 * Each line is signed with the writer's key when KEY_FILE is given (a team refuses lines no admitted key signed).
 * Usage: java -cp target/logboek.jar bench/ChainOnto.java GENERATED WRITER_FILE [KEY_FILE]
 */
public class ChainOnto {
    public static void main(String[] args) throws Exception {
        Path generated = Path.of(args[0]);
        Path writer = Path.of(args[1]);
        nl.logboek.logbook.WriterKey signer = args.length > 2 ? nl.logboek.logbook.WriterKey.read(Path.of(args[2]), null) : null;
        List<String> have = Files.readAllLines(writer, StandardCharsets.UTF_8);
        JsonNode last = Json.MAPPER.readTree(have.get(have.size() - 1));
        String prev = last.get("hash").asText();
        long seq = last.get("seq").asLong();
        StringBuilder out = new StringBuilder();
        List<String> lines = Files.readAllLines(generated, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            JsonNode e = Json.MAPPER.readTree(line);
            String incident = e.get("incident").isNull() ? null : e.get("incident").asText();
            EventCodec.Encoded enc = EventCodec.encode(++seq, incident, e.get("type").asText(),
                    OffsetDateTime.parse(e.get("time").asText()), prev, e.get("author").asText(), (ObjectNode) e.get("payload"), null, signer);
            out.append(enc.line());
            prev = enc.hash();
        }
        Files.writeString(writer, out, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
