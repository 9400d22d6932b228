# configinfo for inet6: one line per IPv6 logical interface. Replaying
# `ifconfig -a configinfo` and then `ifconfig -a6 configinfo` in a fresh
# namespace with the same links (same MACs, so the same link-locals) gives
# the same IPv6 addresses, units, flags, MTU, token and forwarding.
source "$SOLNET_TESTS/ifconfig_inet6_lib.sh"

_links() {
  sysctl -qw net.ipv6.conf.default.accept_dad=0
  ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  ip link set v1 up
  ip link add br0 address 02:00:00:00:00:03 type bridge
}

# What configinfo must carry over: the kernel's view (with the link-local
# addresses the kernel adds after the links come up) and our units.
_state6() {
  settle
  ip -j -6 addr | jq -c '[.[] | .ifname as $n | .addr_info[] |
    [$n, .local, .prefixlen, (.address // null), (.metric // 0), (.deprecated // false)]] | sort'
  ip token list
  local d
  for d in v0 br0; do echo "$d $(cat /proc/sys/net/ipv6/conf/$d/{forwarding,mtu} | tr '\n' ' ')"; done
  $IFCONFIG -a6 --json | jq -c '[.interfaces[] | [.name, (.flags.names - ["RUNNING"]), .mtu, .metric, .address,
    .prefix_length, .destination, .up, .in_kernel]] | sort'
}

_configure() {
  $IFCONFIG v0 10.0.0.1/24 mtu 1500 up || fail "v0 inet"
  $IFCONFIG v0 inet6 mtu 1400 token ::1:2:3:4/64 router private || fail "v0 inet6"
  ip -6 addr add 2001:db8::1/64 dev v0
  $IFCONFIG v0 inet6 addif 2001:db8::2/64 deprecated up >/dev/null || fail "v0:2"
  $IFCONFIG v0:3 inet6 2001:db8::3/64 down || fail "v0:3, down"
  $IFCONFIG v0:5 inet6 2001:db8::5/128 2001:db8::6 metric 7 || fail "v0:5, point-to-point"
  $IFCONFIG br0 inet6 fe80::3/64 up || fail "br0"
  $IFCONFIG br0:1 inet6 2001:db8:1::1/48 || fail "br0:1"
}

t_configinfo6_lines() {
  _links
  _configure
  local ll
  ll=$(ip -j -6 addr show dev v0 | jq -r '.[0].addr_info[] | select(.scope == "link") | .local')
  assert_eq "$($IFCONFIG v0 inet6 configinfo)" \
    "v0 inet6 plumb mtu 1400 $ll/64 token ::1:2:3:4/64 private router up"
  assert_eq "$($IFCONFIG v0:1 inet6 configinfo)" "v0:1 inet6 plumb 2001:db8::1/64 up"
  assert_eq "$($IFCONFIG v0:2 inet6 configinfo)" "v0:2 inet6 plumb 2001:db8::2/64 deprecated up"
  assert_eq "$($IFCONFIG v0:3 inet6 configinfo)" "v0:3 inet6 plumb 2001:db8::3/64 down"
  assert_eq "$($IFCONFIG v0:5 inet6 configinfo)" "v0:5 inet6 plumb 2001:db8::5/128 2001:db8::6 metric 7 up"
  # -a is IPv4's, as on illumos; -a6 IPv6's
  assert_eq "$($IFCONFIG -a configinfo | grep -c inet6)" 0
  assert_eq "$($IFCONFIG -a6 configinfo | grep -vc ' inet6 plumb ')" 0
}

t_replay_in_a_fresh_namespace_gives_the_same_state() {
  _links
  _configure
  { $IFCONFIG -a configinfo && $IFCONFIG -a6 configinfo; } >/run/configinfo || fail "configinfo"
  _state6 >/run/before
  replay /run/configinfo _links _state6 >/run/after || fail "replay: $(cat /run/after)"
  assert_eq "$(cat /run/after)" "$(cat /run/before)"
}
