package nl.logboek.report;

import nl.logboek.testutil.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report names no people: not the people involved, not who recorded or acted, not what was
 * typed in descriptions, notes, evidence, reasons or outcomes, and not the accounts or names in a
 * platform. Checked word by word over every format, with and without --detail, in both languages.
 */
class ReportNoNamesTest {
    /** Every distinctive word typed anywhere in the logbook below. */
    private static final List<String> NAMES = List.of("Xanthippe", "Vermeulen", "Oostra", "Brechtje", "Ruijsenaars", "Melchior",
            "Tjoelker", "Hendrikje", "Zwanenburg", "Wolter", "Quakernaat", "Onno", "Dijkgraaf", "Piekema", "Gerolf", "Hoogeveen",
            "Ysbrand", "Wilderdijk", "Fokeltje", "Bruinsma", "Reinier", "Smeenk", "Tjitske", "Wolthuis", "Berend", "Kloosterboer",
            "Ermelinda", "Sjoukje", "Hiddema");

    @TempDir
    static Path home;
    static Cli cli;
    static List<String> ids = new ArrayList<>();

    @BeforeAll
    static void writeLogbookFullOfNames() {
        cli = new Cli(home).env("LOGBOEK_AUTHOR", "Wolter Quakernaat");
        String a = at("2026-10-02 09:00", "new", "-q", "-c", "cyberpesten", "-t", "Uitschelden in de groepsapp",
                "-p", "Instagram @xanthippe_vo", "-d", "Xanthippe Vermeulen-Oostra wordt uitgescholden door Brechtje Ruijsenaars",
                "--person", "Xanthippe Vermeulen-Oostra:slachtoffer:leerling", "--person", "Brechtje Ruijsenaars:dader:leerling",
                "--person", "Melchior Tjoelker:melder:medewerker", "--severity", "middel");
        at("2026-10-02 11:00", "--author", "Hendrikje Zwanenburg", "annotate", a, "Gesprek met Gerolf Hoogeveen over Xanthippe");
        at("2026-10-03 10:00", "annotate", a, "--evidence", "--posted-by", "Ysbrand Wilderdijk", "--account", "@ysbrand.wilderdijk",
                "--involved", "Fokeltje Bruinsma", "--channel", "Kanaal van Fokeltje", "--url", "https://instagram.com/p/sjoukje",
                "Bericht vastgelegd");
        at("2026-10-04 10:00", "annotate", a, "--done", "gereageerd-op-voorval", "Onno Dijkgraaf-Piekema gebeld");
        at("2026-10-05 10:00", "escalate", a, "--reason", "op verzoek van Tjitske Wolthuis");
        ids.add(a);

        String b = at("2026-10-06 14:00", "--author", "Berend Kloosterboer", "new", "-q", "-c", "grensoverschrijdend-professional",
                "-t", "Filmpje over Ermelinda gedeeld", "-p", "telefoon van Sjoukje Hiddema",
                "--person", "Ermelinda Hiddema:slachtoffer:medewerker");
        at("2026-10-20 10:00", "close", b, "--force", "--reason", "Afgesproken in het team", "--outcome", "Overgedragen aan Reinier Smeenk");
        ids.add(b);

        String c = at("2026-10-08 08:00", "new", "-q", "-c", "sexting", "-t", "Foto over Melchior rondgestuurd door Brechtje",
                "-p", "Snapchat Brechtje", "--person", "Melchior Tjoelker:slachtoffer:leerling");
        ids.add(c);
        cli.clock(Clock.fixed(Cli.NOW, Cli.AMSTERDAM));
    }

    private static String at(String when, String... args) {
        cli.clock(Clock.fixed(LocalDateTime.parse(when.replace(' ', 'T')).atZone(Cli.AMSTERDAM).toInstant(), Cli.AMSTERDAM));
        return cli.ok(args);
    }

    @Test
    void noFormatInEitherLanguageWithOrWithoutDetailNamesAnyone() {
        List<String> found = new ArrayList<>();
        int reports = 0;
        for (String lang : List.of("en", "nl")) {
            for (String format : List.of("text", "markdown", "json", "html")) {
                for (boolean detail : List.of(false, true)) {
                    List<String> args = new ArrayList<>(List.of("--lang", lang, "report", "--month", "2026-10", "--format", format));
                    if (detail) {
                        args.add("--detail");
                    }
                    String out = cli.run(args.toArray(String[]::new)).assertExit(0).out();
                    reports++;
                    String lower = out.toLowerCase(Locale.ROOT);
                    for (String name : NAMES) {
                        if (lower.contains(name.toLowerCase(Locale.ROOT))) {
                            found.add(name + " in " + String.join(" ", args));
                        }
                    }
                    for (String id : ids) {
                        if (!detail && out.contains(id)) {
                            found.add("incident id " + id + " in " + String.join(" ", args));
                        }
                    }
                }
            }
        }
        assertEquals(16, reports);
        assertEquals(List.of(), found);
    }

    @Test
    void withDetailATitleShowsThePeopleItNamesAsPseudonymsAlsoThoseOfAnotherIncident() {
        String out = cli.run("--lang", "en", "report", "--month", "2026-10", "--detail", "--json").assertExit(0).out();
        assertTrue(out.contains("\"title\" : \"Uitschelden in de groepsapp\""), out);
        // Brechtje is a person of another incident.
        assertTrue(out.matches("(?s).*\"title\" : \"Foto over Persoon \\d rondgestuurd door Persoon \\d\".*"), out);
        assertFalse(out.contains("Melchior") || out.contains("Brechtje"), out);
    }

    @Test
    void platformsThatHoldANameAreCountedUnderTheServiceOrAsOther() {
        String out = cli.run("--lang", "en", "report", "--month", "2026-10").assertExit(0).out();
        assertTrue(out.contains("Instagram "), out);
        assertTrue(out.contains("Snapchat "), out);
        assertTrue(out.contains("\nother "), out);
    }
}
