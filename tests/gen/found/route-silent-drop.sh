#!/bin/bash
# route_survival seed 5000: route-silent-drop (shrunk to 8+1 steps from 21+7)
# removed without a word: default via 10.0.2.1 dev eth0 proto boot scope global (after "$IFCONFIG" eth0 unplumb)
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
ip addr add 10.0.2.6/24 brd + dev eth0 label eth0:1
ip link add eth1 address 02:00:00:00:01:01 type veth peer name eth1p address 02:00:00:00:01:02
ip link set eth1p up
ip link set eth1 up
ip route add default via 10.0.2.1 dev eth0
"$IFCONFIG" eth0 unplumb
# expected (route-silent-drop): removed without a word: default via 10.0.2.1 dev eth0 proto boot scope global (after "$IFCONFIG" eth0 unplumb)
echo '--- routes now (without the kernel-owned ones):'
ip -4 -d route show table all | grep -v 'proto kernel\|^local\|^broadcast'
ip -d -6 route show table all | grep -v 'proto kernel\|^local\|^multicast'
REPLAY
