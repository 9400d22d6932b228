# vni virtual interfaces: vniN plumb makes a software-only link (dummy, or
# ifb on kernels without dummy), unplumb removes it; VIRTUAL, no broadcast,
# no multicast, no ether line; addresses on physical and logical units.
source "$SOLNET_TESTS/ifconfig_config_lib.sh"

_kind() { ip -j -d link show "$1" | jq -r '.[0].linkinfo.info_kind'; }

t_plumb_and_unplumb() {
  $IFCONFIG vni0 plumb || fail "plumb"
  assert_match "$(_kind vni0)" '^(dummy|ifb)$' "a software-only link"
  link_flag vni0 UP && fail "plumb leaves the link down"
  # a second plumb is not an error and changes nothing
  $IFCONFIG vni0 plumb || fail "plumb again"
  assert_eq "$(ip -j link show | jq -r '[.[].ifname] | join(" ")')" "lo vni0"
  $IFCONFIG vni0 unplumb || fail "unplumb"
  ip link show vni0 >/dev/null 2>&1 && fail "unplumb leaves the link"
  expect_error '^ifconfig: vni0: no such interface$' $IFCONFIG vni0 up
  # only vniN names make links
  expect_error '^ifconfig: vnix: no such interface$' $IFCONFIG vnix plumb
  expect_error '^ifconfig: vni1:1: no such interface$' $IFCONFIG vni1:1 plumb
  ip link show vnix >/dev/null 2>&1 && fail "vnix was made"
  true
}

t_flags_and_display() {
  $IFCONFIG vni0 plumb 10.8.0.1 netmask + broadcast + up || fail "plumb with an address"
  assert_eq "$(v4_list vni0)" "vni0 10.8.0.1/8 -"
  link_flag vni0 UP || fail "up"
  local text json
  text=$($IFCONFIG vni0 inet)
  assert_match "$text" $'^vni0: flags=20010000c1<UP,RUNNING,NOARP,IPv4,VIRTUAL> mtu 1500 index [0-9]+\n\tinet 10.8.0.1 netmask ff000000$'
  $IFCONFIG vni0 | grep -q ether && fail "an ether line"
  json=$($IFCONFIG vni0 inet --json)
  assert_eq "$(jq -c '.interfaces[0].flags.names' <<<"$json")" '["UP","RUNNING","NOARP","IPv4","VIRTUAL"]'
  assert_eq "$(jq -r '.interfaces[0].ether' <<<"$json")" null
  $IFCONFIG -a --json >/run/all.json
  validate_schema "$IFCONFIG_SCHEMA" /run/all.json || fail "schema"
  # the address is one of this host's
  assert_eq "$(ip -j route get 10.8.0.1 | jq -r '.[0].type')" local
}

t_logical_units() {
  $IFCONFIG vni3 plumb 192.168.50.1/24 up || fail "plumb"
  assert_eq "$($IFCONFIG vni3 addif 192.168.50.2/24 up)" "Created new logical interface vni3:1"
  $IFCONFIG vni3:2 192.168.51.1 netmask 255.255.255.0 up || fail "vni3:2"
  $IFCONFIG vni3:3 plumb || fail "vni3:3 plumb"
  assert_eq "$(v4_list vni3)" $'vni3 192.168.50.1/24 -\nvni3:2 192.168.51.1/24 -\nvni3:1 192.168.50.2/24 - secondary'
  assert_match "$($IFCONFIG vni3:1)" $'^vni3:1: flags=20010000c1<UP,RUNNING,NOARP,IPv4,VIRTUAL>'
  assert_match "$($IFCONFIG vni3:3)" $'^vni3:3: flags=20010000c0<RUNNING,NOARP,IPv4,VIRTUAL>'
  $IFCONFIG vni3 removeif 192.168.50.2 || fail "removeif"
  assert_eq "$(v4_list vni3)" $'vni3 192.168.50.1/24 -\nvni3:2 192.168.51.1/24 -'
  # unplumb takes the link and every address with it, and the store forgets it
  $IFCONFIG vni3 unplumb || fail "unplumb"
  assert_eq "$(ip -j -4 addr show | jq -r '[.[].addr_info[].local | select(. != "127.0.0.1")] | join(" ")')" ""
  [ -z "$(store_units vni3)" ] || fail "store keeps vni3: $(cat $STORE)"
}

t_failed_plumb_leaves_nothing() {
  local before
  before=$(kernel_snapshot)
  expect_error '^ifconfig: vni0: metric needs an address$' $IFCONFIG vni0 plumb 0 metric 4
  expect_error '^ifconfig: vni0: cannot set ether 1:0:0:0:0:1: ' $IFCONFIG vni0 plumb 10.0.0.1 ether 1:0:0:0:0:1
  assert_eq "$(kernel_snapshot)" "$before" "kernel after the failed plumbs"
}

t_nonroot_cannot_plumb() {
  expect_error '^ifconfig: vni0: permission denied$' as_nobody $IFCONFIG vni0 plumb
  ip link show vni0 >/dev/null 2>&1 && fail "made by nobody"
  $IFCONFIG vni0 plumb || fail "plumb"
  expect_error '^ifconfig: vni0: permission denied$' as_nobody $IFCONFIG vni0 unplumb
  ip link show vni0 >/dev/null || fail "removed by nobody"
  as_nobody $IFCONFIG vni0 | grep -q VIRTUAL || fail "display as nobody"
}
