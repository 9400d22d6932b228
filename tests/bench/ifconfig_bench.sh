#!/bin/bash
# Benchmark of ifconfig display (not a test). Two private network
# namespaces: "big" has one veth with 2000 labelled aliases plus 300 more
# veth pairs, "small" the same veth and aliases alone. Times, in one run, our
# `ifconfig -a` against `ip addr` and net-tools `ifconfig -a` in "big", and
# `ifconfig v0:1999` against net-tools in both, to show that the single
# query's cost does not grow with the number of other interfaces. hyperfine
# runs inside each namespace (entering one per command would cost more than
# the commands). Times are CPU time (user + system, hyperfine means): on a
# shared machine wall time mostly measures the wait for a CPU. The two
# namespaces are measured in alternating rounds and each command's best
# round is kept.
# Usage (root): tests/bench/ifconfig_bench.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd)
command -v hyperfine >/dev/null || { echo "needs hyperfine" >&2; exit 1; }

exec unshare --mount --fork -- bash -s "$build" <<'INNER'
set -eu
build=$1
mount --make-rprivate /
mount -t tmpfs tmpfs /run
ours=$build/cmd/ifconfig
out=$(mktemp -d)

aliases() {
  echo "link set lo up"
  echo "link add v0 type veth peer name v1"
  echo "link set v0 up"
  echo "link set v1 up"
  echo "addr add 10.0.0.1/16 dev v0"
  for i in $(seq 1 1999); do
    echo "addr add 10.$((1 + i / 250)).$((i % 250)).1/16 label v0:$i dev v0"
  done
}
for ns in small big; do
  ip netns add $ns
  aliases | ip -n $ns -batch -
done
for i in $(seq 1 300); do echo "link add p$i type veth peer name q$i"; done | ip -n big -batch -

# CPU seconds (user + system) of each command, in order, inside namespace $1
bench() {
  local ns=$1 json=$out/$RANDOM.json
  shift
  ip netns exec "$ns" hyperfine -N --warmup 5 --min-runs 40 --export-json "$json" "$@" >/dev/null 2>&1
  jq -r '.results[] | .user + .system' "$json"
}
best() { printf '%s\n' "$@" | sort -g | head -n 1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ms() { awk -v a="$1" 'BEGIN { printf "%6.2f ms", a * 1000 }'; }

mapfile -t all < <(bench big "$ours -a" "ip addr" "/sbin/ifconfig -a")
a_ours=${all[0]} a_ip=${all[1]} a_nt=${all[2]}
qb=() qs=() nb=() ns=()
for round in 1 2 3; do
  mapfile -t b < <(bench big "$ours v0:1999" "/sbin/ifconfig v0:1999")
  mapfile -t s < <(bench small "$ours v0:1999" "/sbin/ifconfig v0:1999")
  qb+=("${b[0]}") nb+=("${b[1]}") qs+=("${s[0]}") ns+=("${s[1]}")
done
q_big=$(best "${qb[@]}") q_small=$(best "${qs[@]}") nt_big=$(best "${nb[@]}") nt_small=$(best "${ns[@]}")

echo "big: $(ip -n big -o link | wc -l) links, $(ip -n big -o -4 addr | wc -l) IPv4 addresses; small: $(ip -n small -o link | wc -l) links"
echo "ifconfig -a             $(ms "$a_ours")"
echo "ip addr                 $(ms "$a_ip")   ifconfig -a / ip addr = $(ratio "$a_ours" "$a_ip") (target <= 1.5)"
echo "net-tools ifconfig -a   $(ms "$a_nt")   net-tools / ifconfig -a = $(ratio "$a_nt" "$a_ours") (target >= 5)"
echo "ifconfig v0:1999        $(ms "$q_big")   small: $(ms "$q_small")   big / small = $(ratio "$q_big" "$q_small") (flat: ~1)"
echo "net-tools v0:1999       $(ms "$nt_big")   small: $(ms "$nt_small")   net-tools / ifconfig = $(ratio "$nt_big" "$q_big") (target >= 1)"
ip netns del small
ip netns del big
rm -rf "$out"
INNER
