# The Linux IP-alias HOWTO's commands, unchanged, with this suite's
# ifconfig and route in place of net-tools'.
source "$SOLNET_TESTS/route_lib.sh"

_howto_interfaces=(
  "lo 127.0.0.1"
  "eth0 up"
  "eth0 172.16.3.1"
  "eth0:0 172.16.3.10"
  "eth0:1 172.16.3.100"
)

_howto_routes=(
  "add -net 127.0.0.0"
  "add -net 172.16.3.0 dev eth0"
  "add -host 172.16.3.1 dev eth0"
  "add -host 172.16.3.10 dev eth0:0"
  "add -host 172.16.3.100 dev eth0:1"
  "add default gw 172.16.3.200"
)

# The machine of the HOWTO: an Ethernet eth0 (its peer eth0p up), in
# namespace $1 ("" for this one).
_howto_machine() {
  local ns=${1:+ip netns exec $1}
  $ns sysctl -qw net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.all.accept_dad=0
  $ns ip link add eth0 address 02:00:00:00:00:01 type veth peer name eth0p address 02:00:00:00:00:02
  $ns ip link set eth0p up
}

# _howto IFCONFIG ROUTE [NS]: the HOWTO's step 2 and 3 with these tools;
# prints each command that fails.
_howto() {
  local ns=${3:+ip netns exec $3} c
  for c in "${_howto_interfaces[@]}"; do
    # shellcheck disable=SC2086
    $ns $1 $c >/dev/null 2>&1 || echo "ifconfig $c"
  done
  for c in "${_howto_routes[@]}"; do
    # shellcheck disable=SC2086
    $ns $2 $c >/dev/null 2>&1 || echo "route $c"
  done
}

t_howto_sequence_runs_unchanged() {
  _route_files_only
  _howto_machine ""
  assert_eq "$(_howto "$IFCONFIG" "$ROUTE")" "" "commands that failed"
  assert_eq "$(ip -j addr show eth0 | jq -c '.[0].addr_info[] | select(.family == "inet") | [.local, .prefixlen, .broadcast, .label]')" \
'["172.16.3.1",16,"172.16.255.255","eth0"]
["172.16.3.10",16,"172.16.255.255","eth0:0"]
["172.16.3.100",16,"172.16.255.255","eth0:1"]'
  assert_eq "$(ip -j -d route show table main | jq -c '.[] | [.dst, .gateway, .dev, .prefsrc, .scope, .protocol]')" \
'["default","172.16.3.200","eth0",null,"global","boot"]
["127.0.0.0/8",null,"lo",null,"link","boot"]
["172.16.0.0/16",null,"eth0",null,"link","boot"]
["172.16.0.0/16",null,"eth0","172.16.3.1","link","kernel"]
["172.16.3.1",null,"eth0",null,"link","boot"]
["172.16.3.10",null,"eth0","172.16.3.10","link","boot"]
["172.16.3.100",null,"eth0","172.16.3.100","link","boot"]'
  # The -net lines find their route already there on a second run.
  $ROUTE add -net 127.0.0.0 || fail "second -net 127.0.0.0"
  $ROUTE add -net 172.16.3.0 dev eth0 || fail "second -net 172.16.3.0"
  expect_error '^route: add host 172.16.3.1: entry exists$' $ROUTE add -host 172.16.3.1 dev eth0
  # The table reads as net-tools reads it.
  assert_eq "$($ROUTE -n)" "$($NT_ROUTE -n)" "route -n"
  assert_eq "$($ROUTE)" "$($NT_ROUTE)" "route"
}

# net-tools on today's kernel, in a twin namespace: its ifconfig gives the
# same addresses; its route fails the -net lines (mask 0); every other line
# gives the same routes as ours.
t_howto_against_net_tools() {
  _route_files_only
  ip netns add twin
  _howto_machine ""
  _howto_machine twin
  assert_eq "$(_howto "$IFCONFIG" "$ROUTE")" "" "our commands that failed"
  assert_eq "$(_howto "$NT_IFCONFIG" "$NT_ROUTE" twin)" "route add -net 127.0.0.0
route add -net 172.16.3.0 dev eth0" "net-tools commands that failed"
  # the link-local addresses and their routes come after eth0 is up
  in_netns twin settle
  settle
  local addrs='[.[] | {ifname, flags, mtu, addr_info: [.addr_info[] | {family, local, prefixlen, broadcast, label}]}]'
  assert_eq "$(ip -j addr show | jq -c "$addrs")" "$(ip netns exec twin ip -j addr show | jq -c "$addrs")" "addresses"
  assert_eq "$(diff <(_route_state twin) <(_route_state) | grep '^[<>]')" \
'> {"type":"unicast","dst":"127.0.0.0/8","dev":"lo","table":"main","protocol":"boot","scope":"link","flags":[]}
> {"type":"unicast","dst":"172.16.0.0/16","dev":"eth0","table":"main","protocol":"boot","scope":"link","flags":[]}' \
    "ours has the two -net routes more"
}
