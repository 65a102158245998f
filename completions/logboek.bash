# bash completion for logboek.
#
# Generated from logboek's command model by nl.logboek.cli.gen.Generate; do not edit.
# Regenerate with: mvn -B -q -Pregenerate process-classes
#
# 'logboek install' puts this file in PREFIX/share/bash-completion/completions/logboek,
# where bash-completion loads it on demand; or add 'source /path/to/logboek.bash' to ~/.bashrc.
# Incident ids, category, protocol and partner ids, and the levels and criteria of an
# incident's escalation ladder come from 'logboek complete', which reads the logbook and
# protocols given on the command line (--logbook, --protocols) or in the environment
# (LOGBOEK_FILE, XDG_DATA_HOME, XDG_CONFIG_HOME).

# The subcommands of command path $1 ('' is logboek itself), in REPLY.
_logboek_subcommands() {
    case $1 in
        '') REPLY='init new annotate list agenda show search person next escalate close amend retract reopen consent partners retention purge protocols verify report export backup rotate-key team sync install help' ;;
        'protocols') REPLY='show check' ;;
        'team') REPLY='init join status admit revoke' ;;
        *) REPLY='' ;;
    esac
}

# The options of command path $1 that take a value, in REPLY.
_logboek_valued() {
    case $1 in
        '') REPLY='--author --lang --logbook --protocols' ;;
        'init') REPLY='--author --lang --logbook --protocols' ;;
        'new') REPLY='--author -c --category -d --description --lang --logbook --occurred --person -p --platform --protocol --protocols --severity --source -t --title' ;;
        'annotate') REPLY='--account --answer --author --channel --done --done-on --follow-up --follow-up-done --involved --lang --logbook --posted-at --posted-by --protocols --screenshot --url' ;;
        'list') REPLY='--author -c --category --lang --logbook --person --protocols --since --sort --status --until' ;;
        'agenda') REPLY='--author --idle-days --lang --logbook --protocols' ;;
        'show') REPLY='--author --lang --logbook --protocols' ;;
        'search') REPLY='--author -c --category --lang --logbook --protocols --since --status --until' ;;
        'person') REPLY='--author --export --format --lang --logbook --protocols' ;;
        'next') REPLY='--author --lang --logbook --protocol --protocols --reason' ;;
        'escalate') REPLY='--author --lang --logbook --partner --protocols --reason --to' ;;
        'close') REPLY='--author --lang --logbook --outcome --protocols --reason' ;;
        'amend') REPLY='--add-person --add-protocol --author -c --category -d --description --lang --logbook --occurred -p --platform --protocol --protocols --reason --remove-person --remove-protocol --severity --source -t --title' ;;
        'retract') REPLY='--author --entry --item --lang --logbook --protocols --reason' ;;
        'reopen') REPLY='--author --lang --logbook --protocols --reason' ;;
        'consent') REPLY='--author --date --from --ground --lang --logbook --partner --protocols --purpose' ;;
        'partners') REPLY='--author --lang --logbook --protocols' ;;
        'retention') REPLY='--author --lang --logbook --protocols' ;;
        'purge') REPLY='--author --lang --logbook --person --protocols --reason' ;;
        'protocols') REPLY='--author --lang --logbook --protocols' ;;
        'protocols show') REPLY='--author --lang --logbook --protocols' ;;
        'protocols check') REPLY='--author --lang --logbook --protocols' ;;
        'verify') REPLY='--author --expect-head --lang --logbook --protocols' ;;
        'report') REPLY='--author -f --format --from --lang --logbook --month -o --output --protocols --stale-days --to --year' ;;
        'export') REPLY='--access --author -c --category --for -f --format --lang --logbook -o --output --protocols --since --status --until' ;;
        'backup') REPLY='--author --lang --logbook --protocols' ;;
        'rotate-key') REPLY='--author --lang --logbook --protocols' ;;
        'team') REPLY='--author --lang --logbook --protocols' ;;
        'team init') REPLY='--author --lang --logbook --name --protocols' ;;
        'team join') REPLY='--author --lang --logbook --name --protocols' ;;
        'team status') REPLY='--author --lang --logbook --protocols' ;;
        'team admit') REPLY='--author --lang --logbook --protocols' ;;
        'team revoke') REPLY='--author --lang --logbook --protocols' ;;
        'sync') REPLY='--author --lang --logbook --protocols' ;;
        'install') REPLY='--author --lang --logbook --prefix --protocols' ;;
        'help') REPLY='--author --lang --logbook --protocols' ;;
        *) REPLY='' ;;
    esac
}

# The options of command path $1 that take no value, in REPLY.
_logboek_flags() {
    case $1 in
        '') REPLY='-h --help --stacktrace -V --version' ;;
        'init') REPLY='--encrypt -h --help --passphrase --stacktrace -V --version --weak-passphrase' ;;
        'new') REPLY='-h --help --json -q --quiet --stacktrace -V --version' ;;
        'annotate') REPLY='--checklist --evidence -h --help --json --private -q --quiet --stacktrace -V --version' ;;
        'list') REPLY='-h --help --json --overdue --stacktrace -V --version' ;;
        'agenda') REPLY='-h --help --json --mine --stacktrace -V --version' ;;
        'show') REPLY='-h --help --json --stacktrace -V --version' ;;
        'search') REPLY='-h --help --json --stacktrace -V --version' ;;
        'person') REPLY='-h --help --json --stacktrace -V --version' ;;
        'next') REPLY='--advance -h --help --json --stacktrace -V --version' ;;
        'escalate') REPLY='--checklist --down -h --help --json --stacktrace -V --version' ;;
        'close') REPLY='--force -h --help --json --stacktrace -V --version' ;;
        'amend') REPLY='--checklist -h --help --json --stacktrace -V --version' ;;
        'retract') REPLY='-h --help --json --stacktrace -V --version' ;;
        'reopen') REPLY='-h --help --json --stacktrace -V --version' ;;
        'consent') REPLY='--checklist -h --help --refused --stacktrace -V --version' ;;
        'partners') REPLY='-h --help --init --json --stacktrace -V --version' ;;
        'retention') REPLY='-h --help --json --stacktrace -V --version' ;;
        'purge') REPLY='-n --dry-run --expired -h --help --stacktrace -V --version --yes' ;;
        'protocols') REPLY='-h --help --json --stacktrace -V --version' ;;
        'protocols show') REPLY='-h --help --stacktrace -V --version' ;;
        'protocols check') REPLY='-h --help --stacktrace -V --version' ;;
        'verify') REPLY='--accept-rollback --head -h --help --json --repair --stacktrace -V --version' ;;
        'report') REPLY='--detail --force -h --help --json --stacktrace --stamp --titles -V --version' ;;
        'export') REPLY='--events --excel --force -h --help --keep-text --raw --redact --stacktrace -V --version' ;;
        'backup') REPLY='-h --help --json --stacktrace -V --version' ;;
        'rotate-key') REPLY='-h --help --stacktrace -V --version' ;;
        'team') REPLY='-h --help --stacktrace -V --version' ;;
        'team init') REPLY='-h --help --stacktrace -V --version' ;;
        'team join') REPLY='-h --help --stacktrace -V --version' ;;
        'team status') REPLY='-h --help --json --stacktrace -V --version' ;;
        'team admit') REPLY='-h --help --stacktrace -V --version' ;;
        'team revoke') REPLY='-h --help --stacktrace -V --version' ;;
        'sync') REPLY='-h --help --json --stacktrace -V --version' ;;
        'install') REPLY='-n --dry-run -h --help --stacktrace --uninstall -V --version' ;;
        'help') REPLY='-h --help --stacktrace' ;;
        *) REPLY='' ;;
    esac
}

# What the value of option $2 of command path $1 is, in REPLY: KIND|split|WORDS|LABEL.
_logboek_option_value() {
    case "$1|$2" in
        '|--author') REPLY='text|||NAME' ;;
        '|--lang') REPLY='words||nl en|nl|en' ;;
        '|--logbook') REPLY='files|||FILE' ;;
        '|--protocols') REPLY='dirs|||DIR' ;;
        'init|--author') REPLY='text|||NAME' ;;
        'init|--lang') REPLY='words||nl en|nl|en' ;;
        'init|--logbook') REPLY='files|||FILE' ;;
        'init|--protocols') REPLY='dirs|||DIR' ;;
        'new|--author') REPLY='text|||NAME' ;;
        'new|-c'|'new|--category') REPLY='categories||cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident|CATEGORY' ;;
        'new|-d'|'new|--description') REPLY='text|||TEXT' ;;
        'new|--lang') REPLY='words||nl en|nl|en' ;;
        'new|--logbook') REPLY='files|||FILE' ;;
        'new|--occurred') REPLY='text|||DATE[TIME]' ;;
        'new|--person') REPLY='text|||NAME:ROLE[:KIND]' ;;
        'new|-p'|'new|--platform') REPLY='text|||NAME' ;;
        'new|--protocol') REPLY='protocols|||ID' ;;
        'new|--protocols') REPLY='dirs|||DIR' ;;
        'new|--severity') REPLY='words||laag middel hoog acuut|LEVEL' ;;
        'new|--source') REPLY='words||openbaar prive-account|SOURCE' ;;
        'new|-t'|'new|--title') REPLY='text|||TEXT' ;;
        'annotate|--account') REPLY='text|||ACCOUNT' ;;
        'annotate|--answer') REPLY='text|||KEY=ANSWER' ;;
        'annotate|--author') REPLY='text|||NAME' ;;
        'annotate|--channel') REPLY='text|||CHANNEL' ;;
        'annotate|--done') REPLY='items|split||ITEM' ;;
        'annotate|--done-on') REPLY='text|||DATE' ;;
        'annotate|--follow-up') REPLY='text|||WHEN' ;;
        'annotate|--follow-up-done') REPLY='text|||N' ;;
        'annotate|--involved') REPLY='text|||WHO' ;;
        'annotate|--lang') REPLY='words||nl en|nl|en' ;;
        'annotate|--logbook') REPLY='files|||FILE' ;;
        'annotate|--posted-at') REPLY='text|||DATE[TIME]' ;;
        'annotate|--posted-by') REPLY='text|||WHO' ;;
        'annotate|--protocols') REPLY='dirs|||DIR' ;;
        'annotate|--screenshot') REPLY='files|||FILE' ;;
        'annotate|--url') REPLY='text|||URL' ;;
        'list|--author') REPLY='text|||NAME' ;;
        'list|-c'|'list|--category') REPLY='categories|split|cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident|CATEGORY' ;;
        'list|--lang') REPLY='words||nl en|nl|en' ;;
        'list|--logbook') REPLY='files|||FILE' ;;
        'list|--person') REPLY='text|||NAME' ;;
        'list|--protocols') REPLY='dirs|||DIR' ;;
        'list|--since') REPLY='text|||DATE' ;;
        'list|--sort') REPLY='words||reported idle due status|ORDER' ;;
        'list|--status') REPLY='words|split|open opgeschaald afgeschaald gesloten|STATUS' ;;
        'list|--until') REPLY='text|||DATE' ;;
        'agenda|--author') REPLY='text|||NAME' ;;
        'agenda|--idle-days') REPLY='text|||N' ;;
        'agenda|--lang') REPLY='words||nl en|nl|en' ;;
        'agenda|--logbook') REPLY='files|||FILE' ;;
        'agenda|--protocols') REPLY='dirs|||DIR' ;;
        'show|--author') REPLY='text|||NAME' ;;
        'show|--lang') REPLY='words||nl en|nl|en' ;;
        'show|--logbook') REPLY='files|||FILE' ;;
        'show|--protocols') REPLY='dirs|||DIR' ;;
        'search|--author') REPLY='text|||NAME' ;;
        'search|-c'|'search|--category') REPLY='categories|split|cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident|CATEGORY' ;;
        'search|--lang') REPLY='words||nl en|nl|en' ;;
        'search|--logbook') REPLY='files|||FILE' ;;
        'search|--protocols') REPLY='dirs|||DIR' ;;
        'search|--since') REPLY='text|||DATE' ;;
        'search|--status') REPLY='words|split|open opgeschaald afgeschaald gesloten|STATUS' ;;
        'search|--until') REPLY='text|||DATE' ;;
        'person|--author') REPLY='text|||NAME' ;;
        'person|--export') REPLY='files|||FILE' ;;
        'person|--format') REPLY='words||json markdown|FORMAT' ;;
        'person|--lang') REPLY='words||nl en|nl|en' ;;
        'person|--logbook') REPLY='files|||FILE' ;;
        'person|--protocols') REPLY='dirs|||DIR' ;;
        'next|--author') REPLY='text|||NAME' ;;
        'next|--lang') REPLY='words||nl en|nl|en' ;;
        'next|--logbook') REPLY='files|||FILE' ;;
        'next|--protocol') REPLY='protocols|||PROTOCOL' ;;
        'next|--protocols') REPLY='dirs|||DIR' ;;
        'next|--reason') REPLY='text|||TEXT' ;;
        'escalate|--author') REPLY='text|||NAME' ;;
        'escalate|--lang') REPLY='words||nl en|nl|en' ;;
        'escalate|--logbook') REPLY='files|||FILE' ;;
        'escalate|--partner') REPLY='partners|||PARTNER' ;;
        'escalate|--protocols') REPLY='dirs|||DIR' ;;
        'escalate|--reason') REPLY='reasons|||CRITERION|TEXT' ;;
        'escalate|--to') REPLY='levels|||LEVEL' ;;
        'close|--author') REPLY='text|||NAME' ;;
        'close|--lang') REPLY='words||nl en|nl|en' ;;
        'close|--logbook') REPLY='files|||FILE' ;;
        'close|--outcome') REPLY='text|||TEXT' ;;
        'close|--protocols') REPLY='dirs|||DIR' ;;
        'close|--reason') REPLY='text|||TEXT' ;;
        'amend|--add-person') REPLY='text|||NAME:ROLE[:KIND]' ;;
        'amend|--add-protocol') REPLY='protocols|||ID' ;;
        'amend|--author') REPLY='text|||NAME' ;;
        'amend|-c'|'amend|--category') REPLY='categories||cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident|CATEGORY' ;;
        'amend|-d'|'amend|--description') REPLY='text|||TEXT' ;;
        'amend|--lang') REPLY='words||nl en|nl|en' ;;
        'amend|--logbook') REPLY='files|||FILE' ;;
        'amend|--occurred') REPLY='text|||DATE[TIME]' ;;
        'amend|-p'|'amend|--platform') REPLY='text|||NAME' ;;
        'amend|--protocol') REPLY='protocols|||ID' ;;
        'amend|--protocols') REPLY='dirs|||DIR' ;;
        'amend|--reason') REPLY='text|||TEXT' ;;
        'amend|--remove-person') REPLY='text|||NAME' ;;
        'amend|--remove-protocol') REPLY='protocols|||ID' ;;
        'amend|--severity') REPLY='words||laag middel hoog acuut|LEVEL' ;;
        'amend|--source') REPLY='words||openbaar prive-account|SOURCE' ;;
        'amend|-t'|'amend|--title') REPLY='text|||TEXT' ;;
        'retract|--author') REPLY='text|||NAME' ;;
        'retract|--entry') REPLY='text|||N' ;;
        'retract|--item') REPLY='text|||KEY|N' ;;
        'retract|--lang') REPLY='words||nl en|nl|en' ;;
        'retract|--logbook') REPLY='files|||FILE' ;;
        'retract|--protocols') REPLY='dirs|||DIR' ;;
        'retract|--reason') REPLY='text|||TEXT' ;;
        'reopen|--author') REPLY='text|||NAME' ;;
        'reopen|--lang') REPLY='words||nl en|nl|en' ;;
        'reopen|--logbook') REPLY='files|||FILE' ;;
        'reopen|--protocols') REPLY='dirs|||DIR' ;;
        'reopen|--reason') REPLY='text|||TEXT' ;;
        'consent|--author') REPLY='text|||NAME' ;;
        'consent|--date') REPLY='text|||DATE' ;;
        'consent|--from') REPLY='text|||WHO' ;;
        'consent|--ground') REPLY='words||toestemming wettelijke-plicht vitaal-belang|GROUND' ;;
        'consent|--lang') REPLY='words||nl en|nl|en' ;;
        'consent|--logbook') REPLY='files|||FILE' ;;
        'consent|--partner') REPLY='partners|||PARTNER' ;;
        'consent|--protocols') REPLY='dirs|||DIR' ;;
        'consent|--purpose') REPLY='text|||TEXT' ;;
        'partners|--author') REPLY='text|||NAME' ;;
        'partners|--lang') REPLY='words||nl en|nl|en' ;;
        'partners|--logbook') REPLY='files|||FILE' ;;
        'partners|--protocols') REPLY='dirs|||DIR' ;;
        'retention|--author') REPLY='text|||NAME' ;;
        'retention|--lang') REPLY='words||nl en|nl|en' ;;
        'retention|--logbook') REPLY='files|||FILE' ;;
        'retention|--protocols') REPLY='dirs|||DIR' ;;
        'purge|--author') REPLY='text|||NAME' ;;
        'purge|--lang') REPLY='words||nl en|nl|en' ;;
        'purge|--logbook') REPLY='files|||FILE' ;;
        'purge|--person') REPLY='text|||NAME' ;;
        'purge|--protocols') REPLY='dirs|||DIR' ;;
        'purge|--reason') REPLY='text|||TEXT' ;;
        'protocols|--author') REPLY='text|||NAME' ;;
        'protocols|--lang') REPLY='words||nl en|nl|en' ;;
        'protocols|--logbook') REPLY='files|||FILE' ;;
        'protocols|--protocols') REPLY='dirs|||DIR' ;;
        'protocols show|--author') REPLY='text|||NAME' ;;
        'protocols show|--lang') REPLY='words||nl en|nl|en' ;;
        'protocols show|--logbook') REPLY='files|||FILE' ;;
        'protocols show|--protocols') REPLY='dirs|||DIR' ;;
        'protocols check|--author') REPLY='text|||NAME' ;;
        'protocols check|--lang') REPLY='words||nl en|nl|en' ;;
        'protocols check|--logbook') REPLY='files|||FILE' ;;
        'protocols check|--protocols') REPLY='dirs|||DIR' ;;
        'verify|--author') REPLY='text|||NAME' ;;
        'verify|--expect-head') REPLY='text|||HASH' ;;
        'verify|--lang') REPLY='words||nl en|nl|en' ;;
        'verify|--logbook') REPLY='files|||FILE' ;;
        'verify|--protocols') REPLY='dirs|||DIR' ;;
        'report|--author') REPLY='text|||NAME' ;;
        'report|-f'|'report|--format') REPLY='words||text markdown json html|FORMAT' ;;
        'report|--from') REPLY='text|||DATE' ;;
        'report|--lang') REPLY='words||nl en|nl|en' ;;
        'report|--logbook') REPLY='files|||FILE' ;;
        'report|--month') REPLY='text|||YYYY-MM' ;;
        'report|-o'|'report|--output') REPLY='files|||FILE' ;;
        'report|--protocols') REPLY='dirs|||DIR' ;;
        'report|--stale-days') REPLY='text|||N' ;;
        'report|--to') REPLY='text|||DATE' ;;
        'report|--year') REPLY='text|||YYYY' ;;
        'export|--access') REPLY='text|||NAME' ;;
        'export|--author') REPLY='text|||NAME' ;;
        'export|-c'|'export|--category') REPLY='categories|split|cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident|CATEGORY' ;;
        'export|--for') REPLY='partners|||PARTNER' ;;
        'export|-f'|'export|--format') REPLY='words||csv json jsonl|FORMAT' ;;
        'export|--lang') REPLY='words||nl en|nl|en' ;;
        'export|--logbook') REPLY='files|||FILE' ;;
        'export|-o'|'export|--output') REPLY='files|||FILE' ;;
        'export|--protocols') REPLY='dirs|||DIR' ;;
        'export|--since') REPLY='text|||DATE' ;;
        'export|--status') REPLY='words|split|open opgeschaald afgeschaald gesloten|STATUS' ;;
        'export|--until') REPLY='text|||DATE' ;;
        'backup|--author') REPLY='text|||NAME' ;;
        'backup|--lang') REPLY='words||nl en|nl|en' ;;
        'backup|--logbook') REPLY='files|||FILE' ;;
        'backup|--protocols') REPLY='dirs|||DIR' ;;
        'rotate-key|--author') REPLY='text|||NAME' ;;
        'rotate-key|--lang') REPLY='words||nl en|nl|en' ;;
        'rotate-key|--logbook') REPLY='files|||FILE' ;;
        'rotate-key|--protocols') REPLY='dirs|||DIR' ;;
        'team|--author') REPLY='text|||NAME' ;;
        'team|--lang') REPLY='words||nl en|nl|en' ;;
        'team|--logbook') REPLY='files|||FILE' ;;
        'team|--protocols') REPLY='dirs|||DIR' ;;
        'team init|--author') REPLY='text|||NAME' ;;
        'team init|--lang') REPLY='words||nl en|nl|en' ;;
        'team init|--logbook') REPLY='files|||FILE' ;;
        'team init|--name') REPLY='text|||NAME' ;;
        'team init|--protocols') REPLY='dirs|||DIR' ;;
        'team join|--author') REPLY='text|||NAME' ;;
        'team join|--lang') REPLY='words||nl en|nl|en' ;;
        'team join|--logbook') REPLY='files|||FILE' ;;
        'team join|--name') REPLY='text|||NAME' ;;
        'team join|--protocols') REPLY='dirs|||DIR' ;;
        'team status|--author') REPLY='text|||NAME' ;;
        'team status|--lang') REPLY='words||nl en|nl|en' ;;
        'team status|--logbook') REPLY='files|||FILE' ;;
        'team status|--protocols') REPLY='dirs|||DIR' ;;
        'team admit|--author') REPLY='text|||NAME' ;;
        'team admit|--lang') REPLY='words||nl en|nl|en' ;;
        'team admit|--logbook') REPLY='files|||FILE' ;;
        'team admit|--protocols') REPLY='dirs|||DIR' ;;
        'team revoke|--author') REPLY='text|||NAME' ;;
        'team revoke|--lang') REPLY='words||nl en|nl|en' ;;
        'team revoke|--logbook') REPLY='files|||FILE' ;;
        'team revoke|--protocols') REPLY='dirs|||DIR' ;;
        'sync|--author') REPLY='text|||NAME' ;;
        'sync|--lang') REPLY='words||nl en|nl|en' ;;
        'sync|--logbook') REPLY='files|||FILE' ;;
        'sync|--protocols') REPLY='dirs|||DIR' ;;
        'install|--author') REPLY='text|||NAME' ;;
        'install|--lang') REPLY='words||nl en|nl|en' ;;
        'install|--logbook') REPLY='files|||FILE' ;;
        'install|--prefix') REPLY='dirs|||DIR' ;;
        'install|--protocols') REPLY='dirs|||DIR' ;;
        'help|--author') REPLY='text|||NAME' ;;
        'help|--lang') REPLY='words||nl en|nl|en' ;;
        'help|--logbook') REPLY='files|||FILE' ;;
        'help|--protocols') REPLY='dirs|||DIR' ;;
        *) REPLY='text|||' ;;
    esac
}

# What argument number $2 (from 0, after the command) of command path $1 is, in REPLY.
_logboek_argument() {
    REPLY='text|||'
    case $1 in
        'annotate')
            if (( $2 == 0 )); then REPLY='active-ids|||ID'
            elif (( $2 >= 1 )); then REPLY='text|||TEXT'
            fi ;;
        'show')
            if (( $2 == 0 )); then REPLY='ids|||ID'
            fi ;;
        'search')
            if (( $2 == 0 )); then REPLY='text|||TEXT'
            fi ;;
        'person')
            if (( $2 == 0 )); then REPLY='text|||NAME'
            fi ;;
        'next')
            if (( $2 == 0 )); then REPLY='ids|||ID'
            fi ;;
        'escalate')
            if (( $2 == 0 )); then REPLY='active-ids|||ID'
            fi ;;
        'close')
            if (( $2 == 0 )); then REPLY='active-ids|||ID'
            fi ;;
        'amend')
            if (( $2 == 0 )); then REPLY='ids|||ID'
            fi ;;
        'retract')
            if (( $2 == 0 )); then REPLY='ids|||ID'
            fi ;;
        'reopen')
            if (( $2 == 0 )); then REPLY='closed-ids|||ID'
            fi ;;
        'consent')
            if (( $2 == 0 )); then REPLY='active-ids|||ID'
            fi ;;
        'partners')
            if (( $2 == 0 )); then REPLY='partners|||PARTNER'
            fi ;;
        'protocols show')
            if (( $2 == 0 )); then REPLY='protocols|||ID'
            fi ;;
        'protocols check')
            if (( $2 == 0 )); then REPLY='files|||FILE'
            fi ;;
        'export')
            if (( $2 >= 0 )); then REPLY='ids|||ID'
            fi ;;
        'backup')
            if (( $2 == 0 )); then REPLY='dirs|||DIR'
            fi ;;
        'team init')
            if (( $2 == 0 )); then REPLY='text|||REMOTE'
            fi ;;
        'team join')
            if (( $2 == 0 )); then REPLY='text|||REMOTE'
            fi ;;
        'team admit')
            if (( $2 == 0 )); then REPLY='text|||NAME'
            fi ;;
        'team revoke')
            if (( $2 == 0 )); then REPLY='text|||NAME'
            fi ;;
        'help')
            if (( $2 == 0 )); then REPLY='words||init new annotate list agenda show search person next escalate close amend retract reopen consent partners retention purge protocols verify report export backup rotate-key team sync install help|COMMAND'
            fi ;;
    esac
}

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
    p=${p#[\"\']}
    p=${p%[\"\']}
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
        [[ ,$1, == *,"$line",* ]] || printf '%s\n' "$line"
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
            _logboek_reply "$prefix" < <(compgen -W "$(_logboek_run "$kind" ${first:+"--incident=$first"} \
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
