package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import nl.logboek.testutil.Schemas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every JSON shape logboek prints (every --json, report --format json, export --format json and
 * jsonl, person --export) validates against its JSON Schema in docs/schemas, for a logbook that uses
 * every kind of entry; and the schemas are not so loose that they accept anything (issue 17, item 7).
 * The team's shapes are checked in nl.logboek.team.TeamJsonSchemasTest.
 */
class JsonSchemasTest {
    @TempDir
    Path home;
    Cli cli;
    String bullying;
    String sexting;
    /** Every output checked, by schema: the test at the end makes sure each schema was used. */
    private final List<String> used = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(home);
        at("2026-11-01T09:00:00Z");
        bullying = Json.MAPPER.readTree(valid("incident", "new", "--json", "-c", "cyberpesten", "-t", "Groepsapp 2B", "-p", "WhatsApp",
                "--occurred", "2026-10-30", "--person", "Sam de Vries:slachtoffer:leerling", "--person", "Alex:dader:leerling",
                "--person", "mevr. Bakker:melder", "--severity", "middel", "--source", "openbaar",
                "-d", "Sam wordt buitengesloten.\nAl een week.")).get("incident").get("id").asText();
        valid("annotated", "annotate", bullying, "--json", "Gesprek met Sam en de mentor gevoerd.");
        valid("annotated", "annotate", bullying, "--json", "--evidence", "--posted-by", "@anon123", "--channel", "WhatsApp-groep 2B",
                "--account", "@anon123", "--url", "https://chat.whatsapp.com/xyz", "--posted-at", "2026-10-30 21:14", "Bericht gezien.");
        valid("annotated", "annotate", bullying, "--json", "--done", "1", "Voorval besproken.");
        valid("annotated", "annotate", bullying, "--json", "--follow-up", "2026-11-10", "Nagesprek met Sam");
        cli.ok("annotate", bullying, "--private", "Eigen aantekening.");
        sexting = cli.ok("new", "-q", "-c", "sexting", "-t", "Foto van Lisa gedeeld", "-p", "Snapchat",
                "--person", "Lisa:slachtoffer:leerling", "--person", "Tim:dader:leerling");
        at("2026-11-05T09:00:00Z");
        cli.ok("consent", sexting, "--partner", "cjg", "--from", "ouders", "--purpose", "hulp via het CJG");
        valid("incident", "escalate", sexting, "--reason", "meer-partners-nodig", "--json");
        valid("incident", "escalate", sexting, "--down", "--reason", "doel-bereikt", "--json");
        valid("incident", "amend", sexting, "--severity", "hoog", "--add-person", "Noor:getuige", "--reason", "Later gehoord.", "--json");
        valid("incident", "close", sexting, "--outcome", "Beeld offline gehaald.", "--force", "--reason", "Afgesproken met het CJG.", "--json");
        valid("incident", "reopen", sexting, "--reason", "Het beeld is weer opgedoken.", "--json");
        valid("incident", "retract", bullying, "--entry", "2", "--reason", "Bij het verkeerde incident.", "--json");
        at("2026-11-21T09:30:00Z");
    }

    private void at(String instant) {
        cli.clock(Clock.fixed(Instant.parse(instant), Cli.AMSTERDAM));
    }

    /** Runs a command (exit 0), checks its stdout against schema NAME, returns stdout. */
    private String valid(String schema, String... args) {
        return valid(schema, 0, args);
    }

    private String valid(String schema, int exit, String... args) {
        Cli.Result r = cli.run(args).assertExit(exit);
        check(schema, r.out());
        return r.out();
    }

    private void check(String schema, String json) {
        if (Boolean.getBoolean("schemas.dump")) {
            try {
                Path dir = Path.of("target/schema-samples");
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(schema + "." + used.size() + ".json"), json);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            Schemas.assertValid(schema, json);
        }
        used.add(schema);
    }

    @Test
    void everyJsonOutputValidatesAgainstItsSchema() throws Exception {
        valid("list", "list", "--json", "--status", "all");
        valid("list", "list", "--json", "--sort", "idle");
        valid("list", "list", "--json", "--status", "gesloten");
        valid("show", "show", bullying, "--json");
        valid("show", "show", sexting, "--json");
        valid("next", "next", bullying, "--json");
        valid("next", "next", sexting, "--json");
        valid("agenda", 3, "agenda", "--json");
        valid("search", "search", "Sam", "--json");
        valid("search", 1, "search", "niemand-heet-zo", "--json");
        valid("person", "person", "Sam de Vries", "--json");
        valid("person", "person", "Noor", "--json");
        Path access = home.resolve("inzage-sam.json");
        cli.ok("person", "Sam de Vries", "--export", access.toString());
        check("person-export", Files.readString(access));
        valid("partners", "partners", "--json");
        valid("partner", "partners", "cjg", "--json");
        valid("protocols", "protocols", "--json");
        valid("verify", "verify", "--json");
        valid("report", "report", "--json", "--month", "2026-11");
        valid("report", "report", "--format", "json", "--month", "2026-11", "--detail");
        valid("report", "report", "--json", "--month", "2026-10");
        valid("export", "export", "--format", "json", "--status", "all");
        valid("export", "export", "--format", "json", "--events");
        valid("export", "export", "--format", "json", "--redact", "--events");
        valid("export", "export", "--format", "json", "--for", "cjg");
        valid("export", "export", "--format", "json", "--access", "Sam de Vries");
        for (String line : cli.ok("export", "--format", "jsonl").split("\n")) {
            check("export-incident", line);
        }
        for (String line : cli.ok("export", "--format", "jsonl", "--events", "--redact").split("\n")) {
            check("export-event", line);
        }
        valid("backup", "backup", home.resolve("usb").toString(), "--json");
        valid("retention", "retention", "--json");
        for (String schema : schemaNames()) {
            assertTrue(used.contains(schema) || schema.startsWith("team-") || schema.equals("sync") || schema.equals("common"),
                    "no output was checked against " + schema + ".schema.json");
        }
    }

    @Test
    void nextJsonHoldsTheChecklistsShowHasAlsoAfterAdvance() throws Exception {
        JsonNode next = Json.MAPPER.readTree(valid("next", "next", sexting.substring(0, 4), "--json"));
        JsonNode show = Json.MAPPER.readTree(cli.ok("show", sexting, "--json"));
        assertEquals(sexting, next.get("incident").asText());
        assertEquals(show.get("checklist"), next.get("checklist"));
        assertEquals(show.get("checklists"), next.get("checklists"));
        JsonNode advanced = Json.MAPPER.readTree(valid("next", "next", sexting, "--advance", "--reason", "Besproken in het team.", "--json"));
        assertEquals(2, advanced.get("checklist").get("step_number").asInt(), advanced.toString());
    }

    @Test
    void aDamagedLogbookStillPrintsAVerifyReportOfTheSchema() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(cli.logbook()));
        assertTrue(lines.get(1).contains("Groepsapp 2B"), lines.get(1));
        lines.set(1, lines.get(1).replace("Groepsapp 2B", "Groepsapp 2C"));
        Files.write(cli.logbook(), lines);
        valid("verify", 1, "verify", "--json");
    }

    /** Output captured from logbooks written by earlier releases (the golden files of the compatibility and report tests). */
    @Test
    void theGoldenOutputOfOlderLogbooksValidatesToo() throws Exception {
        int checked = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/golden"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = f.getFileName().toString();
                String schema = name.startsWith("list") ? "list" : name.startsWith("show.") ? "show"
                        : name.startsWith("verify") ? "verify" : name.startsWith("export") ? "export"
                        : name.startsWith("report") || f.getParent().getFileName().toString().equals("report") ? "report" : null;
                if (schema != null) {
                    Schemas.assertValid(schema, Files.readString(f));
                    checked++;
                }
            }
        }
        assertTrue(checked > 40, "golden files checked: " + checked);
    }

    @Test
    void anEventOfAKnownTypeNeedsWhatThatTypeAlwaysHas() throws Exception {
        ObjectNode shown = (ObjectNode) Json.MAPPER.readTree(cli.ok("show", bullying, "--json"));
        Schemas.assertValid("show", shown);
        ObjectNode created = (ObjectNode) shown.get("timeline").get(0).get("payload");
        created.remove("category");
        assertTrue(Schemas.rejects("show", shown), "a created event has a category");
        created.put("category", "cyberpesten");
        ((ObjectNode) shown.get("timeline").get(0)).put("type", "a-type-of-a-later-version");
        Schemas.assertValid("show", shown);
    }

    @Test
    void theSchemasRequireTheDocumentedFieldsAndAllowNewOnes() throws Exception {
        ObjectNode listed = (ObjectNode) Json.MAPPER.readTree(cli.ok("list", "--json"));
        ObjectNode incident = (ObjectNode) listed.get("incidents").get(0);
        incident.put("label", "a field a later version adds");
        Schemas.assertValid("list", listed);
        incident.remove("status");
        assertTrue(Schemas.rejects("list", listed), "status is required");
        incident.put("status", 3);
        assertTrue(Schemas.rejects("list", listed), "status is a string");
        ObjectNode wrongFormat = (ObjectNode) Json.MAPPER.readTree(cli.ok("list", "--json"));
        wrongFormat.put("format", 2);
        assertTrue(Schemas.rejects("list", wrongFormat), "format 1 only");
        ObjectNode report = (ObjectNode) Json.MAPPER.readTree(cli.ok("report", "--json", "--month", "2026-11"));
        report.remove("period");
        assertTrue(Schemas.rejects("report", report), "the report's period is required");
        assertFalse(Schemas.rejects("incident", Json.MAPPER.readTree(cli.ok("show", bullying, "--json"))),
                "show's incident object is an incident object too");
    }

    @Test
    void everySchemaIsDraft202012AndSaysWhatItDescribes() throws Exception {
        for (String name : schemaNames()) {
            JsonNode schema = Json.MAPPER.readTree(Schemas.FOLDER.resolve(name + ".schema.json").toFile());
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText(), name);
            assertFalse(schema.path("title").asText().isBlank(), name + " has a title");
            assertFalse(schema.path("description").asText().isBlank(), name + " has a description");
            assertFalse(Json.MAPPER.writeValueAsString(schema).contains("\"additionalProperties\":false"),
                    name + ": new fields may be added while format is 1");
            Schemas.of(name); // loads, with every file it refers to
        }
    }

    static List<String> schemaNames() throws Exception {
        try (Stream<Path> files = Files.list(Schemas.FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json"))
                    .map(n -> n.substring(0, n.length() - ".schema.json".length())).sorted().toList();
        }
    }
}
