# Helpers for route's system tests (sourced by route_*_test.sh).

# Name lookups from files alone: no test waits on a DNS server, and both
# route commands see the same answers.
_route_files_only() {
  printf 'hosts: files\nnetworks: files\n' >/etc/nsswitch.conf
  printf 'nameserver 127.0.0.1\n' >/etc/resolv.conf
}

# In namespace $1 ("" for this one): lo, eth0 (fixed MAC, so the same
# link-local address everywhere) with the IP-alias HOWTO's addresses, its
# peer eth0p, and eth1 down.
_route_links() {
  local ns=${1:+ip netns exec $1}
  # No duplicate address detection: link-local addresses (and their local
  # routes) appear at once, the same in every namespace.
  $ns sysctl -qw net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.all.accept_dad=0
  $ns ip link set lo up
  $ns ip link add eth0 address 02:00:00:00:00:01 type veth peer name eth0p address 02:00:00:00:00:02
  $ns ip link add eth1 address 02:00:00:00:00:03 type veth peer name eth1p address 02:00:00:00:00:04
  $ns ip addr add 172.16.3.1/16 brd + dev eth0
  $ns ip addr add 172.16.3.10/16 brd + dev eth0 label eth0:0
  $ns ip addr add 172.16.3.100/16 brd + dev eth0 label eth0:1
  $ns ip addr add 2001:db8::1/64 dev eth0 nodad
  $ns ip link set eth0 up
  $ns ip link set eth0p up
  ${1:+in_netns $1} wait_running eth0
  # and the link-local addresses and their routes, which come after
  ${1:+in_netns $1} settle
}

# The kernel's routes, as ip reads them, in namespace $1 ("" for this one):
# one route a line, sorted (the kernel promises no order between routes
# it adds for different links).
_route_state() {
  local ns=${1:+ip netns exec $1}
  { $ns ip -j -d -4 route show table all; $ns ip -j -d -6 route show table all; } | jq -c '.[]' | sort
}

# _same_state WHAT: this namespace's routes and the twin's must be equal.
_same_state() {
  local d
  d=$(diff <(_route_state twin) <(_route_state)) || fail "$1: routes differ (< net-tools twin, > ours):
$d"
}
