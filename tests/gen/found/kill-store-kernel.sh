#!/bin/bash
# invariant seed 7099: store-kernel (shrunk to 10+1 steps from 57+12)
# ifconfig eth1:3 up (SIGKILL after 2.118ms): eth1:3 10.1.0.23 stored down but the kernel has it
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
ip addr add 10.1.0.5/24 brd + dev eth1
ip addr add 10.1.2.207/24 brd + dev eth1
ip addr add 10.1.0.96/24 brd + dev eth1
"$IFCONFIG" eth1 addif 10.1.0.23/24
"$IFCONFIG" eth1:3 up & pid=$!; sleep 0.0033; kill -KILL $pid; wait $pid  # frac 0.658
"$IFCONFIG" -a >/dev/null   # the run that must complete or roll back
# expected (store-kernel): ifconfig eth1:3 up (SIGKILL after 2.118ms): eth1:3 10.1.0.23 stored down but the kernel has it
"$IFCONFIG" -a
ip addr show
REPLAY
