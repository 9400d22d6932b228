# usesrc/srcof: every IPv4 route out of IF takes IF2's address as preferred
# source (kernel prefix routes, routes added by ip, routes added later by
# our route), follows IF2's address, and "none" puts the defaults back.
# Checked with ip -j route show and the source ip -j route get selects.
source "$SOLNET_TESTS/ifconfig_config_lib.sh"

_setup() {
  veth v0 v1
  $IFCONFIG v0 10.0.0.1/24 up || fail "v0"
  $IFCONFIG vni0 plumb 192.0.2.5/32 up || fail "vni0"
  ip route add 10.50.0.0/16 via 10.0.0.254 || fail "ip route add"
}

# _src DST: the source address the kernel picks for a packet to DST.
_src() { ip -j route get "$1" | jq -r '.[0].prefsrc'; }

# _prefsrc DST: the preferred source of the main-table route to DST ("-": none).
_prefsrc() { ip -j route show "$1" | jq -r '.[0].prefsrc // "-"'; }

t_usesrc_and_none() {
  _setup
  $IFCONFIG v0 usesrc vni0 || fail "usesrc"
  assert_eq "$(_prefsrc 10.0.0.0/24)" 192.0.2.5
  assert_eq "$(_prefsrc 10.50.0.0/16)" 192.0.2.5
  assert_eq "$(ip -j route show 10.0.0.0/24 | jq -r '.[0].protocol')" kernel
  assert_eq "$(_src 10.0.0.9)" 192.0.2.5
  assert_eq "$(_src 10.50.3.3)" 192.0.2.5
  $IFCONFIG v0 usesrc none || fail "usesrc none"
  assert_eq "$(_prefsrc 10.0.0.0/24)" 10.0.0.1
  assert_eq "$(_prefsrc 10.50.0.0/16)" -
  assert_eq "$(_src 10.50.3.3)" 10.0.0.1
  [ "$(jq -c .usesrc $STORE)" = "[]" ] || fail "store keeps usesrc: $(cat $STORE)"
}

t_display() {
  _setup
  $IFCONFIG v1 10.7.0.1/24 up || fail "v1"
  $IFCONFIG v0 usesrc vni0 || fail "v0 usesrc"
  $IFCONFIG v1 usesrc vni0 || fail "v1 usesrc"
  $IFCONFIG v0 addif 10.0.0.2/24 up >/dev/null || fail "v0:1"
  assert_match "$($IFCONFIG v0 inet)" $'^v0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index [0-9]+\n\tusesrc vni0\n\tinet 10.0.0.1 '
  assert_match "$($IFCONFIG v0:1)" $'^v0:1: flags=[^\n]*\n\tusesrc vni0\n\tinet 10.0.0.2 '
  assert_match "$($IFCONFIG vni0 inet)" $'^vni0: flags=[^\n]*\n\tsrcof v0 v1\n\tinet 192.0.2.5 netmask ffffffff$'
  # IPv6 stanzas carry neither: the routes pointed are IPv4 ones
  $IFCONFIG v0 inet6 | grep -q usesrc && fail "usesrc on inet6"
  local json
  json=$($IFCONFIG -a --json)
  assert_eq "$(jq -r '.interfaces[] | select(.name == "v0" and .family == "inet") | .usesrc' <<<"$json")" vni0
  assert_eq "$(jq -c '.interfaces[] | select(.name == "vni0" and .family == "inet") | .srcof' <<<"$json")" '["v0","v1"]'
  assert_eq "$(jq -r '.interfaces[] | select(.name == "v1" and .family == "inet6") | .usesrc' <<<"$json")" null
  echo "$json" >/run/all.json
  validate_schema "$IFCONFIG_SCHEMA" /run/all.json || fail "schema"
  assert_eq "$($IFCONFIG v0 configinfo)" \
    "v0 inet plumb mtu 1500 usesrc vni0 10.0.0.1 netmask 0xffffff00 broadcast 10.0.0.255 up"
  # display is anyone's
  assert_eq "$(as_nobody $IFCONFIG -a)" "$($IFCONFIG -a)"
}

t_routes_added_later() {
  _setup
  $IFCONFIG v0 usesrc vni0 || fail "usesrc"
  # by our route, in both syntaxes, with and without a device
  $ROUTE add -net 10.60.0.0/16 10.0.0.254 >/dev/null || fail "route add (Solaris)"
  $ROUTE add -net 10.61.0.0 netmask 255.255.0.0 gw 10.0.0.254 || fail "route add (net-tools)"
  $ROUTE add -net 10.62.0.0 netmask 255.255.0.0 dev v0 || fail "route add dev"
  for net in 10.60.0.0/16 10.61.0.0/16 10.62.0.0/16; do
    assert_eq "$(_prefsrc $net)" 192.0.2.5 "prefsrc of $net"
  done
  assert_eq "$(_src 10.61.1.1)" 192.0.2.5
  # an explicit source wins
  $ROUTE add -net 10.63.0.0/16 10.0.0.254 -setsrc 10.0.0.1 >/dev/null || fail "route add -setsrc"
  assert_eq "$(_prefsrc 10.63.0.0/16)" 10.0.0.1
  # routes out of other links are left alone
  veth v2 v3
  $IFCONFIG v2 10.9.0.1/24 up || fail "v2"
  $ROUTE add -net 10.64.0.0/16 10.9.0.254 >/dev/null || fail "route add via v2"
  assert_eq "$(_prefsrc 10.64.0.0/16)" -
  # a route deleted and added again by route keeps following usesrc
  $ROUTE delete -net 10.60.0.0/16 10.0.0.254 >/dev/null || fail "route delete"
  $ROUTE add -net 10.60.0.0/16 10.0.0.254 >/dev/null || fail "route add again"
  assert_eq "$(_prefsrc 10.60.0.0/16)" 192.0.2.5
}

t_source_address_changes() {
  _setup
  $IFCONFIG v0 usesrc vni0 || fail "usesrc"
  $IFCONFIG vni0 192.0.2.9/32 || fail "new vni0 address"
  assert_eq "$(_prefsrc 10.0.0.0/24)" 192.0.2.9
  assert_eq "$(_prefsrc 10.50.0.0/16)" 192.0.2.9
  assert_eq "$(_src 10.50.3.3)" 192.0.2.9
  # an alias on the source does not take over: the physical address lends
  $IFCONFIG vni0 addif 192.0.2.10/32 up >/dev/null || fail "vni0:1"
  assert_eq "$(_prefsrc 10.50.0.0/16)" 192.0.2.9
  # the user's own address changes: its prefix route moves and stays pointed
  $IFCONFIG v0 addif 10.5.0.1/24 up >/dev/null || fail "v0:1"
  assert_eq "$(_prefsrc 10.5.0.0/24)" 192.0.2.9
  $IFCONFIG v0 removeif 10.5.0.1 || fail "removeif"
  [ -z "$(ip -j route show 10.5.0.0/24 | jq -r '.[]')" ] || fail "a stale prefix route: $(ip route)"
  # the source unplumbed: the defaults come back, the record goes
  $IFCONFIG vni0 unplumb || fail "unplumb vni0"
  assert_eq "$(_prefsrc 10.0.0.0/24)" 10.0.0.1
  assert_eq "$(_prefsrc 10.50.0.0/16)" -
  $IFCONFIG v0 | grep -q usesrc && fail "usesrc of a gone interface"
  true
}

t_refusals_change_nothing() {
  _setup
  $IFCONFIG v0 usesrc vni0 || fail "usesrc"
  local before
  before=$(kernel_snapshot; cat $STORE)
  expect_error '^ifconfig: v0:1: usesrc applies to physical interfaces only$' $IFCONFIG v0:1 usesrc vni0
  expect_error '^ifconfig: usesrc vni0:1: cannot specify a logical interface$' $IFCONFIG v0 usesrc vni0:1
  expect_error '^ifconfig: v0: cannot specify the same interface for usesrc$' $IFCONFIG v0 usesrc v0
  expect_error '^ifconfig: usesrc nosuch0: no such interface$' $IFCONFIG v0 mtu 1400 usesrc nosuch0
  expect_error '^ifconfig: no argument for usesrc$' $IFCONFIG v0 usesrc
  expect_error '^ifconfig: v0: permission denied$' as_nobody $IFCONFIG v0 usesrc none
  assert_eq "$(kernel_snapshot; cat $STORE)" "$before" "state after the refusals"
}

t_configinfo_replay() {
  veth v0 v1
  $IFCONFIG v0 10.0.0.1/24 usesrc vni0 up 2>/dev/null && fail "usesrc of a missing vni0"
  $IFCONFIG vni0 plumb 192.0.2.5/32 up || fail "vni0"
  $IFCONFIG v0 10.0.0.1/24 usesrc vni0 up || fail "v0"
  $IFCONFIG -a configinfo >/run/configinfo || fail "configinfo"
  # the line that uses vni0 comes after vni0's, which plumbs it
  assert_match "$(cat /run/configinfo)" $'vni0 inet plumb [^\n]*\n(.*\n)?v0 inet plumb mtu 1500 usesrc vni0 10.0.0.1 '
  local before
  before=$(ip -j route show | jq -c '[.[] | [.dst, .dev, .prefsrc]] | sort')
  IFCONFIG=$IFCONFIG unshare --net --mount bash -c "
    set -e
    mount --make-rprivate /
    mount -t tmpfs tmpfs /run
    ip link set lo up
    ip link add v0 type veth peer name v1
    while read -r line; do \$IFCONFIG \$line; done </dev/fd/3
    ip -j route show | jq -c '[.[] | [.dst, .dev, .prefsrc]] | sort'
  " 3</run/configinfo >/run/after || fail "replay: $(cat /run/after)"
  assert_eq "$(cat /run/after)" "$before"
  assert_match "$before" '"10.0.0.0/24","v0","192.0.2.5"'
}
