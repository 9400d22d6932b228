# Without CAP_NET_ADMIN: every change is refused whole with a permission
# message and changes nothing; display, configinfo and "ether" still work.
source "$SOLNET_TESTS/ifconfig_config_lib.sh"

_setup() {
  sysctl -qw net.ipv6.conf.default.accept_dad=0
  veth v0 v1
  $IFCONFIG v0 10.0.0.1/24 up || fail "v0"
  $IFCONFIG v0 addif 10.0.0.2/24 >/dev/null || fail "v0:1"
}

_snapshot() {
  kernel_snapshot
  cat $STORE
}

t_changes_are_refused_and_change_nothing() {
  _setup
  local before
  before=$(_snapshot)
  expect_error '^ifconfig: v0: permission denied$' as_nobody $IFCONFIG v0 mtu 1400
  expect_error '^ifconfig: v0: permission denied$' as_nobody $IFCONFIG v0 10.0.0.9 netmask + broadcast + up
  expect_error '^ifconfig: v0:1: permission denied$' as_nobody $IFCONFIG v0:1 up
  expect_error '^ifconfig: v0: permission denied$' as_nobody $IFCONFIG v0 addif 10.0.0.3/24
  expect_error '^ifconfig: v0: permission denied$' as_nobody $IFCONFIG v0 ether 2:0:0:0:0:1
  expect_error '^ifconfig: v0: permission denied$' as_nobody $IFCONFIG v0 unplumb
  expect_error '^ifconfig: permission denied$' as_nobody $IFCONFIG -a netmask + broadcast +
  # refused before a word is looked at
  expect_error '^ifconfig: v0: permission denied$' as_nobody $IFCONFIG v0 netmsk 1
  # naming a missing logical interface allocates nothing
  expect_error '^ifconfig: v0:7: no such interface$' as_nobody $IFCONFIG v0:7
  assert_eq "$(_snapshot)" "$before" "state after the refused commands"
}

t_display_works() {
  _setup
  assert_eq "$(as_nobody $IFCONFIG -a)" "$($IFCONFIG -a)"
  assert_eq "$(as_nobody $IFCONFIG v0:1 inet)" "$($IFCONFIG v0:1 inet)"
  assert_eq "$(as_nobody $IFCONFIG -a configinfo)" "$($IFCONFIG -a configinfo)"
  assert_eq "$(as_nobody $IFCONFIG v0 configinfo)" "v0 inet plumb mtu 1500 10.0.0.1 netmask 0xffffff00 broadcast 10.0.0.255 up"
  assert_eq "$(as_nobody $IFCONFIG v0 ether)" "$($IFCONFIG v0 ether)"
  as_nobody $IFCONFIG v0 ether | grep -q $'^\tether ' || fail "ether line"
}
