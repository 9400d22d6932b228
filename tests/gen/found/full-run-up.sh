#!/bin/bash
# invariant seed 13155: store-kernel (shrunk to 16+1 steps from 50+10)
# ifconfig eth0:8 up (store on a full /run): eth0:8 10.0.2.36 stored down but the kernel has it
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
ip addr add 10.0.0.44/24 brd + dev eth0 label eth0:1 metric 5
ip addr add 10.0.0.93/24 brd + dev eth0
"$IFCONFIG" eth0 addif 10.0.0.233/24
"$IFCONFIG" eth0 addif 10.0.0.40/24 up
ip addr add 10.0.2.234/24 brd + dev eth0
ip addr add 10.0.2.213/24 brd + dev eth0 label eth0:6
ip addr add 10.0.0.46/24 brd + dev eth0 label eth0:7
ip addr add 10.0.2.36/24 brd + dev eth0
"$IFCONFIG" eth0:8 down
cat /dev/zero >/run/fill 2>/dev/null
"$IFCONFIG" eth0:8 up
rm -f /run/fill
"$IFCONFIG" -a >/dev/null   # the run that must complete or roll back
# expected (store-kernel): ifconfig eth0:8 up (store on a full /run): eth0:8 10.0.2.36 stored down but the kernel has it
"$IFCONFIG" -a
ip addr show
REPLAY
