# The DHCP flag (DHCPRUNNING, 0x4000) in ifconfig's display, and the
# -adD/-auD selectors that leave interfaces under DHCP out.
source "$SOLNET_TESTS/dhcp_lib.sh"

t_dhcp_flag_in_text_and_json() {
  _dhcp_fast
  _dhcp_net v0 s0 10.9.0
  _dhcp_server s0 10.9.0
  ip link add v1 type veth peer name p1
  $IFCONFIG v0 dhcp start wait 30 || fail "start"
  _dhcp_track v0
  local idx
  idx=$(ip -j link show v0 | jq '.[0].ifindex')
  assert_eq "$($IFCONFIG v0 inet | sed -n 1p)" "v0: flags=1004843<UP,BROADCAST,RUNNING,MULTICAST,DHCP,IPv4> mtu 1500 index $idx"
  $IFCONFIG -a --json >/run/all.json || fail "json"
  validate_schema "$IFCONFIG_SCHEMA" /run/all.json || fail "schema"
  assert_eq "$(jq -c '[.interfaces[] | select(.flags.names | index("DHCP")) | [.name, .family, (.flags.value / 16384 | floor % 2)]]' /run/all.json)" \
    '[["v0","inet",1]]' "interfaces flagged DHCP"
  # Only the interface DHCP manages: not its IPv6 side, not other links.
  assert_eq "$($IFCONFIG v0 inet6 | grep -c DHCP)" 0
  assert_eq "$($IFCONFIG v1 | grep -c DHCP)" 0
  $IFCONFIG v0 dhcp drop || fail "drop"
  assert_eq "$($IFCONFIG v0 inet | sed -n 1p)" "v0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index $idx"
}

t_selectors_leave_out_interfaces_under_dhcp() {
  _dhcp_fast
  _dhcp_net v0 s0 10.9.0
  _dhcp_server s0 10.9.0
  # up under DHCP: v0; up without: u1; down under DHCP: d0 (nobody
  # answers there, its client keeps trying); down without: d1.
  ip link add u1 type veth peer name pu1
  ip link set u1 up
  ip link set pu1 up
  ip addr add 192.0.2.1/24 dev u1
  ip link add d0 type veth peer name pd0
  ip link add d1 type veth peer name pd1
  $IFCONFIG v0 dhcp start wait 30 || fail "start v0"
  _dhcp_track v0
  $IFCONFIG d0 dhcp start || fail "start d0"
  _dhcp_track d0
  ip link set d0 down
  names() { "$@" | grep -v '^[[:space:]]' | cut -d: -f1 | sort | tr '\n' ' '; }
  assert_eq "$(names $IFCONFIG -au4)" "lo pu1 u1 v0 "
  assert_eq "$(names $IFCONFIG -auD4)" "lo pu1 u1 "
  assert_eq "$(names $IFCONFIG -ad4)" "d0 d1 pd0 pd1 "
  assert_eq "$(names $IFCONFIG -adD4)" "d1 pd0 pd1 "
  assert_eq "$($IFCONFIG -adD --json | jq -r '[.interfaces[] | select(.family == "inet") | .name] | sort | join(" ")')" "d1 pd0 pd1"
  $IFCONFIG d0 dhcp drop || fail "drop d0"
  $IFCONFIG v0 dhcp drop || fail "drop v0"
  assert_eq "$(names $IFCONFIG -adD4)" "d0 d1 pd0 pd1 "
}

t_display_of_dhcp_needs_no_privilege() {
  _dhcp_fast
  _dhcp_net v0 s0 10.9.0
  _dhcp_server s0 10.9.0
  $IFCONFIG v0 dhcp start wait 30 || fail "start"
  _dhcp_track v0
  local nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  assert_eq "$("${nobody[@]}" $IFCONFIG v0 inet | grep -c DHCP)" 1 "DHCP flag for any user"
  "${nobody[@]}" $IFCONFIG v0 dhcp ping || fail "ping as nobody"
  assert_eq "$("${nobody[@]}" $IFCONFIG v0 dhcp status)" "$($IFCONFIG v0 dhcp status)" "status as nobody"
  $IFCONFIG v0 dhcp drop || fail "drop"
}
