package nl.logboek.report;

import nl.logboek.testutil.Cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed logbook of the golden files: thirteen incidents from July to November 2026, made by
 * running the commands a coordinator would run, each at a set moment (Europe/Amsterdam). The
 * report of October 2026 (compared with September) is the one the golden files show.
 */
final class ReportFixture {
    final Cli cli;
    /** Incident ids in the order they were recorded (they are random, so goldens replace them). */
    final List<String> ids = new ArrayList<>();

    private ReportFixture(Cli cli) {
        this.cli = cli;
    }

    static ReportFixture build(Path home) {
        ReportFixture f = new ReportFixture(new Cli(home));
        f.write();
        f.cli.clock(Clock.fixed(Cli.NOW, Cli.AMSTERDAM));
        return f;
    }

    private void write() {
        // Closed long before September: outside both periods, and never read by the report.
        String m = create("2026-07-01 10:00", "-c", "hacken", "-t", "Account overgenomen", "-p", "Instagram");
        at("2026-07-05 16:00", "close", m, "--force", "--reason", "Afgesproken in het team", "--outcome", "Wachtwoord hersteld");

        // Open since August, one note, then nothing: open at the start of both periods, idle.
        String l = create("2026-08-10 11:00", "-c", "cyberpesten", "-t", "Buitensluiten bij sport");
        at("2026-08-11 09:15", "annotate", l, "Gesprek met mentor gevoerd");

        // September: acted on within hours and closed in September.
        String a = create("2026-09-03 10:00", "-c", "cyberpesten", "-t", "Buitensluiten in klassenapp", "-p", "WhatsApp-groep 2B",
                "--severity", "middel", "--person", "Sam de Vries:slachtoffer:leerling");
        at("2026-09-03 14:00", "annotate", a, "--done", "gereageerd-op-voorval", "Klas gesproken");
        at("2026-09-20 12:00", "close", a, "--force", "--reason", "Afgesproken in het team", "--outcome", "Opgelost in de klas");

        // September, first action after 27 hours, escalated in September, scaled down and closed in October.
        String b = create("2026-09-15 09:00", "-c", "sexting", "-t", "Foto gedeeld in groep", "-p", "Snapchat", "--severity", "hoog");
        at("2026-09-16 12:00", "annotate", b, "Ouders gebeld");
        at("2026-09-28 10:00", "escalate", b, "--reason", "meer-partners-nodig");
        at("2026-10-12 15:00", "escalate", b, "--down", "--reason", "doel-bereikt");
        at("2026-10-20 11:00", "close", b, "--force", "--reason", "Afgesproken in het team", "--outcome", "Afgeschaald, dossier terug naar school");

        // September, staff: one legal duty done, escalated to the board in October, then idle.
        String c = create("2026-09-25 16:00", "-c", "medewerker-gedrag", "-t", "Privéberichten aan leerling", "--severity", "acuut");
        at("2026-09-25 17:00", "annotate", c, "--done", "gemeld-bij-bestuur", "--done-on", "2026-09-25");
        at("2026-10-02 09:00", "escalate", c, "--reason", "redelijk vermoeden");

        // October: acted on in half an hour, a step finished by hand, closed in October.
        String d = create("2026-10-01 08:30", "-c", "bedreiging", "-t", "Dreigbericht tegen school", "-p", "Instagram @anoniem_dreig",
                "--severity", "hoog");
        at("2026-10-01 09:00", "annotate", d, "Politie gebeld");
        at("2026-10-03 10:00", "next", d, "--advance", "--reason", "Politie gebeld, verder niets nodig");
        at("2026-10-15 13:00", "close", d, "--force", "--reason", "Afgesproken in het team", "--outcome", "Dader bekend, afgehandeld");

        // October: never acted on (24-hour flag and idle).
        create("2026-10-05 12:00", "-c", "hacken", "-t", "Account gekaapt", "-p", "TikTok", "--severity", "laag");

        // October: escalated twice with partners, still open.
        String fId = create("2026-10-10 20:00", "-c", "zorgwekkend-bericht", "-t", "Drillvideo met dreigement", "-p", "YouTube",
                "--severity", "hoog");
        at("2026-10-10 20:30", "annotate", fId, "--done", "bericht-vastgelegd");
        at("2026-10-11 10:00", "escalate", fId, "--reason", "strafbaar", "--partner", "wijkagent");
        at("2026-10-20 16:00", "escalate", fId, "--to", "politie-om", "--reason", "dreiging met geweld", "--partner", "politie");

        // October, the Meldcode chosen by hand: first step done, escalated to Veilig Thuis.
        String g = create("2026-10-14 09:00", "-c", "grooming", "-t", "Contact via game", "-p", "Roblox", "--protocol", "meldcode");
        at("2026-10-14 11:00", "annotate", g, "--done", "signalen-feiten-vastgelegd");
        at("2026-10-30 14:00", "escalate", g, "--reason", "acute onveiligheid");

        // October, media incident (no ladder), closed in October.
        String h = create("2026-10-20 07:45", "-c", "media-incident", "-t", "Filmpje van vechtpartij online", "-p", "Facebook",
                "--protocol", "media-incident", "--severity", "middel");
        at("2026-10-20 10:45", "annotate", h, "--done", "incidentmanagement-gestart");
        at("2026-10-29 17:00", "close", h, "--force", "--reason", "Afgesproken in het team", "--outcome", "Filmpje verwijderd");

        // October, aimed at a professional.
        String i = create("2026-10-28 13:00", "-c", "grensoverschrijdend-professional", "-t", "Docent belachelijk gemaakt",
                "-p", "X", "--person", "Juf Jansen:slachtoffer:medewerker");
        at("2026-10-29 08:00", "annotate", i, "--done", "gesprek-met-client");

        // Half an hour before the end of October: open, but not yet 24 hours without action.
        create("2026-10-31 23:30", "-c", "loverboy", "-t", "Signalen ronselen", "-p", "telefoon van een vriendin");

        // After October: not in the report of October.
        create("2026-11-01 00:10", "-c", "reputatieschade", "-t", "Bangalijst", "-p", "Instagram");
    }

    private String create(String when, String... args) {
        List<String> all = new ArrayList<>(List.of("new", "-q"));
        all.addAll(List.of(args));
        String id = at(when, all.toArray(String[]::new));
        ids.add(id);
        return id;
    }

    private String at(String when, String... args) {
        cli.clock(Clock.fixed(LocalDateTime.parse(when.replace(' ', 'T')).atZone(Cli.AMSTERDAM).toInstant(), Cli.AMSTERDAM));
        String out = cli.ok(args);
        if (args[0].equals("annotate") && List.of(args).contains("--done")) {
            cli.finishStepIfComplete(args[1]);
        }
        return out;
    }

    /** Replaces every id by ID-01, ID-02, ... in the order the incidents were recorded. */
    String withPlaceholders(String text) {
        String out = text;
        for (int n = 0; n < ids.size(); n++) {
            out = out.replace(ids.get(n), String.format("ID-%02d", n + 1));
        }
        return out;
    }
}
