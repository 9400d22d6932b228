#!/bin/bash
# invariant seed 7000: half (shrunk to 6+1 steps from 57+16)
# ifconfig eth1 inet6 addif 2001:db8:1::e7cc/64 up (store on a full /run): neither before nor after; against the completed command (twin):
      - store lif eth1 {"address": "2001:db8:1::e7cc", "family": "inet6", "installed": true, "unit": 1}
      - store link {"flags4": 0, "flags6": 0, "index": 5, "inet_unplumbed": false, "name": "eth1", "physical6": "fe80::ff:fe00:101"}
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
cat /dev/zero >/run/fill 2>/dev/null
"$IFCONFIG" eth1 inet6 addif 2001:db8:1::e7cc/64 up
rm -f /run/fill
"$IFCONFIG" -a >/dev/null   # the run that must complete or roll back
# expected (half): ifconfig eth1 inet6 addif 2001:db8:1::e7cc/64 up (store on a full /run): neither before nor after; against the completed command (twin):
#       - store lif eth1 {"address": "2001:db8:1::e7cc", "family": "inet6", "installed": true, "unit": 1}
#       - store link {"flags4": 0, "flags6": 0, "index": 5, "inet_unplumbed": false, "name": "eth1", "physical6": "fe80::ff:fe00:101"}
"$IFCONFIG" -a
ip addr show
REPLAY
