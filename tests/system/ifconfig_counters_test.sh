# ifconfig -s: net-tools' short list against net-tools' own, byte for byte,
# and its JSON against the kernel's counters as `ip -j -s link` reads them.

# Quiet links (no IPv6, so no router solicitations or DAD), traffic that
# has ended: v0 sent three datagrams to a fixed neighbour, v1 got them.
_quiet() {
  sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  ip link set lo up
  veth v0 v1
  ip link add br9 type bridge
  ip tuntap add mode tun tun9
  ip addr add 10.9.0.1/24 dev v0
  ip addr add 10.9.0.5/24 dev v0 label v0:5
  ip neigh add 10.9.0.2 lladdr "$(ip -j link show v1 | jq -r '.[0].address')" dev v0 nud permanent
  local i
  for i in 1 2 3; do echo "$i" >/dev/udp/10.9.0.2/9 || fail "cannot send"; done
  wait_until 10 "v1 has not received the datagrams" _received v1 3
}

_received() { [ "$(ip -j -s link show "$1" | jq '.[0].stats64.rx.packets')" -ge "$2" ]; }

# _same ARGS...: our output, stderr and exit status are net-tools'.
_same() {
  local ours theirs
  ours=$("$IFCONFIG" "$@" 2>&1; echo "rc=$?")
  theirs=$("$NT_IFCONFIG" "$@" 2>&1; echo "rc=$?")
  assert_eq "$ours" "$theirs"
}

t_short_list_is_net_tools() {
  _quiet
  _same -s
  _same -s -a
  _same -a -s
  _same -v -s
  _same -s v1
  _same -s v0:5
  _same -s br9
  _same -s nosuch0
  assert_match "$($IFCONFIG -s v1 | tail -n 1)" "^v1               1500        3      0      0 0             0 "
}

t_short_list_json_is_the_kernels() {
  _quiet
  local out
  out=$($IFCONFIG -s -a --json) || fail "-s -a --json"
  validate_schema "$IFCONFIG_SCHEMA" <(echo "$out") || fail "schema"
  local kernel ours
  kernel=$(ip -j -s -s link show | jq -cS '[.[] | {ifname, rx: .stats64.rx | {packets, bytes, errors, dropped, overruns: .fifo_errors, multicast}, tx: .stats64.tx | {packets, bytes, errors, dropped, overruns: .fifo_errors, collisions}}] | sort_by(.ifname)')
  ours=$(echo "$out" | jq -cS '[.short_list[] | select(.rx) | {ifname, rx, tx}] | sort_by(.ifname)')
  assert_eq "$ours" "$kernel"
  # the alias has no counters of its own
  assert_eq "$(echo "$out" | jq -c '.short_list[] | select(.ifname == "v0:5") | [.mtu, .flg, has("rx")]')" '[1500,"BMRU",false]'
}

t_v_changes_nothing() {
  veth v0 v1
  assert_eq "$($IFCONFIG -v -a)" "$($IFCONFIG -a)"
  assert_eq "$($IFCONFIG -v v0)" "$($IFCONFIG v0)"
}
