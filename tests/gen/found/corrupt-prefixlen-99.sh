#!/bin/bash
# invariant, written by hand from its findings: corrupt-accepted
# a stored record with prefixlen 99 is shown as eth0:4000
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
# store damaged: prefixlen-99 (cut 0.5); the tester writes it from the store of the moment
mkdir -p /run/lif
python3 -c 'import json,sys; p=sys.argv[1]; d=json.load(open(p)); d["links"][0]["lifs"].append({"family": "inet", "unit": 4000, "installed": False, "address": "10.250.0.77", "prefixlen": 99}); json.dump(d, open(p, "w"))' /run/lif/net.*.json
"$IFCONFIG" -a >/dev/null   # the run that must complete or roll back
# expected (corrupt-accepted): a stored record with prefixlen 99 is shown as eth0:4000
"$IFCONFIG" -a
ip addr show
REPLAY
