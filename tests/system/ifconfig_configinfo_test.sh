# configinfo: one line per logical interface that recreates it. Replaying
# `ifconfig -a configinfo` in a fresh namespace with the same links gives
# the same addresses, labels, masks, broadcasts, flags, MTUs and metrics.
source "$SOLNET_TESTS/ifconfig_config_lib.sh"

_links() {
  ip link add v0 type veth peer name v1
  ip link set v1 up
  ip link add br0 type bridge
  ip tuntap add tap0 mode tap
}

# Everything configinfo must carry over, link indexes and MACs aside: the
# kernel's view (ip) and the store's (our JSON).
_state() {
  ip -j -4 addr | jq -c '[.[] | .ifname as $n | .addr_info[] |
    [$n, .label, .local, .prefixlen, .broadcast, .address, .metric, (.secondary // false)]] | sort'
  ip -j link | jq -c '[.[] | [.ifname, .mtu, (.flags - ["LOWER_UP", "NO-CARRIER"] | sort)]] | sort'
  $IFCONFIG -a4 --json | jq -c '[.interfaces[] | [.name, (.flags.names - ["RUNNING"]), .mtu, .metric, .address,
    .prefix_length, .broadcast, .destination, .up, .in_kernel]] | sort'
}

_configure() {
  $IFCONFIG v0 10.0.0.1 netmask 255.255.255.0 broadcast + -arp promisc mtu 1400 up || fail "v0"
  $IFCONFIG v0 addif 10.0.0.2/24 broadcast 10.0.0.128 metric 5 private up >/dev/null || fail "v0:1"
  $IFCONFIG v0 addif 10.0.0.3/24 >/dev/null || fail "v0:2, down"
  $IFCONFIG v0:4 >/dev/null || fail "v0:4, allocated"
  $IFCONFIG v0:7 10.9.0.1 10.9.0.2 netmask 255.255.255.255 metric 3 || fail "v0:7, point-to-point"
  $IFCONFIG v0:8 10.0.0.8/24 -broadcast || fail "v0:8, no broadcast"
  $IFCONFIG br0 192.168.1.1/24 || fail "br0"
  $IFCONFIG br0:1 192.168.1.2/24 private || fail "br0:1"
  $IFCONFIG br0 down || fail "br0 down, br0:1 still in the kernel"
  $IFCONFIG tap0 mtu 1300 allmulti -multicast -trailers up || fail "tap0"
}

t_configinfo_lines() {
  _links
  _configure
  assert_eq "$($IFCONFIG v0 configinfo)" \
    "v0 inet plumb mtu 1400 10.0.0.1 netmask 0xffffff00 broadcast 10.0.0.255 -arp promisc up"
  assert_eq "$($IFCONFIG v0:1 configinfo)" \
    "v0:1 inet plumb 10.0.0.2 netmask 0xffffff00 broadcast 10.0.0.128 metric 5 private up"
  assert_eq "$($IFCONFIG v0:2 configinfo)" "v0:2 inet plumb 10.0.0.3 netmask 0xffffff00 broadcast 10.0.0.255 down"
  assert_eq "$($IFCONFIG v0:4 configinfo)" "v0:4 inet plumb down"
  assert_eq "$($IFCONFIG v0:7 configinfo)" "v0:7 inet plumb 10.9.0.1 10.9.0.2 netmask 0xffffffff metric 3 up"
  assert_eq "$($IFCONFIG v0:8 configinfo)" "v0:8 inet plumb 10.0.0.8 netmask 0xffffff00 -broadcast up"
  assert_eq "$($IFCONFIG br0 configinfo)" "br0 inet plumb mtu 1500 192.168.1.1 netmask 0xffffff00 broadcast 192.168.1.255 down"
  assert_eq "$($IFCONFIG -a configinfo | wc -l)" 11
}

t_replay_in_a_fresh_namespace_gives_the_same_state() {
  _links
  _configure
  $IFCONFIG -a configinfo >/run/configinfo || fail "configinfo"
  _state >/run/before
  replay /run/configinfo _links _state >/run/after || fail "replay: $(cat /run/after)"
  assert_eq "$(cat /run/after)" "$(cat /run/before)"
}
