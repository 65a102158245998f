package nl.logboek.cli.gen;

import nl.logboek.cli.gen.CommandModel.Command;
import nl.logboek.cli.gen.CommandModel.Option;
import nl.logboek.cli.gen.CommandModel.Positional;

import java.util.List;

import static nl.logboek.cli.gen.Shell.quote;

/**
 * The bash completion script. The command model becomes four lookup functions (subcommands,
 * options with and without a value, what an option's value is, what each argument is); one
 * fixed function walks the words before the cursor to find the command and completes from them.
 */
final class BashCompletion {
    private BashCompletion() {
    }

    static String generate(Command root) {
        List<Command> all = root.withDescendants();
        StringBuilder sb = new StringBuilder();
        sb.append(Shell.header("bash", "PREFIX/share/bash-completion/completions/logboek,\n"
                + "# where bash-completion loads it on demand; or add 'source /path/to/logboek.bash' to ~/.bashrc"));
        sb.append("\n# The subcommands of command path $1 ('' is logboek itself), in REPLY.\n");
        sb.append("_logboek_subcommands() {\n    case $1 in\n");
        for (Command c : all) {
            if (!c.subcommands().isEmpty()) {
                sb.append("        ").append(quote(c.pathString())).append(") REPLY=")
                        .append(quote(String.join(" ", Shell.subcommandNames(c)))).append(" ;;\n");
            }
        }
        sb.append("        *) REPLY='' ;;\n    esac\n}\n");

        sb.append("\n# The options of command path $1 that take a value, in REPLY.\n");
        sb.append("_logboek_valued() {\n    case $1 in\n");
        for (Command c : all) {
            sb.append("        ").append(quote(c.pathString())).append(") REPLY=")
                    .append(quote(String.join(" ", Shell.valuedOptionNames(c)))).append(" ;;\n");
        }
        sb.append("        *) REPLY='' ;;\n    esac\n}\n");

        sb.append("\n# The options of command path $1 that take no value, in REPLY.\n");
        sb.append("_logboek_flags() {\n    case $1 in\n");
        for (Command c : all) {
            sb.append("        ").append(quote(c.pathString())).append(") REPLY=")
                    .append(quote(String.join(" ", Shell.flagNames(c)))).append(" ;;\n");
        }
        sb.append("        *) REPLY='' ;;\n    esac\n}\n");

        sb.append("\n# What the value of option $2 of command path $1 is, in REPLY: KIND|split|WORDS|LABEL.\n");
        sb.append("_logboek_option_value() {\n    case \"$1|$2\" in\n");
        for (Command c : all) {
            for (Option o : c.options()) {
                if (!o.takesValue()) {
                    continue;
                }
                StringBuilder patterns = new StringBuilder();
                for (String n : o.names()) {
                    patterns.append(patterns.length() == 0 ? "" : "|").append(quote(c.pathString() + "|" + n));
                }
                sb.append("        ").append(patterns).append(") REPLY=")
                        .append(quote(Shell.valueSpec(o.kind(), o.split()))).append(" ;;\n");
            }
        }
        sb.append("        *) REPLY='text|||' ;;\n    esac\n}\n");

        sb.append("\n# What argument number $2 (from 0, after the command) of command path $1 is, in REPLY.\n");
        sb.append("_logboek_argument() {\n    REPLY='text|||'\n    case $1 in\n");
        for (Command c : all) {
            if (c.positionals().isEmpty()) {
                continue;
            }
            sb.append("        ").append(quote(c.pathString())).append(")\n");
            String keyword = "if";
            for (Positional p : c.positionals()) {
                sb.append("            ").append(keyword).append(" (( ").append(Shell.indexCondition(p, "$2"))
                        .append(" )); then REPLY=").append(quote(Shell.valueSpec(p.kind(), false))).append("\n");
                keyword = "elif";
            }
            sb.append("            fi ;;\n");
        }
        sb.append("    esac\n}\n");
        sb.append(FIXED);
        return sb.toString();
    }

    private static final String FIXED = """

            # Adds each line of standard input, prefixed with $1, to COMPREPLY.
            _logboek_reply() {
                local line
                while IFS= read -r line; do
                    COMPREPLY+=("$1$line")
                done
            }

            # A path as typed, with quotes removed and a leading ~ expanded as the shell would.
            _logboek_path() {
                local p=$1
                p=${p#[\\"\\']}
                p=${p%[\\"\\']}
                if [[ $p == '~' || $p == '~/'* ]]; then
                    p=$HOME${p#'~'}
                fi
                printf '%s' "$p"
            }

            # Runs the logboek being completed as 'logboek complete KIND', with the --logbook and
            # --protocols given on the command line. It prints nothing when that fails, and never asks
            # for anything (such as the passphrase of an encrypted logbook): its input is /dev/null.
            _logboek_run() {
                local word value args=()
                local -i j=1
                while (( j < COMP_CWORD )); do
                    word=${COMP_WORDS[j]}
                    case $word in
                        --logbook|--protocols)
                            j+=1
                            [[ ${COMP_WORDS[j]} == = ]] && j+=1
                            if (( j < COMP_CWORD )); then
                                value=$(_logboek_path "${COMP_WORDS[j]}")
                                args+=("$word=$value")
                            fi
                            ;;
                        --logbook=*|--protocols=*)
                            value=$(_logboek_path "${word#*=}")
                            args+=("${word%%=*}=$value")
                            ;;
                    esac
                    j+=1
                done
                "$(_logboek_path "${COMP_WORDS[0]}")" complete "$@" ${args[@]+"${args[@]}"} </dev/null 2>/dev/null
            }

            # Passes on the lines of standard input that are not items of the comma-separated list $1.
            _logboek_unlisted() {
                local line
                while IFS= read -r line; do
                    [[ ,$1, == *,"$line",* ]] || printf '%s\\n' "$line"
                done
            }

            # Completes $cur as the value described in REPLY (KIND|split|WORDS|LABEL); $1 prefixes each reply.
            # In a comma-separated list, an item already in the list is not offered again.
            _logboek_value() {
                local kind=${REPLY%%|*} rest=${REPLY#*|} prefix=$1 listed=''
                local split=${rest%%|*}
                rest=${rest#*|}
                local words=${rest%%|*}
                if [[ -n $split && $cur == *,* ]]; then
                    listed=${cur%,*}
                    prefix=$prefix${cur%,*},
                    cur=${cur##*,}
                fi
                case $kind in
                    words|categories)
                        _logboek_reply "$prefix" < <(compgen -W "$words" -- "$cur" | _logboek_unlisted "$listed")
                        ;;
                    ids|active-ids|closed-ids|protocols|partners)
                        _logboek_reply "$prefix" < <(compgen -W "$(_logboek_run "$kind")" -- "$cur" | _logboek_unlisted "$listed")
                        ;;
                    levels|reasons|items)
                        # Those of the incident named as the first argument (escalate ID, annotate ID); reasons up or --down.
                        _logboek_reply "$prefix" < <(compgen -W "$(_logboek_run "$kind" ${first:+"--incident=$first"} \\
                            ${down:+--down})" -- "$cur" | _logboek_unlisted "$listed")
                        ;;
                    files)
                        compopt -o filenames 2>/dev/null
                        _logboek_reply "$prefix" < <(compgen -f -- "$cur")
                        ;;
                    dirs)
                        compopt -o filenames 2>/dev/null
                        _logboek_reply "$prefix" < <(compgen -d -- "$cur")
                        ;;
                esac
            }

            _logboek() {
                local cur=${COMP_WORDS[COMP_CWORD]} cmdpath='' word opt='' flags REPLY first='' down=''
                local -i i=1 npos=0 expect=0 dashdash=0
                COMPREPLY=()
                # Walk the words before the cursor: subcommands, options (skipping their values), arguments.
                while (( i < COMP_CWORD )); do
                    word=${COMP_WORDS[i]}
                    if (( expect )); then
                        expect=0
                        # --option=value: bash splits it into '--option' '=' 'value'.
                        [[ $word == = ]] && expect=1
                    elif (( !dashdash )) && [[ $word == -- ]]; then
                        dashdash=1
                    elif (( !dashdash )) && [[ $word == -?* ]]; then
                        [[ $word == --down ]] && down=1
                        _logboek_valued "$cmdpath"
                        if [[ $word != *=* && " $REPLY " == *" $word "* ]]; then
                            expect=1
                            opt=$word
                        fi
                    else
                        _logboek_subcommands "$cmdpath"
                        if (( npos == 0 && !dashdash )) && [[ " $REPLY " == *" $word "* ]]; then
                            cmdpath=${cmdpath:+$cmdpath }$word
                        else
                            (( npos == 0 )) && first=$word
                            npos+=1
                        fi
                    fi
                    i+=1
                done

                if (( expect )); then
                    [[ $cur == = ]] && cur=''
                    _logboek_option_value "$cmdpath" "$opt"
                    _logboek_value ''
                elif (( !dashdash )) && [[ $cur == --*=* ]]; then
                    # '=' is not in COMP_WORDBREAKS: the option and its value are one word.
                    opt=${cur%%=*}
                    cur=${cur#*=}
                    _logboek_option_value "$cmdpath" "$opt"
                    _logboek_value "$opt="
                elif (( !dashdash )) && [[ $cur == -* ]]; then
                    _logboek_flags "$cmdpath"
                    flags=$REPLY
                    _logboek_valued "$cmdpath"
                    _logboek_reply '' < <(compgen -W "$REPLY $flags" -- "$cur")
                else
                    if (( npos == 0 && !dashdash )); then
                        _logboek_subcommands "$cmdpath"
                        _logboek_reply '' < <(compgen -W "$REPLY" -- "$cur")
                    fi
                    _logboek_argument "$cmdpath" "$npos"
                    _logboek_value ''
                fi
                return 0
            }

            complete -F _logboek logboek
            """;
}
