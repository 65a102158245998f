# The part of the logboek launcher that starts Java, shared by ./logboek in a checkout (which
# sources it after building the jar) and by the launcher 'logboek install' writes (which is this
# file below two lines that set $jar and $cds_dir). POSIX sh, so /bin/sh can run it.
# Every process started here costs about a millisecond of each command's start: only three are
# started on a normal run (locale, stat, java); making the archive, once, starts a few more.
#   jar      the logboek jar
#   cds_dir  where the class-data archive is kept (a folder of this user's)

# Java reads arguments in the locale's character set: under a non-UTF-8 locale (LANG=C, or a
# locale that is not installed) a name like "Coördinator" would be garbled before logboek sees it.
# Keep the user's language choice, but read and write UTF-8. Asking `locale` costs every command
# a process: a locale found to be UTF-8 is noted in the archive folder and not asked about again.
# (Should it be uninstalled later, logboek itself refuses the garbled arguments: nothing is
# written wrongly.)
ctype="${LC_ALL:-${LC_CTYPE:-${LANG:-}}}"
utf8_note=""
case "$ctype" in
  ""|C|POSIX|*[!A-Za-z0-9_.@-]*) ;;
  *) utf8_note="$cds_dir/utf-8-locale-$ctype" ;;
esac
charmap=""
if [ -n "$utf8_note" ] && [ -f "$utf8_note" ]; then
  charmap=UTF-8
elif [ -n "$ctype" ] && [ "$ctype" != C ] && [ "$ctype" != POSIX ]; then
  charmap="$(locale charmap 2>/dev/null)"
  if [ "$charmap" = UTF-8 ] && [ -n "$utf8_note" ] && [ -d "$cds_dir" ]; then
    { true >"$utf8_note"; } 2>/dev/null || true
  fi
fi
if [ "$charmap" != UTF-8 ]; then
  if [ -z "${LOGBOEK_LANG:-}" ]; then
    for v in "${LC_ALL:-}" "${LC_MESSAGES:-}" "${LANG:-}"; do
      if [ -n "$v" ]; then
        LOGBOEK_LANG=$(printf '%.2s' "$v")
        export LOGBOEK_LANG
        break
      fi
    done
  fi
  LC_ALL=C.UTF-8
  export LC_ALL
fi

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Java cannot tell whether stderr alone is a terminal; long reads show progress there only if so.
if [ -t 2 ]; then LOGBOEK_STDERR_TTY=1; export LOGBOEK_STDERR_TTY; else unset LOGBOEK_STDERR_TTY; fi

# The subcommand decides the JVM flags: short commands want the quickest start (C1 only, serial
# GC); commands that read every line of a logbook (export, verify, backup) want the full JIT.
# A report reads the index and a few thousand lines: C1 finishes sooner than C2 warms up. A small
# young generation keeps the memory of the long-running ones flat (garbage is collected early
# instead of the heap growing to a quarter of the machine's memory).
subcommand=""
skip=0
logbook=""
for a in "$@"; do
  if [ "$skip" = 2 ]; then skip=0; logbook="$a"; continue; fi
  if [ "$skip" = 1 ]; then skip=0; continue; fi
  case "$a" in
    --logbook) skip=2 ;;
    --logbook=*) logbook="${a#--logbook=}" ;;
    --author|--lang|--protocols) skip=1 ;;
    -*) ;;
    *) subcommand="$a"; break ;;
  esac
done
# Short commands: C1 alone, in one compiler thread (on two cores a second one competes with the
# command itself: about 10 ms of a 0.16 s agenda), and no hsperfdata file (docs/benchmarks.md).
# The first command on a logbook without its index (or, for agenda, person and search,
# without the cache derived from the log that it builds) reads and checks every line, on all
# cores: that one wants the full JIT too. Where the logbook is follows LogbookLocation; test and
# parameter expansion are the shell's own, so this starts no process.
[ -n "$logbook" ] || logbook="${LOGBOEK_FILE:-}"
if [ -z "$logbook" ]; then
  case "${XDG_DATA_HOME:-}" in
    /*) logbook="$XDG_DATA_HOME/logboek/logboek.jsonl" ;;
    *) logbook="${HOME:-}/.local/share/logboek/logboek.jsonl" ;;
  esac
fi
case "$logbook" in
  */*) cache="${logbook%/*}/.${logbook##*/}" ;;
  *) cache=".$logbook" ;;
esac
first_read=""
if [ -f "$logbook" ] && [ -s "$logbook" ]; then
  if [ ! -f "$cache.idx" ]; then
    first_read=1
  else
    case "$subcommand" in
      agenda|person) [ -f "$cache.digest" ] || first_read=1 ;;
      search) [ -f "$cache.words" ] || first_read=1 ;;
    esac
  fi
fi
# The long reads keep a young generation big enough for the lines decoded ahead of the checks.
# An export also folds every incident and writes a row for each: its hot methods are many and
# large, and C2 inlining less into them (the inlining limits below) halves what C2 compiles, about
# 1.3 s of CPU time of a 100,000-incident export on two cores, and the code runs no slower
# (docs/benchmarks.md). Its young generation is smaller: the folds it keeps leave less room. It
# collects with the parallel collector: the folds outlive many young collections, and copying them
# on all cores instead of one takes 8% off an export of 100,000 incidents; promoted after two
# collections, they are copied less often, and the peak memory is lower too.
case "$subcommand" in
  export) jvm="-XX:+UseParallelGC -Xmn32m -XX:InitialTenuringThreshold=2 -XX:MaxTenuringThreshold=2 -XX:FreqInlineSize=70 -XX:InlineSmallCode=1000 -XX:-UsePerfData" ;;
  verify|backup) jvm="-XX:+UseSerialGC -Xmn64m -XX:-UsePerfData" ;;
  report) jvm="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmn16m -XX:-UsePerfData" ;;
  *) jvm="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData" ;;
esac
# C2 compiles only the hottest methods of a first read (thresholds three times the default): about
# 1.9 s of compiling was 40% of the CPU time of the first index build of a million lines (docs/benchmarks.md).
[ -z "$first_read" ] || jvm="-XX:+UseSerialGC -Xmn32m -XX:-UsePerfData -XX:Tier4InvocationThreshold=15000 -XX:Tier4CompileThreshold=30000 -XX:Tier4BackEdgeThreshold=120000"

# The class-data archive belongs to one jar and one JDK: its name is made of the sizes, times and
# inode of both (stat -L follows /usr/bin/java to the real binary, so switching JDKs gives a new
# name), so a stale or foreign archive is never used (and the JVM checks it again and ignores a
# mismatch silently). On JDK 25 and later it is an AOT cache (JEP 483/514/515: classes loaded and
# linked, and method profiles, ahead of time), which starts a command about twice as fast as a
# class-data archive; on older JDKs a static class-data archive (AppCDS) of the classes that a
# training run loads.
# The commands that write a signed line have an archive of their own, made from those commands
# alone: about half the size of the one of all commands, and mapping and relocating an archive
# costs every start in proportion to its size (docs/benchmarks.md).
archive=""
case "$subcommand" in
  new|annotate|amend|consent|close|reopen|escalate|retract) group="writes" ;;
  *) group="" ;;
esac
if [ "${LOGBOEK_CDS:-1}" != "0" ]; then
  # Where java is, as `command -v` says, without the subshell that would cost.
  java_path=""
  case "$java_bin" in
    */*) [ ! -x "$java_bin" ] || java_path="$java_bin" ;;
    *)
      saved_ifs="$IFS"
      IFS=:
      set -f
      for d in $PATH; do
        if [ -f "${d:-.}/java" ] && [ -x "${d:-.}/java" ]; then
          java_path="${d:-.}/java"
          break
        fi
      done
      set +f
      IFS="$saved_ifs"
      ;;
  esac
  key="$(stat -L --printf '%i-%s-%Y-' "$java_path" "$jar" 2>/dev/null)" || key=""
  if [ -n "$key" ] && [ -n "$java_path" ]; then
    base="$cds_dir/logboek-${group:+$group-}${key%-}"
    if [ -f "$base.aot" ]; then
      archive="$base.aot"
    elif [ -f "$base.jsa" ]; then
      archive="$base.jsa"
    elif mkdir -p "$cds_dir" 2>/dev/null; then
      # First run with this jar and JDK: make the archive. The JDK's feature version comes from its
      # release file (asking java itself would cost a start).
      java_real="$(readlink -f "$java_path" 2>/dev/null || echo "$java_path")"
      feature="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "${java_real%/bin/java}/release" 2>/dev/null || true)"
      training_flags=""
      if [ "${feature:-0}" -ge 25 ] 2>/dev/null; then
        made="$base.aot"
        make_flag="-XX:AOTCacheOutput=$made.$$.tmp"
        # Without the training run's method profiles for the writing commands: replayed, they have
        # C1 compile twice as much at every start (about 45 ms of CPU time of a 0.15 s new -q on
        # JDK 25) for a command that ends before it could use it (docs/benchmarks.md). Ignored by a
        # JDK that no longer has the switch.
        [ "$group" != "writes" ] || training_flags="-XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"
      else
        # A static archive, dumped from the classes the training loaded: it replaces the JDK's own
        # archive instead of being mapped on top of it, and starts a command 3 to 5 ms sooner than
        # a dynamic archive (-XX:ArchiveClassesAtExit) of the same training (docs/benchmarks.md).
        made="$base.jsa"
        make_flag="-XX:DumpLoadedClassList=$made.$$.classes"
      fi
      # Archives of another jar or JDK go; the other group's archive of this one stays.
      # So do the class lists and half-made archives of another jar or JDK that a killed first run
      # left; those of this one may be another first run's, still at work.
      for old in "$cds_dir"/logboek-*.jsa "$cds_dir"/logboek-*.aot "$cds_dir"/logboek-*.classes "$cds_dir"/logboek-*.tmp; do
        case "$old" in
          *"-${key%-}.jsa"|*"-${key%-}.aot"|*"-${key%-}.jsa."*|*"-${key%-}.aot."*) ;;
          *) rm -f "$old" ;;
        esac
      done
      # The everyday commands (or, for the writing group, the commands that write), run in one
      # JVM on a scratch logbook (nl.logboek.cli.ArchiveTraining), fill the archive. Each process
      # writes its own file and renames it into place, so two first runs at once both finish, and
      # neither ever uses a half-written archive.
      scratch="$(mktemp -d 2>/dev/null)" && {
        # shellcheck disable=SC2086
        "$java_bin" "$make_flag" $training_flags -Xlog:disable -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
          -cp "$jar" nl.logboek.cli.ArchiveTraining "$scratch" $group >/dev/null 2>&1 </dev/null || true
        if [ -f "$made.$$.classes" ]; then
          # The classpath must be the one the commands start with (-jar "$jar").
          "$java_bin" -Xshare:dump -XX:SharedClassListFile="$made.$$.classes" -XX:SharedArchiveFile="$made.$$.tmp" \
            -Xlog:disable -cp "$jar" >/dev/null 2>&1 </dev/null || true
          rm -f "$made.$$.classes"
        fi
        [ -f "$made.$$.tmp" ] && mv -f "$made.$$.tmp" "$made"
        rm -rf "$scratch"
      }
      [ -f "$made" ] && archive="$made"
    fi
  fi
fi

if [ -n "$archive" ]; then
  case "$archive" in
    *.aot) set -- -XX:AOTCache="$archive" -Xlog:disable -Xlog:all=error:stderr -jar "$jar" "$@" ;;
    *) set -- -XX:SharedArchiveFile="$archive" -Xshare:auto -Xlog:disable -Xlog:all=error:stderr -jar "$jar" "$@" ;;
  esac
else
  set -- -Xshare:auto -jar "$jar" "$@"
fi
# $jvm and $LOGBOEK_JAVA_OPTS are split on spaces on purpose: they are lists of flags.
# shellcheck disable=SC2086
exec "$java_bin" $jvm ${LOGBOEK_JAVA_OPTS:-} "$@"
