package nl.logboek.cli.gen;

import nl.logboek.cli.gen.CommandModel.Command;
import nl.logboek.cli.gen.CommandModel.Kind;
import nl.logboek.cli.gen.CommandModel.Option;
import nl.logboek.cli.gen.CommandModel.Positional;

import java.util.ArrayList;
import java.util.List;

/** What the three completion generators share: quoting and the tables of the command model. */
final class Shell {
    private Shell() {
    }

    /** A POSIX single-quoted word (also valid in zsh and fish, where \' needs no special care here). */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /**
     * Everything a shell needs to know about a value: {@code KIND|split|WORDS|LABEL} (the label is
     * last because it may itself contain a bar, as in {@code nl|en}).
     */
    static String valueSpec(Kind kind, boolean split) {
        return kind.code() + "|" + (split ? "split" : "") + "|" + String.join(" ", kind.words()) + "|" + kind.label();
    }

    static List<String> subcommandNames(Command c) {
        List<String> names = new ArrayList<>();
        for (Command s : c.subcommands()) {
            names.add(s.name());
        }
        return names;
    }

    static List<String> valuedOptionNames(Command c) {
        List<String> names = new ArrayList<>();
        for (Option o : c.options()) {
            if (o.takesValue()) {
                names.addAll(o.names());
            }
        }
        return names;
    }

    static List<String> flagNames(Command c) {
        List<String> names = new ArrayList<>();
        for (Option o : c.options()) {
            if (!o.takesValue()) {
                names.addAll(o.names());
            }
        }
        return names;
    }

    /**
     * The arithmetic condition (bash and zsh) under which argument number {@code n} (0-based, after
     * the command path) is this positional.
     */
    static String indexCondition(Positional p, String n) {
        if (p.max() == p.min()) {
            return n + " == " + p.min();
        }
        if (p.max() < 0) {
            return n + " >= " + p.min();
        }
        return n + " >= " + p.min() + " && " + n + " <= " + p.max();
    }

    /** One line of help text, short enough for a completion menu. */
    static String summary(String description) {
        String s = firstSentence(description);
        return s.length() > 100 ? s.substring(0, 97) + "..." : s;
    }

    /** The text up to the first full stop that ends a sentence (not the one in "e.g. Instagram"). */
    static String firstSentence(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        for (int i = s.indexOf(". "); i > 0; i = s.indexOf(". ", i + 1)) {
            String before = s.substring(0, i);
            boolean abbreviation = before.endsWith("e.g") || before.endsWith("i.e") || before.endsWith("etc")
                    || before.endsWith("vs") || before.endsWith("bijv") || before.endsWith("art");
            if (!abbreviation && i + 2 < s.length() && Character.isUpperCase(s.charAt(i + 2))) {
                return s.substring(0, i + 1);
            }
        }
        return s;
    }

    static String header(String shell, String installedAs) {
        return "# " + shell + " completion for logboek.\n"
                + "#\n"
                + "# Generated from logboek's command model by nl.logboek.cli.gen.Generate; do not edit.\n"
                + "# Regenerate with: " + CommandModel.REGENERATE + "\n"
                + "#\n"
                + "# 'logboek install' puts this file in " + installedAs + ".\n"
                + "# Incident ids, category, protocol and partner ids, and the levels and criteria of an\n"
                + "# incident's escalation ladder come from 'logboek complete', which reads the logbook and\n"
                + "# protocols given on the command line (--logbook, --protocols) or in the environment\n"
                + "# (LOGBOEK_FILE, XDG_DATA_HOME, XDG_CONFIG_HOME).\n";
    }
}
