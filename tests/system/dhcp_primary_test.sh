# The primary interface: only its lease sets the default route,
# /etc/resolv.conf and the hostname; one primary at a time.
source "$SOLNET_TESTS/dhcp_lib.sh"

_two_servers() {
  _dhcp_fast
  _dhcp_net v0 s0 10.9.0
  _dhcp_net v1 s1 10.8.0
  _dhcp_server s0 10.9.0
  _dhcp_server s1 10.8.0
}

_nameservers() { grep '^nameserver' /etc/resolv.conf | tr '\n' ' '; }

_nameservers_are() {
  [ "$(_nameservers)" = "$1" ] && return
  cat /etc/resolv.conf
  return 1
}

_flags() { $IFCONFIG "$1" dhcp status | sed -n 2p | sed 's/.*-  //'; }

t_first_interface_is_primary_the_next_is_not() {
  _two_servers
  $IFCONFIG v0 dhcp start wait 30 || fail "start v0"
  _dhcp_track v0
  $IFCONFIG v1 dhcp start wait 30 || fail "start v1"
  _dhcp_track v1
  assert_match "$(_addrs4 v1)" '^10\.8\.0\.[0-9]+/24$' "v1 is configured"
  assert_eq "$(_default_via v0)" "10.9.0.1"
  assert_eq "$(_default_via v1)" "" "default route of a secondary"
  assert_eq "$(_nameservers)" "nameserver 10.9.0.53 "
  assert_eq "$(_flags v0)" "[PRIMARY] "
  assert_eq "$(_flags v1)" ""
  $IFCONFIG v1 dhcp drop || fail "drop v1"
  $IFCONFIG v0 dhcp drop || fail "drop v0"
}

t_primary_moves_and_the_former_primary_keeps_its_address() {
  _two_servers
  $IFCONFIG v0 dhcp start wait 30 || fail "start v0"
  $IFCONFIG v1 dhcp start wait 30 || fail "start v1"
  local a0
  a0=$(_addrs4 v0)
  $IFCONFIG v1 dhcp extend primary wait 30 || fail "extend primary exited $?"
  _dhcp_track v0
  _dhcp_track v1
  assert_eq "$(_default_via v1)" "10.8.0.1" "the new primary's default route"
  assert_eq "$(_default_via v0)" "" "the former primary's default route"
  # The former primary's DNS entries go once its restarted client binds.
  wait_until 30 "resolv.conf still names the former primary's server" _nameservers_are "nameserver 10.8.0.53 "
  assert_eq "$(_addrs4 v0)" "$a0" "v0 keeps its address"
  $IFCONFIG v0 dhcp ping || fail "v0 left DHCP control"
  assert_eq "$(_flags v0)" ""
  assert_eq "$(_flags v1)" "[PRIMARY] "

  # start primary moves it back, and dropping the primary leaves none.
  $IFCONFIG v0 dhcp drop || fail "drop v0"
  $IFCONFIG v0 dhcp primary start wait 30 || fail "start primary v0"
  _dhcp_track v0
  _dhcp_track v1
  assert_eq "$(_default_via v0)" "10.9.0.1"
  assert_eq "$(_default_via v1)" ""
  assert_eq "$(_flags v0)" "[PRIMARY] "
  assert_eq "$(_flags v1)" ""
  $IFCONFIG v0 dhcp drop || fail "drop v0"
  ! compgen -G "/run/lif/*.dhcp-primary" >/dev/null || fail "a primary is still recorded: $(cat /run/lif/*.dhcp-primary)"
  $IFCONFIG v1 dhcp drop || fail "drop v1"
}
