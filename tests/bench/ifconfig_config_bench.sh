#!/bin/bash
# Cost of ifconfig changes against net-tools and ip, measured in the same
# run, in a private network namespace (root). Usage: ifconfig_config_bench.sh BUILD [N]
# Prints one line per case: milliseconds per command for each tool and our
# ratio to each.
set -eu
build=$(cd "$1" && pwd)
n=${2:-200}
exec unshare --net --mount bash -s "$build" "$n" <<'INNER'
set -eu
build=$1 n=$2
mount --make-rprivate /
mount -t tmpfs tmpfs /run
ours=$build/cmd/ifconfig
ip link set lo up

now() { date +%s%N; }

# bench SETUP CMD: the mean time in microseconds of CMD (run with i = 1..n)
# after SETUP.
bench() {
  local setup=$1 cmd=$2 t0 t1
  eval "$setup"
  t0=$(now)
  for ((i = 1; i <= n; i++)); do eval "$cmd" >/dev/null; done
  t1=$(now)
  echo $(((t1 - t0) / n / 1000))
}

fresh='ip link del v0 2>/dev/null || true; ip link add v0 type veth peer name v1; ip link set v0 up; ip link set v1 up; rm -rf /run/lif'
report() {
  awk -v name="$1" -v a="$2" -v b="$3" -v c="$4" 'BEGIN {
    printf "%-30s ours %6.2f ms  net-tools %6.2f ms  ip %6.2f ms  ours/net-tools %.2f  ours/ip %.2f\n",
      name, a / 1000, b / 1000, c / 1000, a / b, a / c }'
}

# what starting the program costs, the floor of every case below
a=$(bench "$fresh" '$ours --version')
b=$(bench "$fresh" '/sbin/ifconfig --version 2>/dev/null')
c=$(bench "$fresh" 'ip -V')
report "startup (--version)" "$a" "$b" "$c"

a=$(bench "$fresh" '$ours v0:$i 10.$((i / 250)).$((i % 250)).1 netmask 255.255.255.0 up')
b=$(bench "$fresh" '/sbin/ifconfig v0:$i 10.$((i / 250)).$((i % 250)).1 netmask 255.255.255.0 up')
c=$(bench "$fresh" 'ip addr add 10.$((i / 250)).$((i % 250)).1/24 brd + label v0:$i dev v0')
report "alias address (n aliases on v0)" "$a" "$b" "$c"

a=$(bench "$fresh" '$ours v0 mtu $((1400 + i % 2))')
b=$(bench "$fresh" '/sbin/ifconfig v0 mtu $((1400 + i % 2))')
c=$(bench "$fresh" 'ip link set v0 mtu $((1400 + i % 2))')
report "mtu" "$a" "$b" "$c"

aliases='for j in $(seq 1 50); do ip addr add 10.0.0.$((j + 1))/24 label v0:$j dev v0; done'
a=$(bench "$fresh; ip addr add 10.0.0.1/24 dev v0; $aliases" '$ours v0 netmask 255.255.$((254 + i % 2)).0')
b=$(bench "$fresh; ip addr add 10.0.0.1/24 dev v0; $aliases" '/sbin/ifconfig v0 netmask 255.255.$((254 + i % 2)).0')
c=$(bench "$fresh; ip addr add 10.0.0.1/24 dev v0; $aliases" \
  'ip addr del 10.0.0.1/$((24 - (i - 1) % 2)) dev v0; ip addr add 10.0.0.1/$((24 - i % 2)) dev v0')
report "primary netmask, 50 aliases" "$a" "$b" "$c"
echo "(net-tools and ip lose the 50 aliases on the first netmask change; ours re-adds them every time)"

# IPv6: a logical interface per address, pinned in the state store
a=$(bench "$fresh" '$ours v0:$i inet6 2001:db8::$i/64 up')
b=$(bench "$fresh" '/sbin/ifconfig v0 inet6 add 2001:db8::$i/64')
c=$(bench "$fresh" 'ip -6 addr add 2001:db8::$i/64 dev v0')
report "inet6 address (n on v0)" "$a" "$b" "$c"

addrs6='for j in $(seq 1 200); do ip -6 addr add 2001:db8::$j/64 dev v0; done'
a=$(bench "$fresh; $addrs6" '$ours -a6')
b=$(bench "$fresh; $addrs6" '/sbin/ifconfig -a')
c=$(bench "$fresh; $addrs6" 'ip -6 addr')
report "-a6, 200 IPv6 addresses" "$a" "$b" "$c"
INNER
