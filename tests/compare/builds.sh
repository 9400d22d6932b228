#!/bin/bash
# Two builds on one corpus: every scenario runs once with each build, each
# time in a fresh network and mount namespace set up the same way, and what
# each command line prints (stdout, stderr), its exit status and the state
# after it (ip -j link/addr/route, the state store) must be the same. For
# refactorings that must not change behaviour.
#
# Usage (root): tests/compare/builds.sh OLD_BUILD NEW_BUILD CORPUS...
#   a CORPUS file holds scenarios: "== NAME" starts one; then one line per
#   step, words as the shell reads them:
#     ifconfig WORDS...   the build's ifconfig as root (route and arp too)
#     nobody ifconfig ... the same without privileges
#     sh COMMAND...       a setup step; its output is not compared
#     bg COMMAND...       a daemon for the scenario, killed at its end
#   "-" as CORPUS reads the scenarios from stdin (a generator's).
# COMPARE_ONLY=REGEX runs only the scenarios whose names match; COMPARE_KEEP=1
# keeps the transcripts (the directory is printed).
# Prints "differ: SCENARIO" with a diff for each scenario whose transcripts
# differ, then "N scenarios, N steps, N differ"; exits 1 when any differs.
set -u
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 3 ] || { echo "usage: builds.sh OLD_BUILD NEW_BUILD CORPUS..." >&2; exit 2; }
old=$(cd "$1" && pwd) new=$(cd "$2" && pwd)
shift 2
work=$(mktemp -d /tmp/compare_builds.XXXXXX)
trap '[ -n "${COMPARE_KEEP:-}" ] || rm -rf "$work"' EXIT

# Splits the corpus into one file per scenario.
cat "$@" | awk -v dir="$work" '
  /^== / { n++; file = sprintf("%s/%04d.scenario", dir, n); print substr($0, 4) > file; next }
  /^[[:space:]]*(#|$)/ { next }
  n { print > file }'

run_side() {  # BUILD SCENARIO_FILE
  timeout --kill-after=10 "${COMPARE_TIMEOUT:-300}" \
    unshare --net --mount --fork -- bash "$here/builds_side.sh" "$1" "$2"
}

scenarios=0 steps=0 differ=0
for s in "$work"/*.scenario; do
  [ -e "$s" ] || continue
  [[ $(head -1 "$s") =~ ${COMPARE_ONLY:-.} ]] || continue
  scenarios=$((scenarios + 1))
  steps=$((steps + $(($(wc -l <"$s") - 1))))
  run_side "$old" "$s" >"$s.old" 2>&1
  run_side "$new" "$s" >"$s.new" 2>&1
  if ! cmp -s "$s.old" "$s.new"; then
    differ=$((differ + 1))
    echo "differ: $(head -1 "$s")"
    diff "$s.old" "$s.new" | head -40
  fi
done
echo "$scenarios scenarios, $steps steps, $differ differ"
[ -z "${COMPARE_KEEP:-}" ] || echo "transcripts: $work"
[ "$differ" = 0 ]
