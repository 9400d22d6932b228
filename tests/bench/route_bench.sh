#!/bin/bash
# route against net-tools and ip, measured in the same run, in a private
# network namespace (root). Usage: route_bench.sh BUILD_DIR [ROUTES] [RUNS]
# Prints seconds per tool and our ratio to each reference.
set -eu
build=$(cd "${1:?BUILD_DIR}" && pwd)
routes=${2:-2000}
runs=${3:-20}
exec unshare --net -- bash -s "$build" "$routes" "$runs" <<'BENCH'
set -eu
build=$1 routes=$2 runs=$3
ours=$build/cmd/route
ip link set lo up
ip link add b0 type veth peer name b1
ip link set b0 up
ip link set b1 up
ip addr add 10.0.0.1/16 dev b0

seconds() { local s=$EPOCHREALTIME; "$@" >/dev/null; awk -v a="$s" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
nth() { echo "10.$((100 + $1 / 250)).$(($1 % 250)).0"; }

# $routes network routes added, then deleted, one command each.
changes() {
  local i
  for ((i = 0; i < routes; i++)); do "$1" add -net "$(nth $i)" netmask 255.255.255.0 gw 10.0.0.254; done
  for ((i = 0; i < routes; i++)); do "$1" del -net "$(nth $i)" netmask 255.255.255.0; done
}
changes_ip() {
  local i
  for ((i = 0; i < routes; i++)); do ip route add "$(nth $i)/24" via 10.0.0.254; done
  for ((i = 0; i < routes; i++)); do ip route del "$(nth $i)/24"; done
}
repeat() { local i; for ((i = 0; i < runs; i++)); do "$@"; done; }

t_ours=$(seconds changes "$ours")
t_nt=$(seconds changes /sbin/route)
t_ip=$(seconds changes_ip)
echo "add+del of $routes routes: ours ${t_ours}s, net-tools ${t_nt}s, ip ${t_ip}s;" \
     "ours/net-tools $(ratio "$t_ours" "$t_nt"), ours/ip $(ratio "$t_ours" "$t_ip")"

for ((i = 0; i < routes; i++)); do ip route add "$(nth $i)/24" via 10.0.0.254; done
t_ours=$(seconds repeat "$ours" -n)
t_nt=$(seconds repeat /sbin/route -n)
t_ip=$(seconds repeat ip route show)
echo "route -n x$runs over $((routes + 1)) routes: ours ${t_ours}s, net-tools ${t_nt}s, ip ${t_ip}s;" \
     "ours/net-tools $(ratio "$t_ours" "$t_nt"), ours/ip $(ratio "$t_ours" "$t_ip")"
t_ours=$(seconds repeat "$ours" --json)
t_ip=$(seconds repeat ip -j route show)
echo "route --json x$runs: ours ${t_ours}s, ip -j ${t_ip}s; ours/ip $(ratio "$t_ours" "$t_ip")"
BENCH
