# Without CAP_NET_ADMIN, inet6 and the remaining keywords: every change is
# refused whole with a permission message and changes nothing (kernel,
# sysctls, store); IPv6 display and configinfo work for anyone, with the
# units root sees.
source "$SOLNET_TESTS/ifconfig_inet6_lib.sh"

_setup() {
  veth6 v0 v1
  $IFCONFIG v0 inet6 addif 2001:db8::1/64 up >/dev/null || fail "v0:1"
  $IFCONFIG v0 inet6 addif 2001:db8::2/64 >/dev/null || fail "v0:2 down"
  ip -6 addr add 2001:db8::3/64 dev v0 nodad  # not tentative while the tests snapshot
}

t_inet6_changes_are_refused_and_change_nothing() {
  _setup
  local before args
  before=$(snapshot6)
  for args in "v0 inet6 unplumb" "v0 inet6 plumb" "v0 inet6 token ::1/64" "v0 inet6 router" "v0 router" \
    "v0 inet6 mtu 1400" "v0 inet6 addif 2001:db8::9/64" "v0 inet6 removeif 2001:db8::1" "v0 inet6 down" \
    "v0 inet6 group g1" "v0 inet6 set 2001:db8::7/64" "v0 xmit"; do
    expect_error '^ifconfig: v0: permission denied$' as_nobody $IFCONFIG $args
  done
  expect_error '^ifconfig: v0:1: permission denied$' as_nobody $IFCONFIG v0:1 inet6 deprecated
  expect_error '^ifconfig: permission denied$' as_nobody $IFCONFIG -a6 router
  assert_eq "$(snapshot6)" "$before" "state after the refused commands"
}

t_inet6_display_works() {
  _setup
  assert_eq "$(as_nobody $IFCONFIG -a6)" "$($IFCONFIG -a6)"
  assert_eq "$(as_nobody $IFCONFIG -a6 --json)" "$($IFCONFIG -a6 --json)"
  assert_eq "$(as_nobody $IFCONFIG v0:3 inet6)" "$($IFCONFIG v0:3 inet6)"
  assert_eq "$(as_nobody $IFCONFIG -a6 configinfo)" "$($IFCONFIG -a6 configinfo)"
  assert_eq "$(as_nobody $IFCONFIG v0:2 inet6 configinfo)" "v0:2 inet6 plumb 2001:db8::2/64 down"
}
