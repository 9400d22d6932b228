#!/bin/bash
# Benchmark of ifconfig display (not a test): in a private network namespace
# with 2000 labelled aliases on one veth and 300 more veth pairs, times in one
# run our `ifconfig -a` against `ip addr` and net-tools `ifconfig -a`, and
# `ifconfig v0:1999` against net-tools, then the single query again with no
# other interfaces, to show that its cost does not grow with them.
# Usage (root): tests/bench/ifconfig_bench.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd)
command -v hyperfine >/dev/null || { echo "needs hyperfine" >&2; exit 1; }

exec unshare --net --mount --fork -- bash -s "$build" <<'INNER'
set -eu
build=$1
mount --make-rprivate /
mount -t tmpfs tmpfs /run
ours=$build/cmd/ifconfig
out=$(mktemp -d)

ip link set lo up
ip link add v0 type veth peer name v1
ip link set v0 up
ip link set v1 up
{
  echo "addr add 10.0.0.1/16 dev v0"
  for i in $(seq 1 1999); do
    echo "addr add 10.$((1 + i / 250)).$((i % 250)).1/16 label v0:$i dev v0"
  done
} | ip -batch -

# hyperfine JSON -> mean seconds
mean() { jq '.results[0].mean' "$1"; }
bench() {  # NAME CMD
  hyperfine -N --warmup 5 --min-runs 30 --export-json "$out/$1.json" "$2" >/dev/null 2>&1
  mean "$out/$1.json"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ms() { awk -v a="$1" 'BEGIN { printf "%.2f ms", a * 1000 }'; }

q_alone=$(bench single-alone "$ours v0:1999")
nt_alone=$(bench nt-single-alone "/sbin/ifconfig v0:1999")

for i in $(seq 1 300); do echo "link add p$i type veth peer name q$i"; done | ip -batch -

a_ours=$(bench all-ours "$ours -a")
a_ip=$(bench all-ip "ip addr")
a_nt=$(bench all-nt "/sbin/ifconfig -a")
q_ours=$(bench single-ours "$ours v0:1999")
q_nt=$(bench single-nt "/sbin/ifconfig v0:1999")

echo "links: $(ip -o link | wc -l), IPv4 addresses: $(ip -o -4 addr | wc -l)"
echo "ifconfig -a:            $(ms "$a_ours")"
echo "ip addr:                $(ms "$a_ip")   ifconfig -a / ip addr = $(ratio "$a_ours" "$a_ip") (target <= 1.5)"
echo "net-tools ifconfig -a:  $(ms "$a_nt")   net-tools / ifconfig -a = $(ratio "$a_nt" "$a_ours") (target >= 5)"
echo "ifconfig v0:1999:       $(ms "$q_ours")   with no other links: $(ms "$q_alone")   growth = $(ratio "$q_ours" "$q_alone")"
echo "net-tools v0:1999:      $(ms "$q_nt")   with no other links: $(ms "$nt_alone")   net-tools / ours = $(ratio "$q_nt" "$q_ours") (target >= 1)"
rm -rf "$out"
INNER
