# net-tools commands: our route here, /sbin/route in a twin namespace with
# the same links, then the kernel state (ip -j) and the exit status compared
# after every command.
source "$SOLNET_TESTS/route_lib.sh"

_twins() {
  _route_files_only
  ip netns add twin || fail "ip netns add"
  _route_links ""
  _route_links twin
  _same_state "before any command"
}

# _both ARGS...: the same route command on both sides.
_both() {
  local ours theirs
  $ROUTE "$@" >/run/ours.out 2>/run/ours.err
  ours=$?
  ip netns exec twin $NT_ROUTE "$@" >/run/theirs.out 2>/run/theirs.err
  theirs=$?
  [ "$ours" = "$theirs" ] || fail "route $*: exit $ours, net-tools $theirs ($(cat /run/ours.err) / $(cat /run/theirs.err))"
  _same_state "after route $*"
  [ ! -s /run/ours.out ] || fail "route $* printed on stdout: $(cat /run/ours.out)"
  if [ "$ours" != 0 ]; then
    [ "$(wc -l </run/ours.err)" = 1 ] || fail "route $*: stderr is not one line: $(cat /run/ours.err)"
  fi
}

t_inet_corpus() {
  _twins
  _both add -net 10.9.0.0 netmask 255.255.0.0 gw 172.16.3.200
  _both add -net 10.9.0.0 netmask 255.255.0.0 gw 172.16.3.200
  _both add -net 10.10.0.0/16 gw 172.16.3.200 metric 5
  _both add -net 10.11.0.0/16 gw 172.16.3.200 metric 32766
  _both add -net 10.12.0.0/16 dev eth0 mss 1400 window 4096 irtt 30
  _both add -net 10.12.0.0/16 dev eth0 mtu 600 window 128 metric 2
  _both add -net 10.13.0.0/16 reject
  _both add -net 10.13.0.0/16 reject metric 3
  _both add -host 10.14.0.1 reject
  _both add -host 10.16.0.1 dev eth0:0
  _both add -host 10.16.0.2 eth0:0
  _both add -host 10.16.0.3 dev eth0:1
  _both add -host 10.16.0.4 gw 172.16.3.200 dev eth0:1
  _both add 10.17.0.1 dev eth0
  _both add 10.17.0.2/32 dev eth0
  _both add 10.17.0.3 device eth0
  _both add -host 10.19.0.1 gw 172.16.3.1
  _both add -host 10.19.0.2 gw 127.0.0.1
  _both add -host 10.19.0.3 gw 172.16.255.255
  _both add -net 10.20.0.0/16 gw 172.16.3.99 dev eth0
  _both add -net 10.21.0.0/16 gw 10.99.0.99
  _both add -net 10.22.0.0/16 dev eth9
  _both add -net 10.22.0.0/16 dev eth0:7
  _both add -net 10.23.0.0/0x18 dev eth0
  _both add -net 10.24.0.0 netmask 255.255.255.0 dev eth0 mod dyn reinstate
  _both add -net 0x0a190000 netmask 255.255.0.0 dev eth0
  _both add -net 10.26.0.0 netmask 0.0.0.0 dev eth0
  _both add -net 10.27.0.0/16 gw 172.16.3.200 dev eth1
  _both add default gw 172.16.3.200
  _both add default gw 172.16.3.201 metric 100
  _both add -net 192.168.77.0 netmask 255.255.255.0 gateway 172.16.3.202
}

t_inet_deletions() {
  _twins
  _both add -net 10.9.0.0/16 gw 172.16.3.200
  _both add -net 10.10.0.0/16 gw 172.16.3.200 metric 5
  _both add -net 10.10.0.0/16 gw 172.16.3.201 metric 6
  _both add -net 10.13.0.0/16 reject metric 3
  _both add -host 10.14.0.1 reject
  _both add -host 10.16.0.1 dev eth0:0
  _both add 10.17.0.1 dev eth0
  _both add default gw 172.16.3.200
  _both add default gw 172.16.3.201 metric 100
  _both del -net 10.10.0.0/16 gw 172.16.3.200 metric 5
  _both del -net 10.10.0.0/16 gw 172.16.3.200
  _both del -net 10.10.0.0/16
  _both del -net 10.10.0.0/16
  _both del -host 10.14.0.1 reject
  _both del -net 10.13.0.0/16 reject
  _both del -host 10.16.0.1 dev eth0:1
  _both del -host 10.16.0.1 dev eth0:0
  _both del 10.17.0.1
  _both del default
  _both del default
  _both del default
  _both delete -net 10.9.0.0 netmask 255.255.0.0 gw 172.16.3.200 dev eth0
}

t_inet6_corpus() {
  _twins
  _both -A inet6 add 2001:db8:1::6/128 dev eth0
  _both -A inet6 add 2001:db8:1::6/128 dev eth0
  _both -A inet6 add 2001:db8:2::/64 gw 2001:db8::99 dev eth0
  _both -A inet6 add 2001:db8:2::/64 gw 2001:db8::98 dev eth0
  _both -A inet6 add 2001:db8:3::/64 dev eth0 metric 0
  _both -A inet6 add 2001:db8:4::/64 gw fe80::1 dev eth0 metric 7
  _both -A inet6 add 2001:db8:7::1/128 gw 2001:db8::99
  _both -A inet6 add 2001:db8:8::/64 gw 2001:db8::99
  _both -A inet6 add default gw 2001:db8::fe dev eth0
  _both -A inet6 add 2001:db8:5::5/64 dev eth0
  _both -A inet6 add 2001:db8:6::/64 dev eth0:1
  _both -A inet6 add 2001:db8:9::/64 eth0
  _both -6 add 2001:db8:a::/48 gw 2001:db8::99 metric 3
  _both --inet6 add 2001:db8:b::/48 gw 2001:db8::99
  _both -A inet6 del 2001:db8:3::/64 metric 0
  _both -A inet6 del 2001:db8:2::/64 gw 2001:db8::99
  _both -A inet6 del 2001:db8:4::/64
  _both -6 del 2001:db8:4::/64 metric 7
  _both -A inet6 del 2001:db8:1::6/128
  _both -A inet6 del 2001:db8:99::/64
  _both -A inet6 del default gw 2001:db8::fe dev eth0
}
