# The Linux IP-alias HOWTO's route commands, unchanged, with this route.
# The addresses are set with ip(8): our ifconfig's configuration keywords
# (ifconfig eth0:0 172.16.3.10) are another issue's work.
source "$SOLNET_TESTS/route_lib.sh"

_howto_routes=(
  "add -net 127.0.0.0"
  "add -net 172.16.3.0 dev eth0"
  "add -host 172.16.3.1 dev eth0"
  "add -host 172.16.3.10 dev eth0:0"
  "add -host 172.16.3.100 dev eth0:1"
  "add default gw 172.16.3.200"
)

# What `ifconfig eth0 172.16.3.1`, `ifconfig eth0:0 172.16.3.10` and
# `ifconfig eth0:1 172.16.3.100` give: classful masks, broadcast +.
_howto_interfaces() {
  local ns=${1:+ip netns exec $1}
  $ns sysctl -qw net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.all.accept_dad=0
  $ns ip link set lo up
  $ns ip link add eth0 address 02:00:00:00:00:01 type veth peer name eth0p address 02:00:00:00:00:02
  $ns ip link set eth0 up
  $ns ip link set eth0p up
  $ns ip addr add 172.16.3.1/16 brd + dev eth0
  $ns ip addr add 172.16.3.10/16 brd + dev eth0 label eth0:0
  $ns ip addr add 172.16.3.100/16 brd + dev eth0 label eth0:1
}

t_howto_sequence_runs_unchanged() {
  _route_files_only
  _howto_interfaces ""
  local c
  for c in "${_howto_routes[@]}"; do
    # shellcheck disable=SC2086
    $ROUTE $c || fail "route $c: exit $?"
  done
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

# net-tools on today's kernel: the -net lines fail (mask 0); every other
# line gives the same routes as ours.
t_howto_against_net_tools() {
  _route_files_only
  ip netns add twin
  _howto_interfaces ""
  _howto_interfaces twin
  local c
  for c in "${_howto_routes[@]}"; do
    # shellcheck disable=SC2086
    $ROUTE $c || fail "route $c"
    # shellcheck disable=SC2086
    ip netns exec twin $NT_ROUTE $c 2>/run/nt.err
    case $c in
      *-net*) assert_eq "$(cat /run/nt.err)" "SIOCADDRT: Invalid argument" "net-tools on: route $c" ;;
      *) [ ! -s /run/nt.err ] || fail "net-tools route $c: $(cat /run/nt.err)" ;;
    esac
  done
  local d
  d=$(diff <(_route_state twin) <(_route_state))
  assert_eq "$d" '1a2,3
> {"type":"unicast","dst":"127.0.0.0/8","dev":"lo","table":"main","protocol":"boot","scope":"link","flags":[]}
> {"type":"unicast","dst":"172.16.0.0/16","dev":"eth0","table":"main","protocol":"boot","scope":"link","flags":[]}' \
    "ours has the two -net routes more"
}
