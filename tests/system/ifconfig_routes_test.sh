# Static routes survive ifconfig commands that make the kernel drop them
# (issue 15, item 1): each command of the reproduction, IPv4 and IPv6,
# checked with ip -j route.

# eth0 10.0.0.5/24 and 2001:db8:1::5/64 up, with the issue's routes and
# their IPv6 twins.
_routes_setup() {
  sysctl -qw net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.all.accept_dad=0
  veth eth0 eth0p
  $IFCONFIG eth0 10.0.0.5 netmask 255.255.255.0 up || fail "address"
  $IFCONFIG eth0 inet6 2001:db8:1::5/64 up || fail "inet6 address"
  $ROUTE add default gw 10.0.0.1 || fail "default"
  $ROUTE add -net 172.20.0.0 netmask 255.255.0.0 gw 10.0.0.2 || fail "net"
  $ROUTE add -host 192.0.2.7 gw 10.0.0.3 metric 5 || fail "host"
  $ROUTE -A inet6 add ::/0 gw 2001:db8:1::1 || fail "inet6 default"
  $ROUTE -A inet6 add 2001:db8:20::/48 gw 2001:db8:1::2 || fail "inet6 net"
  ip -6 route add 2001:db8:fe::7/128 via 2001:db8:1::3 dev eth0 metric 5 proto static mtu 1400 || fail "inet6 host"
  _routes_want=$(_static_routes)
  [ "$(wc -l <<<"$_routes_want")" -eq 6 ] || fail "setup routes: $_routes_want"
}

# The routes that are not the kernel's own, one a line, sorted: every
# attribute ip shows (the kernel owns an IPv6 route's MTU and flags).
_static_routes() {
  { ip -j -d -4 route show table all; ip -j -d -6 route show table all; } |
    jq -c '.[] | select(.protocol != "kernel" and .table != "local") | del(.flags, .pref, .expires)' | sort
}

_routes_kept() {
  local now
  now=$(_static_routes)
  [ "$now" = "$_routes_want" ] || fail "after $1: routes
$now
wanted
$_routes_want"
}

t_down_then_up_returns_the_routes() {
  _routes_setup
  $IFCONFIG eth0 down || fail "down"
  $IFCONFIG eth0 up || fail "up"
  _routes_kept "down; up"
}

t_netmask_change_keeps_the_routes() {
  _routes_setup
  $IFCONFIG eth0 netmask 255.255.0.0 || fail "netmask"
  _routes_kept "netmask 255.255.0.0"
  $IFCONFIG eth0 inet6 2001:db8:1::5/56 || fail "inet6 prefix"
  _routes_kept "inet6 2001:db8:1::5/56"
}

t_address_change_keeps_the_routes_whose_gateway_stays_on_the_subnet() {
  _routes_setup
  $IFCONFIG eth0 10.0.0.9 netmask 255.255.0.0 || fail "address"
  _routes_kept "10.0.0.9 netmask 255.255.0.0"
  $IFCONFIG eth0 inet6 2001:db8:1::9/64 || fail "inet6 address"
  _routes_kept "inet6 2001:db8:1::9/64"
}

t_routes_that_can_no_longer_exist_are_named() {
  _routes_setup
  local err
  err=$($IFCONFIG eth0 10.1.0.5 netmask 255.255.255.0 2>&1 >/dev/null) || fail "address"
  assert_eq "$(sort <<<"$err")" "ifconfig: eth0: host 192.0.2.7: gateway 10.0.0.3: deleted: gateway not on any subnet of the interface
ifconfig: eth0: net 172.20.0.0/16: gateway 10.0.0.2: deleted: gateway not on any subnet of the interface
ifconfig: eth0: net default: gateway 10.0.0.1: deleted: gateway not on any subnet of the interface"
  assert_eq "$(ip -j -4 route | jq -r '.[] | select(.protocol != "kernel") | .dst')" "" "IPv4 routes left"
  # the IPv6 ones were not touched
  assert_eq "$(_static_routes | wc -l)" 3 "IPv6 routes"
}
