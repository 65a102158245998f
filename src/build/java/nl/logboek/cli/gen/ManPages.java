package nl.logboek.cli.gen;

import nl.logboek.cli.gen.CommandModel.Command;
import nl.logboek.cli.gen.CommandModel.Option;
import nl.logboek.cli.gen.CommandModel.Positional;
import nl.logboek.i18n.Messages;
import nl.logboek.protocol.Category;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The manual pages, written as troff with the man(7) macros: logboek.1 and one page per
 * subcommand (logboek-new.1, logboek-protocols-show.1, ...). Everything that describes the
 * commands comes from the command model (descriptions, options, arguments, subcommands,
 * footers as EXAMPLES, the exit code list as EXIT STATUS); the FILES, ENVIRONMENT and privacy
 * notes of logboek.1 are written here, beside the code that decides them.
 *
 * <p>Every character outside printable ASCII is written as a groff escape, and hyphens, quotes,
 * tildes and carets as their ASCII escapes, so that the pages render the same in every locale
 * and commands copied from them work.
 */
final class ManPages {
    /**
     * The date in the pages' title line. Fixed, so that the pages are the same whenever and
     * wherever they are generated; move it forward with the version when the manual changes.
     */
    static final String DATE = "2026-11-21";

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("__(.+?)__");

    private ManPages() {
    }

    /** File name (logboek.1, logboek-new.1, ...) to page, in command order. */
    static Map<String, String> generate(Command root, String version) {
        return generate(root, version, false);
    }

    /**
     * The pages in one language: English, or Dutch ({@code nl}) from the model with the Dutch help
     * texts (help_nl.properties), for man/nl/.
     */
    static Map<String, String> generate(Command root, String version, boolean nl) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (Command c : root.withDescendants()) {
            if (!c.isHelp()) {
                pages.put(c.pageName() + ".1", page(c, root, version, nl));
            }
        }
        return pages;
    }

    /** The text in the page's language. */
    private static String tr(boolean nl, String english, String dutch) {
        return nl ? dutch : english;
    }

    private static final Messages DUTCH = Messages.forLanguage(nl.logboek.i18n.Language.NL);

    /** A parameter label as the help in that language shows it (BESTAND for FILE). */
    private static String label(boolean nl, String label) {
        return nl && label != null && DUTCH.keys().contains("param." + label) ? DUTCH.get("param." + label) : label;
    }

    private static String page(Command c, Command root, String version, boolean nl) {
        Troff t = new Troff();
        t.comment("Generated from logboek's command model by nl.logboek.cli.gen.Generate; do not edit.");
        t.comment("Regenerate with: " + CommandModel.REGENERATE);
        t.macro(".TH " + t.arg(c.pageName().toUpperCase(Locale.ROOT)) + " 1 \"" + DATE + "\" " + t.arg(version)
                + " " + t.arg(tr(nl, "logboek manual", "logboek-handleiding")));
        // No hyphenation and a ragged right margin: paths, options and ids stay whole and copyable.
        t.macro(".nh");
        t.macro(".ad l");

        t.section(tr(nl, "NAME", "NAAM"));
        t.line(esc(c.pageName()) + " \\- " + esc(nameLine(Shell.firstSentence(c.description()))));

        t.section(tr(nl, "SYNOPSIS", "OVERZICHT"));
        t.line(synopsis(c, nl));

        t.section(tr(nl, "DESCRIPTION", "BESCHRIJVING"));
        List<String> paragraphs = new ArrayList<>(c.descriptionParagraphs());
        if (c.path().isEmpty()) {
            paragraphs.addAll(nl ? List.of(
                    "Elk incident heeft een nummer van letters en cijfers, zoals **k7m2x9qd**. Waar een opdracht om een "
                            + "__ID__ vraagt, is elk uniek begin ervan genoeg.",
                    "Niets wordt ooit bewerkt of gewist: elke vastlegging is een regel die wordt toegevoegd aan een "
                            + "privébestand, aaneengeschakeld met SHA-256-hashes, zodat een gewijzigde of verwijderde regel "
                            + "opvalt (zie **logboek-verify**(1)). Het bestand is gewone JSON Lines die scripts met **jq**(1) "
                            + "kunnen lezen; elke leesopdracht heeft een stabiele **--json**-uitvoer.",
                    "Berichten zijn in het Nederlands of het Engels: **--lang**, anders **LOGBOEK_LANG**, anders de "
                            + "locale (nl_* is Nederlands), anders Engels. Een fout is een regel op standaardfout die zegt wat "
                            + "er misging en wat je nu kunt doen.")
                    : List.of(
                    "Every incident has an id of letters and digits, such as **k7m2x9qd**. Wherever a command asks "
                            + "for an __ID__, any unique start of it will do.",
                    "Nothing is ever edited or deleted: every entry is a line appended to one private file, chained by "
                            + "SHA-256 hashes, so that a changed or removed line is detected (see **logboek-verify**(1)). "
                            + "The file is plain JSON Lines that scripts can read with **jq**(1); every read command has a "
                            + "stable **--json** output.",
                    "Messages are in Dutch or English: **--lang**, else **LOGBOEK_LANG**, else the locale "
                            + "(nl_* is Dutch), else English. Errors are one line on standard error that says what went "
                            + "wrong and what to do next."));
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                t.macro(".PP");
            }
            t.line(c.path().isEmpty() && i >= c.descriptionParagraphs().size() ? inline(paragraphs.get(i))
                    : esc(paragraphs.get(i)));
        }

        if (!c.subcommands().isEmpty()) {
            t.section(tr(nl, "COMMANDS", "OPDRACHTEN"));
            for (Command s : c.subcommands()) {
                t.macro(".TP");
                t.tag("\\fB" + esc(s.name()) + "\\fR");
                String more = s.isHelp() ? "" : " " + tr(nl, "See", "Zie") + " \\fB" + esc(s.pageName()) + "\\fR(1).";
                t.line(esc(Shell.firstSentence(s.description())) + more);
            }
        }

        if (!c.positionals().isEmpty()) {
            t.section(tr(nl, "ARGUMENTS", "ARGUMENTEN"));
            for (Positional p : c.positionals()) {
                t.macro(".TP");
                t.tag("\\fI" + esc(label(nl, p.label())) + "\\fR" + (p.repeats() ? "..." : ""));
                t.line(esc(p.description()));
            }
        }

        List<Option> own = c.options().stream().filter(o -> !o.inherited()).toList();
        List<Option> inherited = c.options().stream().filter(Option::inherited).toList();
        if (!own.isEmpty()) {
            t.section(tr(nl, "OPTIONS", "OPTIES"));
            options(t, own, nl);
        }
        if (!inherited.isEmpty()) {
            t.section(tr(nl, "GLOBAL OPTIONS", "ALGEMENE OPTIES"));
            t.line(tr(nl, "These options work with every command. \\fBlogboek\\fR(1) also describes the environment "
                    + "variables and the files that logboek uses.", "Deze opties werken bij elke opdracht. "
                    + "\\fBlogboek\\fR(1) beschrijft ook de omgevingsvariabelen en de bestanden die logboek gebruikt."));
            options(t, inherited, nl);
        }

        if (c.path().isEmpty()) {
            categories(t, nl);
        }

        if (!c.exitCodes().isEmpty()) {
            t.section(tr(nl, "EXIT STATUS", "AFSLUITSTATUS"));
            Map<String, List<String>> others = c.path().isEmpty() ? otherExitCodes(c, root) : Map.of();
            for (Map.Entry<String, String> e : c.exitCodes().entrySet()) {
                t.macro(".TP");
                t.tag("\\fB" + esc(e.getKey().strip()) + "\\fR");
                t.line(esc(e.getValue()));
                for (String also : others.getOrDefault(e.getKey().strip(), List.of())) {
                    t.macro(".br");
                    t.line(also);
                }
            }
            for (Map.Entry<String, List<String>> e : others.entrySet()) {
                if (!c.exitCodes().containsKey(e.getKey())) {
                    t.macro(".TP");
                    t.tag("\\fB" + esc(e.getKey()) + "\\fR");
                    t.line(String.join(" ", e.getValue()));
                }
            }
        }

        if (c.path().isEmpty()) {
            environment(t, root, nl);
            files(t, root, nl);
            notes(t, nl);
        }

        List<String> examples = examples(c, root);
        if (!examples.isEmpty()) {
            t.section(tr(nl, "EXAMPLES", "VOORBEELDEN"));
            examples(t, examples);
        }

        t.section(tr(nl, "SEE ALSO", "ZIE OOK"));
        t.line(seeAlso(c, root));
        return t.toString();
    }

    /** The longest NAME line text before it is cut at its first clause (whatis and apropos show it on one line). */
    static final int NAME_LENGTH = 60;

    /**
     * On logboek.1: what some commands mean by a code (agenda, sync: 3), each with its commands,
     * by code; a code every command has gets them after its own text.
     */
    private static Map<String, List<String>> otherExitCodes(Command c, Command root) {
        Map<String, List<String>> others = new java.util.TreeMap<>();
        for (Command s : root.withDescendants()) {
            for (Map.Entry<String, String> e : s.exitCodes().entrySet()) {
                String code = e.getKey().strip();
                if (!e.getValue().equals(c.exitCodes().get(code))) {
                    others.computeIfAbsent(code, k -> new ArrayList<>())
                            .add("\\fB" + esc(s.qualifiedName()) + "\\fR: " + esc(e.getValue()));
                }
            }
        }
        return others;
    }

    private static String nameLine(String description) {
        String s = description.strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > NAME_LENGTH) {
            int cut = s.length();
            for (String mark : List.of(": ", "; ", " (")) {
                int at = s.indexOf(mark, 10);
                if (at > 0 && at < cut) {
                    cut = at;
                }
            }
            s = s.substring(0, cut);
        }
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0))
                && (Character.isLowerCase(s.charAt(1)) || s.charAt(1) == ' ')) {
            s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    private static String synopsis(Command c, boolean nl) {
        StringBuilder sb = new StringBuilder("\\fB").append(esc(c.qualifiedName())).append("\\fR");
        if (!c.options().isEmpty()) {
            sb.append(" [\\fI").append(tr(nl, "OPTION", "OPTIE")).append("\\fR]...");
        }
        for (Positional p : c.positionals()) {
            String label = "\\fI" + esc(label(nl, p.label())) + "\\fR" + (p.repeats() ? "..." : "");
            sb.append(' ').append(p.required() ? label : "[" + label + "]");
        }
        if (!c.subcommands().isEmpty()) {
            sb.append(" [\\fI").append(tr(nl, "COMMAND", "OPDRACHT")).append("\\fR]");
        }
        return sb.toString();
    }

    private static void options(Troff t, List<Option> options, boolean nl) {
        for (Option o : options) {
            t.macro(".TP");
            StringBuilder names = new StringBuilder();
            for (String n : o.names()) {
                names.append(names.length() == 0 ? "" : ", ").append("\\fB").append(esc(n)).append("\\fR");
            }
            if (o.takesValue()) {
                names.append('=').append("\\fI").append(esc(label(nl, o.label()))).append("\\fR");
                if (o.split()) {
                    names.append("[,\\fI").append(esc(label(nl, o.label()))).append("\\fR...]");
                }
            }
            t.tag(names.toString());
            t.line(esc(o.description()));
        }
    }

    private static void categories(Troff t, boolean nl) {
        t.section(tr(nl, "CATEGORIES", "CATEGORIE\\[u00CB]N"));
        t.line(inline(tr(nl, "The kinds of incident, for **--category**. Their ids are stored in the logbook and never change.",
                "De soorten incidenten, voor **--category**. Hun ids staan in het logboek en veranderen nooit.")));
        Messages en = nl ? DUTCH : Messages.english();
        for (Category c : Category.values()) {
            t.macro(".TP");
            t.tag("\\fB" + esc(c.id()) + "\\fR");
            String text = en.get("category." + c.id()) + ".";
            if (c.sexual()) {
                text += tr(nl, " A sexual category: **--screenshot** is refused, because possessing or spreading sexual "
                        + "images of minors is a crime (art. 240b Sr).", " Een seksuele categorie: **--screenshot** wordt "
                        + "geweigerd, omdat bezit en verspreiding van seksuele beelden van minderjarigen strafbaar is (art. 240b Sr).");
            }
            t.line(inline(text));
        }
    }

    private static boolean has(Command root, String subcommand) {
        return root.subcommands().stream().anyMatch(s -> s.name().equals(subcommand));
    }

    private static void environment(Troff t, Command root, boolean nl) {
        t.section(tr(nl, "ENVIRONMENT", "OMGEVING"));
        List<String[]> vars = new ArrayList<>(List.of(nl ? new String[][] {
                {"LOGBOEK_FILE", "Het logboekbestand, als **--logbook** niet is gegeven."},
                {"LOGBOEK_AUTHOR", "Wie vastlegt, als **--author** niet is gegeven. Standaard: **USER**."},
                {"LOGBOEK_LANG", "De taal van de berichten, **nl** of **en**, als **--lang** niet is gegeven."},
                {"XDG_DATA_HOME", "Het logboek is __$XDG_DATA_HOME/logboek/logboek.jsonl__ als **--logbook** noch "
                        + "**LOGBOEK_FILE** is gegeven. Niet gezet of geen absoluut pad: __~/.local/share__."},
                {"XDG_CONFIG_HOME", "De instellingen van logboek, de protocollen van je organisatie en eventuele sleutels "
                        + "staan in __$XDG_CONFIG_HOME/logboek/__ (zie BESTANDEN). Niet gezet of geen absoluut pad: __~/.config__."},
                {"HOME", "Je thuismap, voor de standaarden hierboven."},
                {"USER", "Je gebruikersnaam: de auteur als **--author** noch **LOGBOEK_AUTHOR** is gegeven."},
                {"LC_ALL, LC_MESSAGES, LANG", "Als **--lang** noch **LOGBOEK_LANG** is gegeven, bepaalt de eerste die "
                        + "gezet is de taal: nl_* is Nederlands, al het andere Engels. Gebruik een UTF-8-locale (zoals "
                        + "nl_NL.UTF-8 of C.UTF-8): onder een andere locale zijn letters als \u00f6 en \u00e9 niet te lezen, "
                        + "en argumenten waarin ze staan worden geweigerd."},
                {"NO_COLOR", "Als deze gezet is, op welke waarde ook, is de uitvoer zonder kleur (https://no-color.org)."},
                {"JAVA_HOME", "Het startscript dat **logboek install** schrijft, draait __$JAVA_HOME/bin/java__ als deze "
                        + "gezet is, anders **java** uit **PATH**."},
        } : new String[][] {
                {"LOGBOEK_FILE", "The logbook file, when **--logbook** is not given."},
                {"LOGBOEK_AUTHOR", "Who records entries, when **--author** is not given. Default: **USER**."},
                {"LOGBOEK_LANG", "The language of messages, **nl** or **en**, when **--lang** is not given."},
                {"XDG_DATA_HOME", "The logbook is __$XDG_DATA_HOME/logboek/logboek.jsonl__ when neither **--logbook** "
                        + "nor **LOGBOEK_FILE** is given. Unset or not an absolute path: __~/.local/share__."},
                {"XDG_CONFIG_HOME", "logboek's settings, your organisation's protocols and any keys are read from "
                        + "__$XDG_CONFIG_HOME/logboek/__ (see FILES). Unset or not an absolute path: __~/.config__."},
                {"HOME", "Your home folder, for the defaults above."},
                {"USER", "Your user name: the author when neither **--author** nor **LOGBOEK_AUTHOR** is given."},
                {"LC_ALL, LC_MESSAGES, LANG", "When neither **--lang** nor **LOGBOEK_LANG** is given, the first of these "
                        + "that is set decides the language: nl_* is Dutch, anything else English. Use a UTF-8 locale "
                        + "(such as nl_NL.UTF-8 or C.UTF-8): under another locale letters such as \u00f6 and \u00e9 "
                        + "cannot be read, and arguments that contain them are refused."},
                {"NO_COLOR", "When set, to any value, output has no colour (https://no-color.org)."},
                {"JAVA_HOME", "The launcher that **logboek install** writes runs __$JAVA_HOME/bin/java__ when this is "
                        + "set, else **java** from **PATH**."},
        }));
        if (has(root, "init")) {
            vars.add(3, new String[] {"LOGBOEK_KEY_FILE", tr(nl, "The key file of an encrypted logbook, instead of "
                    + "__$XDG_CONFIG_HOME/logboek/keys/LOGBOOK_ID.key__ (see **logboek-init**(1)).", "Het sleutelbestand van "
                    + "een versleuteld logboek, in plaats van __$XDG_CONFIG_HOME/logboek/keys/LOGBOOK_ID.key__ (zie "
                    + "**logboek-init**(1)).")});
            vars.add(4, new String[] {"LOGBOEK_PASSPHRASE", tr(nl, "The passphrase of a logbook encrypted with a passphrase; "
                    + "without it logboek asks on a terminal.", "Het wachtwoord van een logboek dat met een wachtwoord is "
                    + "versleuteld; zonder vraagt logboek erom op een terminal.")});
        }
        for (String[] v : vars) {
            t.macro(".TP");
            StringBuilder names = new StringBuilder();
            for (String name : v[0].split(", ")) {
                names.append(names.length() == 0 ? "" : ", ").append("\\fB").append(esc(name)).append("\\fR");
            }
            t.tag(names.toString());
            t.line(inline(v[1]));
        }
    }

    private static void files(Troff t, Command root, boolean nl) {
        boolean backup = has(root, "backup");
        t.section(tr(nl, "FILES", "BESTANDEN"));
        List<String[]> files = new ArrayList<>(List.of(nl ? new String[][] {
                {"$XDG_DATA_HOME/logboek/logboek.jsonl", "Het logboek, tenzij **--logbook** of **LOGBOEK_FILE** een ander "
                        + "bestand noemt; zonder **XDG_DATA_HOME** is het __~/.local/share/logboek/logboek.jsonl__. De eerste "
                        + "**logboek new** maakt het aan, alleen voor jou (modus 0600, de map 0700). Een JSON-object per regel, "
                        + "aaneengeschakeld met SHA-256-hashes: bewerk het nooit met de hand. Maak er een back-up van "
                        + (backup ? "met **logboek backup** (zie **logboek-backup**(1))" : "door het te kopi\u00ebren")
                        + ", en bewaar het en de back-ups op een versleutelde schijf."},
                {".logboek.jsonl.lock", "Naast het logboek (__.NAAM.lock__ voor een logboek dat __NAAM__ heet): een leeg "
                        + "slotbestand waardoor meerdere logboek-opdrachten veilig tegelijk kunnen draaien. Laat het staan."},
                {".logboek.jsonl.idx, .logboek.jsonl.ids", "Naast het logboek (__.NAAM.idx__, __.NAAM.ids__): een cache van "
                        + "waar elke regel van het logboek staat en bij welk incident hij hoort, nooit een bron van waarheid; "
                        + "logboek bouwt hem opnieuw op uit het logboek zodra hij niet klopt."},
                {"$XDG_CONFIG_HOME/logboek/protocols/", "De eigen protocollen van je organisatie (JSON-bestanden), geladen na "
                        + "de meegeleverde; zonder **XDG_CONFIG_HOME** is het __~/.config/logboek/protocols/__. Een protocol "
                        + "met het id van een meegeleverd protocol vervangt dat. **--protocols** voegt nog een map toe; "
                        + "**logboek protocols check** controleert een bestand."},
                {"NAME.YYYYMMDDTHHMMSS.backup, NAME.YYYYMMDDTHHMMSS.torn", "Naast het logboek, geschreven door "
                        + "**logboek verify --repair**: een kopie van het logboek zoals het was v\u00f3\u00f3r het herstel, en de "
                        + "onvolledige laatste regel die het herstel opzij zette. Beide alleen voor jou (modus 0600)."},
                {"PREFIX/bin/logboek, PREFIX/lib/logboek/", "Het startscript en het programma, met de lijst van "
                        + "ge\u00efnstalleerde bestanden, geschreven door **logboek install** (zie **logboek-install**(1)), "
                        + "samen met de handleidingen in __PREFIX/share/man/man1/__ (Nederlands: "
                        + "__PREFIX/share/man/nl/man1/__) en het aanvullen in de shell."},
        } : new String[][] {
                {"$XDG_DATA_HOME/logboek/logboek.jsonl", "The logbook, unless **--logbook** or **LOGBOEK_FILE** names "
                        + "another file; without **XDG_DATA_HOME** it is __~/.local/share/logboek/logboek.jsonl__. "
                        + "The first **logboek new** creates it, private to you (mode 0600, its folder 0700). One JSON "
                        + "object per line, chained by SHA-256 hashes: never edit it by hand. Back it up "
                        + (backup ? "with **logboek backup** (see **logboek-backup**(1))" : "by copying it")
                        + ", and keep it and its backups on an encrypted disk."},
                {".logboek.jsonl.lock", "Beside the logbook (__.NAME.lock__ for a logbook called __NAME__): an empty "
                        + "lock file that lets several logboek commands run at the same time safely. Leave it alone."},
                {".logboek.jsonl.idx, .logboek.jsonl.ids", "Beside the logbook (__.NAME.idx__, __.NAME.ids__): a cache of "
                        + "where each line of the logbook is and which incident it belongs to, never a source of truth; "
                        + "logboek rebuilds it from the logbook whenever it does not match."},
                {"$XDG_CONFIG_HOME/logboek/protocols/", "Your organisation's own protocols (JSON files), loaded after "
                        + "the shipped ones; without **XDG_CONFIG_HOME** it is __~/.config/logboek/protocols/__. A "
                        + "protocol with the id of a shipped one replaces it. **--protocols** adds one more folder; "
                        + "**logboek protocols check** validates a file."},
                {"NAME.YYYYMMDDTHHMMSS.backup, NAME.YYYYMMDDTHHMMSS.torn", "Beside the logbook, written by "
                        + "**logboek verify --repair**: a copy of the logbook as it was before the repair, and the "
                        + "incomplete last line that the repair moved aside. Both are private to you (mode 0600)."},
                {"PREFIX/bin/logboek, PREFIX/lib/logboek/", "The launcher and the program, with the list of installed "
                        + "files, written by **logboek install** (see **logboek-install**(1)) together with the manual "
                        + "pages in __PREFIX/share/man/man1/__ and the shell completions."},
        }));
        int at = 3;
        if (has(root, "init")) {
            files.add(at++, new String[] {"$XDG_CONFIG_HOME/logboek/keys/LOGBOOK_ID.key", tr(nl, "The key of an encrypted "
                    + "logbook (see **logboek-init**(1)), kept apart from the logbook so that a copied logbook alone "
                    + "cannot be read. Keep a copy of it somewhere safe: without it the logbook cannot be read.",
                    "De sleutel van een versleuteld logboek (zie **logboek-init**(1)), apart van het logboek bewaard, zodat "
                    + "een gekopieerd logboek alleen niet te lezen is. Bewaar er een kopie van op een veilige plek: zonder "
                    + "de sleutel is het logboek niet te lezen.")});
        }
        if (has(root, "purge")) {
            files.add(files.size() - 1, new String[] {"NAME.YYYYMMDDTHHMMSS.pre-purge", tr(nl, "Beside the logbook, for the "
                    + "duration of **logboek purge**: a copy of the logbook as it was before (mode 0600). It is deleted "
                    + "as soon as the purged logbook verifies, and put back if it does not.", "Naast het logboek, zolang "
                    + "**logboek purge** loopt: een kopie van het logboek zoals het ervoor was (modus 0600). Die wordt "
                    + "gewist zodra het opgeschoonde logboek klopt, en teruggezet als het niet klopt.")});
        }
        if (has(root, "retention")) {
            files.add(at, new String[] {"$XDG_CONFIG_HOME/logboek/logboek.properties", tr(nl, "Settings of your "
                    + "organisation, such as the retention period **retention.months** (see **logboek-retention**(1)).",
                    "Instellingen van je organisatie, zoals de bewaartermijn **retention.months** (zie "
                    + "**logboek-retention**(1)).")});
        }
        for (String[] f : files) {
            t.macro(".TP");
            StringBuilder names = new StringBuilder();
            for (String name : f[0].split(", ")) {
                names.append(names.length() == 0 ? "" : ", ").append("\\fI").append(esc(name)).append("\\fR");
            }
            t.tag(names.toString());
            t.line(inline(f[1]));
        }
    }

    private static void notes(Troff t, boolean nl) {
        t.section("PRIVACY");
        String[] notes = nl ? new String[] {
                "**Sla nooit beelden van minderjarigen op.** **--screenshot** legt alleen de SHA-256 en het pad van een "
                        + "bestand vast, nooit het beeld. Bij de seksuele categorie\u00ebn wordt zelfs dat geweigerd: leg de "
                        + "URL, het platform en het account vast, en geef de URL door aan de politie.",
                "**Beschrijf, beeld nooit af:** omschrijvingen en notities zeggen wat er gebeurde, niet wat een beeld laat zien.",
                "Leg met **--source** vast waar informatie vandaan komt (**openbaar**, **prive-account**): informatie uit "
                        + "priv\u00e9-accounts wordt niet met partners gedeeld (**escalate** waarschuwt, **export --for** laat "
                        + "haar weg). **om-bevel** wordt geweigerd: alleen de politie kan handelen op een bevel van de "
                        + "officier van justitie.",
                "Een kwijtgeraakt onversleuteld logboek is een datalek: bewaar het, en de back-ups, op een versleutelde schijf.",
        } : new String[] {
                "**Never store images of minors.** **--screenshot** records only a file's SHA-256 and its path, never "
                        + "the image. For the sexual categories even that is refused: record the URL, platform and "
                        + "account instead, and report the URL to the police.",
                "**Describe, never depict:** descriptions and notes say what happened, not what an image shows.",
                "Record with **--source** where information comes from (**openbaar**, **prive-account**): "
                        + "information from private accounts is not shared with partners (**escalate** warns, "
                        + "**export --for** leaves it out). **om-bevel** is refused: only the police can act on an "
                        + "order of the public prosecutor.",
                "A lost unencrypted logbook is a data breach: keep it, and its backups, on an encrypted disk.",
        };
        for (String n : notes) {
            t.macro(".IP \\(bu 2");
            t.line(inline(n));
        }
        t.section(tr(nl, "SHELL COMPLETION", "AANVULLEN IN DE SHELL"));
        t.line(inline(tr(nl, "**logboek install** puts completion scripts for bash, zsh and fish in place (see "
                + "**logboek-install**(1)). They complete commands, options, categories and protocol ids, and "
                + "incident ids from your logbook: **logboek show** and then Tab lists them.",
                "**logboek install** zet scripts voor aanvullen in bash, zsh en fish op hun plaats (zie "
                + "**logboek-install**(1)). Ze vullen opdrachten, opties, categorie\u00ebn en protocol-ids aan, en "
                + "incidentnummers uit je logboek: **logboek show** en dan Tab toont ze.")));
    }

    /**
     * The command's own examples; for a command without them (such as 'protocols show'), the
     * examples of the commands above it that run this command.
     */
    static List<String> examples(Command c, Command root) {
        if (!c.examples().isEmpty()) {
            return c.examples();
        }
        List<String> borrowed = new ArrayList<>();
        for (Command above : root.withDescendants()) {
            if (above.path().size() < c.path().size() && c.path().subList(0, above.path().size()).equals(above.path())) {
                for (String line : above.examples()) {
                    String command = line.strip();
                    if (line.startsWith("  ") && (command.equals(c.qualifiedName())
                            || command.startsWith(c.qualifiedName() + " "))) {
                        borrowed.add(line);
                    }
                }
            }
        }
        return borrowed;
    }

    /** Columns a code line of EXAMPLES may take: 80 less the page's margin (7) and the block's indent (4). */
    static final int EXAMPLE_WIDTH = 69;

    /** A command line of EXAMPLES as lines of at most {@link #EXAMPLE_WIDTH} columns and 80 bytes of troff. */
    private static List<String> codeLines(String line) {
        for (int width = EXAMPLE_WIDTH; ; width -= 4) {
            List<String> pieces = new ArrayList<>();
            for (String piece : nl.logboek.cli.HelpExamples.wrapCommand(line, width + 2)) {
                pieces.add(esc(piece.substring(2)));
            }
            if (width < 40 || pieces.stream().allMatch(p -> p.length() <= 80)) {
                return pieces;
            }
        }
    }

    private static void examples(Troff t, List<String> footer) {
        List<String> lines = nl.logboek.cli.HelpExamples.logicalLines(footer);
        boolean code = false;
        boolean first = true;
        StringBuilder prose = new StringBuilder();
        for (String line : lines) {
            boolean isCode = line.startsWith("  ");
            if (code && !isCode) {
                t.macro(".fi");
                t.macro(".RE");
                code = false;
            }
            if (line.isBlank()) {
                flushProse(t, prose, first);
                first = false;
                continue;
            }
            if (isCode) {
                if (prose.length() > 0) {
                    flushProse(t, prose, first);
                    first = false;
                }
                if (!code) {
                    if (!first) {
                        t.macro(".PP");
                    }
                    t.macro(".RS 4");
                    t.macro(".nf");
                    code = true;
                    first = false;
                }
                codeLines(line).forEach(t::code);
            } else {
                prose.append(prose.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        if (code) {
            t.macro(".fi");
            t.macro(".RE");
        }
        flushProse(t, prose, first);
    }

    private static void flushProse(Troff t, StringBuilder prose, boolean first) {
        if (prose.length() == 0) {
            return;
        }
        if (!first) {
            t.macro(".PP");
        }
        t.line(esc(prose.toString()));
        prose.setLength(0);
    }

    private static String seeAlso(Command c, Command root) {
        List<String> refs = new ArrayList<>();
        if (c.path().isEmpty()) {
            for (Command s : root.withDescendants()) {
                if (!s.path().isEmpty() && !s.isHelp()) {
                    refs.add(s.pageName());
                }
            }
        } else {
            refs.add("logboek");
            if (c.path().size() > 1) {
                refs.add("logboek-" + String.join("-", c.path().subList(0, c.path().size() - 1)));
            }
            for (Command s : c.subcommands()) {
                refs.add(s.pageName());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String r : refs) {
            sb.append(sb.length() == 0 ? "" : ", ").append("\\fB").append(esc(r)).append("\\fR(1)");
        }
        if (c.path().isEmpty()) {
            sb.append(", \\fBjq\\fR(1)");
        }
        return sb.toString();
    }

    /** Text with **bold** and __italic__ marks. */
    static String inline(String s) {
        String e = esc(s);
        Matcher b = BOLD.matcher(e);
        e = b.replaceAll(m -> Matcher.quoteReplacement("\\fB" + m.group(1) + "\\fR"));
        Matcher i = ITALIC.matcher(e);
        return i.replaceAll(m -> Matcher.quoteReplacement("\\fI" + m.group(1) + "\\fR"));
    }

    /** Plain text as troff: the characters troff would change or take as requests, escaped. */
    static String esc(String s) {
        String text = s.replace("%n", " ").replace("%%", "%");
        StringBuilder sb = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> sb.append("\\e");
                case '-' -> sb.append("\\-");
                case '\'' -> sb.append("\\(aq");
                case '`' -> sb.append("\\(ga");
                case '~' -> sb.append("\\(ti");
                case '^' -> sb.append("\\(ha");
                case '.' -> sb.append(sb.length() == 0 ? "\\&." : ".");
                default -> {
                    if (cp < 0x20 || cp > 0x7e) {
                        sb.append(String.format(Locale.ROOT, "\\[u%04X]", cp));
                    } else {
                        sb.append((char) cp);
                    }
                }
            }
        });
        return sb.toString();
    }

    /** Collects the lines of one page; no line is ever empty or starts with a stray request character. */
    private static final class Troff {
        private final StringBuilder sb = new StringBuilder();

        void comment(String text) {
            sb.append(".\\\" ").append(text).append('\n');
        }

        void macro(String line) {
            sb.append(line).append('\n');
        }

        void section(String name) {
            sb.append(".SH ").append(name.contains(" ") ? "\"" + name + "\"" : name).append('\n');
        }

        /** Text of a paragraph: broken between words into input lines of at most 80 bytes. */
        void line(String text) {
            String l = text.strip();
            if (l.isEmpty()) {
                return;
            }
            StringBuilder current = new StringBuilder();
            for (String word : l.split(" +")) {
                if (current.length() > 0 && current.length() + 1 + word.length() > 80) {
                    tag(current.toString());
                    current.setLength(0);
                }
                current.append(current.length() == 0 ? "" : " ").append(word);
            }
            tag(current.toString());
        }

        /** One input line as it is (the tag of a .TP, which must stay on one line). */
        void tag(String text) {
            String l = text.strip();
            if (l.isEmpty()) {
                return;
            }
            if (l.startsWith(".") || l.startsWith("'")) {
                l = "\\&" + l;
            }
            sb.append(l).append('\n');
        }

        /** A line of a no-fill block: its indentation is kept. */
        void code(String text) {
            sb.append(text.stripTrailing()).append('\n');
        }

        String arg(String s) {
            return "\"" + esc(s).replace("\"", "\\(dq") + "\"";
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
