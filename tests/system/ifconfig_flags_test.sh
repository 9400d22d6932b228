# The remaining illumos keywords: router (per-interface forwarding, each
# family), the default halves of pairs Linux cannot switch, and the
# keywords refused for want of a Linux equivalent.
source "$SOLNET_TESTS/ifconfig_inet6_lib.sh"

# netconf FAMILY DEV: the link's forwarding as `ip netconf` reports it.
_forwarding() {
  ip -j netconf show dev "$2" | jq -r --arg f "$1" '.[] | select(.family == $f) | .forwarding'
}

t_router_is_per_interface_forwarding() {
  veth6 v0 v1
  $IFCONFIG v0 router || fail "router"
  assert_eq "$(_forwarding inet v0)" true
  assert_eq "$(_forwarding inet6 v0)" false
  assert_eq "$(conf4 v0 forwarding)" 1
  assert_eq "$(conf4 v1 forwarding)" 0
  assert_match "$($IFCONFIG v0 inet)" "<UP,BROADCAST,RUNNING,MULTICAST,ROUTER,IPv4>"
  $IFCONFIG v0:3 inet6 router || fail "inet6 router on a logical interface sets the link's"
  assert_eq "$(_forwarding inet6 v0)" true
  assert_eq "$(conf6 v0 forwarding)" 1
  assert_match "$($IFCONFIG v0 inet6)" "ROUTER"
  assert_match "$($IFCONFIG v0 configinfo)" " router up$"
  $IFCONFIG v0 -router || fail "-router"
  $IFCONFIG v0 inet6 -router || fail "inet6 -router"
  assert_eq "$(_forwarding inet v0) $(_forwarding inet6 v0)" "false false"
}

t_router_forwards() {
  # the kernel's own answer for a packet that came in on v0 for v1's subnet
  veth v0 l0
  veth v1 r0
  $IFCONFIG v0 10.1.0.1/24 up || fail "v0"
  $IFCONFIG v1 10.2.0.1/24 up || fail "v1"
  expect_error 'No route to host' ip route get 10.2.0.2 from 10.1.0.2 iif v0
  $IFCONFIG v0 router || fail "router"
  assert_match "$(ip route get 10.2.0.2 from 10.1.0.2 iif v0)" "^10.2.0.2 from 10.1.0.2 dev v1"
  $IFCONFIG v0 -router || fail "-router"
  expect_error 'No route to host' ip route get 10.2.0.2 from 10.1.0.2 iif v0
}

t_default_halves_change_nothing() {
  veth6 v0 v1
  $IFCONFIG v0 10.0.0.1/24 up || fail "address"
  local before
  before=$(kernel_snapshot6)
  $IFCONFIG v0 xmit local -anycast failover -standby -failed || fail "inet"
  $IFCONFIG v0 inet6 xmit local nud -anycast -preferred failover -standby -failed || fail "inet6"
  assert_eq "$(kernel_snapshot6)" "$before" "kernel state after the default halves"
}

t_refused_keywords_change_nothing() {
  veth6 v0 v1
  $IFCONFIG v0 10.0.0.1/24 up || fail "address"
  $IFCONFIG v0 inet6 addif 2001:db8::1/64 up >/dev/null || fail "inet6 address"
  local k
  for k in -xmit -local anycast -failover standby failed ipmp modlist -encaplimit -zone all-zones debug verbose; do
    refused6 "^ifconfig: $k: not supported on this system \(.+\)$" v0 mtu 1400 $k
  done
  for k in group index zone tsrc tdst encaplimit thoplimit auth_algs encr_algs encr_auth_algs modinsert modremove; do
    refused6 "^ifconfig: $k: not supported on this system \(.+\)$" v0 mtu 1400 $k x
  done
  refused6 '^ifconfig: -nud: not supported on this system \(Linux cannot turn neighbour unreachability detection off per interface\)$' \
    v0 inet6 mtu 1400 -nud
  refused6 "^ifconfig: preferred: not supported on this system \(Linux's source address selection has no per-address preference\)$" \
    v0:1 inet6 preferred
  refused6 '^ifconfig: group: not supported on this system \(Linux has no IPMP; bonding and team work on links\)$' \
    -a group g1
}
