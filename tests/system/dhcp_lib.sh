# Helpers for the DHCP system tests (sourced by dhcp_*_test.sh): a dnsmasq
# DHCP server in the peer namespace "srv", reached over a veth pair, and
# the dhcpcd client in the test's namespace. /run, /etc and /var/lib are
# the test's own (see lib.sh), so dhcpcd's pid files, leases and
# /etc/resolv.conf are private.

# dhcpcd without ARP probing and its random start delay: a first lease then
# takes milliseconds instead of about ten seconds. Only the test's private
# /etc/dhcpcd.conf changes; ifconfig passes no test-only options.
_dhcp_fast() { printf 'noarp\nnodelay\n' >>/etc/dhcpcd.conf; }

# _dhcp_net IF PEER NET: IF here, PEER in namespace srv as NET.1/24, both up.
_dhcp_net() {
  [ -e /run/netns/srv ] || { ip netns add srv && ip -n srv link set lo up; } || fail "cannot create netns srv"
  ip link add "$1" type veth peer name "$2" netns srv || fail "cannot create veth $1"
  ip -n srv addr add "$3.1/24" dev "$2"
  ip -n srv link set "$2" up
  ip link set "$1" up
}

# _dhcp_server PEER NET: dnsmasq on PEER leasing NET.50-99 for two minutes
# (its shortest), router NET.1, name server NET.53; waits until it serves.
_dhcp_server() {
  local log=/run/dnsmasq-$1.log
  ip netns exec srv dnsmasq --no-daemon --conf-file=/dev/null --port=0 --no-ping \
    --interface="$1" --bind-interfaces --dhcp-range="$2.50,$2.99,255.255.255.0,2m" \
    --dhcp-leasefile="/run/dnsmasq-$1.leases" --dhcp-option=option:router,"$2.1" \
    --dhcp-option=option:dns-server,"$2.53" --log-facility=- >"$log" 2>&1 &
  track_pid $!
  wait_until 30 "dnsmasq did not start" _dhcp_logged "$1" 'DHCP, sockets bound'
}

# _dhcp_logged PEER TEXT: the server on PEER has logged TEXT (else its log
# is printed).
_dhcp_logged() {
  grep -q "$2" "/run/dnsmasq-$1.log" 2>/dev/null && return
  cat "/run/dnsmasq-$1.log"
  return 1
}

# How many times the server logged a message type (DHCPACK, DHCPRELEASE ...).
_dhcp_count() { grep -c "$2(" "/run/dnsmasq-$1.log"; }

# _dhcp_counted PEER TYPE N: the server has logged TYPE N times; it may
# log a client's last message after the client has gone, so tests wait for
# the count before they hold it to N.
_dhcp_counted() {
  wait_until 30 "the server on $1 did not log $2 $3 times" _dhcp_count_is "$@"
  assert_eq "$(_dhcp_count "$1" "$2")" "$3" "$2 messages"
}

_dhcp_count_is() {
  [ "$(_dhcp_count "$1" "$2")" -ge "$3" ] && return
  cat "/run/dnsmasq-$1.log"
  return 1
}

# _dhcp_track IF: the harness stops IF's dhcpcd if the test ends without.
_dhcp_track() {
  local pid
  pid=$(cat "/run/dhcpcd/$1-4.pid") || fail "no dhcpcd pid file for $1"
  track_pid "$pid"
}

# Whether a dhcpcd instance runs for IF: it holds a lock on its pid file.
_dhcp_running() { [ -e "/run/dhcpcd/$1-4.pid" ] && ! flock -n -s "/run/dhcpcd/$1-4.pid" true; }

# IF's IPv4 addresses as the kernel has them, "ADDR/LEN ...".
_addrs4() { ip -j -4 addr show dev "$1" | jq -r '[.[0].addr_info[] | "\(.local)/\(.prefixlen)"] | join(" ")'; }

# Waits until IF has an IPv4 address.
_wait_addr() { wait_until 30 "$1 got no address" _has_addr4 "$1"; }

_has_addr4() { [ -n "$(_addrs4 "$1")" ]; }

# _default_via IF: the gateways of the default routes out of IF.
_default_via() { ip -j -4 route show default dev "$1" | jq -r '[.[].gateway] | join(" ")'; }
