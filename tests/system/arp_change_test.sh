# arp -s and -d in both syntaxes, published (proxy) entries answering for
# real, checked with ip -j neigh and against what net-tools makes.

source "$SOLNET_TESTS/arp_lib.sh"

t_set_and_delete_solaris() {
  arp_router
  $ARP -s 10.0.0.20 0:1:2:3:4:5 || fail "-s"
  assert_eq "$(ip -j neigh show 10.0.0.20 | jq -c '.[0] | [.dev, .lladdr, .state]')" '["v0","00:01:02:03:04:05",["PERMANENT"]]'
  assert_eq "$($ARP 10.0.0.20)" "10.0.0.20 (10.0.0.20) at 0:1:2:3:4:5"
  $ARP -s 10.0.0.21 0:1:2:3:4:6 temp || fail "-s temp"
  assert_eq "$(ip -j neigh show 10.0.0.21 | jq -c '.[0].state')" '["STALE"]'
  assert_eq "$($ARP 10.0.0.21)" "10.0.0.21 (10.0.0.21) at 0:1:2:3:4:6 temp"
  $ARP -s 10.0.0.22 0:1:2:3:4:7 permanent trail || fail "-s permanent"
  assert_eq "$(ip -j neigh show 10.0.0.22 | jq -r '.[0].protocol')" static
  assert_eq "$($ARP 10.0.0.22)" "10.0.0.22 (10.0.0.22) at 0:1:2:3:4:7 permanent"
  $ARP -s 10.0.0.22 0:1:2:3:4:8 || fail "-s again"
  assert_eq "$($ARP 10.0.0.22)" "10.0.0.22 (10.0.0.22) at 0:1:2:3:4:8"
  assert_eq "$($ARP -d 10.0.0.20)" "10.0.0.20 (10.0.0.20) deleted"
  assert_eq "$(ip -j neigh show 10.0.0.20 | jq length)" 0
  local out rc
  out=$($ARP -d 10.0.0.20); rc=$?
  assert_eq "$out|$rc" "10.0.0.20 (10.0.0.20) -- no entry|1"
}

t_set_matches_nettools() {
  arp_router
  local ours theirs
  for mods in "" "temp" "pub"; do
    local mac=00:01:02:03:04:05
    [ "$mods" = pub ] && mac=02:00:00:00:00:01
    # shellcheck disable=SC2086
    $ARP --net-tools -s 10.0.0.30 $mac $mods || fail "ours: -s $mods"
    ours=$({ ip -j neigh show 10.0.0.30; ip -j neigh show proxy 10.0.0.30; } | jq -c 'del(.[].protocol)')
    $ARP -i v0 -d 10.0.0.30 || fail "ours: -d"
    # shellcheck disable=SC2086
    $NT_ARP -s 10.0.0.30 $mac $mods || fail "net-tools: -s $mods"
    theirs=$({ ip -j neigh show 10.0.0.30; ip -j neigh show proxy 10.0.0.30; } | jq -c '.')
    # shellcheck disable=SC2086
    $NT_ARP -i v0 -d 10.0.0.30 $([ "$mods" = pub ] && echo pub) || fail "net-tools: -d"
    assert_eq "$ours" "$theirs" "-s $mods"
  done
  # -Ds IF pub and dev IF
  $ARP -Ds 10.0.0.31 v0 pub || fail "-Ds"
  assert_eq "$(ip -j neigh show proxy dev v0 | jq -c '[.[].dst]')" '["10.0.0.31"]'
  $ARP -s 10.0.0.32 00:01:02:03:04:05 dev w0 || fail "dev w0"
  assert_eq "$(ip -j neigh show 10.0.0.32 | jq -r '.[0].dev')" w0
  # -d without -i finds the proxy entry (net-tools needs -i)
  $ARP -d 10.0.0.31 pub || fail "-d pub"
  assert_eq "$(ip -j neigh show proxy dev v0 | jq length)" 0
}

t_published_entry_answers_with_interface_mac() {
  arp_router
  # unpublished, the router stays silent
  assert_eq "$(peer_asks 10.0.0.51 3)" "" "10.0.0.51 unpublished"
  $ARP -s 10.0.0.50 2:0:0:0:0:1 pub || fail "-s pub"
  assert_eq "$(ip -j neigh show proxy dev v0 | jq -c '[.[].dst]')" '["10.0.0.50"]'
  assert_eq "$($ARP 10.0.0.50)" "10.0.0.50 (10.0.0.50) at 2:0:0:0:0:1 pub"
  assert_eq "$(peer_asks 10.0.0.50)" 02:00:00:00:00:01 "peer's entry for 10.0.0.50"
  $ARP -an | grep -qxF "v0     10.0.0.50            255.255.255.255 SP       02:00:00:00:00:01" || fail "table: $($ARP -an)"
  assert_eq "$($ARP --net-tools -n 10.0.0.50)" "$($NT_ARP -n 10.0.0.50)"
}

t_whole_interface_proxy_arp() {
  arp_router
  $ARP -s 10.0.0.0 02:00:00:00:00:01 netmask 0.0.0.0 pub || fail "netmask 0.0.0.0 pub"
  assert_eq "$(cat /proc/sys/net/ipv4/conf/v0/proxy_arp)" 1
  assert_eq "$(peer_asks 10.0.0.65)" 02:00:00:00:00:01 "proxy_arp answers"
  $ARP -an | grep -qxF "v0     0.0.0.0              0.0.0.0         SP       02:00:00:00:00:01" || fail "table: $($ARP -an)"
  assert_eq "$($ARP --json -a | jq -c '[.entries[] | select(.whole_interface) | .interface]')" '["v0"]'
  $ARP -d 10.0.0.0 netmask 0.0.0.0 pub || fail "-d netmask 0.0.0.0 pub"
  assert_eq "$(cat /proc/sys/net/ipv4/conf/v0/proxy_arp)" 0
}

t_foreign_mac_refused() {
  arp_router
  local before
  before=$(kernel_snapshot)
  expect_error "^arp: 10\.0\.0\.50: cannot publish 11:22:33:44:55:66: Linux answers for published addresses with v0's own address 02:00:00:00:00:01$" \
    $ARP -s 10.0.0.50 11:22:33:44:55:66 pub
  expect_error "no interface has 11:22:33:44:55:66" $ARP -s 10.0.0.0 11:22:33:44:55:66 netmask 0.0.0.0 pub
  expect_error "cannot be temporary" $ARP -s 10.0.0.50 02:00:00:00:00:01 temp pub
  assert_eq "$(kernel_snapshot)" "$before" "kernel state"
  assert_eq "$(cat /proc/sys/net/ipv4/conf/v0/proxy_arp)" 0
}

# The net-tools reading publishes as net-tools does, whatever the MAC; the
# kernel answers with the interface's own, and a warning says so.
t_foreign_mac_published_nettools() {
  arp_router
  local err
  err=$($ARP -i v0 -s 10.0.0.50 11:22:33:44:55:66 pub 2>&1 >/dev/null) || fail "-i v0 -s pub: $err"
  assert_eq "$err" "arp: warning: 10.0.0.50: Linux answers for published addresses with v0's own address 02:00:00:00:00:01, not 11:22:33:44:55:66"
  $ARP -i v0 -Ds 10.0.0.52 w0 pub 2>/dev/null || fail "-i v0 -Ds w0 pub"
  assert_eq "$(ip -j neigh show proxy dev v0 | jq -c '[.[].dst] | sort')" '["10.0.0.50","10.0.0.52"]'
  assert_eq "$(peer_asks 10.0.0.50)" 02:00:00:00:00:01 "peer's entry for 10.0.0.50"
}
