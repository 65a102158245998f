package nl.logboek.cli.gen;

import nl.logboek.cli.gen.CommandModel.Command;
import nl.logboek.cli.gen.CommandModel.Kind;
import nl.logboek.cli.gen.CommandModel.Option;
import nl.logboek.cli.gen.CommandModel.Positional;

import java.util.ArrayList;
import java.util.List;

/**
 * The fish completions: one {@code complete} line per subcommand, option and argument, with a
 * condition that walks the command line the way the bash and zsh scripts do.
 */
final class FishCompletion {
    private FishCompletion() {
    }

    static String generate(Command root, Command dutch) {
        List<Command> all = root.withDescendants();
        java.util.Map<List<String>, Command> dutchByPath = new java.util.HashMap<>();
        dutch.withDescendants().forEach(d -> dutchByPath.put(d.path(), d));
        StringBuilder sb = new StringBuilder();
        sb.append(Shell.header("fish", "PREFIX/share/fish/vendor_completions.d/logboek.fish"));
        sb.append("\n# The subcommands of command path $argv (nothing for logboek itself), one per line.\n");
        sb.append("function __logboek_subcommands\n    switch \"$argv\"\n");
        for (Command c : all) {
            if (!c.subcommands().isEmpty()) {
                sb.append("        case ").append(q(c.pathString())).append("\n            printf '%s\\n' ")
                        .append(words(Shell.subcommandNames(c))).append('\n');
            }
        }
        sb.append("    end\nend\n");

        sb.append("\n# The options of command path $argv that take a value, one per line.\n");
        sb.append("function __logboek_valued\n    switch \"$argv\"\n");
        for (Command c : all) {
            List<String> valued = Shell.valuedOptionNames(c);
            if (!valued.isEmpty()) {
                sb.append("        case ").append(q(c.pathString())).append("\n            printf '%s\\n' ")
                        .append(words(valued)).append('\n');
            }
        }
        sb.append("    end\nend\n");
        sb.append(FIXED);

        for (Command c : all) {
            String at = "__logboek_at" + (c.path().isEmpty() ? "" : " " + c.pathString());
            Command nl = dutchByPath.getOrDefault(c.path(), c);
            sb.append("\n# ").append(c.qualifiedName()).append('\n');
            // Each subcommand and option twice: described in English, and in Dutch (__logboek_nl).
            for (int i = 0; i < c.subcommands().size(); i++) {
                Command s = c.subcommands().get(i);
                String dutchText = i < nl.subcommands().size() ? nl.subcommands().get(i).description() : s.description();
                for (boolean inDutch : new boolean[] {false, true}) {
                    sb.append("complete -c logboek -n ").append(q(argCondition(0, 0, c) + language(inDutch)))
                            .append(" -a ").append(q(s.name()))
                            .append(" -d ").append(q(Shell.summary(inDutch ? dutchText : s.description()))).append('\n');
                }
            }
            for (int i = 0; i < c.options().size(); i++) {
                Option o = c.options().get(i);
                String dutchText = i < nl.options().size() ? nl.options().get(i).description() : o.description();
                for (boolean inDutch : new boolean[] {false, true}) {
                    sb.append("complete -c logboek -n ").append(q(at + language(inDutch)));
                    for (String n : o.names()) {
                        if (n.startsWith("--")) {
                            sb.append(" -l ").append(q(n.substring(2)));
                        } else if (n.length() == 2) {
                            sb.append(" -s ").append(q(n.substring(1)));
                        } else {
                            sb.append(" -o ").append(q(n.substring(1)));
                        }
                    }
                    if (o.takesValue()) {
                        sb.append(o.kind().type() == Kind.Type.FILES ? " -r" : " -x").append(values(o.kind(), o.split()));
                    }
                    sb.append(" -d ").append(q(Shell.summary(inDutch ? dutchText : o.description()))).append('\n');
                }
            }
            for (Positional p : c.positionals()) {
                if (p.kind().type() != Kind.Type.TEXT) {
                    sb.append("complete -c logboek -n ").append(q(argCondition(p.min(), p.max(), c)))
                            .append(values(p.kind(), false)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** The condition added for the Dutch or the English description. */
    private static String language(boolean dutch) {
        return dutch ? "; and __logboek_nl" : "; and not __logboek_nl";
    }

    private static String argCondition(int min, int max, Command c) {
        return "__logboek_arg " + min + " " + max + (c.path().isEmpty() ? "" : " " + c.pathString());
    }

    /** The arguments of a {@code complete} line that offer the values of this kind. */
    private static String values(Kind kind, boolean split) {
        String list = kind.words().isEmpty() ? "" : " " + String.join(" ", kind.words());
        String splitArg = split ? "split" : "''";
        return switch (kind.type()) {
            case TEXT -> "";
            case FILES -> " -F";
            case DIRS -> " -a " + q("(__fish_complete_directories (commandline -ct))");
            case WORDS -> split ? " -a " + q("(__logboek_values words split" + list + ")")
                    : " -a " + q(String.join(" ", kind.words()));
            case CATEGORIES, IDS, ACTIVE_IDS, CLOSED_IDS, PROTOCOLS, PARTNERS, LEVELS, REASONS, ITEMS ->
                    " -a " + q("(__logboek_values " + kind.code() + " " + splitArg + list + ")");
        };
    }

    private static String words(List<String> words) {
        List<String> quoted = new ArrayList<>();
        words.forEach(w -> quoted.add(q(w)));
        return String.join(" ", quoted);
    }

    /** A fish single-quoted string: only \ and ' are special inside. */
    static String q(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static final String FIXED = """

            # The command path under the cursor, the number of arguments after it, whether the
            # cursor is at an option's value, the first argument, and whether --down was given:
            # PATH:N:EXPECT:FIRST:DOWN.
            function __logboek_state
                set -l cmdpath ''
                set -l npos 0
                set -l expect 0
                set -l dashdash 0
                set -l first ''
                set -l down ''
                for word in (commandline -opc)[2..-1]
                    if test $expect = 1
                        set expect 0
                    else if test $dashdash = 0; and test "$word" = --
                        set dashdash 1
                    else if test $dashdash = 0; and string match -q -- '-?*' "$word"
                        test "$word" = --down; and set down 1
                        if not string match -q -- '*=*' "$word"; and contains -- "$word" (__logboek_valued $cmdpath)
                            set expect 1
                        end
                    else if test $npos = 0; and test $dashdash = 0; and contains -- "$word" (__logboek_subcommands $cmdpath)
                        set cmdpath (string trim -- "$cmdpath $word")
                    else
                        test $npos = 0; and set first (string replace -a : '' -- "$word")
                        set npos (math $npos + 1)
                    end
                end
                echo "$cmdpath:$npos:$expect:$first:$down"
            end

            # True when the cursor is in command path $argv (nothing for logboek itself).
            function __logboek_at
                set -l state (string split : -- (__logboek_state))
                test "$state[1]" = "$argv"
            end

            # True when the cursor is at argument MIN..MAX (from 0; MAX -1: no limit) of command path $argv[3..].
            function __logboek_arg -a min max
                set -l state (string split : -- (__logboek_state))
                test "$state[1]" = "$argv[3..-1]"; and test "$state[3]" = 0; and test "$state[2]" -ge $min
                and begin
                    test $max -lt 0; or test "$state[2]" -le $max
                end
            end

            # True when the descriptions are to be in Dutch, as logboek chooses its language: --lang on
            # the command line, else LOGBOEK_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG).
            function __logboek_nl
                set -l value ''
                set -l tokens (commandline -opc)
                set -l i 2
                while test $i -le (count $tokens)
                    switch $tokens[$i]
                        case --lang
                            if test $i -lt (count $tokens)
                                set value $tokens[(math $i + 1)]
                            end
                        case '--lang=*'
                            set value (string replace -- --lang= '' $tokens[$i])
                    end
                    set i (math $i + 1)
                end
                if test -z "$value"
                    for var in LOGBOEK_LANG LC_ALL LC_MESSAGES LANG
                        if set -q $var; and test -n "$$var"
                            set value $$var
                            break
                        end
                    end
                end
                string match -qi -- 'nl*' "$value"
            end

            # A path as typed, with a leading ~ expanded.
            function __logboek_path
                string replace -r -- '^~(?=/|$)' "$HOME" $argv[1]
            end

            # Runs the logboek being completed as 'logboek complete ...', with the --logbook,
            # --protocols and --lang given on the command line. It prints nothing when that fails,
            # and never asks for anything (such as the passphrase of an encrypted logbook): its
            # input is /dev/null.
            function __logboek_run
                set -l tokens (commandline -opc)
                set -l args
                set -l i 2
                while test $i -le (count $tokens)
                    switch $tokens[$i]
                        case --logbook --protocols --lang
                            set -l option $tokens[$i]
                            set i (math $i + 1)
                            if test $i -le (count $tokens)
                                set -a args $option=(__logboek_path $tokens[$i])
                            end
                        case '--logbook=*' '--protocols=*' '--lang=*'
                            set -l parts (string split -m 1 = -- $tokens[$i])
                            set -a args $parts[1]=(__logboek_path $parts[2])
                    end
                    set i (math $i + 1)
                end
                set -l program (__logboek_path $tokens[1])
                $program complete $argv $args </dev/null 2>/dev/null
            end

            # The values of KIND: for ids, protocols, partners, levels, reasons, items and categories
            # from 'logboek complete', with descriptions (levels, reasons and items: of the incident
            # named as the first argument; reasons up or --down); otherwise, or when that prints nothing, the words given.
            # With SPLIT 'split', each follows the part of a comma-separated list typed so far, and
            # an item already in that list is not offered again.
            function __logboek_values -a kind split
                set -l values
                if contains -- $kind levels reasons items
                    set -l state (string split : -- (__logboek_state))
                    set -l extra
                    test -n "$state[4]"; and set -a extra --incident=$state[4]
                    test -n "$state[5]"; and set -a extra --down
                    set values (__logboek_run $kind --describe $extra)
                else if contains -- $kind ids active-ids closed-ids protocols partners categories
                    set values (__logboek_run $kind --describe)
                end
                if test (count $values) -eq 0
                    set values $argv[3..-1]
                end
                set -l prefix ''
                set -l listed
                if test "$split" = split
                    set prefix (string match -r -- '^.*,' (string replace -r -- '^--?[^=]*=' '' (commandline -ct)))
                    set listed (string split , -- (string replace -r -- ',$' '' "$prefix"))
                end
                for v in $values
                    contains -- (string split -m 1 \\t -- $v)[1] $listed; and continue
                    printf '%s%s\\n' "$prefix" "$v"
                end
            end

            # Files only where a file is asked for.
            complete -c logboek -f
            """;
}
