#!/bin/bash
# Issue 17's scale benchmark (not a test): solnet's displays and changes
# against ip and net-tools at 2,000, 20,000 and 100,000 addresses, in CPU
# time (user+system of the child, median of several rounds) and max RSS.
#
# Each state is built (ip -batch, scale_state.py) in its own network, mount
# and PID namespace with a private tmpfs on /run; killing the namespace's
# first process ends everything in it, so nothing outlives the run.
#   display N   N addresses (N/2 labelled aliases on v0, N/2 on N/100 other
#               links), N routes, N/2 neighbours: every display is timed
#   changes E   v0 with 20,000 aliases, E addresses elsewhere whose IPv6
#               half the state store holds: down, up, addif, removeif and
#               netmask on v0 are timed against the same ip addr commands
# scale_measure.py takes the samples, scale_report.py prints a table per
# size, the scaling of each command, the change costs and PASS/FAIL per
# target of issue 17 item 1.
#
# Usage (root): tests/bench/scale_bench.sh [BUILD_DIR] [options]
#   --sizes "2000 20000 100000"  display states to measure
#   --mixed SIZE                 the size whose other links hold IPv6 too
#                                (default 20000; "none": IPv4 only)
#   --changes "2000 20000"       addresses elsewhere in the change states
#                                ("" skips them)
#   --rounds N                   timed rounds (default 5)
#   --cap S                      kill a command after S seconds (default 30)
#   --neighbours N               neighbours in every display state (default N/2)
#   --keep DIR                   keep the samples (JSON) in DIR
#   --profile DIR                also run callgrind and massif on ifconfig -a,
#                                ifconfig -a --json, route --json and
#                                arp -n --json in each display state, and
#                                callgrind on ifconfig v0:19999 down in each
#                                change state
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$here/../../build
sizes="2000 20000 100000"
mixed=20000
changes="2000 20000"
rounds=5
cap=30
neighbours=
keep=
profile=
while [ $# -gt 0 ]; do
  case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --mixed) mixed=$2; shift 2 ;;
    --changes) changes=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --cap) cap=$2; shift 2 ;;
    --neighbours) neighbours=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    --profile) profile=$2; shift 2 ;;
    -*) echo "scale_bench: unknown option $1" >&2; exit 2 ;;
    *) build=$1; shift ;;
  esac
done
[ "$rounds" -ge 1 ] || { echo "scale_bench: --rounds must be 1 or more" >&2; exit 2; }
build=$(cd "$build" && pwd)
[ "$(id -u)" = 0 ] || { echo "scale_bench: needs root (namespaces)" >&2; exit 1; }
for c in "$build/cmd/ifconfig" "$build/cmd/route" "$build/cmd/arp" /sbin/ifconfig /sbin/route /usr/sbin/arp; do
  [ -x "$c" ] || { echo "scale_bench: $c: not found" >&2; exit 1; }
done
[ -z "$profile" ] || command -v valgrind >/dev/null || { echo "scale_bench: --profile needs valgrind" >&2; exit 1; }

tmp=$(mktemp -d /tmp/scale_bench.XXXXXX)
ns_pid=
cleanup() {
  # unshare --kill-child: its death kills the namespace's first process,
  # and with it every process of the PID namespace
  [ -z "$ns_pid" ] || kill "$ns_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
cc -O2 -o "$tmp/cpu_rss" "$here/cpu_rss.c"
[ -z "$profile" ] || mkdir -p "$profile"

# in_namespace SHAPE N [--mixed]: builds the state, measures, writes $tmp/SHAPE-N.json
in_namespace() {
  local shape=$1 n=$2 mix=${3:-}
  local state_args=("$shape" "$n" $mix)
  [ "$shape" = display ] && [ -n "$neighbours" ] && state_args+=(--neighbours "$neighbours")
  echo "== $shape $n ${mix:+(mixed)}" >&2
  unshare --net --mount --pid --fork --kill-child --mount-proc -- bash -s -- \
    "$here" "$build" "$tmp" "$rounds" "$cap" "$profile" "${state_args[@]}" <<'INNER' &
set -eu
here=$1 build=$2 tmp=$3 rounds=$4 cap=$5 profile=$6
shift 6
shape=$1 n=$2
mount --make-rprivate /
mount -t tmpfs tmpfs /run
mkdir /run/scale
start=$EPOCHREALTIME
python3 "$here/scale_state.py" "$@" | ip -batch -
# link-locals leave DAD (tentative) within seconds; measure a settled state
for _ in $(seq 300); do
  [ -z "$(ip -6 -o addr show tentative 2>/dev/null)" ] && break
  sleep 0.1
done
echo "  built in $(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }') s" >&2
mixed=()
[ "${3:-}" = --mixed ] && mixed=(--mixed)
python3 "$here/scale_measure.py" "$shape" "$n" "${mixed[@]}" --build "$build" --cpu-rss "$tmp/cpu_rss" \
  --work /run/scale --rounds "$rounds" --cap "$cap" --out "$tmp/$shape-$n.json"
callgrind() {  # NAME CMD...: instructions per function
  echo "  profiling $1" >&2
  valgrind --tool=callgrind --callgrind-out-file="$profile/callgrind.$shape-$n.$1.out" "${@:2}" >/dev/null 2>&1
}
massif() {  # NAME CMD...: the heap at its peak
  valgrind --tool=massif --massif-out-file="$profile/massif.$shape-$n.$1.out" "${@:2}" >/dev/null 2>&1
}
if [ -n "$profile" ] && [ "$shape" = display ]; then
  for c in "ifconfig-a ifconfig -a" "ifconfig-a-json ifconfig -a --json" "route-json route --json" \
           "arp-json arp -n --json"; do
    set -- $c
    callgrind "$1" "$build/cmd/$2" "${@:3}"
    massif "$1" "$build/cmd/$2" "${@:3}"
  done
elif [ -n "$profile" ]; then
  callgrind down "$build/cmd/ifconfig" v0:19999 down
  "$build/cmd/ifconfig" v0:19999 up
fi
INNER
  ns_pid=$!
  wait "$ns_pid"
  ns_pid=
}

for n in $sizes; do
  in_namespace display "$n" "$([ "$n" = "$mixed" ] && echo --mixed)"
done
for e in $changes; do
  in_namespace changes "$e"
done

echo "scale_bench: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$rounds rounds, build $build"
if [ -n "$keep" ]; then
  mkdir -p "$keep"
  cp "$tmp"/*.json "$keep"/
fi
python3 "$here/scale_report.py" "$tmp"/*.json
if [ -n "$profile" ]; then
  for f in "$profile"/callgrind.*.out; do python3 "$here/callgrind_top.py" "$f" >"${f%.out}.top.md"; done
  # change states are profiled with callgrind alone
  for f in "$profile"/massif.*.out; do
    [ -e "$f" ] || continue
    ms_print "$f" >"${f%.out}.txt"
  done
  echo "profiles in $profile" >&2
fi
