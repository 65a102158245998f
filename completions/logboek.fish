# fish completion for logboek.
#
# Generated from logboek's command model by nl.logboek.cli.gen.Generate; do not edit.
# Regenerate with: mvn -B -q -Pregenerate process-classes
#
# 'logboek install' puts this file in PREFIX/share/fish/vendor_completions.d/logboek.fish.
# Incident ids, category, protocol and partner ids, and the levels and criteria of an
# incident's escalation ladder come from 'logboek complete', which reads the logbook and
# protocols given on the command line (--logbook, --protocols) or in the environment
# (LOGBOEK_FILE, XDG_DATA_HOME, XDG_CONFIG_HOME).

# The subcommands of command path $argv (nothing for logboek itself), one per line.
function __logboek_subcommands
    switch "$argv"
        case ''
            printf '%s\n' 'init' 'new' 'annotate' 'list' 'agenda' 'show' 'search' 'person' 'next' 'escalate' 'close' 'amend' 'retract' 'reopen' 'consent' 'partners' 'retention' 'purge' 'protocols' 'verify' 'report' 'export' 'backup' 'team' 'sync' 'install' 'help'
        case 'protocols'
            printf '%s\n' 'show' 'check'
        case 'team'
            printf '%s\n' 'init' 'join' 'status'
    end
end

# The options of command path $argv that take a value, one per line.
function __logboek_valued
    switch "$argv"
        case ''
            printf '%s\n' '--author' '--lang' '--logbook' '--protocols'
        case 'init'
            printf '%s\n' '--author' '--lang' '--logbook' '--protocols'
        case 'new'
            printf '%s\n' '--author' '-c' '--category' '-d' '--description' '--lang' '--logbook' '--occurred' '--person' '-p' '--platform' '--protocol' '--protocols' '--severity' '--source' '-t' '--title'
        case 'annotate'
            printf '%s\n' '--account' '--answer' '--author' '--channel' '--done' '--done-on' '--follow-up' '--follow-up-done' '--involved' '--lang' '--logbook' '--posted-at' '--posted-by' '--protocols' '--screenshot' '--url'
        case 'list'
            printf '%s\n' '--author' '-c' '--category' '--lang' '--logbook' '--person' '--protocols' '--since' '--sort' '--status' '--until'
        case 'agenda'
            printf '%s\n' '--author' '--idle-days' '--lang' '--logbook' '--protocols'
        case 'show'
            printf '%s\n' '--author' '--lang' '--logbook' '--protocols'
        case 'search'
            printf '%s\n' '--author' '-c' '--category' '--lang' '--logbook' '--protocols' '--since' '--status' '--until'
        case 'person'
            printf '%s\n' '--author' '--export' '--format' '--lang' '--logbook' '--protocols'
        case 'next'
            printf '%s\n' '--author' '--lang' '--logbook' '--protocol' '--protocols' '--reason'
        case 'escalate'
            printf '%s\n' '--author' '--lang' '--logbook' '--partner' '--protocols' '--reason' '--to'
        case 'close'
            printf '%s\n' '--author' '--lang' '--logbook' '--outcome' '--protocols' '--reason'
        case 'amend'
            printf '%s\n' '--add-person' '--add-protocol' '--author' '-c' '--category' '-d' '--description' '--lang' '--logbook' '--occurred' '-p' '--platform' '--protocol' '--protocols' '--reason' '--remove-person' '--remove-protocol' '--severity' '--source' '-t' '--title'
        case 'retract'
            printf '%s\n' '--author' '--entry' '--item' '--lang' '--logbook' '--protocols' '--reason'
        case 'reopen'
            printf '%s\n' '--author' '--lang' '--logbook' '--protocols' '--reason'
        case 'consent'
            printf '%s\n' '--author' '--date' '--from' '--ground' '--lang' '--logbook' '--partner' '--protocols' '--purpose'
        case 'partners'
            printf '%s\n' '--author' '--lang' '--logbook' '--protocols'
        case 'retention'
            printf '%s\n' '--author' '--lang' '--logbook' '--protocols'
        case 'purge'
            printf '%s\n' '--author' '--lang' '--logbook' '--person' '--protocols' '--reason'
        case 'protocols'
            printf '%s\n' '--author' '--lang' '--logbook' '--protocols'
        case 'protocols show'
            printf '%s\n' '--author' '--lang' '--logbook' '--protocols'
        case 'protocols check'
            printf '%s\n' '--author' '--lang' '--logbook' '--protocols'
        case 'verify'
            printf '%s\n' '--author' '--lang' '--logbook' '--protocols'
        case 'report'
            printf '%s\n' '--author' '-f' '--format' '--from' '--lang' '--logbook' '--month' '-o' '--output' '--protocols' '--stale-days' '--to' '--year'
        case 'export'
            printf '%s\n' '--access' '--author' '-c' '--category' '--for' '-f' '--format' '--lang' '--logbook' '-o' '--output' '--protocols' '--since' '--status' '--until'
        case 'backup'
            printf '%s\n' '--author' '--lang' '--logbook' '--protocols'
        case 'team'
            printf '%s\n' '--author' '--lang' '--logbook' '--protocols'
        case 'team init'
            printf '%s\n' '--author' '--lang' '--logbook' '--name' '--protocols'
        case 'team join'
            printf '%s\n' '--author' '--lang' '--logbook' '--name' '--protocols'
        case 'team status'
            printf '%s\n' '--author' '--lang' '--logbook' '--protocols'
        case 'sync'
            printf '%s\n' '--author' '--lang' '--logbook' '--protocols'
        case 'install'
            printf '%s\n' '--author' '--lang' '--logbook' '--prefix' '--protocols'
        case 'help'
            printf '%s\n' '--author' '--lang' '--logbook' '--protocols'
    end
end

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
        contains -- (string split -m 1 \t -- $v)[1] $listed; and continue
        printf '%s%s\n' "$prefix" "$v"
    end
end

# Files only where a file is asked for.
complete -c logboek -f

# logboek
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'init' -d 'Start a new logbook, before its first entry.'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'init' -d 'Begin een nieuw logboek, voordat er iets in staat.'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'new' -d 'Record a new incident and print its id.'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'new' -d 'Leg een nieuw incident vast en toon het nummer ervan.'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'annotate' -d 'Add a timestamped note to an incident, optionally with what was seen of a posting (evidence).'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'annotate' -d 'Voeg een notitie met datum en tijd toe aan een incident, eventueel met wat je van een bericht heb...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'list' -d 'List incidents, oldest first: by default every incident not closed (--status all lists all).'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'list' -d 'Toon de incidenten, oudste eerst: standaard elk incident dat niet gesloten is (--status all toont...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'agenda' -d 'The day\'s agenda: what is overdue, what is due today and what in the 7 days after today.'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'agenda' -d 'De agenda van de dag: wat achterstallig is, wat vandaag moet en wat in de 7 dagen na vandaag.'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'show' -d 'Show one incident with its full timeline.'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'show' -d 'Toon één incident met zijn volledige tijdlijn.'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'search' -d 'Find a text in titles, descriptions, people, notes (your personal notes too, marked), evidence, i...'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'search' -d 'Zoek een tekst in titels, omschrijvingen, betrokkenen, notities (ook je persoonlijke notities, ge...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'person' -d 'One person\'s incidents, oldest first: when reported, the incident, their role, the category, the ...'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'person' -d 'De incidenten van één persoon, oudste eerst: wanneer gemeld, het incident, de rol, de categorie, ...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'next' -d 'Print the checklist of the incident\'s current protocol step: alerts, items (done ones ticked), pa...'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'next' -d 'Toon de checklist van de huidige protocolstap van het incident: waarschuwingen, punten (gedane pu...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'escalate' -d 'Scale an incident up one level of its protocol\'s escalation ladder (or down with --down, or to a ...'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'escalate' -d 'Schaal een incident één niveau hoger op de opschalingsladder van zijn protocol (of af met --down,...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'close' -d 'Close an incident with its outcome.'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'close' -d 'Sluit een incident af, met de uitkomst.'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'amend' -d 'Correct what was recorded about an incident: a new entry that names what changed, why, by whom an...'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'amend' -d 'Corrigeer wat over een incident is vastgelegd: een nieuwe regel die zegt wat er veranderde, waaro...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'retract' -d 'Take back a tick, or mark a note or evidence entry as recorded in error.'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'retract' -d 'Trek een vinkje in, of markeer een notitie of bewijs als ten onrechte vastgelegd.'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'reopen' -d 'Open a closed incident again, for instance when it was closed too soon or the problem came back.'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'reopen' -d 'Open een gesloten incident opnieuw, bijvoorbeeld als het te vroeg is gesloten of het probleem ter...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'consent' -d 'Record consent to exchange information about an incident with a partner (from whom, for which pur...'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'consent' -d 'Leg toestemming vast om informatie over een incident met een partner te delen (van wie, voor welk...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'partners' -d 'List the partners you can involve, by id, and what your organisation agreed with them.'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'partners' -d 'Toon de partners die je kunt betrekken, met hun id, en wat je organisatie met ze heeft afgesproken.'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'retention' -d 'List closed incidents whose retention period (bewaartermijn) has ended, and those ending within 3...'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'retention' -d 'Toon de gesloten incidenten waarvan de bewaartermijn voorbij is, en die waarvan hij binnen 30 dag...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'purge' -d 'Remove the content of incidents whose retention period has ended, for good: every line of those i...'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'purge' -d 'Verwijder voorgoed de inhoud van incidenten waarvan de bewaartermijn voorbij is: elke regel van d...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'protocols' -d 'List the protocols in effect: the shipped ones and your organisation\'s own.'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'protocols' -d 'Toon de protocollen die gelden: de meegeleverde en die van je eigen organisatie.'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'verify' -d 'Check every line of the logbook: valid JSON, known event type and version, sequence, the hash cha...'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'verify' -d 'Controleer elke regel van het logboek: geldige JSON, bekend gebeurtenistype en bekende versie, de...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'report' -d 'Summarise a period for the team meeting: incidents reported, closed and open; counts by category,...'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'report' -d 'Vat een periode samen voor het teamoverleg: gemelde, gesloten en open incidenten; aantallen per c...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'export' -d 'Export incidents (one record each) or their events (--events: the full audit trail) as CSV, JSON ...'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'export' -d 'Exporteer incidenten (één record per incident) of hun gebeurtenissen (--events: het volledige ver...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'backup' -d 'Write a consistent copy of the logbook into DIR as NAME-YYYYMMDDTHHMMSS.jsonl (0600; DIR is creat...'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'backup' -d 'Schrijf een kloppende kopie van het logboek in MAP, als NAAM-JJJJMMDDTUUMMSS.jsonl (0600; MAP wor...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'team' -d 'A team logbook: several coordinators on several machines keep one logbook together through a shar...'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'team' -d 'Een teamlogboek: meerdere coördinatoren op meerdere computers houden samen één logboek bij via ee...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'sync' -d 'Exchange entries with the team: send what was recorded on this machine, receive what the others r...'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'sync' -d 'Wissel regels uit met het team: verstuur wat op deze computer is vastgelegd, ontvang wat de ander...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'install' -d 'Install logboek, its manual pages and its shell completions for you, or remove them again.'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'install' -d 'Installeer logboek, de handleidingen en de aanvullingen voor de shell voor jezelf, of verwijder z...'
complete -c logboek -n '__logboek_arg 0 0; and not __logboek_nl' -a 'help' -d 'Display help information about the specified command.'
complete -c logboek -n '__logboek_arg 0 0; and __logboek_nl' -a 'help' -d 'Toon de hulp bij een opdracht.'
complete -c logboek -n '__logboek_at; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'

# logboek init
complete -c logboek -n '__logboek_at init; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at init; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at init; and not __logboek_nl' -l 'encrypt' -d 'Encrypt the content of every entry (recommended for logbooks that may be copied).'
complete -c logboek -n '__logboek_at init; and __logboek_nl' -l 'encrypt' -d 'Versleutel de inhoud van elke regel (aangeraden voor logboeken die gekopieerd kunnen worden).'
complete -c logboek -n '__logboek_at init; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at init; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at init; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at init; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at init; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at init; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at init; and not __logboek_nl' -l 'passphrase' -d 'Derive the key from a passphrase (LOGBOEK_PASSPHRASE, or asked on a terminal) instead of a key file.'
complete -c logboek -n '__logboek_at init; and __logboek_nl' -l 'passphrase' -d 'Leid de sleutel af van een wachtzin (LOGBOEK_PASSPHRASE, of gevraagd op de terminal) in plaats va...'
complete -c logboek -n '__logboek_at init; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at init; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at init; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at init; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at init; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at init; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_at init; and not __logboek_nl' -l 'weak-passphrase' -d 'Accept a passphrase shorter than 12 characters and fewer than four words (with a warning).'
complete -c logboek -n '__logboek_at init; and __logboek_nl' -l 'weak-passphrase' -d 'Accepteer een wachtzin van minder dan 12 tekens en minder dan vier woorden (met een waarschuwing).'

# logboek new
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -s 'c' -l 'category' -x -a '(__logboek_values categories \'\' cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident)' -d 'Kind of incident (required): cyberpesten, bedreiging, sexting, sextortion, grooming, loverboy, re...'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -s 'c' -l 'category' -x -a '(__logboek_values categories \'\' cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident)' -d 'Soort incident (verplicht): cyberpesten, bedreiging, sexting, sextortion, grooming, loverboy, rep...'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -s 'd' -l 'description' -x -d 'What happened.'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -s 'd' -l 'description' -x -d 'Wat er gebeurde.'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -l 'json' -d 'Print the new incident as JSON.'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -l 'json' -d 'Toon het nieuwe incident als JSON.'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -l 'occurred' -x -d 'When it happened: 2026-11-20 or 2026-11-20T15:30 (your time zone).'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -l 'occurred' -x -d 'Wanneer het gebeurde (in jouw tijdzone): 2026-11-20 of 2026-11-20T15:30.'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -l 'person' -x -d 'Someone involved (repeatable).'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -l 'person' -x -d 'Een betrokkene (herhaalbaar).'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -s 'p' -l 'platform' -x -d 'Where it happened online, e.g. Instagram, Snapchat, WhatsApp.'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -s 'p' -l 'platform' -x -d 'Waar het online gebeurde, bijv. Instagram, Snapchat, WhatsApp.'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -l 'protocol' -x -a '(__logboek_values protocols \'\')' -d 'Follow this protocol instead of the one chosen from the category and everyone involved; a protoco...'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -l 'protocol' -x -a '(__logboek_values protocols \'\')' -d 'Volg dit protocol in plaats van het protocol dat bij de categorie en alle betrokkenen hoort; een ...'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -s 'q' -l 'quiet' -d 'Print only the new id (for scripts).'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -s 'q' -l 'quiet' -d 'Toon alleen het nummer van het nieuwe incident (voor scripts).'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -l 'severity' -x -a 'laag middel hoog acuut' -d 'laag, middel, hoog or acuut.'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -l 'severity' -x -a 'laag middel hoog acuut' -d 'laag, middel, hoog of acuut.'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -l 'source' -x -a 'openbaar prive-account' -d 'Where the information comes from: openbaar (public) or prive-account (private account: never shar...'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -l 'source' -x -a 'openbaar prive-account' -d 'Waar de informatie vandaan komt: openbaar (openbare bron) of prive-account (privéaccount: wordt n...'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -s 't' -l 'title' -x -d 'A short title (required).'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -s 't' -l 'title' -x -d 'Een korte titel (verplicht).'
complete -c logboek -n '__logboek_at new; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at new; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'

# logboek annotate
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'account' -x -d 'Whose account it was posted from.'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'account' -x -d 'Vanaf wiens account het geplaatst is.'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'answer' -x -d 'Answer a question of the protocol (ja, nee, twijfel or onbekend) or a decision (one of its option...'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'answer' -x -d 'Beantwoord een vraag van het protocol (ja, nee, twijfel of onbekend) of een besluit (een van de k...'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'channel' -x -d 'Where it was posted (platform, group, channel).'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'channel' -x -d 'Waar het geplaatst is (platform, groep, kanaal).'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'done' -x -a '(__logboek_values items split)' -d 'Tick checklist items: their id, or their number in the printed checklist (repeatable, or comma-se...'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'done' -x -a '(__logboek_values items split)' -d 'Vink checklistpunten af: hun id, of hun nummer in de getoonde checklist (herhaalbaar, of gescheid...'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'done-on' -x -d 'The date the items were done (for dated duties, such as the meld- en aangifteplicht).'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'done-on' -x -d 'De datum waarop de punten zijn gedaan (voor plichten met een datum, zoals de meld- en aangiftepli...'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'evidence' -d 'This note records a posting (guide on online abuse of professionals, step 2: who posted, channel,...'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'evidence' -d 'Deze notitie legt een bericht vast (handreiking online grensoverschrijdend gedrag tegen professio...'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'follow-up' -x -d 'Set a follow-up that TEXT describes, due WHEN: yyyy-mm-dd, +3d or +2w (days or weeks from today),...'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'follow-up' -x -d 'Maak een vervolgafspraak die TEKST beschrijft, op WANNEER: jjjj-mm-dd, +3d of +2w (dagen of weken...'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'follow-up-done' -x -d 'Mark follow-up N (as \'logboek show\' numbers them) done; TEXT, if given, says what came of it.'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'follow-up-done' -x -d 'Rond vervolgafspraak N af (genummerd zoals \'logboek show\' ze toont); TEKST zegt desgewenst wat er...'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'involved' -x -d 'Who else is involved (shared, liked, commented).'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'involved' -x -d 'Wie er nog meer bij betrokken is (gedeeld, geliket, gereageerd).'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'json' -d 'Print the new event as JSON.'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'json' -d 'Toon de nieuwe gebeurtenis als JSON.'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'posted-at' -x -d 'When it was posted.'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'posted-at' -x -d 'Wanneer het geplaatst is.'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'posted-by' -x -d 'Who posted it.'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'posted-by' -x -d 'Wie het plaatste.'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'private' -d 'A personal work note: kept out of exports and of what is handed over on a request for access (inz...'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'private' -d 'Een persoonlijke werkaantekening: blijft buiten exports en buiten wat je bij een inzageverzoek ov...'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -s 'q' -l 'quiet' -d 'Print nothing on success.'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -s 'q' -l 'quiet' -d 'Toon niets als het gelukt is.'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'screenshot' -r -F -d 'A screenshot file: its SHA-256 and path are recorded, never the file.'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'screenshot' -r -F -d 'Een bestand met een schermafdruk: de SHA-256 en het pad worden vastgelegd, nooit het bestand zelf.'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -l 'url' -x -d 'Where the posting can be found.'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -l 'url' -x -d 'Waar het bericht te vinden is.'
complete -c logboek -n '__logboek_at annotate; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at annotate; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_arg 0 0 annotate' -a '(__logboek_values active-ids \'\')'

# logboek list
complete -c logboek -n '__logboek_at list; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at list; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at list; and not __logboek_nl' -s 'c' -l 'category' -x -a '(__logboek_values categories split cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident)' -d 'Only these categories.'
complete -c logboek -n '__logboek_at list; and __logboek_nl' -s 'c' -l 'category' -x -a '(__logboek_values categories split cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident)' -d 'Alleen incidenten in deze categorieën.'
complete -c logboek -n '__logboek_at list; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at list; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at list; and not __logboek_nl' -l 'json' -d 'Print JSON (docs/json-output.md).'
complete -c logboek -n '__logboek_at list; and __logboek_nl' -l 'json' -d 'Toon JSON (docs/json-output.md).'
complete -c logboek -n '__logboek_at list; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at list; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at list; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at list; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at list; and not __logboek_nl' -l 'overdue' -d 'Only incidents with a follow-up whose day has passed.'
complete -c logboek -n '__logboek_at list; and __logboek_nl' -l 'overdue' -d 'Alleen incidenten met een vervolgafspraak waarvan de dag voorbij is.'
complete -c logboek -n '__logboek_at list; and not __logboek_nl' -l 'person' -x -d 'Only incidents involving NAME (compared as \'person\' does: without case, accents or extra spaces).'
complete -c logboek -n '__logboek_at list; and __logboek_nl' -l 'person' -x -d 'Alleen incidenten waarbij NAAM betrokken is (vergeleken zoals \'person\' doet: zonder hoofdletters,...'
complete -c logboek -n '__logboek_at list; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at list; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at list; and not __logboek_nl' -l 'since' -x -d 'Only incidents reported on or after DATE (yyyy-mm-dd).'
complete -c logboek -n '__logboek_at list; and __logboek_nl' -l 'since' -x -d 'Alleen incidenten gemeld op of na DATUM (jjjj-mm-dd).'
complete -c logboek -n '__logboek_at list; and not __logboek_nl' -l 'sort' -x -a 'reported idle due status' -d 'reported (oldest first; the default), idle (longest idle first), due (next follow-up first), status.'
complete -c logboek -n '__logboek_at list; and __logboek_nl' -l 'sort' -x -a 'reported idle due status' -d 'reported (oudste eerst; standaard), idle (langst stil eerst), due (eerstvolgende vervolgafspraak ...'
complete -c logboek -n '__logboek_at list; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at list; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at list; and not __logboek_nl' -l 'status' -x -a '(__logboek_values words split open opgeschaald afgeschaald gesloten)' -d 'Only these statuses: open, opgeschaald, afgeschaald, gesloten; active (every status but gesloten)...'
complete -c logboek -n '__logboek_at list; and __logboek_nl' -l 'status' -x -a '(__logboek_values words split open opgeschaald afgeschaald gesloten)' -d 'Alleen incidenten met deze status: open, opgeschaald, afgeschaald, gesloten; active (elke status ...'
complete -c logboek -n '__logboek_at list; and not __logboek_nl' -l 'until' -x -d 'Only incidents reported on or before DATE (yyyy-mm-dd).'
complete -c logboek -n '__logboek_at list; and __logboek_nl' -l 'until' -x -d 'Alleen incidenten gemeld op of vóór DATUM (jjjj-mm-dd).'
complete -c logboek -n '__logboek_at list; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at list; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'

# logboek agenda
complete -c logboek -n '__logboek_at agenda; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at agenda; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at agenda; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at agenda; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at agenda; and not __logboek_nl' -l 'idle-days' -x -d 'An incident without a line for more than N days is on the agenda.'
complete -c logboek -n '__logboek_at agenda; and __logboek_nl' -l 'idle-days' -x -d 'Een incident zonder regel langer dan N dagen staat op de agenda.'
complete -c logboek -n '__logboek_at agenda; and not __logboek_nl' -l 'json' -d 'Print JSON (docs/json-output.md).'
complete -c logboek -n '__logboek_at agenda; and __logboek_nl' -l 'json' -d 'Toon JSON (docs/json-output.md).'
complete -c logboek -n '__logboek_at agenda; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at agenda; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at agenda; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at agenda; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at agenda; and not __logboek_nl' -l 'mine' -d 'In a team logbook: only the incidents you recorded or last acted on.'
complete -c logboek -n '__logboek_at agenda; and __logboek_nl' -l 'mine' -d 'In een teamlogboek: alleen de incidenten die je vastlegde of waarin je het laatst iets deed.'
complete -c logboek -n '__logboek_at agenda; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at agenda; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at agenda; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at agenda; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at agenda; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at agenda; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'

# logboek show
complete -c logboek -n '__logboek_at show; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at show; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at show; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at show; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at show; and not __logboek_nl' -l 'json' -d 'Print JSON (docs/json-output.md).'
complete -c logboek -n '__logboek_at show; and __logboek_nl' -l 'json' -d 'Toon JSON (docs/json-output.md).'
complete -c logboek -n '__logboek_at show; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at show; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at show; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at show; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at show; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at show; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at show; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at show; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at show; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at show; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_arg 0 0 show' -a '(__logboek_values ids \'\')'

# logboek search
complete -c logboek -n '__logboek_at search; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at search; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at search; and not __logboek_nl' -s 'c' -l 'category' -x -a '(__logboek_values categories split cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident)' -d 'Only these categories.'
complete -c logboek -n '__logboek_at search; and __logboek_nl' -s 'c' -l 'category' -x -a '(__logboek_values categories split cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident)' -d 'Alleen incidenten in deze categorieën.'
complete -c logboek -n '__logboek_at search; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at search; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at search; and not __logboek_nl' -l 'json' -d 'Print JSON (docs/json-output.md).'
complete -c logboek -n '__logboek_at search; and __logboek_nl' -l 'json' -d 'Toon JSON (docs/json-output.md).'
complete -c logboek -n '__logboek_at search; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at search; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at search; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at search; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at search; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at search; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at search; and not __logboek_nl' -l 'since' -x -d 'Only incidents reported on or after DATE (yyyy-mm-dd).'
complete -c logboek -n '__logboek_at search; and __logboek_nl' -l 'since' -x -d 'Alleen incidenten gemeld op of na DATUM (jjjj-mm-dd).'
complete -c logboek -n '__logboek_at search; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at search; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at search; and not __logboek_nl' -l 'status' -x -a '(__logboek_values words split open opgeschaald afgeschaald gesloten)' -d 'Only these statuses: open, opgeschaald, afgeschaald, gesloten; active (every status but gesloten)...'
complete -c logboek -n '__logboek_at search; and __logboek_nl' -l 'status' -x -a '(__logboek_values words split open opgeschaald afgeschaald gesloten)' -d 'Alleen incidenten met deze status: open, opgeschaald, afgeschaald, gesloten; active (elke status ...'
complete -c logboek -n '__logboek_at search; and not __logboek_nl' -l 'until' -x -d 'Only incidents reported on or before DATE (yyyy-mm-dd).'
complete -c logboek -n '__logboek_at search; and __logboek_nl' -l 'until' -x -d 'Alleen incidenten gemeld op of vóór DATUM (jjjj-mm-dd).'
complete -c logboek -n '__logboek_at search; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at search; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'

# logboek person
complete -c logboek -n '__logboek_at person; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at person; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at person; and not __logboek_nl' -l 'export' -r -F -d 'Write everything recorded about the person to FILE, for a request for access: other people and st...'
complete -c logboek -n '__logboek_at person; and __logboek_nl' -l 'export' -r -F -d 'Schrijf alles wat over de persoon is vastgelegd naar BESTAND, voor een verzoek om inzage: andere ...'
complete -c logboek -n '__logboek_at person; and not __logboek_nl' -l 'format' -x -a 'json markdown' -d 'With --export: json or markdown.'
complete -c logboek -n '__logboek_at person; and __logboek_nl' -l 'format' -x -a 'json markdown' -d 'Bij --export: json of markdown.'
complete -c logboek -n '__logboek_at person; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at person; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at person; and not __logboek_nl' -l 'json' -d 'Print JSON (docs/json-output.md).'
complete -c logboek -n '__logboek_at person; and __logboek_nl' -l 'json' -d 'Toon JSON (docs/json-output.md).'
complete -c logboek -n '__logboek_at person; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at person; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at person; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at person; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at person; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at person; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at person; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at person; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at person; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at person; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'

# logboek next
complete -c logboek -n '__logboek_at next; and not __logboek_nl' -l 'advance' -d 'Record that the current step is finished and move to the next step; with items open, --reason is ...'
complete -c logboek -n '__logboek_at next; and __logboek_nl' -l 'advance' -d 'Leg vast dat de huidige stap klaar is en ga naar de volgende stap; staan er nog punten open, dan ...'
complete -c logboek -n '__logboek_at next; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at next; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at next; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at next; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at next; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at next; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at next; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at next; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at next; and not __logboek_nl' -l 'protocol' -x -a '(__logboek_values protocols \'\')' -d 'With --advance: the protocol added beside the main one whose step is finished (default: the main ...'
complete -c logboek -n '__logboek_at next; and __logboek_nl' -l 'protocol' -x -a '(__logboek_values protocols \'\')' -d 'Met --advance: het protocol naast het hoofdprotocol waarvan de stap klaar is (standaard: het hoof...'
complete -c logboek -n '__logboek_at next; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at next; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at next; and not __logboek_nl' -l 'reason' -x -d 'With --advance: why the step is finished with items still open (recorded with the items left open).'
complete -c logboek -n '__logboek_at next; and __logboek_nl' -l 'reason' -x -d 'Met --advance: waarom de stap klaar is terwijl er nog punten open staan (wordt vastgelegd met de ...'
complete -c logboek -n '__logboek_at next; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at next; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at next; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at next; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_arg 0 0 next' -a '(__logboek_values ids \'\')'

# logboek escalate
complete -c logboek -n '__logboek_at escalate; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at escalate; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at escalate; and not __logboek_nl' -l 'down' -d 'Scale down instead of up: back to the level the incident came from.'
complete -c logboek -n '__logboek_at escalate; and __logboek_nl' -l 'down' -d 'Schaal af in plaats van op: terug naar het niveau waar het incident vandaan kwam.'
complete -c logboek -n '__logboek_at escalate; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at escalate; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at escalate; and not __logboek_nl' -l 'json' -d 'Print the incident as JSON afterwards.'
complete -c logboek -n '__logboek_at escalate; and __logboek_nl' -l 'json' -d 'Toon het incident daarna als JSON.'
complete -c logboek -n '__logboek_at escalate; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at escalate; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at escalate; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at escalate; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at escalate; and not __logboek_nl' -l 'partner' -x -a '(__logboek_values partners \'\')' -d 'The partner involved, if not the level\'s first partner (ids: \'logboek partners\').'
complete -c logboek -n '__logboek_at escalate; and __logboek_nl' -l 'partner' -x -a '(__logboek_values partners \'\')' -d 'De betrokken partner, als dat niet de eerste partner van het niveau is (ids: \'logboek partners\').'
complete -c logboek -n '__logboek_at escalate; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at escalate; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at escalate; and not __logboek_nl' -l 'reason' -x -a '(__logboek_values reasons \'\')' -d 'Why: a criterion id or number of the protocol, or free text (required).'
complete -c logboek -n '__logboek_at escalate; and __logboek_nl' -l 'reason' -x -a '(__logboek_values reasons \'\')' -d 'Waarom: de id of het nummer van een criterium uit het protocol, of vrije tekst (verplicht).'
complete -c logboek -n '__logboek_at escalate; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at escalate; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at escalate; and not __logboek_nl' -l 'to' -x -a '(__logboek_values levels \'\')' -d 'Go straight to this level of the ladder.'
complete -c logboek -n '__logboek_at escalate; and __logboek_nl' -l 'to' -x -a '(__logboek_values levels \'\')' -d 'Ga direct naar dit niveau van de ladder.'
complete -c logboek -n '__logboek_at escalate; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at escalate; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_arg 0 0 escalate' -a '(__logboek_values active-ids \'\')'

# logboek close
complete -c logboek -n '__logboek_at close; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at close; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at close; and not __logboek_nl' -l 'force' -d 'Close even though mandatory items are open (they are recorded as open) or follow-ups are (they st...'
complete -c logboek -n '__logboek_at close; and __logboek_nl' -l 'force' -d 'Sluit toch af, ook al staan er verplichte punten open (die worden als open vastgelegd) of vervolg...'
complete -c logboek -n '__logboek_at close; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at close; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at close; and not __logboek_nl' -l 'json' -d 'Print the incident as JSON afterwards.'
complete -c logboek -n '__logboek_at close; and __logboek_nl' -l 'json' -d 'Toon het incident daarna als JSON.'
complete -c logboek -n '__logboek_at close; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at close; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at close; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at close; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at close; and not __logboek_nl' -l 'outcome' -x -d 'How it ended (required).'
complete -c logboek -n '__logboek_at close; and __logboek_nl' -l 'outcome' -x -d 'Hoe het is afgelopen (verplicht).'
complete -c logboek -n '__logboek_at close; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at close; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at close; and not __logboek_nl' -l 'reason' -x -d 'Why you close with --force although items or follow-ups are open (recorded; asked for on a termin...'
complete -c logboek -n '__logboek_at close; and __logboek_nl' -l 'reason' -x -d 'Waarom je met --force sluit terwijl er punten of vervolgafspraken open staan (wordt vastgelegd; o...'
complete -c logboek -n '__logboek_at close; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at close; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at close; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at close; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_arg 0 0 close' -a '(__logboek_values active-ids \'\')'

# logboek amend
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -l 'add-person' -x -d 'Someone involved who was not recorded (repeatable).'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -l 'add-person' -x -d 'Een betrokkene die niet was vastgelegd (herhaalbaar).'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -l 'add-protocol' -x -a '(__logboek_values protocols \'\')' -d 'Follow this protocol too, beside the main one (repeatable; see \'logboek protocols\').'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -l 'add-protocol' -x -a '(__logboek_values protocols \'\')' -d 'Volg ook dit protocol, naast het hoofdprotocol (herhaalbaar; zie \'logboek protocols\').'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -s 'c' -l 'category' -x -a '(__logboek_values categories \'\' cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident)' -d 'The corrected category: cyberpesten, bedreiging, sexting, sextortion, grooming, loverboy, reputat...'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -s 'c' -l 'category' -x -a '(__logboek_values categories \'\' cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident)' -d 'De gecorrigeerde soort incident: cyberpesten, bedreiging, sexting, sextortion, grooming, loverboy...'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -s 'd' -l 'description' -x -d 'The corrected description; empty clears it.'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -s 'd' -l 'description' -x -d 'De gecorrigeerde omschrijving; leeg maakt het leeg.'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -l 'json' -d 'Print the incident as JSON afterwards.'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -l 'json' -d 'Toon het incident daarna als JSON.'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -l 'occurred' -x -d 'When it happened: YYYY-MM-DD or YYYY-MM-DD HH:MM.'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -l 'occurred' -x -d 'Wanneer het gebeurde: JJJJ-MM-DD of JJJJ-MM-DD UU:MM.'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -s 'p' -l 'platform' -x -d 'Where it happened online; empty clears it.'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -s 'p' -l 'platform' -x -d 'Waar het online gebeurde; leeg maakt het leeg.'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -l 'protocol' -x -a '(__logboek_values protocols \'\')' -d 'Switch to another protocol; ticks of items it has too are kept, the others are named and no longe...'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -l 'protocol' -x -a '(__logboek_values protocols \'\')' -d 'Stap over op een ander protocol; vinkjes bij punten die dat protocol ook heeft blijven staan, de ...'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -l 'reason' -x -d 'Why the record is corrected (required).'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -l 'reason' -x -d 'Waarom je het dossier corrigeert (verplicht).'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -l 'remove-person' -x -d 'Someone recorded in error, by name as \'show\' prints it (repeatable).'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -l 'remove-person' -x -d 'Iemand die ten onrechte is vastgelegd, met de naam zoals \'show\' die toont (herhaalbaar).'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -l 'remove-protocol' -x -a '(__logboek_values protocols \'\')' -d 'Stop following a protocol added beside the main one (repeatable); its ticks stay in the record.'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -l 'remove-protocol' -x -a '(__logboek_values protocols \'\')' -d 'Volg een protocol naast het hoofdprotocol niet langer (herhaalbaar); de vinkjes ervan blijven in ...'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -l 'severity' -x -a 'laag middel hoog acuut' -d 'laag, middel, hoog or acuut; empty clears it.'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -l 'severity' -x -a 'laag middel hoog acuut' -d 'laag, middel, hoog of acuut; leeg maakt het leeg.'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -l 'source' -x -a 'openbaar prive-account' -d 'Where the information comes from: openbaar or prive-account (never shared with partners); empty c...'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -l 'source' -x -a 'openbaar prive-account' -d 'Waar de informatie vandaan komt: openbaar of prive-account (wordt nooit met partners gedeeld); le...'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -s 't' -l 'title' -x -d 'The corrected title.'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -s 't' -l 'title' -x -d 'De gecorrigeerde titel.'
complete -c logboek -n '__logboek_at amend; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at amend; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_arg 0 0 amend' -a '(__logboek_values ids \'\')'

# logboek retract
complete -c logboek -n '__logboek_at retract; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at retract; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at retract; and not __logboek_nl' -l 'entry' -x -d 'The note or evidence entry, by its number in the timeline \'show\' prints.'
complete -c logboek -n '__logboek_at retract; and __logboek_nl' -l 'entry' -x -d 'De notitie of het bewijs, met het nummer in de tijdlijn die \'show\' toont.'
complete -c logboek -n '__logboek_at retract; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at retract; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at retract; and not __logboek_nl' -l 'item' -x -d 'The ticked item: its id, or its number in the checklist \'next\' shows.'
complete -c logboek -n '__logboek_at retract; and __logboek_nl' -l 'item' -x -d 'Het afgevinkte punt: de id, of het nummer in de checklist die \'next\' toont.'
complete -c logboek -n '__logboek_at retract; and not __logboek_nl' -l 'json' -d 'Print the incident as JSON afterwards.'
complete -c logboek -n '__logboek_at retract; and __logboek_nl' -l 'json' -d 'Toon het incident daarna als JSON.'
complete -c logboek -n '__logboek_at retract; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at retract; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at retract; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at retract; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at retract; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at retract; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at retract; and not __logboek_nl' -l 'reason' -x -d 'Why it is taken back (required).'
complete -c logboek -n '__logboek_at retract; and __logboek_nl' -l 'reason' -x -d 'Waarom je het intrekt (verplicht).'
complete -c logboek -n '__logboek_at retract; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at retract; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at retract; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at retract; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_arg 0 0 retract' -a '(__logboek_values ids \'\')'

# logboek reopen
complete -c logboek -n '__logboek_at reopen; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at reopen; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at reopen; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at reopen; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at reopen; and not __logboek_nl' -l 'json' -d 'Print the incident as JSON afterwards.'
complete -c logboek -n '__logboek_at reopen; and __logboek_nl' -l 'json' -d 'Toon het incident daarna als JSON.'
complete -c logboek -n '__logboek_at reopen; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at reopen; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at reopen; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at reopen; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at reopen; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at reopen; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at reopen; and not __logboek_nl' -l 'reason' -x -d 'Why it is reopened (required).'
complete -c logboek -n '__logboek_at reopen; and __logboek_nl' -l 'reason' -x -d 'Waarom je het heropent (verplicht).'
complete -c logboek -n '__logboek_at reopen; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at reopen; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at reopen; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at reopen; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_arg 0 0 reopen' -a '(__logboek_values closed-ids \'\')'

# logboek consent
complete -c logboek -n '__logboek_at consent; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at consent; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at consent; and not __logboek_nl' -l 'date' -x -d 'When consent was given.'
complete -c logboek -n '__logboek_at consent; and __logboek_nl' -l 'date' -x -d 'Wanneer de toestemming is gegeven.'
complete -c logboek -n '__logboek_at consent; and not __logboek_nl' -l 'from' -x -d 'Who gave (or refused) consent, by role: e.g. "ouders", "leerling (16+)".'
complete -c logboek -n '__logboek_at consent; and __logboek_nl' -l 'from' -x -d 'Wie toestemming gaf (of weigerde), als rol: bijv. "ouders", "leerling (16+)".'
complete -c logboek -n '__logboek_at consent; and not __logboek_nl' -l 'ground' -x -a 'toestemming wettelijke-plicht vitaal-belang' -d 'The legal ground: toestemming (consent, default), wettelijke-plicht (legal duty) or vitaal-belang...'
complete -c logboek -n '__logboek_at consent; and __logboek_nl' -l 'ground' -x -a 'toestemming wettelijke-plicht vitaal-belang' -d 'De wettelijke grondslag: toestemming (de standaard), wettelijke-plicht of vitaal-belang.'
complete -c logboek -n '__logboek_at consent; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at consent; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at consent; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at consent; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at consent; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at consent; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at consent; and not __logboek_nl' -l 'partner' -x -a '(__logboek_values partners \'\')' -d 'The partner the information goes to (ids: \'logboek partners\').'
complete -c logboek -n '__logboek_at consent; and __logboek_nl' -l 'partner' -x -a '(__logboek_values partners \'\')' -d 'De partner die de informatie krijgt (ids: \'logboek partners\').'
complete -c logboek -n '__logboek_at consent; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at consent; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at consent; and not __logboek_nl' -l 'purpose' -x -d 'For which purpose the information is shared.'
complete -c logboek -n '__logboek_at consent; and __logboek_nl' -l 'purpose' -x -d 'Voor welk doel de informatie wordt gedeeld.'
complete -c logboek -n '__logboek_at consent; and not __logboek_nl' -l 'refused' -d 'Consent was asked and refused (a criterion to scale up in the Stappenplan Sexting & Loverboys).'
complete -c logboek -n '__logboek_at consent; and __logboek_nl' -l 'refused' -d 'Er is om toestemming gevraagd en die is geweigerd (in het Stappenplan Sexting & Loverboys een cri...'
complete -c logboek -n '__logboek_at consent; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at consent; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at consent; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at consent; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_arg 0 0 consent' -a '(__logboek_values active-ids \'\')'

# logboek partners
complete -c logboek -n '__logboek_at partners; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at partners; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at partners; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at partners; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at partners; and not __logboek_nl' -l 'init' -d 'Write an afsprakenkaart to fill in to your config folder (every partner, empty fields; private to...'
complete -c logboek -n '__logboek_at partners; and __logboek_nl' -l 'init' -d 'Schrijf een afsprakenkaart om in te vullen naar je configuratiemap (elke partner, lege velden; al...'
complete -c logboek -n '__logboek_at partners; and not __logboek_nl' -l 'json' -d 'Print JSON: {format, files[], partners[]} (docs/json-output.md).'
complete -c logboek -n '__logboek_at partners; and __logboek_nl' -l 'json' -d 'Toon JSON: {format, files[], partners[]} (docs/json-output.md).'
complete -c logboek -n '__logboek_at partners; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at partners; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at partners; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at partners; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at partners; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at partners; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at partners; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at partners; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at partners; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at partners; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_arg 0 0 partners' -a '(__logboek_values partners \'\')'

# logboek retention
complete -c logboek -n '__logboek_at retention; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at retention; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at retention; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at retention; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at retention; and not __logboek_nl' -l 'json' -d 'Print JSON: {format, retention_months, expired[], expiring_soon[]}.'
complete -c logboek -n '__logboek_at retention; and __logboek_nl' -l 'json' -d 'Toon JSON: {format, retention_months, expired[], expiring_soon[]}.'
complete -c logboek -n '__logboek_at retention; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at retention; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at retention; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at retention; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at retention; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at retention; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at retention; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at retention; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at retention; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at retention; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'

# logboek purge
complete -c logboek -n '__logboek_at purge; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at purge; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at purge; and not __logboek_nl' -s 'n' -l 'dry-run' -d 'Only list what would be purged; change nothing.'
complete -c logboek -n '__logboek_at purge; and __logboek_nl' -s 'n' -l 'dry-run' -d 'Toon alleen wat er verwijderd zou worden; verander niets.'
complete -c logboek -n '__logboek_at purge; and not __logboek_nl' -l 'expired' -d 'Purge every incident whose retention period has ended (see \'logboek retention\').'
complete -c logboek -n '__logboek_at purge; and __logboek_nl' -l 'expired' -d 'Verwijder elk incident waarvan de bewaartermijn voorbij is (zie \'logboek retention\').'
complete -c logboek -n '__logboek_at purge; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at purge; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at purge; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at purge; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at purge; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at purge; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at purge; and not __logboek_nl' -l 'person' -x -d 'Instead of --expired: purge the incidents this person is involved in (as \'logboek person\' finds t...'
complete -c logboek -n '__logboek_at purge; and __logboek_nl' -l 'person' -x -d 'In plaats van --expired: verwijder de incidenten waarbij deze persoon betrokken is (zoals \'logboe...'
complete -c logboek -n '__logboek_at purge; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at purge; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at purge; and not __logboek_nl' -l 'reason' -x -d 'With --person (required there): why, recorded in the purge record, e.g. the date of the request.'
complete -c logboek -n '__logboek_at purge; and __logboek_nl' -l 'reason' -x -d 'Bij --person (daar verplicht): waarom, vastgelegd in de verwijderregel, bijvoorbeeld de datum van...'
complete -c logboek -n '__logboek_at purge; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at purge; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at purge; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at purge; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_at purge; and not __logboek_nl' -l 'yes' -d 'Do not ask for confirmation (needed when not on a terminal).'
complete -c logboek -n '__logboek_at purge; and __logboek_nl' -l 'yes' -d 'Vraag niet om bevestiging (nodig als je niet op een terminal werkt).'

# logboek protocols
complete -c logboek -n '__logboek_arg 0 0 protocols; and not __logboek_nl' -a 'show' -d 'Print one protocol in full: alerts, steps with their items, partners, the escalation ladder.'
complete -c logboek -n '__logboek_arg 0 0 protocols; and __logboek_nl' -a 'show' -d 'Toon één protocol volledig: waarschuwingen, stappen met hun punten, partners, de opschalingsladder.'
complete -c logboek -n '__logboek_arg 0 0 protocols; and not __logboek_nl' -a 'check' -d 'Validate a protocol file without using it; every problem is named with file, line and field.'
complete -c logboek -n '__logboek_arg 0 0 protocols; and __logboek_nl' -a 'check' -d 'Controleer een protocolbestand zonder het te gebruiken; elk probleem wordt genoemd met bestand, r...'
complete -c logboek -n '__logboek_at protocols; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at protocols; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at protocols; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at protocols; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at protocols; and not __logboek_nl' -l 'json' -d 'Print JSON: id, title (nl, en), overlay, appliesTo, steps.'
complete -c logboek -n '__logboek_at protocols; and __logboek_nl' -l 'json' -d 'Toon JSON: id, title (nl, en), overlay, appliesTo, steps.'
complete -c logboek -n '__logboek_at protocols; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at protocols; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at protocols; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at protocols; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at protocols; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at protocols; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at protocols; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at protocols; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at protocols; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at protocols; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'

# logboek protocols show
complete -c logboek -n '__logboek_at protocols show; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at protocols show; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at protocols show; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at protocols show; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at protocols show; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at protocols show; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at protocols show; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at protocols show; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at protocols show; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at protocols show; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at protocols show; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at protocols show; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at protocols show; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at protocols show; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_arg 0 0 protocols show' -a '(__logboek_values protocols \'\')'

# logboek protocols check
complete -c logboek -n '__logboek_at protocols check; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at protocols check; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at protocols check; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at protocols check; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at protocols check; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at protocols check; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at protocols check; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at protocols check; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at protocols check; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at protocols check; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at protocols check; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at protocols check; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at protocols check; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at protocols check; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_arg 0 0 protocols check' -F

# logboek verify
complete -c logboek -n '__logboek_at verify; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at verify; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at verify; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at verify; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at verify; and not __logboek_nl' -l 'json' -d 'Print the verdict as JSON.'
complete -c logboek -n '__logboek_at verify; and __logboek_nl' -l 'json' -d 'Toon de uitkomst als JSON.'
complete -c logboek -n '__logboek_at verify; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at verify; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at verify; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at verify; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at verify; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at verify; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at verify; and not __logboek_nl' -l 'repair' -d 'Move an incomplete last line (left by a crash or a full disk) to a side file, after saving a copy...'
complete -c logboek -n '__logboek_at verify; and __logboek_nl' -l 'repair' -d 'Verplaats een onvolledige laatste regel (na een crash of een volle schijf) naar een apart bestand...'
complete -c logboek -n '__logboek_at verify; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at verify; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at verify; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at verify; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'

# logboek report
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -l 'detail' -d 'Also show the ids of incidents, and of their titles only the words of the protocols and of a list...'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -l 'detail' -d 'Toon ook de nummers van incidenten, en van hun titels alleen de woorden uit de protocollen en uit...'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -l 'force' -d 'With -o: replace FILE if it exists.'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -l 'force' -d 'Met -o: vervang BESTAND als het al bestaat.'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -s 'f' -l 'format' -x -a 'text markdown json html' -d 'text (aligned tables and bar charts; the default), markdown (for meeting minutes), json (for scri...'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -s 'f' -l 'format' -x -a 'text markdown json html' -d 'text (uitgelijnde tabellen en staafdiagrammen; de standaard), markdown (voor notulen), json (voor...'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -l 'from' -x -d 'The first day to report on (yyyy-mm-dd).'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -l 'from' -x -d 'De eerste dag van het overzicht (jjjj-mm-dd).'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -l 'json' -d 'Short for --format json.'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -l 'json' -d 'Kort voor --format json.'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -l 'month' -x -d 'The calendar month to report on.'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -l 'month' -x -d 'De kalendermaand van het overzicht.'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -s 'o' -l 'output' -r -F -d 'Write the report to FILE (private to you, 0600) instead of printing it.'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -s 'o' -l 'output' -r -F -d 'Schrijf het overzicht naar BESTAND (alleen voor jou leesbaar, 0600) in plaats van het te tonen.'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -l 'stale-days' -x -d 'Flag open incidents with no action for more than N days ("always act").'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -l 'stale-days' -x -d 'Markeer open incidenten waarbij meer dan N dagen geen actie is ondernomen ("onderneem altijd acti...'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -l 'stamp' -d 'State when the report was made (the output then differs from run to run).'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -l 'stamp' -d 'Vermeld wanneer het overzicht is gemaakt (de uitvoer verschilt dan per keer).'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -l 'titles' -d 'With --detail: show titles as typed, with only the names of the people recorded as involved repla...'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -l 'titles' -d 'Met --detail: toon de titels zoals ze zijn getypt, met alleen de namen van vastgelegde betrokkene...'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -l 'to' -x -d 'The last day to report on (yyyy-mm-dd), included.'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -l 'to' -x -d 'De laatste dag van het overzicht (jjjj-mm-dd), die meetelt.'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_at report; and not __logboek_nl' -l 'year' -x -d 'The calendar year to report on.'
complete -c logboek -n '__logboek_at report; and __logboek_nl' -l 'year' -x -d 'Het kalenderjaar van het overzicht.'

# logboek export
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -l 'access' -x -d 'For a request for access (inzageverzoek) by the person with this name, as recorded: the incidents...'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -l 'access' -x -d 'Voor een inzageverzoek van de persoon met deze naam, zoals vastgelegd: de incidenten waarbij die ...'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -s 'c' -l 'category' -x -a '(__logboek_values categories split cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident)' -d 'Only these categories.'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -s 'c' -l 'category' -x -a '(__logboek_values categories split cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident)' -d 'Alleen incidenten in deze categorieën.'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -l 'events' -d 'One record per event (the full audit trail) instead of one per incident.'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -l 'events' -d 'Eén record per gebeurtenis (het volledige verloop) in plaats van één per incident.'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -l 'excel' -d 'CSV that Dutch Excel opens correctly: \';\' between fields and a UTF-8 byte-order mark.'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -l 'excel' -d 'CSV die de Nederlandse Excel goed opent: \';\' tussen de velden en een UTF-8-byte-order-mark.'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -l 'for' -x -a '(__logboek_values partners \'\')' -d 'For this partner (an id as in \'logboek consent --partner\'): names and text only of incidents with...'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -l 'for' -x -a '(__logboek_values partners \'\')' -d 'Voor deze partner (een id zoals bij \'logboek consent --partner\'): namen en tekst alleen van incid...'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -l 'force' -d 'With -o: replace FILE if it exists.'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -l 'force' -d 'Met -o: vervang BESTAND als het al bestaat.'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -s 'f' -l 'format' -x -a 'csv json jsonl' -d 'csv (RFC 4180; the default), json or jsonl (one JSON object per line).'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -s 'f' -l 'format' -x -a 'csv json jsonl' -d 'csv (RFC 4180; de standaard), json of jsonl (één JSON-object per regel).'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -l 'keep-text' -d 'With --redact: keep free text, with every known name in it replaced by its pseudonym.'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -l 'keep-text' -d 'Met --redact: houd de vrije tekst, met elke bekende naam erin vervangen door zijn pseudoniem.'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -s 'o' -l 'output' -r -F -d 'Write to FILE (private to you, 0600; it appears whole or not at all) instead of stdout.'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -s 'o' -l 'output' -r -F -d 'Schrijf naar BESTAND (alleen voor jou leesbaar, 0600; het bestand komt er helemaal of helemaal ni...'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -l 'raw' -d 'CSV cells exactly as recorded: no apostrophe before a cell that starts with = + - @ (a spreadshee...'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -l 'raw' -d 'CSV-cellen precies zoals vastgelegd: geen apostrof voor een cel die begint met = + - @ (een sprea...'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -l 'redact' -d 'For sharing: people become Persoon 1, 2, ..., staff Medewerker 1, ...; free text (titles, descrip...'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -l 'redact' -d 'Om te delen: betrokkenen worden Persoon 1, 2, ..., medewerkers Medewerker 1, ...; vrije tekst (ti...'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -l 'since' -x -d 'Only incidents reported on or after DATE (yyyy-mm-dd).'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -l 'since' -x -d 'Alleen incidenten gemeld op of na DATUM (jjjj-mm-dd).'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -l 'status' -x -a '(__logboek_values words split open opgeschaald afgeschaald gesloten)' -d 'Only these statuses: open, opgeschaald, afgeschaald, gesloten; active (every status but gesloten)...'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -l 'status' -x -a '(__logboek_values words split open opgeschaald afgeschaald gesloten)' -d 'Alleen incidenten met deze status: open, opgeschaald, afgeschaald, gesloten; active (elke status ...'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -l 'until' -x -d 'Only incidents reported on or before DATE (yyyy-mm-dd).'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -l 'until' -x -d 'Alleen incidenten gemeld op of vóór DATUM (jjjj-mm-dd).'
complete -c logboek -n '__logboek_at export; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at export; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_arg 0 -1 export' -a '(__logboek_values ids \'\')'

# logboek backup
complete -c logboek -n '__logboek_at backup; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at backup; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at backup; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at backup; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at backup; and not __logboek_nl' -l 'json' -d 'Print what was written as JSON: backup, logbook, bytes, lines, events, incidents, head, writers (...'
complete -c logboek -n '__logboek_at backup; and __logboek_nl' -l 'json' -d 'Toon als JSON wat er is geschreven: backup, logbook, bytes, lines, events, incidents, head, write...'
complete -c logboek -n '__logboek_at backup; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at backup; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at backup; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at backup; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at backup; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at backup; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at backup; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at backup; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at backup; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at backup; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'
complete -c logboek -n '__logboek_arg 0 0 backup' -a '(__fish_complete_directories (commandline -ct))'

# logboek team
complete -c logboek -n '__logboek_arg 0 0 team; and not __logboek_nl' -a 'init' -d 'Turn this logbook into a team logbook kept in the git repository REMOTE, and push it there.'
complete -c logboek -n '__logboek_arg 0 0 team; and __logboek_nl' -a 'init' -d 'Maak van dit logboek een teamlogboek in de git-repository ADRES, en stuur het daarheen.'
complete -c logboek -n '__logboek_arg 0 0 team; and not __logboek_nl' -a 'join' -d 'Make this machine a writer of the team logbook in REMOTE: it is fetched into the folder NAME.team...'
complete -c logboek -n '__logboek_arg 0 0 team; and __logboek_nl' -a 'join' -d 'Maak deze computer schrijver van het teamlogboek in ADRES: het wordt opgehaald in de map NAAM.tea...'
complete -c logboek -n '__logboek_arg 0 0 team; and not __logboek_nl' -a 'status' -d 'Show the team logbook: its id, this machine\'s writer, every writer with its number of events, the...'
complete -c logboek -n '__logboek_arg 0 0 team; and __logboek_nl' -a 'status' -d 'Toon het teamlogboek: de id, de schrijver van deze computer, elke schrijver met het aantal gebeur...'
complete -c logboek -n '__logboek_at team; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at team; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at team; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at team; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at team; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at team; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at team; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at team; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at team; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at team; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at team; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at team; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at team; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at team; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'

# logboek team init
complete -c logboek -n '__logboek_at team init; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at team init; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at team init; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at team init; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at team init; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at team init; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at team init; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at team init; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at team init; and not __logboek_nl' -l 'name' -x -d 'How this machine\'s writer is called in the team.'
complete -c logboek -n '__logboek_at team init; and __logboek_nl' -l 'name' -x -d 'Hoe de schrijver van deze computer in het team heet.'
complete -c logboek -n '__logboek_at team init; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at team init; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at team init; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at team init; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at team init; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at team init; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'

# logboek team join
complete -c logboek -n '__logboek_at team join; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at team join; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at team join; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at team join; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at team join; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at team join; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at team join; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at team join; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at team join; and not __logboek_nl' -l 'name' -x -d 'How this machine\'s writer is called in the team.'
complete -c logboek -n '__logboek_at team join; and __logboek_nl' -l 'name' -x -d 'Hoe de schrijver van deze computer in het team heet.'
complete -c logboek -n '__logboek_at team join; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at team join; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at team join; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at team join; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at team join; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at team join; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'

# logboek team status
complete -c logboek -n '__logboek_at team status; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at team status; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at team status; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at team status; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at team status; and not __logboek_nl' -l 'json' -d 'Print JSON: team, writer, encrypted, folder, remote, writers, unsent.'
complete -c logboek -n '__logboek_at team status; and __logboek_nl' -l 'json' -d 'Toon JSON: team, writer, encrypted, folder, remote, writers, unsent.'
complete -c logboek -n '__logboek_at team status; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at team status; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at team status; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at team status; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at team status; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at team status; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at team status; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at team status; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at team status; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at team status; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'

# logboek sync
complete -c logboek -n '__logboek_at sync; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at sync; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at sync; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at sync; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at sync; and not __logboek_nl' -l 'json' -d 'Print JSON: team, writer, ok, sent, pushed, received, writers, altered, attempts.'
complete -c logboek -n '__logboek_at sync; and __logboek_nl' -l 'json' -d 'Toon JSON: team, writer, ok, sent, pushed, received, writers, altered, attempts.'
complete -c logboek -n '__logboek_at sync; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at sync; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at sync; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at sync; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at sync; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at sync; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at sync; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at sync; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at sync; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at sync; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'

# logboek install
complete -c logboek -n '__logboek_at install; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at install; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at install; and not __logboek_nl' -s 'n' -l 'dry-run' -d 'Print what would be written or removed, and change nothing.'
complete -c logboek -n '__logboek_at install; and __logboek_nl' -s 'n' -l 'dry-run' -d 'Toon wat er geschreven of verwijderd zou worden, en verander niets.'
complete -c logboek -n '__logboek_at install; and not __logboek_nl' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at install; and __logboek_nl' -s 'h' -l 'help' -d 'Toon deze hulp en stop.'
complete -c logboek -n '__logboek_at install; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at install; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at install; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at install; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at install; and not __logboek_nl' -l 'prefix' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Where to install.'
complete -c logboek -n '__logboek_at install; and __logboek_nl' -l 'prefix' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Waar logboek komt.'
complete -c logboek -n '__logboek_at install; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at install; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at install; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at install; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_at install; and not __logboek_nl' -l 'uninstall' -d 'Remove what an earlier install put in PREFIX.'
complete -c logboek -n '__logboek_at install; and __logboek_nl' -l 'uninstall' -d 'Verwijder wat een eerdere installatie in PREFIX heeft gezet.'
complete -c logboek -n '__logboek_at install; and not __logboek_nl' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at install; and __logboek_nl' -s 'V' -l 'version' -d 'Toon het versienummer en stop.'

# logboek help
complete -c logboek -n '__logboek_at help; and not __logboek_nl' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at help; and __logboek_nl' -l 'author' -x -d 'Wie dit vastlegt.'
complete -c logboek -n '__logboek_at help; and not __logboek_nl' -s 'h' -l 'help' -d 'Show usage help for the help command and exit.'
complete -c logboek -n '__logboek_at help; and __logboek_nl' -s 'h' -l 'help' -d 'Toon de hulp bij de opdracht help en stop.'
complete -c logboek -n '__logboek_at help; and not __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at help; and __logboek_nl' -l 'lang' -x -a 'nl en' -d 'Taal van de meldingen.'
complete -c logboek -n '__logboek_at help; and not __logboek_nl' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at help; and __logboek_nl' -l 'logbook' -r -F -d 'Het logboekbestand.'
complete -c logboek -n '__logboek_at help; and not __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at help; and __logboek_nl' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Een map met de eigen protocollen van je organisatie, geladen na $XDG_CONFIG_HOME/logboek/protocol...'
complete -c logboek -n '__logboek_at help; and not __logboek_nl' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at help; and __logboek_nl' -l 'stacktrace' -d 'Toon de volledige stacktrace van een fout (om de fout te melden).'
complete -c logboek -n '__logboek_arg 0 0 help' -a 'init new annotate list agenda show search person next escalate close amend retract reopen consent partners retention purge protocols verify report export backup team sync install help'
