#!/bin/bash
# invariant seed 7008: changed (shrunk to 9+2 steps from 51+12)
# after a failed -a4 netmask + broadcast + on a full /run, eth0:1 (kernel label eth0:1) is shown as unlabelled until another command rewrites the store; eth0:4 netmask on a unit that does not exist succeeds and creates an empty eth0:4
# Usage (root): bash THIS_FILE BUILD_DIR. Runs in a namespace of its own.
B=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
exec unshare --net --mount --fork -- bash -s "$B" <<'REPLAY'
IFCONFIG=$1/cmd/ifconfig ROUTE=$1/cmd/route
mount --make-rprivate / && mount -t tmpfs -o size=2m tmpfs /run
ip link set lo up
sysctl -qw net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.all.accept_dad=0
ip link add eth0 address 02:00:00:00:00:01 type veth peer name eth0p address 02:00:00:00:00:02
ip link set eth0p up
ip link set eth0 up
ip link add eth1 address 02:00:00:00:01:01 type veth peer name eth1p address 02:00:00:00:01:02
ip link set eth1p up
ip link set eth1 up
ip addr add 10.0.0.5/24 brd + dev eth0
ip addr add 10.0.0.232/24 brd + dev eth0
"$IFCONFIG" eth0 addif 10.0.0.214/24
cat /dev/zero >/run/fill 2>/dev/null
"$IFCONFIG" -a4 netmask + broadcast +
rm -f /run/fill
"$IFCONFIG" -a >/dev/null   # the run that must complete or roll back
"$IFCONFIG" eth0:4 netmask 255.255.255.128 broadcast +
"$IFCONFIG" -a >/dev/null   # the run that must complete or roll back
# expected (changed): after a failed -a4 netmask + broadcast + on a full /run, eth0:1 (kernel label eth0:1) is shown as unlabelled until another command rewrites the store; eth0:4 netmask on a unit that does not exist succeeds and creates an empty eth0:4
"$IFCONFIG" -a
ip addr show
REPLAY
