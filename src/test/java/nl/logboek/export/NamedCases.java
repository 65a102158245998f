package nl.logboek.export;

import com.fasterxml.jackson.databind.JsonNode;
import nl.logboek.logbook.Json;
import nl.logboek.testutil.Cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A logbook with what makes exports hard: names of minors and staff everywhere (persons, authors,
 * notes, evidence, escalation reasons, outcomes), one person in two incidents, an incident from a
 * private account, and text with commas, quotes, semicolons, line breaks, formula characters and
 * non-ASCII letters.
 */
final class NamedCases {
    /** Every name recorded in the logbook: people involved and authors. */
    static final List<String> NAMES = List.of("Sam de Vries", "Alex Özdemir", "Noor El Amrani", "mevr. Bakker",
            "Mo Ait Taleb", "Lotte Visser", "Marieke Jansen", "Test Coördinator", "Jeroen Smit", "Zoë Çelik");
    /** The words of those names that identify someone on their own. */
    static final List<String> NAME_WORDS = List.of("Sam", "Vries", "Alex", "Özdemir", "Noor", "Amrani", "Bakker", "Mo",
            "Ait", "Taleb", "Lotte", "Visser", "Marieke", "Jansen", "Coördinator", "Jeroen", "Smit", "Zoë", "Çelik");

    static final String TITLE_A = "Pesterijen in groepsapp 2B, \"klassenapp\"; week 47";
    static final String DESCRIPTION_A = "Sam de Vries wordt buitengesloten.\r\nAlex stuurde: \"ga weg\", Noor keek toe;\nmeer volgt";
    static final String PRIVATE_TITLE = "Account van Lotte gehackt (privébericht)";

    final Cli cli;
    final String bullying;
    final String loverboy;
    final String hacked;
    final String sexting;

    NamedCases(Path home) {
        cli = new Cli(home);
        bullying = cli.ok("new", "-q", "--author", "Marieke Jansen", "-c", "cyberpesten", "-t", TITLE_A,
                "-p", "WhatsApp", "--occurred", "2026-11-18", "-d", DESCRIPTION_A,
                "--person", "Sam de Vries:slachtoffer:leerling", "--person", "Alex Özdemir:dader:leerling",
                "--person", "Noor El Amrani:getuige", "--person", "mevr. Bakker:melder:medewerker",
                "--severity", "middel", "--source", "openbaar");
        cli.ok("annotate", bullying, "--evidence", "--posted-by", "@alex_oz", "--channel", "WhatsApp-groep 2B",
                "--account", "@alex_oz", "--involved", "Noor El Amrani, Sam", "--url", "https://chat.whatsapp.com/xyz",
                "--posted-at", "2026-11-18 21:14", "Gesprek met Sam en mevr. Bakker gevoerd; Alex ontkent.");
        cli.ok("annotate", bullying, "=HYPERLINK(\"http://example.org\"), door Zoë gemeld");

        loverboy = cli.ok("new", "-q", "-c", "loverboy", "-t", "Signalen ronselen bij Mo",
                "--person", "Mo Ait Taleb:slachtoffer:leerling", "--person", "Sam de Vries:getuige:leerling",
                "--person", "Zoë Çelik:melder:derde", "--source", "openbaar");
        cli.ok("escalate", loverboy, "--reason", "ouders van Mo weigeren toestemming");
        cli.ok("escalate", loverboy, "--down", "--to", "school", "--reason", "doel bereikt met Jeroen Smit");
        cli.ok("close", loverboy, "--force", "--reason", "Overlegd met Jeroen Smit en de ouders van Mo", "--outcome", "Mo en Sam zijn veilig;\ndossier terug naar school");

        hacked = cli.ok("new", "-q", "--author", "Jeroen Smit", "-c", "hacken", "-t", PRIVATE_TITLE,
                "--person", "Lotte Visser:slachtoffer:leerling", "--source", "prive-account");
        cli.ok("annotate", hacked, "--author", "Jeroen Smit", "Lotte gaf de inlog van haar privé-account");

        sexting = cli.ok("new", "-q", "-c", "sexting", "-t", "Foto gedeeld", "--person", "Zoë Çelik:slachtoffer:leerling");
        cli.ok("annotate", sexting, "--done", "1", "--done-on", "2026-11-20", "Politie gebeld door Marieke Jansen");
    }

    JsonNode json(String... args) throws IOException {
        return Json.MAPPER.readTree(cli.ok(args));
    }

    /** The names and name words found in {@code text}, ignoring case; words only as whole words. */
    static List<String> namesIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        java.util.ArrayList<String> found = new java.util.ArrayList<>();
        for (String name : NAMES) {
            if (lower.contains(name.toLowerCase(Locale.ROOT))) {
                found.add(name);
            }
        }
        for (String word : NAME_WORDS) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find()) {
                found.add(word);
            }
        }
        return found;
    }

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
