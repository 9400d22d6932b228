# ifconfig IF dhcp inform against dnsmasq. illumos ifconfig(8): "Obtain
# network configuration parameters from DHCP without obtaining a lease on
# IP addresses. This is useful in situations where an IP address is
# obtained through mechanisms other than DHCP."
source "$SOLNET_TESTS/dhcp_lib.sh"

_informing_net() {
  _dhcp_fast
  _dhcp_net v0 s0 10.9.0
  _dhcp_server s0 10.9.0
  ip addr add 10.9.0.7/24 brd + dev v0
}

t_inform_gets_parameters_not_a_lease() {
  _informing_net
  $IFCONFIG v0 dhcp inform wait 30 || fail "inform wait 30 exited $?"
  _dhcp_track v0
  _dhcp_counted s0 DHCPINFORM 1
  # The parameters: the primary's name server ...
  grep -qx 'nameserver 10.9.0.53' /etc/resolv.conf || fail "resolv.conf: $(cat /etc/resolv.conf)"
  # ... and no lease: the address is the one v0 had, the server leased none
  assert_eq "$(_addrs4 v0)" "10.9.0.7/24" "v0's addresses"
  assert_eq "$(_dhcp_count s0 DHCPDISCOVER)" 0 "DHCPDISCOVER messages"
  assert_eq "$(_dhcp_count s0 DHCPREQUEST)" 0 "DHCPREQUEST messages"
  [ ! -s /run/dnsmasq-s0.leases ] || fail "the server leased: $(cat /run/dnsmasq-s0.leases)"
  # under DHCP control as after start: ping, the DHCP flag, drop
  $IFCONFIG v0 dhcp ping || fail "ping after inform"
  assert_match "$($IFCONFIG v0)" 'flags=[0-9a-f]*<[A-Z,]*DHCP' "DHCP flag"
  $IFCONFIG v0 dhcp drop || fail "drop"
  _dhcp_running v0 && fail "drop left the client running"
  assert_eq "$(_addrs4 v0)" "10.9.0.7/24" "drop keeps the address"
}

t_inform_refusals_change_nothing() {
  _informing_net
  ip addr flush dev v0
  local rc=0
  $IFCONFIG v0 dhcp inform 2>/run/err || rc=$?
  assert_eq "$rc" 2 "exit status without an address"
  assert_eq "$(cat /run/err)" "ifconfig: v0: no IPv4 address to inform the DHCP server of"
  _dhcp_running v0 && fail "a client runs"
  ip addr add 10.9.0.7/24 brd + dev v0
  rc=0
  $IFCONFIG v0:1 dhcp inform 2>/run/err || rc=$?
  assert_eq "$rc" 3 "exit status for a logical interface"
  rc=0
  $IFCONFIG v0 dhcp inform start 2>/run/err || rc=$?
  assert_eq "$rc" 3 "exit status for two operations"
  assert_eq "$(cat /run/err)" "ifconfig: start: only one DHCP operation may be given (inform came first)"
  _dhcp_running v0 && fail "a client runs"
  assert_eq "$(_dhcp_count s0 DHCPINFORM)" 0 "DHCPINFORM messages"
}

# illumos: "wait seconds ... The ifconfig command will wait until the
# operation either completes or for the interval specified"; the client
# goes on trying after it (exit 4).
t_inform_wait_runs_out() {
  _dhcp_fast
  _dhcp_net v0 s0 10.9.0
  ip addr add 10.9.0.7/24 brd + dev v0
  local rc=0
  $IFCONFIG v0 dhcp inform wait 2 2>/run/err || rc=$?
  assert_eq "$rc" 4 "exit status when no server answers ($(cat /run/err))"
  assert_eq "$(cat /run/err)" "ifconfig: v0: wait timed out, operation still pending..."
  _dhcp_running v0 || fail "the client gave up"
  _dhcp_track v0
  # the server comes: the client, still trying, gets its reply
  _dhcp_server s0 10.9.0
  _dhcp_counted s0 DHCPACK 1
  wait_until 30 "resolv.conf not written" grep -qx 'nameserver 10.9.0.53' /etc/resolv.conf
  assert_eq "$(_addrs4 v0)" "10.9.0.7/24" "v0's addresses"
  $IFCONFIG v0 dhcp drop || fail "drop"
}
