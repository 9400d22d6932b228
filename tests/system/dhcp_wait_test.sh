# The waits of ifconfig IF dhcp ... wait N end when the operation has
# completed, judged from dhcpcd's own lease: exit 0 then, 4 only when it
# really has not.
source "$SOLNET_TESTS/dhcp_lib.sh"

_bound_v0() {
  _dhcp_fast
  _dhcp_net v0 s0 10.9.0
  _dhcp_server s0 10.9.0
  $IFCONFIG v0 dhcp start wait 30 || fail "start wait 30 exited $?"
  _dhcp_track v0
}

# dhcpcd ignores a renewal asked for right after another: the waiting
# extend asks again and returns once the lease is renewed (exit 4 on the
# old main in 9 of 12 rounds).
t_extend_wait_right_after_an_extend_renews() {
  _bound_v0
  local i acks
  for i in 1 2 3 4 5; do
    acks=$(_dhcp_count s0 DHCPACK)
    $IFCONFIG v0 dhcp extend || fail "extend exited $?"
    $IFCONFIG v0 dhcp extend wait 10 || fail "round $i: extend wait 10 exited $?"
    [ "$(_dhcp_count s0 DHCPACK)" -ge $((acks + 2)) ] || fail "round $i: the wait ended before the renewal"
  done
  $IFCONFIG v0 dhcp drop || fail "drop"
}

# With ARP probing on, as Debian runs dhcpcd: a first lease takes seconds.
t_extend_wait_after_a_slow_start() {
  _dhcp_net v0 s0 10.9.0
  _dhcp_server s0 10.9.0
  $IFCONFIG v0 dhcp start wait 60 || fail "start wait 60 exited $?"
  _dhcp_track v0
  _dhcp_counted s0 DHCPACK 1
  $IFCONFIG v0 dhcp extend wait 30 || fail "extend wait 30 exited $?"
  _dhcp_counted s0 DHCPACK 2
  $IFCONFIG v0 dhcp drop || fail "drop"
}
