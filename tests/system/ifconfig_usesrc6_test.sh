# IPv6 usesrc, illumos ifconfig(8) Example 9: "The following command
# configures source address selection for an IPv6 address, selecting a
# source address hosted on vni0. example% ifconfig qfe1 inet6 usesrc vni0".
# Every IPv6 unicast route out of the link, but to link-local destinations,
# takes vni0's global address as preferred source; IPv4 is its own.
# Checked with ip -j route show and the source ip -j route get selects.
source "$SOLNET_TESTS/ifconfig_config_lib.sh"

_setup() {
  veth v0 v1
  $IFCONFIG v0 10.0.0.1/24 up || fail "v0"
  $IFCONFIG v0 inet6 addif 2001:db8::1/64 up >/dev/null || fail "v0 inet6"
  $IFCONFIG vni0 plumb 192.0.2.5/32 up || fail "vni0"
  $IFCONFIG vni0 inet6 addif 2001:db8:ffff::5/128 up >/dev/null || fail "vni0 inet6"
  settle
  ip -6 route add 2001:db8:50::/48 via 2001:db8::254 || fail "ip route add"
}

# _prefsrc6 DST: the preferred source of the IPv6 route to DST ("-": none).
_prefsrc6() { ip -j -6 route show "$1" | jq -r '.[0].prefsrc // "-"'; }
_src6() { ip -j -6 route get "$1" | jq -r '.[0].prefsrc'; }

t_inet6_usesrc_and_none() {
  _setup
  local before4
  before4=$(ip -j -4 route show table all | jq -c 'sort_by(.dst)')
  $IFCONFIG v0 inet6 usesrc vni0 || fail "inet6 usesrc"
  assert_eq "$(_prefsrc6 2001:db8::/64)" 2001:db8:ffff::5
  assert_eq "$(_prefsrc6 2001:db8:50::/48)" 2001:db8:ffff::5
  assert_eq "$(ip -j -6 route show 2001:db8::/64 | jq -r '.[0].protocol')" kernel
  assert_eq "$(_src6 2001:db8::9)" 2001:db8:ffff::5
  assert_eq "$(_src6 2001:db8:50::3)" 2001:db8:ffff::5
  # link-local destinations keep the link-local source
  assert_eq "$(ip -j -6 route show dev v0 | jq -r '.[] | select(.dst == "fe80::/64") | .prefsrc // "-"')" -
  assert_eq "$(ip -j -4 route show table all | jq -c 'sort_by(.dst)')" "$before4" "IPv4 routes untouched"
  # a route added later out of v0 takes the source too
  $ROUTE -q add -inet6 2001:db8:60::/48 2001:db8::254 || fail "route add"
  assert_eq "$(_prefsrc6 2001:db8:60::/48)" 2001:db8:ffff::5
  $IFCONFIG v0 inet6 usesrc none || fail "inet6 usesrc none"
  assert_eq "$(_prefsrc6 2001:db8::/64)" -
  assert_eq "$(_prefsrc6 2001:db8:50::/48)" -
  assert_eq "$(_src6 2001:db8:50::3)" 2001:db8::1
  [ "$(jq -c .usesrc $STORE)" = "[]" ] || fail "store keeps usesrc: $(cat $STORE)"
}

t_inet6_display_and_configinfo() {
  _setup
  $IFCONFIG v0 inet6 usesrc vni0 || fail "inet6 usesrc"
  assert_match "$($IFCONFIG v0 inet6)" $'^v0: flags=[^\n]*IPv6> mtu 1500 index [0-9]+\n\tusesrc vni0\n\tinet6 fe80::'
  assert_match "$($IFCONFIG vni0 inet6)" $'^vni0: flags=[^\n]*\n\tsrcof v0\n'
  assert_match "$($IFCONFIG vni0:1 inet6)" $'^vni0:1: flags=[^\n]*\n\tsrcof v0\n\tinet6 2001:db8:ffff::5/128'
  # the IPv4 stanzas are the IPv4 usesrc's, which is none
  $IFCONFIG v0 | grep -q usesrc && fail "usesrc on v0's IPv4 stanza"
  $IFCONFIG vni0 | grep -q srcof && fail "srcof on vni0's IPv4 stanza"
  local json
  json=$($IFCONFIG -a --json)
  assert_eq "$(jq -r '.interfaces[] | select(.name == "v0" and .family == "inet6") | .usesrc' <<<"$json")" vni0
  assert_eq "$(jq -r '.interfaces[] | select(.name == "v0" and .family == "inet") | .usesrc' <<<"$json")" null
  echo "$json" >/run/all.json
  validate_schema "$IFCONFIG_SCHEMA" /run/all.json || fail "schema"
  assert_match "$($IFCONFIG v0 inet6 configinfo)" '^v0 inet6 plumb .* usesrc vni0'
  # both families, each its own source
  $IFCONFIG v0 usesrc vni0 || fail "usesrc"
  assert_eq "$(ip -j -4 route show 10.0.0.0/24 | jq -r '.[0].prefsrc')" 192.0.2.5
  assert_eq "$(_prefsrc6 2001:db8::/64)" 2001:db8:ffff::5
  $IFCONFIG v0 usesrc none || fail "usesrc none"
  assert_eq "$(_prefsrc6 2001:db8::/64)" 2001:db8:ffff::5 "inet usesrc none leaves inet6's"
}

# The source's address changes, or the source goes: the routes follow.
t_inet6_source_follows() {
  _setup
  $IFCONFIG v0 inet6 usesrc vni0 || fail "inet6 usesrc"
  $IFCONFIG vni0:1 inet6 2001:db8:ffff::9/128 up || fail "vni0:1 new address"
  assert_eq "$(_prefsrc6 2001:db8:50::/48)" 2001:db8:ffff::9
  $IFCONFIG vni0 unplumb || fail "unplumb vni0"
  assert_eq "$(_prefsrc6 2001:db8:50::/48)" -
  assert_eq "$(_prefsrc6 2001:db8::/64)" -
  [ "$(jq -c .usesrc $STORE)" = "[]" ] || fail "store keeps usesrc: $(cat $STORE)"
}

t_inet6_usesrc_refusals() {
  _setup
  local before
  before=$(kernel_snapshot)
  expect_error '^ifconfig: usesrc nosuch0: no such interface$' "$IFCONFIG" v0 inet6 usesrc nosuch0
  expect_error '^ifconfig: usesrc vni0:1: cannot specify a logical interface$' "$IFCONFIG" v0 inet6 usesrc vni0:1
  expect_error '^ifconfig: v0: cannot specify the same interface for usesrc$' "$IFCONFIG" v0 inet6 usesrc v0
  expect_error '^ifconfig: v0:1: usesrc applies to physical interfaces only$' "$IFCONFIG" v0:1 inet6 usesrc vni0
  assert_eq "$(kernel_snapshot)" "$before" "refusals changed nothing"
}
