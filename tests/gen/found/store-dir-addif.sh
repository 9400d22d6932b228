#!/bin/bash
# invariant, written by hand from its findings: half
# with the store unreadable (a directory) addif reuses unit 1 of the stored-down eth0:1, which is then gone
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
"$IFCONFIG" eth0 addif 10.0.0.7/24
ip addr add 10.0.0.8/24 brd + dev eth0 label eth0:2
mkdir -p /run/lif; S=$(echo /run/lif/net.*.json); mv "$S" /run/lif/.saved; mkdir "$S"
"$IFCONFIG" eth0 addif 10.0.0.9/24 up
rmdir "$S"; mv /run/lif/.saved "$S"
"$IFCONFIG" -a >/dev/null   # the run that must complete or roll back
"$IFCONFIG" eth0 netmask 255.255.255.0
"$IFCONFIG" -a >/dev/null   # the run that must complete or roll back
# expected (half): with the store unreadable (a directory) addif reuses unit 1 of the stored-down eth0:1, which is then gone
"$IFCONFIG" -a
ip addr show
REPLAY
