# ifconfig IF dhcp start/status/ping/extend/release/drop against dnsmasq.
source "$SOLNET_TESTS/dhcp_lib.sh"

_bound_v0() {
  _dhcp_fast
  _dhcp_net v0 s0 10.9.0
  _dhcp_server s0 10.9.0
  $IFCONFIG v0 dhcp start wait 30 || fail "start wait 30 exited $?"
  _dhcp_track v0
}

t_start_returns_at_once_and_the_lease_follows() {
  _dhcp_fast
  _dhcp_net v0 s0 10.9.0
  _dhcp_server s0 10.9.0
  # The server is cut off (no carrier), so nothing can be leased yet.
  ip -n srv link set s0 down
  ip link set v0 down
  $IFCONFIG v0 dhcp || fail "start exited $?"
  _dhcp_track v0
  assert_eq "$(_addrs4 v0)" "" "address before any lease"
  ip -j link show v0 | jq -e '.[0].flags | index("UP")' >/dev/null || fail "start did not bring v0 up"
  $IFCONFIG v0 dhcp ping || fail "ping while selecting"
  assert_eq "$($IFCONFIG v0 dhcp status)" "Interface  State         Sent  Recv  Declined  Flags
v0         SELECTING        -     -         -  [PRIMARY] "
  ip -n srv link set s0 up
  _wait_addr v0
  assert_match "$(_addrs4 v0)" '^10\.9\.0\.(5[0-9]|[6-9][0-9])/24$' "leased address"
  $IFCONFIG v0 dhcp drop || fail "drop"
}

t_start_wait_configures_everything_before_returning() {
  _dhcp_fast
  _dhcp_net v0 s0 10.9.0
  _dhcp_server s0 10.9.0
  ip link set v0 down
  $IFCONFIG v0 dhcp start wait 30 || fail "start wait exited $?"
  _dhcp_track v0
  # No polling here: the address is there when ifconfig returns.
  assert_match "$(_addrs4 v0)" '^10\.9\.0\.[0-9]+/24$' "leased address"
  ip -j link show v0 | jq -e '.[0].flags | index("UP")' >/dev/null || fail "v0 not up"
  assert_eq "$(_default_via v0)" "10.9.0.1" "default route of the primary"
  grep -qx 'nameserver 10.9.0.53' /etc/resolv.conf || fail "resolv.conf: $(cat /etc/resolv.conf)"
  _dhcp_counted s0 DHCPACK 1
  $IFCONFIG v0 dhcp drop || fail "drop"
}

t_status_shows_the_real_lease_times() {
  _bound_v0
  local out lease began
  out=$($IFCONFIG v0 dhcp status) || fail "status exited $?"
  assert_eq "$(sed -n 1p <<<"$out")" "Interface  State         Sent  Recv  Declined  Flags"
  assert_eq "$(sed -n 2p <<<"$out")" "v0         BOUND            -     -         -  [PRIMARY] "
  # dhcpcd takes its lease file's time as the lease's start; dnsmasq gave
  # two minutes with T1 one minute.
  lease=/var/lib/dhcpcd/v0.lease
  began=$(stat -c %Y "$lease")
  fmt() { date -d "@$1" '+%m/%d/%Y %H:%M'; }
  assert_eq "$(sed -n 3p <<<"$out")" "(Began, Expires, Renew) = ($(fmt "$began"), $(fmt $((began + 120))), $(fmt $((began + 60))))"
  assert_eq "$(wc -l <<<"$out")" 3
  $IFCONFIG v0 dhcp drop || fail "drop"
}

t_ping_before_and_after() {
  _dhcp_fast
  _dhcp_net v0 s0 10.9.0
  _dhcp_server s0 10.9.0
  expect_error '^ifconfig: v0: interface is not under DHCP control$' $IFCONFIG v0 dhcp ping
  $IFCONFIG v0 dhcp ping 2>/dev/null
  assert_eq $? 2 "ping exit code before start"
  $IFCONFIG v0 dhcp start wait 30 || fail "start"
  _dhcp_track v0
  $IFCONFIG v0 dhcp ping || fail "ping after start"
  $IFCONFIG v0 auto-dhcp ping || fail "auto-dhcp ping"
  $IFCONFIG v0 dhcp drop || fail "drop"
  $IFCONFIG v0 dhcp ping 2>/dev/null
  assert_eq $? 2 "ping exit code after drop"
}

t_extend_renews_with_the_server() {
  _bound_v0
  local stamp
  stamp=$(stat -c %y /var/lib/dhcpcd/v0.lease)
  _dhcp_counted s0 DHCPACK 1
  $IFCONFIG v0 dhcp extend wait 30 || fail "extend exited $?"
  [ "$(stat -c %y /var/lib/dhcpcd/v0.lease)" != "$stamp" ] || fail "the lease was not rewritten"
  _dhcp_counted s0 DHCPACK 2
  # Without wait, extend returns at once and the renewal follows.
  $IFCONFIG v0 dhcp extend || fail "extend without wait"
  _dhcp_counted s0 DHCPACK 3
  $IFCONFIG v0 dhcp drop || fail "drop"
}

# dhcpcd ignores a renewal asked for right after another: the waiting
# extend asks again and returns once the lease is renewed, not with exit 4
# (issue 15: the old main timed out in round 1).
t_extend_wait_right_after_an_extend_renews() {
  _bound_v0
  local i stamp
  for i in 1 2 3 4 5; do
    $IFCONFIG v0 dhcp extend || fail "extend exited $?"
    stamp=$(stat -c %y /var/lib/dhcpcd/v0.lease)
    $IFCONFIG v0 dhcp extend wait 10 || fail "round $i: extend wait 10 exited $?"
    [ "$(stat -c %y /var/lib/dhcpcd/v0.lease)" != "$stamp" ] || fail "round $i: the wait ended before a renewal"
  done
  $IFCONFIG v0 dhcp drop || fail "drop"
}

t_release_gives_the_address_back_and_marks_down() {
  _bound_v0
  $IFCONFIG v0 dhcp extend || fail "extend"  # dhcpcd ignores a release sent right after a renewal
  $IFCONFIG v0 dhcp release || fail "release exited $?"
  assert_eq "$(_addrs4 v0)" "" "addresses after release"
  ip -j link show v0 | jq -e '.[0].flags | index("UP") | not' >/dev/null || fail "v0 is still up"
  _dhcp_running v0 && fail "dhcpcd still runs"
  _dhcp_counted s0 DHCPRELEASE 1
  assert_eq "$(_default_via v0)" ""
  expect_error '^ifconfig: v0: interface is not under DHCP control$' $IFCONFIG v0 dhcp release
}

t_drop_leaves_the_address_and_stops_the_client() {
  _bound_v0
  local before
  before=$(_addrs4 v0)
  $IFCONFIG v0 dhcp drop || fail "drop exited $?"
  _dhcp_running v0 && fail "dhcpcd still runs"
  assert_eq "$(_addrs4 v0)" "$before" "addresses after drop"
  assert_eq "$(_dhcp_count s0 DHCPRELEASE)" 0 "nothing released"
  ip -j link show v0 | jq -e '.[0].flags | index("UP")' >/dev/null || fail "v0 went down"
  expect_error '^ifconfig: v0: interface is not under DHCP control$' $IFCONFIG v0 dhcp drop
  # It can be put under DHCP again.
  $IFCONFIG v0 dhcp start wait 30 || fail "restart"
  _dhcp_track v0
  $IFCONFIG v0 dhcp drop || fail "drop"
}

t_start_twice_is_refused() {
  _bound_v0
  expect_error '^ifconfig: v0: DHCP is already running$' $IFCONFIG v0 dhcp start
  $IFCONFIG v0 dhcp start 2>/dev/null
  assert_eq $? 2
  $IFCONFIG v0 dhcp drop || fail "drop"
}

# With dhcpcd's stock configuration (ARP probing of the offered address)
# a first lease takes seconds; wait covers it.
t_stock_dhcpcd_configuration() {
  _dhcp_net v0 s0 10.9.0
  _dhcp_server s0 10.9.0
  $IFCONFIG v0 dhcp start wait 30 || fail "start wait 30 exited $?"
  _dhcp_track v0
  assert_match "$(_addrs4 v0)" '^10\.9\.0\.[0-9]+/24$' "leased address"
  $IFCONFIG v0 dhcp drop || fail "drop"
}
