package nl.logboek.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organisation's afsprakenkaart: `logboek partners`, and what `escalate` shows of it. */
class PartnersCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path config;
    Cli cli;
    Path kaart;

    /** The CJG's contact and agreements, and a partner of the organisation's own. */
    static final String CJG_AND_HALT = """
            {
              "format": 1,
              "partners": [
                {
                  "id": "cjg",
                  "contact": {"person": "Fatima el Amrani", "phone": "030 123 4567", "email": "f.elamrani@cjg.example",
                              "notes": "ma-do 9-17"},
                  "agreements": {
                    "whoDoesWhat": "Het CJG neemt de casusregie over vanaf het overleg.",
                    "involveWhen": "Bij elk sextingincident met een leerling onder de 16.",
                    "expectsInvolvementWhen": "Binnen 2 werkdagen na de melding.",
                    "whoIntervenesWhen": "Bij dreiging thuis belt het CJG Veilig Thuis."
                  }
                },
                {"id": "bureau-halt", "name": "Bureau Halt", "contact": {"phone": "0900 1234"}}
              ]
            }
            """;

    @BeforeEach
    void setUp() {
        cli = new Cli(home).env("XDG_CONFIG_HOME", config.toString());
        kaart = config.resolve("logboek/afsprakenkaart.json");
    }

    private Cli dutch() {
        return new Cli(home).env("XDG_CONFIG_HOME", config.toString()).env("LOGBOEK_LANG", "nl");
    }

    private void write(String text) throws IOException {
        Files.createDirectories(kaart.getParent());
        Files.writeString(kaart, text);
    }

    @Test
    void withoutAFileEveryShippedPartnerIsListedWithItsIdAndNothingRecordedAndAHintHowToStart() {
        String out = cli.ok("partners");
        assertTrue(out.lines().anyMatch(l -> l.matches("cjg +- +- +Centre for Youth and Family \\(CJG\\)")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("juridisch ")), out);
        assertTrue(out.contains("34 partners, 0 with a contact or agreements recorded."), out);
        assertTrue(out.contains("No afsprakenkaart yet: 'logboek partners --init' writes " + kaart), out);
        String nl = dutch().ok("partners");
        assertTrue(nl.startsWith("ID") && nl.lines().findFirst().orElseThrow().contains("AFSPRAKEN"), nl);
        assertTrue(nl.lines().anyMatch(l -> l.matches("cjg +- +- +Centrum voor Jeugd en Gezin \\(CJG\\)")), nl);
    }

    @Test
    void aFileInTheConfigFolderIsReadByPartnersAndAddsContactsAgreementsAndPartners() throws IOException {
        write(CJG_AND_HALT);
        String out = cli.ok("partners");
        assertTrue(out.lines().anyMatch(l -> l.matches("cjg +yes +yes +Centre for Youth and Family \\(CJG\\)")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("bureau-halt\\* +yes +- +Bureau Halt")), out);
        assertTrue(out.contains("35 partners, 2 with a contact or agreements recorded."), out);
        assertTrue(out.contains("Afsprakenkaart: " + kaart), out);

        String card = cli.ok("partners", "cjg");
        assertEquals(String.join("\n",
                "cjg  Centre for Youth and Family (CJG)",
                "  Contact person: Fatima el Amrani",
                "  Phone: 030 123 4567",
                "  E-mail: f.elamrani@cjg.example",
                "  Contact notes: ma-do 9-17",
                "  Who does what: Het CJG neemt de casusregie over vanaf het overleg.",
                "  When to involve this partner: Bij elk sextingincident met een leerling onder de 16.",
                "  When this partner expects to be involved: Binnen 2 werkdagen na de melding.",
                "  At which signal who intervenes: Bij dreiging thuis belt het CJG Veilig Thuis.",
                "  From: " + kaart), card);
        String nl = dutch().ok("partners", "cjg");
        assertTrue(nl.contains("  Wanneer betrek je deze partner: Bij elk sextingincident"), nl);
        assertTrue(nl.contains("  Telefoon: 030 123 4567"), nl);
        String halt = cli.ok("partners", "bureau-halt");
        assertTrue(halt.contains("Only in your afsprakenkaart: escalate and consent do not take this partner."), halt);
        assertTrue(cli.ok("partners", "politie").contains("No contact or agreements recorded for this partner."));
    }

    @Test
    void escalateShowsThePartnersAgreementAndContactAfterRecording() throws IOException {
        write(CJG_AND_HALT);
        String id = cli.ok("new", "-q", "-c", "loverboy", "-t", "Signalen ronselen", "--person", "Mo:slachtoffer:leerling");
        // Up one level of the sexting & loverboys ladder: school -> cjg, whose first partner is the CJG.
        String out = cli.ok("escalate", id, "--reason", "meer-partners-nodig");
        List<String> lines = out.lines().toList();
        int heading = lines.indexOf("Afsprakenkaart, Centre for Youth and Family (CJG):");
        assertTrue(heading > 0, out);
        assertEquals("  Contact person: Fatima el Amrani", lines.get(heading + 1), out);
        assertTrue(out.contains("  At which signal who intervenes: Bij dreiging thuis belt het CJG Veilig Thuis."), out);

        String nl = dutch().ok("escalate", id, "--to", "zorg-en-veiligheidshuis",
                "--partner", "cjg", "--reason", "geen-medewerking");
        assertTrue(nl.contains("Afsprakenkaart, Centrum voor Jeugd en Gezin (CJG):"), nl);
        assertTrue(nl.contains("  Bij welk signaal grijpt wie in: Bij dreiging thuis belt het CJG Veilig Thuis."), nl);
    }

    @Test
    void escalateToAPartnerWithoutAgreementsSaysInOneLineHowToRecordThem() {
        String id = cli.ok("new", "-q", "-c", "loverboy", "-t", "Signalen ronselen", "--person", "Mo:slachtoffer:leerling");
        String out = cli.ok("escalate", id, "--reason", "meer-partners-nodig", "--partner", "politie");
        assertEquals(1, out.lines().filter(l -> l.contains("afsprakenkaart")).count(), out);
        assertTrue(out.contains("No contact or agreements recorded for Police: add them for \"politie\" to your "
                + "afsprakenkaart (see 'logboek help partners')."), out);
        String down = cli.ok("escalate", id, "--down", "--reason", "doel-bereikt");
        assertFalse(down.contains("afsprakenkaart"), "scaling down involves no new partner: " + down);
        String json = cli.ok("escalate", id, "--reason", "meer-partners-nodig", "--json");
        assertTrue(json.startsWith("{") && !json.contains("afsprakenkaart"), json);
    }

    @Test
    void aMistakeInTheFileIsOneLineNamingFileLineAndFieldExitTwoAndEscalateRecordsNothing() throws IOException {
        String id = cli.ok("new", "-q", "-c", "loverboy", "-t", "Signalen ronselen", "--person", "Mo:slachtoffer:leerling");
        write("""
                {
                  "format": 1,
                  "partners": [
                    {"id": "cjg",
                     "contact": {"telefoon": "030 123 4567"}}
                  ]
                }
                """);
        Cli.Result r = cli.run("partners").assertExit(2);
        assertEquals("", r.out());
        assertEquals(List.of("logboek partners: " + kaart + ":5: partners[0].contact.telefoon: unknown field \"telefoon\"; the fields here are: "
                + "person, phone, email, notes. Fix your afsprakenkaart (see 'logboek help partners')."), r.err().lines().toList());

        byte[] before = Files.readAllBytes(cli.logbook());
        Cli.Result e = cli.run("escalate", id, "--reason", "meer-partners-nodig").assertExit(2);
        assertEquals(1, e.err().lines().count(), e.describe());
        assertTrue(e.err().startsWith("logboek escalate: " + kaart + ":5: partners[0].contact.telefoon: "), e.describe());
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()), "nothing recorded");

        Cli.Result nl = dutch().run("partners").assertExit(2);
        assertTrue(nl.err().contains("onbekend veld \"telefoon\"") && nl.err().contains("Verbeter je afsprakenkaart"), nl.describe());
    }

    @Test
    void otherMistakesNameTheirLineAndField() throws IOException {
        assertProblem("{\n  \"format\": 1,\n  \"partners\": [\n    {\"id\": \"cjg\",}\n  ]\n}\n", ":4: ",
                "not valid JSON");
        assertProblem("{\"format\": 1, \"partners\": [\n {\"id\": \"bureau-halt\"}\n]}", ":2: partners[0]: ",
                "partner \"bureau-halt\" is not one that logboek knows: give it a \"name\"");
        assertProblem("{\"format\": 2, \"partners\": []}", ":1: format: ", "format 2 is not supported; write \"format\": 1");
        assertProblem("{\"format\": 1, \"partners\": [\n{\"id\": \"cjg\"},\n{\"id\": \"cjg\"}]}", ":3: partners[1].id: ",
                "partner \"cjg\" is given twice (first on line 2)");
        assertProblem("{\"format\": 1, \"partners\": [{\"id\": \"Bureau Halt\", \"name\": \"x\"}]}", ":1: partners[0].id: ",
                "\"Bureau Halt\" is not a valid id");
        assertProblem("{\"format\": 1, \"partners\": [{\"id\": \"cjg\",\n \"contact\": {\"email\": \"030 1234\"}}]}",
                ":2: partners[0].contact.email: ", "\"030 1234\" is not an e-mail address");
        assertProblem("{\"format\": 1, \"partners\": [{\"id\": \"cjg\",\n \"agreements\": {\"involveWhen\": 3}}]}",
                ":2: partners[0].agreements.involveWhen: ", "must be text in double quotes");
        assertProblem("", ":1: ", "the file is empty");
        assertProblem("{\"format\": 1}", ":1: ", "missing \"partners\"");
    }

    @Test
    void aFileThatIsNotUtf8IsOneLineExitTwo() throws IOException {
        Files.createDirectories(kaart.getParent());
        Files.write(kaart, "{\"format\": 1, \"partners\": [{\"id\": \"cjg\", \"contact\": {\"person\": \"Jos\u00e9\"}}]}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Cli.Result r = cli.run("partners").assertExit(2);
        assertEquals(List.of("logboek partners: " + kaart + ": is not UTF-8 text. Save your afsprakenkaart as UTF-8."),
                r.err().lines().toList());
    }

    private void assertProblem(String text, String where, String what) throws IOException {
        write(text);
        Cli.Result r = cli.run("partners").assertExit(2);
        assertEquals(1, r.err().lines().count(), r.describe());
        assertTrue(r.err().startsWith("logboek partners: " + kaart + where) && r.err().contains(what), r.describe());
    }

    @Test
    void theTeamFoldersFileCountsOverTheConfigFoldersPerPartner() throws IOException {
        write(CJG_AND_HALT);
        // A team folder beside the logbook path (what 'team init' makes): its afsprakenkaart is read too.
        Path team = Files.createDirectories(home.resolve("data/logboek.team"));
        Files.writeString(team.resolve("team.json"), "{}");
        Files.writeString(team.resolve("afsprakenkaart.json"), """
                {"format": 1, "partners": [
                  {"id": "cjg", "name": "CJG Utrecht-West", "contact": {"person": "Team-contact CJG"}},
                  {"id": "politie", "agreements": {"whoDoesWhat": "De wijkagent komt op school."}}
                ]}
                """);
        String cjg = cli.ok("partners", "cjg");
        assertTrue(cjg.startsWith("cjg  CJG Utrecht-West"), cjg);
        assertTrue(cjg.contains("Contact person: Team-contact CJG"), cjg);
        assertFalse(cjg.contains("Fatima"), "the team's entry counts whole: " + cjg);
        assertTrue(cjg.contains("From: " + team.resolve("afsprakenkaart.json")), cjg);
        assertTrue(cli.ok("partners", "bureau-halt").contains("Phone: 0900 1234"), "partners only in the own file stay");
        assertTrue(cli.ok("partners", "politie").contains("Who does what: De wijkagent komt op school."));
        String list = cli.ok("partners");
        assertTrue(list.contains("Afsprakenkaart: " + kaart + "\nAfsprakenkaart: " + team.resolve("afsprakenkaart.json")), list);
    }

    @Test
    void initWritesAPrivateTemplateWithEveryPartnerAndNeverOverwrites() throws IOException {
        String out = cli.ok("partners", "--init");
        assertTrue(out.startsWith("Afsprakenkaart written: " + kaart + " (34 partners, every field empty"), out);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kaart)));
        JsonNode template = Json.MAPPER.readTree(kaart.toFile());
        assertEquals(1, template.get("format").asInt());
        assertEquals(34, template.get("partners").size());
        boolean found = false;
        for (JsonNode p : template.get("partners")) {
            if (p.get("id").asText().equals("cjg")) {
                found = true;
                assertEquals("", p.at("/agreements/involveWhen").asText());
                assertEquals("", p.at("/contact/phone").asText());
            }
        }
        assertTrue(found);
        assertTrue(cli.ok("partners").contains("34 partners, 0 with a contact or agreements recorded."),
                "the template itself is a valid afsprakenkaart");

        Files.writeString(kaart, CJG_AND_HALT);
        byte[] before = Files.readAllBytes(kaart);
        Cli.Result again = cli.run("partners", "--init").assertExit(2);
        assertEquals(1, again.err().lines().count(), again.describe());
        assertTrue(again.err().contains(kaart + " exists already and is kept as it is"), again.describe());
        assertArrayEquals(before, Files.readAllBytes(kaart));
    }

    @Test
    void aPartnerOnlyInTheAfsprakenkaartIsRefusedByEscalateAndConsentSayingHowToMakeItKnown() throws IOException {
        write(CJG_AND_HALT);
        String id = cli.ok("new", "-q", "-c", "loverboy", "-t", "Signalen ronselen", "--person", "Mo:slachtoffer:leerling");
        byte[] before = Files.readAllBytes(cli.logbook());
        for (String[] args : List.of(new String[] {"escalate", id, "--reason", "meer-partners-nodig", "--partner", "bureau-halt"},
                new String[] {"consent", id, "--partner", "bureau-halt", "--from", "ouders", "--purpose", "hulp"})) {
            Cli.Result r = cli.run(args).assertExit(2);
            assertEquals(1, r.err().lines().count(), r.describe());
            assertTrue(r.err().contains("partner \"bureau-halt\" is only in your afsprakenkaart")
                    && r.err().contains("partners.json in your protocols folder"), r.describe());
        }
        assertArrayEquals(before, Files.readAllBytes(cli.logbook()), "nothing recorded");
        Cli.Result unknown = cli.run("escalate", id, "--reason", "meer-partners-nodig", "--partner", "cgj").assertExit(2);
        assertTrue(unknown.err().contains("unknown partner \"cgj\" (closest: cjg); 'logboek partners' lists them with their ids."),
                unknown.describe());
    }

    @Test
    void anUnknownPartnerIsAUsageErrorWithTheClosestId() {
        Cli.Result r = cli.run("partners", "cgj").assertExit(2);
        assertEquals(List.of("logboek partners: unknown partner \"cgj\"; did you mean cjg? 'logboek partners' lists them with their ids."),
                r.err().lines().toList());
    }

    @Test
    void jsonListsEveryPartnerInAStableShape() throws Exception {
        write(CJG_AND_HALT);
        JsonNode all = Json.MAPPER.readTree(cli.ok("partners", "--json"));
        assertEquals(1, all.get("format").asInt());
        assertEquals(kaart.toString(), all.get("files").get(0).asText());
        assertEquals(35, all.get("partners").size());
        JsonNode cjg = null;
        for (JsonNode p : all.get("partners")) {
            if (p.get("id").asText().equals("cjg")) {
                cjg = p;
            }
            assertEquals(List.of("id", "name", "in_protocols", "contact_recorded", "agreements_recorded", "contact",
                    "agreements", "file"), fieldNames(p));
        }
        assertEquals("Centre for Youth and Family (CJG)", cjg.at("/name/en").asText());
        assertEquals("Centrum voor Jeugd en Gezin (CJG)", cjg.at("/name/nl").asText());
        assertTrue(cjg.get("in_protocols").asBoolean() && cjg.get("agreements_recorded").asBoolean());
        assertEquals("030 123 4567", cjg.at("/contact/phone").asText());
        assertEquals("Binnen 2 werkdagen na de melding.", cjg.at("/agreements/expects_involvement_when").asText());
        JsonNode politie = Json.MAPPER.readTree(cli.ok("partners", "politie", "--json")).get("partner");
        assertTrue(politie.at("/contact/phone").isNull() && politie.get("file").isNull(), politie.toString());
        assertFalse(politie.get("contact_recorded").asBoolean());
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
