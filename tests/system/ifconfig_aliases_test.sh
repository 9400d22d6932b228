# No alias is lost: changing the primary's address, netmask or broadcast
# keeps every other address with its label, prefix and broadcast, and the
# primary primary. net-tools, the reference, loses them.
source "$SOLNET_TESTS/ifconfig_config_lib.sh"

# v0: a primary, a labelled and an unlabelled secondary of its subnet, a
# metric on one, and a labelled address of another subnet.
_aliases() {
  veth v0 v1
  ip addr add 10.0.0.1/24 brd + dev v0
  ip addr add 10.0.0.2/24 brd + label v0:1 dev v0 metric 9
  ip addr add 10.0.0.3/24 brd + dev v0
  ip addr add 192.168.5.1/24 brd + label v0:4 dev v0
}

_others() {
  cat <<'EOF'
v0:1 10.0.0.2/24 10.0.0.255
v0 10.0.0.3/24 10.0.0.255
v0:4 192.168.5.1/24 192.168.5.255
EOF
}

# The link's addresses other than the primary, sorted; and the primary,
# which must not be secondary.
_check() {
  local primary=$1
  # exactly "v0 ADDR/LEN BRD": present, and not secondary
  assert_eq "$(v4_list v0 | grep -cx "v0 $primary")" 1 "primary $primary"
  assert_eq "$(v4_list v0 | grep -vx "v0 $primary" | sed 's/ secondary$//' | sort)" "$(_others | sort)" \
    "the other addresses"
  assert_eq "$(v4_field v0 10.0.0.2 metric)" 9 "the alias's metric"
}

t_primary_netmask_keeps_aliases() {
  _aliases
  $IFCONFIG v0 netmask 255.255.0.0 || fail "netmask"
  _check "10.0.0.1/16 10.0.0.255"
  # the unlabelled secondary is still v0:2 for ifconfig
  assert_match "$($IFCONFIG v0:2 inet)" "inet 10.0.0.3 netmask ffffff00"
}

t_primary_address_keeps_aliases() {
  _aliases
  $IFCONFIG v0 10.0.0.9 netmask 255.255.255.0 broadcast + || fail "address"
  _check "10.0.0.9/24 10.0.0.255"
  # the secondaries of its subnet are still its secondaries
  v4 v0 10.0.0.3 | jq -e '.secondary' >/dev/null || fail "10.0.0.3 no longer secondary"
}

t_primary_broadcast_keeps_aliases() {
  _aliases
  $IFCONFIG v0 broadcast 10.0.0.128 || fail "broadcast"
  _check "10.0.0.1/24 10.0.0.128"
}

t_promote_secondaries_changes_nothing() {
  sysctl -qw net.ipv4.conf.all.promote_secondaries=1
  sysctl -qw net.ipv4.conf.default.promote_secondaries=1
  _aliases
  sysctl -qw net.ipv4.conf.v0.promote_secondaries=1
  $IFCONFIG v0 netmask 255.255.255.0 broadcast 10.0.0.127 || fail "broadcast"
  _check "10.0.0.1/24 10.0.0.127"
}

t_down_aliases_survive_too() {
  _aliases
  $IFCONFIG v0 addif 10.0.0.5/24 >/dev/null || fail "addif down"
  $IFCONFIG v0 netmask 255.255.0.0 || fail "netmask"
  assert_eq "$(lif_json v0:3 | jq -c '[.address, .prefix_length, .up]')" '["10.0.0.5",24,false]'
  $IFCONFIG v0:3 up || fail "up"
  assert_eq "$(v4_field v0 10.0.0.5 label)" v0:3
}

t_reference_net_tools_loses_them() {
  _aliases
  $NT_IFCONFIG v0 netmask 255.255.0.0 || fail "net-tools netmask"
  # the measured bug this command exists to avoid
  assert_eq "$(v4 v0 10.0.0.2)" "" "net-tools kept the alias"
}
