package nl.logboek.cli.gen;

import nl.logboek.cli.gen.CommandModel.Command;
import nl.logboek.cli.gen.CommandModel.Option;
import nl.logboek.cli.gen.CommandModel.Positional;

import java.util.ArrayList;
import java.util.List;

import static nl.logboek.cli.gen.Shell.quote;

/**
 * The zsh completion function, with descriptions. Same tables and walk as the bash script;
 * the values from {@code logboek complete KIND --describe} (categories, incident ids, protocol and
 * partner ids, levels and criteria) are described in the user's language.
 */
final class ZshCompletion {
    private ZshCompletion() {
    }

    static String generate(Command root, Command dutch) {
        List<Command> all = root.withDescendants();
        StringBuilder sb = new StringBuilder("#compdef logboek\n");
        sb.append(Shell.header("zsh", "PREFIX/share/zsh/site-functions/_logboek;\n"
                + "# add that folder to fpath before compinit runs (see 'man logboek-install')"));
        describedTables(sb, all, "", "");
        describedTables(sb, dutch.withDescendants(), "_nl", " (in Dutch: --lang nl, LOGBOEK_LANG=nl or an nl_* locale)");
        sb.append("\n# The options of command path $1 that take a value, in reply.\n");
        sb.append("_logboek_valued() {\n  case $1 in\n");
        for (Command c : all) {
            List<String> quoted = new ArrayList<>();
            Shell.valuedOptionNames(c).forEach(n -> quoted.add(quote(n)));
            sb.append("    (").append(quote(c.pathString())).append(") reply=(").append(String.join(" ", quoted))
                    .append(") ;;\n");
        }
        sb.append("    (*) reply=() ;;\n  esac\n}\n");

        sb.append("\n# What the value of option $2 of command path $1 is, in REPLY: KIND|split|WORDS|LABEL.\n");
        sb.append("_logboek_option_value() {\n  case \"$1|$2\" in\n");
        for (Command c : all) {
            for (Option o : c.options()) {
                if (!o.takesValue()) {
                    continue;
                }
                List<String> patterns = new ArrayList<>();
                o.names().forEach(n -> patterns.add(quote(c.pathString() + "|" + n)));
                sb.append("    (").append(String.join("|", patterns)).append(") REPLY=")
                        .append(quote(Shell.valueSpec(o.kind(), o.split()))).append(" ;;\n");
            }
        }
        sb.append("    (*) REPLY='text|||' ;;\n  esac\n}\n");

        sb.append("\n# What argument number $2 (from 0, after the command) of command path $1 is, in REPLY.\n");
        sb.append("_logboek_argument() {\n  REPLY=''\n  case $1 in\n");
        for (Command c : all) {
            if (c.positionals().isEmpty()) {
                continue;
            }
            sb.append("    (").append(quote(c.pathString())).append(")\n");
            String keyword = "if";
            for (Positional p : c.positionals()) {
                sb.append("      ").append(keyword).append(" (( ").append(Shell.indexCondition(p, "$2"))
                        .append(" )); then REPLY=").append(quote(Shell.valueSpec(p.kind(), false))).append('\n');
                keyword = "elif";
            }
            sb.append("      fi ;;\n");
        }
        sb.append("  esac\n}\n");
        sb.append(FIXED);
        return sb.toString();
    }

    /** The subcommands and options of every command with their descriptions, in one language. */
    private static void describedTables(StringBuilder sb, List<Command> all, String suffix, String language) {
        sb.append("\n# The subcommands of command path $1 ('' is logboek itself), as name:description in reply")
                .append(language).append(".\n");
        sb.append("_logboek_subcommands").append(suffix).append("() {\n  case $1 in\n");
        for (Command c : all) {
            if (c.subcommands().isEmpty()) {
                continue;
            }
            sb.append("    (").append(quote(c.pathString())).append(") reply=(\n");
            for (Command s : c.subcommands()) {
                sb.append("      ").append(quote(escapeColons(s.name()) + ":" + Shell.summary(s.description()))).append('\n');
            }
            sb.append("    ) ;;\n");
        }
        sb.append("    (*) reply=() ;;\n  esac\n}\n");

        sb.append("\n# The options of command path $1, as option:description in reply").append(language).append(".\n");
        sb.append("_logboek_options").append(suffix).append("() {\n  case $1 in\n");
        for (Command c : all) {
            sb.append("    (").append(quote(c.pathString())).append(") reply=(\n");
            for (Option o : c.options()) {
                for (String n : o.names()) {
                    sb.append("      ").append(quote(escapeColons(n) + ":" + Shell.summary(o.description()))).append('\n');
                }
            }
            sb.append("    ) ;;\n");
        }
        sb.append("    (*) reply=() ;;\n  esac\n}\n");
    }

    private static String escapeColons(String s) {
        return s.replace(":", "\\:");
    }

    private static final String FIXED = """

            # A path as typed, with quotes removed and a leading ~ expanded.
            _logboek_path() {
              local p=${(Q)1}
              if [[ $p == '~' || $p == '~/'* ]]; then
                p=$HOME${p#'~'}
              fi
              print -r -- $p
            }

            # The language of the descriptions, as logboek chooses it: --lang on the command line, else
            # LOGBOEK_LANG, else the locale. REPLY is the suffix of the tables: _nl for Dutch, else empty.
            _logboek_language() {
              local word value=''
              integer j=2
              while (( j < CURRENT )); do
                word=${words[j]}
                case $word in
                  (--lang) (( j++ )); value=${words[j]} ;;
                  (--lang=*) value=${word#*=} ;;
                esac
                (( j++ ))
              done
              [[ -z $value ]] && value=${LOGBOEK_LANG:-${LC_ALL:-${LC_MESSAGES:-$LANG}}}
              if [[ ${(L)value} == nl* ]]; then
                REPLY=_nl
              else
                REPLY=''
              fi
            }

            # Runs the logboek being completed as 'logboek complete ...', with the --logbook,
            # --protocols and --lang given on the command line. It prints nothing when that fails,
            # and never asks for anything (such as the passphrase of an encrypted logbook): its
            # input is /dev/null.
            _logboek_run() {
              local word
              local -a args
              integer j=2
              while (( j < CURRENT )); do
                word=${words[j]}
                case $word in
                  (--logbook|--protocols|--lang)
                    (( j++ ))
                    (( j < CURRENT )) && args+=("$word=$(_logboek_path ${words[j]})")
                    ;;
                  (--logbook=*|--protocols=*|--lang=*)
                    args+=("${word%%=*}=$(_logboek_path ${word#*=})")
                    ;;
                esac
                (( j++ ))
              done
              "$(_logboek_path ${words[1]})" complete "$@" "${args[@]}" </dev/null 2>/dev/null
            }

            # Completes a value described as KIND|split|WORDS|LABEL.
            _logboek_value() {
              local kind=${1%%|*} rest=${1#*|}
              local split=${rest%%|*}
              rest=${rest#*|}
              local wordlist=${rest%%|*} label=${rest#*|}
              local -a items listed kept
              local item
              # In a comma-separated list, an item already in the list is not offered again.
              if [[ -n $split ]] && compset -P '*,'; then
                listed=(${(s:,:)${IPREFIX##*=}})
              fi
              case $kind in
                (words)
                  for item in ${=wordlist}; do
                    (( ${listed[(Ie)$item]} )) || kept+=($item)
                  done
                  (( $#kept )) && compadd -- $kept
                  ;;
                (categories|ids|active-ids|closed-ids|protocols|partners|levels|reasons|items)
                  case $kind in
                    (levels|reasons|items)
                      # Those of the incident named as the first argument (escalate ID, annotate ID); reasons up or --down.
                      items=(${(f)"$(_logboek_run $kind --describe ${first:+--incident=$first} ${down:+--down})"})
                      ;;
                    (*)
                      items=(${(f)"$(_logboek_run $kind --describe)"})
                      ;;
                  esac
                  items=(${items/$'\\t'/:})
                  (( $#items )) || items=(${=wordlist})
                  for item in $items; do
                    (( ${listed[(Ie)${item%%:*}]} )) || kept+=($item)
                  done
                  case $kind in
                    (categories) _describe -t categories 'category' kept ;;
                    (ids|active-ids|closed-ids) _describe -t incidents 'incident' kept ;;
                    (protocols) _describe -t protocols 'protocol' kept ;;
                    (partners) _describe -t partners 'partner' kept ;;
                    (levels) _describe -t levels 'level' kept ;;
                    (reasons) _describe -t criteria 'criterion' kept ;;
                    (items) _describe -t items 'checklist item' kept ;;
                  esac
                  ;;
                (files)
                  _files
                  ;;
                (dirs)
                  _files -/
                  ;;
                (*)
                  [[ -n $label ]] && _message -e values $label
                  ;;
              esac
            }

            _logboek() {
              local cmdpath='' word opt='' REPLY first='' down=''
              local -a reply names
              integer i=2 npos=0 expect=0 dashdash=0
              # Walk the words before the cursor: subcommands, options (skipping their values), arguments.
              while (( i < CURRENT )); do
                word=${words[i]}
                if (( expect )); then
                  expect=0
                elif (( ! dashdash )) && [[ $word == -- ]]; then
                  dashdash=1
                elif (( ! dashdash )) && [[ $word == -?* ]]; then
                  [[ $word == --down ]] && down=1
                  _logboek_valued "$cmdpath"
                  if [[ $word != *=* ]] && (( ${reply[(Ie)$word]} )); then
                    expect=1
                    opt=$word
                  fi
                else
                  _logboek_subcommands "$cmdpath"
                  names=(${reply%%:*})
                  if (( npos == 0 && ! dashdash && ${names[(Ie)$word]} )); then
                    cmdpath=${cmdpath:+$cmdpath }$word
                  else
                    (( npos == 0 )) && first=$word
                    (( npos++ ))
                  fi
                fi
                (( i++ ))
              done

              local cur=${words[CURRENT]}
              if (( expect )); then
                _logboek_option_value "$cmdpath" "$opt"
                _logboek_value "$REPLY"
              elif (( ! dashdash )) && [[ $cur == --*=* ]]; then
                _logboek_option_value "$cmdpath" "${cur%%=*}"
                compset -P '*='
                _logboek_value "$REPLY"
              elif (( ! dashdash )) && [[ $cur == -* ]]; then
                _logboek_language
                _logboek_options$REPLY "$cmdpath"
                _describe -t options 'option' reply
              else
                if (( npos == 0 && ! dashdash )); then
                  _logboek_language
                  _logboek_subcommands$REPLY "$cmdpath"
                  (( $#reply )) && _describe -t commands 'logboek command' reply
                fi
                _logboek_argument "$cmdpath" "$npos"
                [[ -n $REPLY ]] && _logboek_value "$REPLY"
              fi
              return 0
            }

            if [[ $funcstack[1] == _logboek ]]; then
              _logboek "$@"
            else
              compdef _logboek logboek
            fi
            """;
}
