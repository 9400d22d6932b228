#!/bin/bash
# invariant seed 7001: lost (shrunk to 10+1 steps from 131+12)
# ifconfig eth0 netmask 255.255.255.128 broadcast + (SIGKILL after 2.311ms): kernel address eth0 inet 10.0.2.208 gone
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
ip addr add 10.0.2.192/24 brd + dev eth0
ip addr add 10.0.2.208/24 brd + dev eth0 label eth0:49
ip addr add 10.0.0.206/24 brd + dev eth0 label eth0:50
ip addr add 10.0.0.243/24 brd + dev eth0 label eth0:51
"$IFCONFIG" eth0 netmask 255.255.255.128 broadcast + & pid=$!; sleep 0.0023; kill -KILL $pid; wait $pid  # frac 0.775
"$IFCONFIG" -a >/dev/null   # the run that must complete or roll back
# expected (lost): ifconfig eth0 netmask 255.255.255.128 broadcast + (SIGKILL after 2.311ms): kernel address eth0 inet 10.0.2.208 gone
"$IFCONFIG" -a
ip addr show
REPLAY
