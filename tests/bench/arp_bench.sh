#!/bin/bash
# Benchmark of arp display (not a test): in a private network namespace with
# N neighbour entries on one veth (default 2000), times in one run our
# `arp -n` against net-tools `arp -n` and `ip neigh`, and our `arp -an`
# (the Net to Media table, which adds a netconf dump).
# Usage (root): tests/bench/arp_bench.sh [BUILD_DIR] [N]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd)
n=${2:-2000}
command -v hyperfine >/dev/null || { echo "needs hyperfine" >&2; exit 1; }

exec unshare --net -- bash -s "$build" "$n" <<'INNER'
set -eu
build=$1 n=$2
ours=$build/cmd/arp
out=$(mktemp -d)
ip link set lo up
ip link add v0 type veth peer name v1
ip link set v0 up
ip addr add 10.0.0.1/16 dev v0
for i in $(seq 1 "$n"); do
  printf 'neigh add 10.0.%d.%d lladdr 02:00:00:00:%02x:%02x dev v0\n' $((i / 250)) $((i % 250 + 2)) $((i / 256)) $((i % 256))
done | ip -batch -

mean() { jq '.results[0].mean' "$1"; }
bench() {  # NAME CMD
  hyperfine -N --warmup 5 --min-runs 30 --export-json "$out/$1.json" "$2" >/dev/null 2>&1
  mean "$out/$1.json"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ms() { awk -v a="$1" 'BEGIN { printf "%.2f ms", a * 1000 }'; }

a_ours=$(bench ours "$ours -n")
a_nt=$(bench nt "/usr/sbin/arp -n")
a_ip=$(bench ip "ip neigh show")
t_ours=$(bench table "$ours -an")
echo "entries: $(ip -o neigh show | wc -l)"
echo "arp -n:            $(ms "$a_ours")"
echo "net-tools arp -n:  $(ms "$a_nt")   net-tools / ours = $(ratio "$a_nt" "$a_ours")"
echo "ip neigh show:     $(ms "$a_ip")   ours / ip neigh = $(ratio "$a_ours" "$a_ip")"
echo "arp -an:           $(ms "$t_ours")"
rm -rf "$out"
INNER
