#!/bin/bash
# arp's display cost against net-tools arp and ip neigh, measured in the
# same run: a namespace with N neighbour entries (default 2000), each tool
# run R times (default 50). Prints the seconds and our ratio to each.
# Usage (root): tests/bench/arp_bench.sh BUILD_DIR [N] [R]
set -eu
build=$(cd "$1" && pwd)
n=${2:-2000}
r=${3:-50}
exec unshare --net -- bash -s "$build" "$n" "$r" <<'IN'
set -eu
build=$1 n=$2 r=$3
ip link set lo up
ip link add v0 type veth peer name v1
ip link set v0 up
ip addr add 10.0.0.1/16 dev v0
for i in $(seq 1 "$n"); do
  printf 'neigh add 10.0.%d.%d lladdr 02:00:00:00:%02x:%02x dev v0\n' $((i / 250)) $((i % 250 + 2)) $((i / 256)) $((i % 256))
done | ip -batch -
time_of() {
  local start end
  start=$(date +%s.%N)
  for _ in $(seq "$r"); do "$@" >/dev/null; done
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
ours=$(time_of "$build/cmd/arp" -n)
nettools=$(time_of /usr/sbin/arp -n)
ip_neigh=$(time_of ip neigh show)
ours_a=$(time_of "$build/cmd/arp" -an)
printf 'entries: %d, runs: %d\n' "$n" "$r"
printf 'arp -n (solnet)     %.3f s\n' "$ours"
printf 'arp -n (net-tools)  %.3f s   ratio %.2f\n' "$nettools" "$(echo "$ours / $nettools" | bc -l)"
printf 'ip neigh show       %.3f s   ratio %.2f\n' "$ip_neigh" "$(echo "$ours / $ip_neigh" | bc -l)"
printf 'arp -an (solnet, Net to Media table) %.3f s\n' "$ours_a"
IN
