# fish completion for logboek.
#
# Generated from logboek's command model by nl.logboek.cli.gen.Generate; do not edit.
# Regenerate with: mvn -B -q -Pregenerate process-classes
#
# 'logboek install' puts this file in PREFIX/share/fish/vendor_completions.d/logboek.fish.
# Incident ids, protocol ids and category names come from 'logboek complete', which reads
# the logbook and protocols given on the command line (--logbook, --protocols) or in
# the environment (LOGBOEK_FILE, XDG_DATA_HOME, XDG_CONFIG_HOME).

# The subcommands of command path $argv (nothing for logboek itself), one per line.
function __logboek_subcommands
    switch "$argv"
        case ''
            printf '%s\n' 'init' 'new' 'annotate' 'list' 'agenda' 'show' 'search' 'person' 'next' 'escalate' 'close' 'amend' 'retract' 'reopen' 'consent' 'retention' 'purge' 'protocols' 'verify' 'report' 'export' 'backup' 'team' 'sync' 'install' 'help'
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
            printf '%s\n' '--author' '--lang' '--logbook' '--outcome' '--protocols'
        case 'amend'
            printf '%s\n' '--add-person' '--add-protocol' '--author' '-c' '--category' '-d' '--description' '--lang' '--logbook' '--occurred' '-p' '--platform' '--protocol' '--protocols' '--reason' '--remove-person' '--remove-protocol' '--severity' '-t' '--title'
        case 'retract'
            printf '%s\n' '--author' '--entry' '--item' '--lang' '--logbook' '--protocols' '--reason'
        case 'reopen'
            printf '%s\n' '--author' '--lang' '--logbook' '--protocols' '--reason'
        case 'consent'
            printf '%s\n' '--author' '--date' '--from' '--ground' '--lang' '--logbook' '--partner' '--protocols' '--purpose'
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

# The command path under the cursor, the number of arguments after it, and whether the
# cursor is at an option's value: PATH:N:EXPECT.
function __logboek_state
    set -l cmdpath ''
    set -l npos 0
    set -l expect 0
    set -l dashdash 0
    for word in (commandline -opc)[2..-1]
        if test $expect = 1
            set expect 0
        else if test $dashdash = 0; and test "$word" = --
            set dashdash 1
        else if test $dashdash = 0; and string match -q -- '-?*' "$word"
            if not string match -q -- '*=*' "$word"; and contains -- "$word" (__logboek_valued $cmdpath)
                set expect 1
            end
        else if test $npos = 0; and test $dashdash = 0; and contains -- "$word" (__logboek_subcommands $cmdpath)
            set cmdpath (string trim -- "$cmdpath $word")
        else
            set npos (math $npos + 1)
        end
    end
    echo "$cmdpath:$npos:$expect"
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

# A path as typed, with a leading ~ expanded.
function __logboek_path
    string replace -r -- '^~(?=/|$)' "$HOME" $argv[1]
end

# Runs the logboek being completed as 'logboek complete ...', with the --logbook and
# --protocols given on the command line. It prints nothing when that fails, and never asks
# for anything (such as the passphrase of an encrypted logbook): its input is /dev/null.
function __logboek_run
    set -l tokens (commandline -opc)
    set -l args
    set -l i 2
    while test $i -le (count $tokens)
        switch $tokens[$i]
            case --logbook --protocols
                set -l option $tokens[$i]
                set i (math $i + 1)
                if test $i -le (count $tokens)
                    set -a args $option=(__logboek_path $tokens[$i])
                end
            case '--logbook=*' '--protocols=*'
                set -l parts (string split -m 1 = -- $tokens[$i])
                set -a args $parts[1]=(__logboek_path $parts[2])
        end
        set i (math $i + 1)
    end
    set -l program (__logboek_path $tokens[1])
    $program complete $argv $args </dev/null 2>/dev/null
end

# The values of KIND: for ids, protocols and categories from 'logboek complete', with
# descriptions; otherwise, or when that prints nothing, the words given. With SPLIT
# 'split', each follows the part of a comma-separated list typed so far.
function __logboek_values -a kind split
    set -l values
    if contains -- $kind ids protocols categories
        set values (__logboek_run $kind --describe)
    end
    if test (count $values) -eq 0
        set values $argv[3..-1]
    end
    set -l prefix ''
    if test "$split" = split
        set prefix (string match -r -- '^.*,' (string replace -r -- '^--?[^=]*=' '' (commandline -ct)))
    end
    for v in $values
        printf '%s%s\n' "$prefix" "$v"
    end
end

# Files only where a file is asked for.
complete -c logboek -f

# logboek
complete -c logboek -n '__logboek_arg 0 0' -a 'init' -d 'Start a new logbook, before its first entry.'
complete -c logboek -n '__logboek_arg 0 0' -a 'new' -d 'Record a new incident and print its id.'
complete -c logboek -n '__logboek_arg 0 0' -a 'annotate' -d 'Add a timestamped note to an incident, optionally with what was seen of a posting (evidence).'
complete -c logboek -n '__logboek_arg 0 0' -a 'list' -d 'List incidents, oldest first: by default every incident not closed (--status all lists all).'
complete -c logboek -n '__logboek_arg 0 0' -a 'agenda' -d 'The day\'s agenda: what is overdue, what is due today and what in the 7 days after today.'
complete -c logboek -n '__logboek_arg 0 0' -a 'show' -d 'Show one incident with its full timeline.'
complete -c logboek -n '__logboek_arg 0 0' -a 'search' -d 'Find a text in titles, descriptions, people, notes (your personal notes too, marked), evidence, i...'
complete -c logboek -n '__logboek_arg 0 0' -a 'person' -d 'One person\'s incidents, oldest first: when reported, the incident, their role, the category, the ...'
complete -c logboek -n '__logboek_arg 0 0' -a 'next' -d 'Print the checklist of the incident\'s current protocol step: alerts, items (done ones ticked), pa...'
complete -c logboek -n '__logboek_arg 0 0' -a 'escalate' -d 'Scale an incident up one level of its protocol\'s escalation ladder (or down with --down, or to a ...'
complete -c logboek -n '__logboek_arg 0 0' -a 'close' -d 'Close an incident with its outcome.'
complete -c logboek -n '__logboek_arg 0 0' -a 'amend' -d 'Correct what was recorded about an incident: a new entry that names what changed, why, by whom an...'
complete -c logboek -n '__logboek_arg 0 0' -a 'retract' -d 'Take back a tick, or mark a note or evidence entry as recorded in error.'
complete -c logboek -n '__logboek_arg 0 0' -a 'reopen' -d 'Open a closed incident again, for instance when it was closed too soon or the problem came back.'
complete -c logboek -n '__logboek_arg 0 0' -a 'consent' -d 'Record consent to exchange information about an incident with a partner (from whom, for which pur...'
complete -c logboek -n '__logboek_arg 0 0' -a 'retention' -d 'List closed incidents whose retention period (bewaartermijn) has ended, and those ending within 3...'
complete -c logboek -n '__logboek_arg 0 0' -a 'purge' -d 'Remove the content of incidents whose retention period has ended, for good: every line of those i...'
complete -c logboek -n '__logboek_arg 0 0' -a 'protocols' -d 'List the protocols in effect: the shipped ones and your organisation\'s own.'
complete -c logboek -n '__logboek_arg 0 0' -a 'verify' -d 'Check every line of the logbook: valid JSON, known event type and version, sequence, the hash cha...'
complete -c logboek -n '__logboek_arg 0 0' -a 'report' -d 'Summarise a period for the team meeting: incidents reported, closed and open; counts by category,...'
complete -c logboek -n '__logboek_arg 0 0' -a 'export' -d 'Export incidents (one record each) or their events (--events: the full audit trail) as CSV, JSON ...'
complete -c logboek -n '__logboek_arg 0 0' -a 'backup' -d 'Write a consistent copy of the logbook into DIR as NAME-YYYYMMDDTHHMMSS.jsonl (0600; DIR is creat...'
complete -c logboek -n '__logboek_arg 0 0' -a 'team' -d 'A team logbook: several coordinators on several machines keep one logbook together through a shar...'
complete -c logboek -n '__logboek_arg 0 0' -a 'sync' -d 'Exchange entries with the team: send what was recorded on this machine, receive what the others r...'
complete -c logboek -n '__logboek_arg 0 0' -a 'install' -d 'Install logboek, its manual pages and its shell completions for you, or remove them again.'
complete -c logboek -n '__logboek_arg 0 0' -a 'help' -d 'Display help information about the specified command.'
complete -c logboek -n '__logboek_at' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at' -s 'V' -l 'version' -d 'Print version information and exit.'

# logboek init
complete -c logboek -n '__logboek_at init' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at init' -l 'encrypt' -d 'Encrypt the content of every entry (recommended for logbooks that may be copied).'
complete -c logboek -n '__logboek_at init' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at init' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at init' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at init' -l 'passphrase' -d 'Derive the key from a passphrase (LOGBOEK_PASSPHRASE, or asked on a terminal) instead of a key file.'
complete -c logboek -n '__logboek_at init' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at init' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at init' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at init' -l 'weak-passphrase' -d 'Accept a passphrase shorter than 12 characters and fewer than four words (with a warning).'

# logboek new
complete -c logboek -n '__logboek_at new' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at new' -s 'c' -l 'category' -x -a '(__logboek_values categories \'\' cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident)' -d 'Kind of incident (required): cyberpesten, bedreiging, sexting, sextortion, grooming, loverboy, re...'
complete -c logboek -n '__logboek_at new' -s 'd' -l 'description' -x -d 'What happened.'
complete -c logboek -n '__logboek_at new' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at new' -l 'json' -d 'Print the new incident as JSON.'
complete -c logboek -n '__logboek_at new' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at new' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at new' -l 'occurred' -x -d 'When it happened: 2026-11-20 or 2026-11-20T15:30 (your time zone).'
complete -c logboek -n '__logboek_at new' -l 'person' -x -d 'Someone involved (repeatable).'
complete -c logboek -n '__logboek_at new' -s 'p' -l 'platform' -x -d 'Where it happened online, e.g. Instagram, Snapchat, WhatsApp.'
complete -c logboek -n '__logboek_at new' -l 'protocol' -x -a '(__logboek_values protocols \'\')' -d 'Follow this protocol instead of the one chosen from the category and everyone involved; a protoco...'
complete -c logboek -n '__logboek_at new' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at new' -s 'q' -l 'quiet' -d 'Print only the new id (for scripts).'
complete -c logboek -n '__logboek_at new' -l 'severity' -x -a 'laag middel hoog acuut' -d 'laag, middel, hoog or acuut.'
complete -c logboek -n '__logboek_at new' -l 'source' -x -a 'openbaar prive-account om-bevel' -d 'Where the information comes from: openbaar (public), prive-account (private account: never shared...'
complete -c logboek -n '__logboek_at new' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at new' -s 't' -l 'title' -x -d 'A short title (required).'
complete -c logboek -n '__logboek_at new' -s 'V' -l 'version' -d 'Print version information and exit.'

# logboek annotate
complete -c logboek -n '__logboek_at annotate' -l 'account' -x -d 'Whose account it was posted from.'
complete -c logboek -n '__logboek_at annotate' -l 'answer' -x -d 'Answer a question of the protocol (ja, nee, twijfel or onbekend) or a decision (one of its option...'
complete -c logboek -n '__logboek_at annotate' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at annotate' -l 'channel' -x -d 'Where it was posted (platform, group, channel).'
complete -c logboek -n '__logboek_at annotate' -l 'done' -x -d 'Tick checklist items: their id, or their number in the printed checklist (repeatable, or comma-se...'
complete -c logboek -n '__logboek_at annotate' -l 'done-on' -x -d 'The date the items were done (for dated duties, such as the meld- en aangifteplicht).'
complete -c logboek -n '__logboek_at annotate' -l 'evidence' -d 'This note records a posting (guide on online abuse of professionals, step 2: who posted, channel,...'
complete -c logboek -n '__logboek_at annotate' -l 'follow-up' -x -d 'Set a follow-up that TEXT describes, due WHEN: yyyy-mm-dd, +3d or +2w (days or weeks from today),...'
complete -c logboek -n '__logboek_at annotate' -l 'follow-up-done' -x -d 'Mark follow-up N (as \'logboek show\' numbers them) done; TEXT, if given, says what came of it.'
complete -c logboek -n '__logboek_at annotate' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at annotate' -l 'involved' -x -d 'Who else is involved (shared, liked, commented).'
complete -c logboek -n '__logboek_at annotate' -l 'json' -d 'Print the new event as JSON.'
complete -c logboek -n '__logboek_at annotate' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at annotate' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at annotate' -l 'posted-at' -x -d 'When it was posted.'
complete -c logboek -n '__logboek_at annotate' -l 'posted-by' -x -d 'Who posted it.'
complete -c logboek -n '__logboek_at annotate' -l 'private' -d 'A personal work note: kept out of exports and of what is handed over on a request for access (inz...'
complete -c logboek -n '__logboek_at annotate' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at annotate' -s 'q' -l 'quiet' -d 'Print nothing on success.'
complete -c logboek -n '__logboek_at annotate' -l 'screenshot' -r -F -d 'A screenshot file: its SHA-256 and path are recorded, never the file.'
complete -c logboek -n '__logboek_at annotate' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at annotate' -l 'url' -x -d 'Where the posting can be found.'
complete -c logboek -n '__logboek_at annotate' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_arg 0 0 annotate' -a '(__logboek_values ids \'\')'

# logboek list
complete -c logboek -n '__logboek_at list' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at list' -s 'c' -l 'category' -x -a '(__logboek_values categories split cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident)' -d 'Only these categories.'
complete -c logboek -n '__logboek_at list' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at list' -l 'json' -d 'Print JSON (docs/json-output.md).'
complete -c logboek -n '__logboek_at list' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at list' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at list' -l 'overdue' -d 'Only incidents with a follow-up whose day has passed.'
complete -c logboek -n '__logboek_at list' -l 'person' -x -d 'Only incidents involving NAME (compared as \'person\' does: without case, accents or extra spaces).'
complete -c logboek -n '__logboek_at list' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at list' -l 'since' -x -d 'Only incidents reported on or after DATE (yyyy-mm-dd).'
complete -c logboek -n '__logboek_at list' -l 'sort' -x -a 'reported idle due status' -d 'reported (oldest first; the default), idle (longest idle first), due (next follow-up first), status.'
complete -c logboek -n '__logboek_at list' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at list' -l 'status' -x -a '(__logboek_values words split open opgeschaald afgeschaald gesloten)' -d 'Only these statuses: open, opgeschaald, afgeschaald, gesloten; active (every status but gesloten)...'
complete -c logboek -n '__logboek_at list' -l 'until' -x -d 'Only incidents reported on or before DATE (yyyy-mm-dd).'
complete -c logboek -n '__logboek_at list' -s 'V' -l 'version' -d 'Print version information and exit.'

# logboek agenda
complete -c logboek -n '__logboek_at agenda' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at agenda' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at agenda' -l 'idle-days' -x -d 'An incident without a line for more than N days is on the agenda.'
complete -c logboek -n '__logboek_at agenda' -l 'json' -d 'Print JSON (docs/json-output.md).'
complete -c logboek -n '__logboek_at agenda' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at agenda' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at agenda' -l 'mine' -d 'In a team logbook: only the incidents you recorded or last acted on.'
complete -c logboek -n '__logboek_at agenda' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at agenda' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at agenda' -s 'V' -l 'version' -d 'Print version information and exit.'

# logboek show
complete -c logboek -n '__logboek_at show' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at show' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at show' -l 'json' -d 'Print JSON (docs/json-output.md).'
complete -c logboek -n '__logboek_at show' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at show' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at show' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at show' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at show' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_arg 0 0 show' -a '(__logboek_values ids \'\')'

# logboek search
complete -c logboek -n '__logboek_at search' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at search' -s 'c' -l 'category' -x -a '(__logboek_values categories split cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident)' -d 'Only these categories.'
complete -c logboek -n '__logboek_at search' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at search' -l 'json' -d 'Print JSON (docs/json-output.md).'
complete -c logboek -n '__logboek_at search' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at search' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at search' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at search' -l 'since' -x -d 'Only incidents reported on or after DATE (yyyy-mm-dd).'
complete -c logboek -n '__logboek_at search' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at search' -l 'status' -x -a '(__logboek_values words split open opgeschaald afgeschaald gesloten)' -d 'Only these statuses: open, opgeschaald, afgeschaald, gesloten; active (every status but gesloten)...'
complete -c logboek -n '__logboek_at search' -l 'until' -x -d 'Only incidents reported on or before DATE (yyyy-mm-dd).'
complete -c logboek -n '__logboek_at search' -s 'V' -l 'version' -d 'Print version information and exit.'

# logboek person
complete -c logboek -n '__logboek_at person' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at person' -l 'export' -r -F -d 'Write everything recorded about the person to FILE, for a request for access: other people and st...'
complete -c logboek -n '__logboek_at person' -l 'format' -x -d 'With --export: json or markdown.'
complete -c logboek -n '__logboek_at person' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at person' -l 'json' -d 'Print JSON (docs/json-output.md).'
complete -c logboek -n '__logboek_at person' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at person' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at person' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at person' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at person' -s 'V' -l 'version' -d 'Print version information and exit.'

# logboek next
complete -c logboek -n '__logboek_at next' -l 'advance' -d 'Record that the current step is finished and move to the next step; with items open, --reason is ...'
complete -c logboek -n '__logboek_at next' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at next' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at next' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at next' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at next' -l 'protocol' -x -a '(__logboek_values protocols \'\')' -d 'With --advance: the protocol added beside the main one whose step is finished (default: the main ...'
complete -c logboek -n '__logboek_at next' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at next' -l 'reason' -x -d 'With --advance: why the step is finished with items still open (recorded with the items left open).'
complete -c logboek -n '__logboek_at next' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at next' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_arg 0 0 next' -a '(__logboek_values ids \'\')'

# logboek escalate
complete -c logboek -n '__logboek_at escalate' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at escalate' -l 'down' -d 'Scale down instead of up.'
complete -c logboek -n '__logboek_at escalate' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at escalate' -l 'json' -d 'Print the incident as JSON afterwards.'
complete -c logboek -n '__logboek_at escalate' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at escalate' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at escalate' -l 'partner' -x -d 'The partner involved, if not the level\'s first partner.'
complete -c logboek -n '__logboek_at escalate' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at escalate' -l 'reason' -x -d 'Why: a criterion id or number of the protocol, or free text (required).'
complete -c logboek -n '__logboek_at escalate' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at escalate' -l 'to' -x -d 'Go straight to this level of the ladder.'
complete -c logboek -n '__logboek_at escalate' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_arg 0 0 escalate' -a '(__logboek_values ids \'\')'

# logboek close
complete -c logboek -n '__logboek_at close' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at close' -l 'force' -d 'Close even though mandatory items are open (they are recorded as open) or follow-ups are (they st...'
complete -c logboek -n '__logboek_at close' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at close' -l 'json' -d 'Print the incident as JSON afterwards.'
complete -c logboek -n '__logboek_at close' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at close' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at close' -l 'outcome' -x -d 'How it ended (required).'
complete -c logboek -n '__logboek_at close' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at close' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at close' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_arg 0 0 close' -a '(__logboek_values ids \'\')'

# logboek amend
complete -c logboek -n '__logboek_at amend' -l 'add-person' -x -d 'Someone involved who was not recorded (repeatable).'
complete -c logboek -n '__logboek_at amend' -l 'add-protocol' -x -a '(__logboek_values protocols \'\')' -d 'Follow this protocol too, beside the main one (repeatable; see \'logboek protocols\').'
complete -c logboek -n '__logboek_at amend' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at amend' -s 'c' -l 'category' -x -a '(__logboek_values categories \'\' cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident)' -d 'The corrected category: cyberpesten, bedreiging, sexting, sextortion, grooming, loverboy, reputat...'
complete -c logboek -n '__logboek_at amend' -s 'd' -l 'description' -x -d 'The corrected description; empty clears it.'
complete -c logboek -n '__logboek_at amend' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at amend' -l 'json' -d 'Print the incident as JSON afterwards.'
complete -c logboek -n '__logboek_at amend' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at amend' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at amend' -l 'occurred' -x -d 'When it happened: YYYY-MM-DD or YYYY-MM-DD HH:MM.'
complete -c logboek -n '__logboek_at amend' -s 'p' -l 'platform' -x -d 'Where it happened online; empty clears it.'
complete -c logboek -n '__logboek_at amend' -l 'protocol' -x -a '(__logboek_values protocols \'\')' -d 'Switch to another protocol; ticks of items it has too are kept, the others are named and no longe...'
complete -c logboek -n '__logboek_at amend' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at amend' -l 'reason' -x -d 'Why the record is corrected (required).'
complete -c logboek -n '__logboek_at amend' -l 'remove-person' -x -d 'Someone recorded in error, by name as \'show\' prints it (repeatable).'
complete -c logboek -n '__logboek_at amend' -l 'remove-protocol' -x -a '(__logboek_values protocols \'\')' -d 'Stop following a protocol added beside the main one (repeatable); its ticks stay in the record.'
complete -c logboek -n '__logboek_at amend' -l 'severity' -x -a 'laag middel hoog acuut' -d 'laag, middel, hoog or acuut; empty clears it.'
complete -c logboek -n '__logboek_at amend' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at amend' -s 't' -l 'title' -x -d 'The corrected title.'
complete -c logboek -n '__logboek_at amend' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_arg 0 0 amend' -a '(__logboek_values ids \'\')'

# logboek retract
complete -c logboek -n '__logboek_at retract' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at retract' -l 'entry' -x -d 'The note or evidence entry, by its number in the timeline \'show\' prints.'
complete -c logboek -n '__logboek_at retract' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at retract' -l 'item' -x -d 'The ticked item: its id, or its number in the checklist \'next\' shows.'
complete -c logboek -n '__logboek_at retract' -l 'json' -d 'Print the incident as JSON afterwards.'
complete -c logboek -n '__logboek_at retract' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at retract' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at retract' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at retract' -l 'reason' -x -d 'Why it is taken back (required).'
complete -c logboek -n '__logboek_at retract' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at retract' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_arg 0 0 retract' -a '(__logboek_values ids \'\')'

# logboek reopen
complete -c logboek -n '__logboek_at reopen' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at reopen' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at reopen' -l 'json' -d 'Print the incident as JSON afterwards.'
complete -c logboek -n '__logboek_at reopen' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at reopen' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at reopen' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at reopen' -l 'reason' -x -d 'Why it is reopened (required).'
complete -c logboek -n '__logboek_at reopen' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at reopen' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_arg 0 0 reopen' -a '(__logboek_values ids \'\')'

# logboek consent
complete -c logboek -n '__logboek_at consent' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at consent' -l 'date' -x -d 'When consent was given.'
complete -c logboek -n '__logboek_at consent' -l 'from' -x -d 'Who gave (or refused) consent, by role: e.g. "ouders", "leerling (16+)".'
complete -c logboek -n '__logboek_at consent' -l 'ground' -x -d 'The legal ground: toestemming (consent, default), wettelijke-plicht (legal duty) or vitaal-belang...'
complete -c logboek -n '__logboek_at consent' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at consent' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at consent' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at consent' -l 'partner' -x -d 'The partner the information goes to (see \'logboek protocols show ID\').'
complete -c logboek -n '__logboek_at consent' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at consent' -l 'purpose' -x -d 'For which purpose the information is shared.'
complete -c logboek -n '__logboek_at consent' -l 'refused' -d 'Consent was asked and refused (a criterion to scale up in the Stappenplan Sexting & Loverboys).'
complete -c logboek -n '__logboek_at consent' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at consent' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_arg 0 0 consent' -a '(__logboek_values ids \'\')'

# logboek retention
complete -c logboek -n '__logboek_at retention' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at retention' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at retention' -l 'json' -d 'Print JSON: {format, retention_months, expired[], expiring_soon[]}.'
complete -c logboek -n '__logboek_at retention' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at retention' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at retention' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at retention' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at retention' -s 'V' -l 'version' -d 'Print version information and exit.'

# logboek purge
complete -c logboek -n '__logboek_at purge' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at purge' -s 'n' -l 'dry-run' -d 'Only list what would be purged; change nothing.'
complete -c logboek -n '__logboek_at purge' -l 'expired' -d 'Purge every incident whose retention period has ended (see \'logboek retention\').'
complete -c logboek -n '__logboek_at purge' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at purge' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at purge' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at purge' -l 'person' -x -d 'Instead of --expired: purge the incidents this person is involved in (as \'logboek person\' finds t...'
complete -c logboek -n '__logboek_at purge' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at purge' -l 'reason' -x -d 'With --person (required there): why, recorded in the purge record, e.g. the date of the request.'
complete -c logboek -n '__logboek_at purge' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at purge' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at purge' -l 'yes' -d 'Do not ask for confirmation (needed when not on a terminal).'

# logboek protocols
complete -c logboek -n '__logboek_arg 0 0 protocols' -a 'show' -d 'Print one protocol in full: alerts, steps with their items, partners, the escalation ladder.'
complete -c logboek -n '__logboek_arg 0 0 protocols' -a 'check' -d 'Validate a protocol file without using it; every problem is named with file, line and field.'
complete -c logboek -n '__logboek_at protocols' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at protocols' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at protocols' -l 'json' -d 'Print JSON: id, title (nl, en), overlay, appliesTo, steps.'
complete -c logboek -n '__logboek_at protocols' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at protocols' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at protocols' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at protocols' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at protocols' -s 'V' -l 'version' -d 'Print version information and exit.'

# logboek protocols show
complete -c logboek -n '__logboek_at protocols show' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at protocols show' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at protocols show' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at protocols show' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at protocols show' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at protocols show' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at protocols show' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_arg 0 0 protocols show' -a '(__logboek_values protocols \'\')'

# logboek protocols check
complete -c logboek -n '__logboek_at protocols check' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at protocols check' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at protocols check' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at protocols check' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at protocols check' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at protocols check' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at protocols check' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_arg 0 0 protocols check' -F

# logboek verify
complete -c logboek -n '__logboek_at verify' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at verify' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at verify' -l 'json' -d 'Print the verdict as JSON.'
complete -c logboek -n '__logboek_at verify' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at verify' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at verify' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at verify' -l 'repair' -d 'Move an incomplete last line (left by a crash or a full disk) to a side file, after saving a copy...'
complete -c logboek -n '__logboek_at verify' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at verify' -s 'V' -l 'version' -d 'Print version information and exit.'

# logboek report
complete -c logboek -n '__logboek_at report' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at report' -l 'detail' -d 'Also show the ids and titles of incidents (never names, notes or descriptions).'
complete -c logboek -n '__logboek_at report' -l 'force' -d 'With -o: replace FILE if it exists.'
complete -c logboek -n '__logboek_at report' -s 'f' -l 'format' -x -d 'text (aligned tables and bar charts; the default), markdown (for meeting minutes), json (for scri...'
complete -c logboek -n '__logboek_at report' -l 'from' -x -d 'The first day to report on (yyyy-mm-dd).'
complete -c logboek -n '__logboek_at report' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at report' -l 'json' -d 'Short for --format json.'
complete -c logboek -n '__logboek_at report' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at report' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at report' -l 'month' -x -d 'The calendar month to report on.'
complete -c logboek -n '__logboek_at report' -s 'o' -l 'output' -r -F -d 'Write the report to FILE (private to you, 0600) instead of printing it.'
complete -c logboek -n '__logboek_at report' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at report' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at report' -l 'stale-days' -x -d 'Flag open incidents with no action for more than N days ("always act").'
complete -c logboek -n '__logboek_at report' -l 'stamp' -d 'State when the report was made (the output then differs from run to run).'
complete -c logboek -n '__logboek_at report' -l 'to' -x -d 'The last day to report on (yyyy-mm-dd), included.'
complete -c logboek -n '__logboek_at report' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_at report' -l 'year' -x -d 'The calendar year to report on.'

# logboek export
complete -c logboek -n '__logboek_at export' -l 'access' -x -d 'For a request for access (inzageverzoek) by the person with this name, as recorded: the incidents...'
complete -c logboek -n '__logboek_at export' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at export' -s 'c' -l 'category' -x -a '(__logboek_values categories split cyberpesten bedreiging sexting sextortion grooming loverboy reputatieschade hacken zorgwekkend-bericht grensoverschrijdend-professional medewerker-gedrag media-incident)' -d 'Only these categories.'
complete -c logboek -n '__logboek_at export' -l 'events' -d 'One record per event (the full audit trail) instead of one per incident.'
complete -c logboek -n '__logboek_at export' -l 'excel' -d 'CSV that Dutch Excel opens correctly: \';\' between fields and a UTF-8 byte-order mark.'
complete -c logboek -n '__logboek_at export' -l 'for' -x -d 'For this partner (an id as in \'logboek consent --partner\'): names and text only of incidents with...'
complete -c logboek -n '__logboek_at export' -l 'force' -d 'With -o: replace FILE if it exists.'
complete -c logboek -n '__logboek_at export' -s 'f' -l 'format' -x -d 'csv (RFC 4180; the default), json or jsonl (one JSON object per line).'
complete -c logboek -n '__logboek_at export' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at export' -l 'keep-text' -d 'With --redact: keep free text, with every known name in it replaced by its pseudonym.'
complete -c logboek -n '__logboek_at export' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at export' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at export' -s 'o' -l 'output' -r -F -d 'Write to FILE (private to you, 0600; it appears whole or not at all) instead of stdout.'
complete -c logboek -n '__logboek_at export' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at export' -l 'raw' -d 'CSV cells exactly as recorded: no apostrophe before a cell that starts with = + - @ (a spreadshee...'
complete -c logboek -n '__logboek_at export' -l 'redact' -d 'For sharing: people become Persoon 1, 2, ..., staff Medewerker 1, ...; free text (titles, descrip...'
complete -c logboek -n '__logboek_at export' -l 'since' -x -d 'Only incidents reported on or after DATE (yyyy-mm-dd).'
complete -c logboek -n '__logboek_at export' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at export' -l 'status' -x -a '(__logboek_values words split open opgeschaald afgeschaald gesloten)' -d 'Only these statuses: open, opgeschaald, afgeschaald, gesloten; active (every status but gesloten)...'
complete -c logboek -n '__logboek_at export' -l 'until' -x -d 'Only incidents reported on or before DATE (yyyy-mm-dd).'
complete -c logboek -n '__logboek_at export' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_arg 0 -1 export' -a '(__logboek_values ids \'\')'

# logboek backup
complete -c logboek -n '__logboek_at backup' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at backup' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at backup' -l 'json' -d 'Print what was written as JSON: backup, logbook, bytes, lines, events, incidents, head, writers (...'
complete -c logboek -n '__logboek_at backup' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at backup' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at backup' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at backup' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at backup' -s 'V' -l 'version' -d 'Print version information and exit.'
complete -c logboek -n '__logboek_arg 0 0 backup' -a '(__fish_complete_directories (commandline -ct))'

# logboek team
complete -c logboek -n '__logboek_arg 0 0 team' -a 'init' -d 'Turn this logbook into a team logbook kept in the git repository REMOTE, and push it there.'
complete -c logboek -n '__logboek_arg 0 0 team' -a 'join' -d 'Make this machine a writer of the team logbook in REMOTE: it is fetched into the folder NAME.team...'
complete -c logboek -n '__logboek_arg 0 0 team' -a 'status' -d 'Show the team logbook: its id, this machine\'s writer, every writer with its number of events, the...'
complete -c logboek -n '__logboek_at team' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at team' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at team' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at team' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at team' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at team' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at team' -s 'V' -l 'version' -d 'Print version information and exit.'

# logboek team init
complete -c logboek -n '__logboek_at team init' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at team init' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at team init' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at team init' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at team init' -l 'name' -x -d 'How this machine\'s writer is called in the team.'
complete -c logboek -n '__logboek_at team init' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at team init' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at team init' -s 'V' -l 'version' -d 'Print version information and exit.'

# logboek team join
complete -c logboek -n '__logboek_at team join' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at team join' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at team join' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at team join' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at team join' -l 'name' -x -d 'How this machine\'s writer is called in the team.'
complete -c logboek -n '__logboek_at team join' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at team join' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at team join' -s 'V' -l 'version' -d 'Print version information and exit.'

# logboek team status
complete -c logboek -n '__logboek_at team status' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at team status' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at team status' -l 'json' -d 'Print JSON: team, writer, encrypted, folder, remote, writers, unsent.'
complete -c logboek -n '__logboek_at team status' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at team status' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at team status' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at team status' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at team status' -s 'V' -l 'version' -d 'Print version information and exit.'

# logboek sync
complete -c logboek -n '__logboek_at sync' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at sync' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at sync' -l 'json' -d 'Print JSON: team, writer, ok, sent, pushed, received, writers, altered, attempts.'
complete -c logboek -n '__logboek_at sync' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at sync' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at sync' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at sync' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at sync' -s 'V' -l 'version' -d 'Print version information and exit.'

# logboek install
complete -c logboek -n '__logboek_at install' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at install' -s 'n' -l 'dry-run' -d 'Print what would be written or removed, and change nothing.'
complete -c logboek -n '__logboek_at install' -s 'h' -l 'help' -d 'Show this help message and exit.'
complete -c logboek -n '__logboek_at install' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at install' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at install' -l 'prefix' -x -a '(__fish_complete_directories (commandline -ct))' -d 'Where to install.'
complete -c logboek -n '__logboek_at install' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at install' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_at install' -l 'uninstall' -d 'Remove what an earlier install put in PREFIX.'
complete -c logboek -n '__logboek_at install' -s 'V' -l 'version' -d 'Print version information and exit.'

# logboek help
complete -c logboek -n '__logboek_at help' -l 'author' -x -d 'Who records this.'
complete -c logboek -n '__logboek_at help' -s 'h' -l 'help' -d 'Show usage help for the help command and exit.'
complete -c logboek -n '__logboek_at help' -l 'lang' -x -a 'nl en' -d 'Language of messages.'
complete -c logboek -n '__logboek_at help' -l 'logbook' -r -F -d 'The logbook file.'
complete -c logboek -n '__logboek_at help' -l 'protocols' -x -a '(__fish_complete_directories (commandline -ct))' -d 'A folder with your organisation\'s own protocols, loaded after $XDG_CONFIG_HOME/logboek/protocols ...'
complete -c logboek -n '__logboek_at help' -l 'stacktrace' -d 'Print the full stack trace of an error (for bug reports).'
complete -c logboek -n '__logboek_arg 0 0 help' -a 'init new annotate list agenda show search person next escalate close amend retract reopen consent retention purge protocols verify report export backup team sync install help'
