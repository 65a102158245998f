package nl.logboek.compat;

import nl.logboek.team.Computer;
import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes the compatibility fixtures under src/test/resources/compat/ by running the commands a
 * coordinator would run, with the release of the day, each at a set moment (Europe/Amsterdam).
 * Run once per format generation, never to "refresh" fixtures: they are the record of what an
 * earlier release wrote, and FixtureLogbooksReadTheSameTest checks that later code reads them the
 * same. Disabled unless asked for:
 *
 * <pre>mvn -B -q test -Dtest=FixtureLogbooksWriter -Dfixtures.write=true</pre>
 *
 * It refuses to overwrite a fixture that exists (delete its folder first, on purpose). The work is
 * done in /tmp/logboek-compat (a fixed place, because a screenshot's absolute path is recorded in
 * the logbook); that folder is removed first.
 *
 * <p>What each fixture holds (ids, key and writer names are random, so see the files):
 * <ul>
 * <li>single-plain/logboek.jsonl, single-encrypted/logboek.jsonl (+ logboek.key, the key file):
 * five incidents of one coordinator, 3 November to 10 December 2026, with every event type:
 * created with every option, notes (plain, private, evidence with and without a screenshot),
 * items done by number and by id with and without --done-on, steps finished by ticking and by
 * next --advance, escalated (by criterion, by free text with --to and --partner), de-escalated,
 * consent refused and granted and a legal ground, closed normally and with --force.</li>
 * <li>team-plain/logboek.team/, team-encrypted/logboek.team/ (+ logboek.key): two members, anna
 * and bert. Anna records one incident before the team exists and one after team init; bert joins,
 * syncs, adds a note, ticks an item and escalates anna's first incident, and records one of his
 * own; anna, not yet synced, adds a note to the same incident (concurrent with bert's lines) and
 * closes her second one, then syncs; anna adds a note to bert's incident and both sync again.</li>
 * </ul>
 */
@EnabledIfSystemProperty(named = "fixtures.write", matches = "true")
class FixtureLogbooksWriter {
    static final Path TARGET = Path.of("src", "test", "resources", "compat");
    static final Path WORK = Path.of("/tmp/logboek-compat");

    @BeforeAll
    static void cleanWorkFolder() throws IOException {
        deleteTree(WORK);
        Files.createDirectories(WORK);
    }

    @Test
    void singlePlain() throws IOException {
        Path out = target("single-plain");
        Path home = WORK.resolve("single-plain").resolve("m.jansen");
        Cli cli = single(home);
        new SingleScript(cli, home).run();
        copy(cli.logbook(), out.resolve("logboek.jsonl"));
        writeSums(out);
    }

    @Test
    void singleEncrypted() throws IOException {
        Path out = target("single-encrypted");
        Path home = WORK.resolve("single-encrypted").resolve("m.jansen");
        Cli cli = single(home);
        at(cli, "2026-11-03 09:00", "init", "--encrypt");
        new SingleScript(cli, home).run();
        copy(cli.logbook(), out.resolve("logboek.jsonl"));
        copy(onlyKey(home), out.resolve("logboek.key"));
        writeSums(out);
    }

    @Test
    void teamPlain() throws IOException {
        Computer.assumeGit();
        Path out = target("team-plain");
        Path root = WORK.resolve("team-plain");
        TeamScript team = new TeamScript(root, false);
        team.run();
        copyTeam(team, out);
        writeSums(out);
    }

    @Test
    void teamEncrypted() throws IOException {
        Computer.assumeGit();
        Path out = target("team-encrypted");
        Path root = WORK.resolve("team-encrypted");
        TeamScript team = new TeamScript(root, true);
        team.run();
        copyTeam(team, out);
        copy(onlyKey(team.annaHome), out.resolve("logboek.key"));
        writeSums(out);
    }

    // ---------------------------------------------------------------- one coordinator

    private static Cli single(Path home) {
        Cli cli = new Cli(home);
        cli.env("USER", "mjansen");
        cli.env("XDG_CONFIG_HOME", home.resolve(".config").toString());
        cli.env("LOGBOEK_AUTHOR", "m.jansen");
        cli.env("LANG", "nl_NL.UTF-8");
        return cli;
    }

    /** Five incidents of one zorgcoördinator (m.jansen), with a colleague (p.de.vries) now and then. */
    private static final class SingleScript {
        final Cli cli;
        final Path home;

        SingleScript(Cli cli, Path home) {
            this.cli = cli;
            this.home = home;
        }

        void run() throws IOException {
            Path screenshot = home.resolve("Beveiligd").resolve("schermafdruk-groepsapp-2b.png");
            Path screenshotStaff = home.resolve("Beveiligd").resolve("tiktok-filmpje-meneer-yilmaz.png");
            Files.createDirectories(screenshot.getParent());
            Files.write(screenshot, fakePng("groepsapp 2B, 1 november 21:14"));
            Files.write(screenshotStaff, fakePng("TikTok, 19 november"));

            // 1. Cyberpesten: the whole protocol walk, escalated and scaled down again, closed normally.
            String pesten = create("pesten", "2026-11-03 09:10", "-c", "cyberpesten", "-t", "Buitensluiten en schelden in groepsapp 2B",
                    "-p", "WhatsApp", "--occurred", "2026-11-02",
                    "--person", "Sam de Vries:slachtoffer:leerling", "--person", "Alex Bakker:dader:leerling",
                    "--person", "Noor El Idrissi:getuige:leerling", "--person", "mevr. De Jong:melder:medewerker",
                    "--severity", "middel", "--source", "openbaar",
                    "-d", "Sam wordt sinds het weekend buitengesloten en uitgescholden in de klassenapp van 2B.\n"
                            + "De mentor (mevr. De Jong) meldde het na een gesprek met Sam.");
            plan("2026-11-03 10:30", "annotate", pesten, "Gesprek met Sam en de mentor gevoerd; Sam wil vooral dat het stopt.");
            plan("2026-11-03 10:45", "annotate", pesten, "--evidence", "--posted-by", "Alex Bakker",
                    "--channel", "WhatsApp-groep 2B", "--account", "@alex.b", "--involved", "Daan, Noor (liken en delen)",
                    "--url", "https://chat.whatsapp.com/Kx2bFqR7", "--posted-at", "2026-11-01 21:14",
                    "--screenshot", screenshot.toString(), "Schermafdruk van het bericht bewaard op de beveiligde schijf.");
            plan("2026-11-03 11:00", "annotate", pesten, "--done", "1", "Klas 2B en Alex direct aangesproken.");
            plan("2026-11-04 14:00", "annotate", pesten, "--private",
                    "Eigen notitie: moeder van Sam klinkt erg bezorgd, volgende week terugbellen.");
            plan("2026-11-05 08:30", "annotate", pesten, "--done", "besproken-in-team", "Besproken in het zorgoverleg van donderdag.");
            plan("2026-11-05 08:35", "next", pesten, "--advance");
            plan("2026-11-06 16:00", "annotate", pesten, "--done", "betrokken-ouders-geinformeerd", "--done-on", "2026-11-05",
                    "Ouders van Sam en van Alex gebeld.");
            plan("2026-11-10 12:15", "escalate", pesten, "--reason", "veiligheidsgevoel-niet-hersteld");
            plan("2026-11-17 15:30", "annotate", pesten, "--author", "p.de.vries", "--done", "1,2,3",
                    "Herstelgesprek Sam en Alex; Alex krijgt begeleiding, ouders Sam gewezen op aangifte.");
            plan("2026-11-24 09:00", "escalate", pesten, "--down", "--reason", "veiligheidsgevoel-hersteld");
            plan("2026-12-01 13:45", "close", pesten, "--outcome", "Pesten gestopt; Sam voelt zich weer veilig in de klas.");

            // 2. Sexting: evidence without a screenshot (refused for sexual categories), consent refused, escalated,
            // consent given after all (export --for cjg then shows names), a legal ground, scaled down; stays open.
            String sexting = create("sexting", "2026-11-10 08:15", "-c", "sexting", "-t", "Naaktfoto van Lisa gedeeld in groepsapp 3A",
                    "-p", "Snapchat", "--occurred", "2026-11-09T20:30",
                    "--person", "Lisa de Wit:slachtoffer:leerling", "--person", "Tim Vermeulen:dader:leerling",
                    "--person", "vader van Lisa:melder:derde", "--severity", "hoog", "--source", "openbaar",
                    "-d", "Een naaktfoto van Lisa (3A) is rondgestuurd via Snapchat. Vader van Lisa belde de school.");
            plan("2026-11-10 08:40", "annotate", sexting, "--evidence", "--channel", "Snapchat", "--account", "@x3a_anon",
                    "--url", "https://snapchat.com/add/x3a_anon", "--posted-at", "2026-11-09",
                    "URL gemeld bij de politie; het beeld zelf niet bekeken of opgeslagen.");
            plan("2026-11-10 09:00", "annotate", sexting, "--done", "1,politie-gecontacteerd", "--done-on", "2026-11-09",
                    "Wijkagent gebeld, melding 2026-112233.");
            plan("2026-11-11 11:20", "annotate", sexting, "--done", "gesprek-leerling-gevoerd",
                    "Gesprek met Lisa door mentor en ondersteuner.");
            plan("2026-11-12 16:10", "consent", sexting, "--partner", "cjg", "--from", "ouders van Lisa",
                    "--purpose", "hulp via het CJG", "--refused");
            plan("2026-11-12 16:20", "escalate", sexting, "--reason", "geen-toestemming-ouders");
            plan("2026-11-19 10:00", "consent", sexting, "--partner", "cjg", "--from", "ouders van Lisa",
                    "--purpose", "hulp via het CJG", "--date", "2026-11-18");
            plan("2026-11-19 10:05", "consent", sexting, "--partner", "politie", "--ground", "wettelijke-plicht",
                    "--purpose", "melding zedenzaak");
            plan("2026-12-08 09:30", "escalate", sexting, "--down", "--reason", "doel-bereikt");

            // 3. Hacked account, known from the private account itself: escalated by free text to a named level with a
            // partner, closed with --force, a note after closing.
            String hacken = create("hacken", "2026-11-16 13:05", "-c", "hacken", "-t", "Instagram-account van Noor overgenomen",
                    "-p", "Instagram", "--occurred", "2026-11-15T22:40", "--person", "Noor El Idrissi:slachtoffer:leerling",
                    "--severity", "laag", "--source", "prive-account");
            plan("2026-11-16 13:30", "escalate", hacken, "--to", "ouders-politie", "--partner", "wijkagent",
                    "--reason", "Account wordt gebruikt om klasgenoten af te persen");
            plan("2026-11-20 17:00", "close", hacken, "--force", "--reason", "Afgesproken in het team", "--outcome", "Account hersteld; ouders doen zelf aangifte.");
            plan("2026-11-23 08:50", "annotate", hacken, "Na sluiting: Noor meldt dat het account weer van haar is.");

            // 4. Against a member of staff: evidence with a screenshot, items by id, a step by decision; open.
            String docent = create("docent", "2026-11-20 15:00", "-c", "grensoverschrijdend-professional",
                    "-t", "Meneer Yilmaz belachelijk gemaakt in TikTok-filmpje", "-p", "TikTok", "--occurred", "2026-11-19",
                    "--person", "meneer Yilmaz:slachtoffer:medewerker", "--person", "Jesse Kramer:dader:leerling",
                    "--severity", "middel", "--source", "openbaar");
            plan("2026-11-20 15:40", "annotate", docent, "--evidence", "--posted-by", "Jesse Kramer", "--channel", "TikTok",
                    "--account", "@jes.k08", "--url", "https://www.tiktok.com/@jes.k08/video/7311", "--posted-at", "2026-11-19 18:02",
                    "--screenshot", screenshotStaff.toString(), "Schermafdruk gemaakt en bewaard.");
            plan("2026-11-21 09:15", "annotate", docent, "--done", "gesprek-met-client,verwijderen-gevraagd",
                    "Jesse gesproken; hij haalt het filmpje weg.");
            plan("2026-11-21 09:20", "next", docent, "--advance");
            plan("2026-12-02 10:00", "annotate", docent, "--author", "p.de.vries", "Filmpje staat nog online; opnieuw gevraagd.");

            // 5. December: a worrying message, recorded by a colleague and not acted on yet.
            create("discord", "2026-12-10 21:50", "--author", "p.de.vries", "-c", "zorgwekkend-bericht",
                    "-t", "Zorgelijk bericht in Discord-server van de school", "-p", "Discord",
                    "--person", "onbekende leerling:slachtoffer", "--severity", "acuut");
            runInOrderOfTime();
        }

        /** A step of the plan: the arguments may name an incident as "@name", replaced by its id when it runs. */
        private record Step(LocalDateTime when, int order, String[] args, String name) {
        }

        private final List<Step> plan = new ArrayList<>();
        private final Map<String, String> ids = new TreeMap<>();

        /** Plans a new incident; returns how later steps name it. */
        private String create(String name, String when, String... args) {
            List<String> all = new ArrayList<>(List.of("new", "-q"));
            all.addAll(Arrays.asList(args));
            plan.add(new Step(time(when), plan.size(), all.toArray(String[]::new), name));
            return "@" + name;
        }

        private void plan(String when, String... args) {
            plan.add(new Step(time(when), plan.size(), args, null));
        }

        /** Runs the plan in order of time, as a coordinator working on several incidents at once would have. */
        private void runInOrderOfTime() {
            plan.sort(Comparator.comparing(Step::when).thenComparing(Step::order));
            for (Step step : plan) {
                String[] args = Arrays.stream(step.args())
                        .map(a -> a.startsWith("@") && ids.containsKey(a.substring(1)) ? ids.get(a.substring(1)) : a)
                        .toArray(String[]::new);
                String out = at(cli, step.when().toString().replace('T', ' '), args);
                if (step.name() != null) {
                    ids.put(step.name(), out);
                }
            }
        }
    }

    // ---------------------------------------------------------------- a team of two

    private static final class TeamScript {
        final Path root;
        final boolean encrypted;
        final Path annaHome;
        final Path bertHome;
        final Cli anna;
        final Cli bert;
        final Path remote;

        TeamScript(Path root, boolean encrypted) {
            this.root = root;
            this.encrypted = encrypted;
            this.annaHome = root.resolve("anna");
            this.bertHome = root.resolve("bert");
            this.anna = member(annaHome, "anna", "laptop", "a.visser");
            this.bert = member(bertHome, "bert", "pc", "b.smit");
            this.remote = root.resolve("share").resolve("zorgteam.git");
        }

        private static Cli member(Path home, String user, String host, String author) {
            Cli cli = new Cli(home);
            cli.env("USER", user);
            cli.env("HOSTNAME", host);
            cli.env("PATH", System.getenv("PATH"));
            cli.env("XDG_CONFIG_HOME", home.resolve(".config").toString());
            cli.env("LOGBOEK_AUTHOR", author);
            cli.env("LANG", "nl_NL.UTF-8");
            return cli;
        }

        Path annaTeam() {
            return anna.logbook().resolveSibling("logboek.team");
        }

        Path bertTeam() {
            return bert.logbook().resolveSibling("logboek.team");
        }

        void run() throws IOException {
            if (encrypted) {
                at(anna, "2026-11-16 08:00", "init", "--encrypt");
            }
            // Before the team exists: an id without the tag.
            String dreiging = at(anna, "2026-11-16 08:30", "new", "-q", "-c", "bedreiging",
                    "-t", "Dreigbericht aan Mila via Instagram-DM", "-p", "Instagram", "--occurred", "2026-11-15",
                    "--person", "Mila Jansen:slachtoffer:leerling", "--person", "onbekend account:dader",
                    "--severity", "hoog", "--source", "prive-account",
                    "-d", "Mila kreeg zondagavond een DM met een dreigement; ze durft niet naar school.");
            at(anna, "2026-11-16 09:00", "annotate", dreiging, "Gesprek met Mila en haar moeder gevoerd.");
            at(anna, "2026-11-16 09:30", "team", "init", remote.toString());

            String groepsapp = at(anna, "2026-11-17 10:00", "new", "-q", "-c", "cyberpesten",
                    "-t", "Spotfilmpje over Daan in klassengroep 1C", "-p", "WhatsApp",
                    "--person", "Daan Hoekstra:slachtoffer:leerling", "--severity", "middel");
            at(anna, "2026-11-17 10:20", "annotate", groepsapp, "--done", "1", "Klas 1C aangesproken door de mentor.");
            at(anna, "2026-11-17 10:30", "sync");

            if (encrypted) {
                Path key = onlyKey(annaHome);
                Path keys = bertHome.resolve(".config").resolve("logboek").resolve("keys");
                Files.createDirectories(keys);
                Files.copy(key, keys.resolve(key.getFileName()));
            }
            at(bert, "2026-11-18 08:00", "team", "join", remote.toString());
            // Since signatures: a member admits the key of bert's machine, or her sync refuses his lines.
            String bertWriter = nl.logboek.team.TeamFolder.find(bert.logbook()).orElseThrow().writer().orElseThrow();
            at(anna, "2026-11-18 08:02", "team", "admit", bertWriter);
            at(bert, "2026-11-18 08:05", "sync");
            at(bert, "2026-11-18 11:00", "annotate", dreiging, "Wijkagent om advies gevraagd; account is aangemeld bij Instagram.");
            at(bert, "2026-11-18 11:10", "annotate", dreiging, "--done", "gereageerd-op-voorval", "Mila en ouders teruggebeld.");
            at(bert, "2026-11-18 11:20", "escalate", dreiging, "--reason", "strafbaar-gedrag", "--partner", "wijkagent");
            String eigen = at(bert, "2026-11-19 14:00", "new", "-q", "-c", "reputatieschade",
                    "-t", "Nepaccount op naam van Yara", "-p", "TikTok", "--occurred", "2026-11-18",
                    "--person", "Yara Bos:slachtoffer:leerling", "--severity", "middel", "--source", "openbaar");
            at(bert, "2026-11-19 14:30", "annotate", eigen, "--evidence", "--channel", "TikTok", "--account", "@yara.b0s",
                    "--url", "https://www.tiktok.com/@yara.b0s", "Nepaccount gemeld bij TikTok.");
            at(bert, "2026-11-19 15:00", "sync");

            // Anna, not synced since the 17th: her note is concurrent with bert's lines about the same incident.
            at(anna, "2026-11-19 16:00", "annotate", dreiging, "Moeder van Mila belde: het account stuurt nog steeds berichten.");
            at(anna, "2026-11-24 11:00", "close", groepsapp, "--outcome", "Filmpje verwijderd; excuses aangeboden in de klas.");
            at(anna, "2026-11-24 11:05", "sync");
            at(anna, "2026-12-03 09:45", "annotate", eigen, "TikTok heeft het nepaccount verwijderd.");
            at(anna, "2026-12-03 09:50", "sync");
            at(bert, "2026-12-04 08:00", "sync");
        }
    }

    // ---------------------------------------------------------------- helpers

    static LocalDateTime time(String when) {
        return LocalDateTime.parse(when.replace(' ', 'T'));
    }

    static String at(Cli cli, String when, String... args) {
        cli.clock(Clock.fixed(time(when).atZone(Cli.AMSTERDAM).toInstant(), Cli.AMSTERDAM));
        return cli.ok(args);
    }

    private static Path target(String name) throws IOException {
        Path out = TARGET.resolve(name);
        assertFalse(Files.exists(out), out + " exists: fixtures are written once, by the release they stand for. "
                + "Delete the folder first if you really mean to replace it.");
        Files.createDirectories(out);
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    /** The one key file in a home's config folder. */
    static Path onlyKey(Path home) throws IOException {
        try (Stream<Path> keys = Files.list(home.resolve(".config").resolve("logboek").resolve("keys"))) {
            List<Path> all = keys.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    /** Copies what a reader needs of the team folder: team.json and events/*.jsonl (both machines must hold the same). */
    private static void copyTeam(TeamScript team, Path out) throws IOException {
        Map<String, byte[]> annas = teamFiles(team.annaTeam());
        Map<String, byte[]> berts = teamFiles(team.bertTeam());
        assertEquals(annas.keySet(), berts.keySet());
        for (Map.Entry<String, byte[]> e : annas.entrySet()) {
            assertTrue(Arrays.equals(e.getValue(), berts.get(e.getKey())), e.getKey() + " differs between the two machines");
            Path to = out.resolve("logboek.team").resolve(e.getKey());
            Files.createDirectories(to.getParent());
            Files.write(to, e.getValue());
        }
        // Which writer each machine is: not needed to read, kept for the record (see the README).
        Files.writeString(out.resolve("writers.txt"), "anna: " + read(team.annaTeam().resolve(".git/logboek/writer"))
                + "bert: " + read(team.bertTeam().resolve(".git/logboek/writer")), StandardCharsets.UTF_8);
    }

    /** SHA256SUMS (as sha256sum writes it) of every file of a fixture: the test checks nobody changed a byte since. */
    private static void writeSums(Path out) throws IOException {
        StringBuilder sums = new StringBuilder();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                sums.append(FixtureLogbooksReadTheSameTest.sha256(Files.readAllBytes(f))).append("  ")
                        .append(out.relativize(f).toString().replace('\\', '/')).append('\n');
            }
        }
        Files.writeString(out.resolve(FixtureLogbooksReadTheSameTest.SUMS), sums.toString(), StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> teamFiles(Path teamFolder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("team.json", Files.readAllBytes(teamFolder.resolve("team.json")));
        try (Stream<Path> events = Files.list(teamFolder.resolve("events"))) {
            for (Path f : events.filter(p -> p.getFileName().toString().endsWith(".jsonl")
                    && !p.getFileName().toString().startsWith(".")).toList()) {
                files.put("events/" + f.getFileName(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static String read(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        return s.endsWith("\n") ? s : s + "\n";
    }

    /** Bytes that stand for a screenshot file: only their SHA-256 and the path are recorded. */
    private static byte[] fakePng(String what) {
        return ("\u0089PNG\r\n\u001a\nschermafdruk: " + what + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
