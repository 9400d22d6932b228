# The Solaris syntax: result lines and exit statuses as route(1M)'s, the
# routes checked with ip -j.
source "$SOLNET_TESTS/route_lib.sh"

_setup() {
  _route_files_only
  _route_links ""
}

# _route_json DST [TABLE]: the route to DST as ip -j shows it (one object).
_route_json() {
  ip -j -d route show table "${2:-main}" | jq -c --arg d "$1" '.[] | select(.dst == $d)'
}

# _solaris STATUS OUTPUT ARGS...: route ARGS must exit STATUS and print
# exactly OUTPUT on stdout, nothing on stderr.
_solaris() {
  local want_rc=$1 want_out=$2 out rc
  shift 2
  out=$($ROUTE "$@" 2>/run/err)
  rc=$?
  [ ! -s /run/err ] || fail "route $* wrote on stderr: $(cat /run/err)"
  assert_eq "$out" "$want_out" "stdout of route $*"
  assert_eq "$rc" "$want_rc" "exit status of route $*"
}

t_add_delete_lines_and_status() {
  _setup
  _solaris 0 "add net 10.9.0.0/16: gateway 172.16.3.200" add -net 10.9.0.0/16 172.16.3.200
  assert_eq "$(_route_json 10.9.0.0/16 | jq -c '[.gateway, .dev, .protocol, .scope, .type]')" \
    '["172.16.3.200","eth0","static","global","unicast"]'
  _solaris 17 "add net 10.9.0.0/16: gateway 172.16.3.200: entry exists" add -net 10.9.0.0/16 172.16.3.200
  _solaris 0 "add net default: gateway 172.16.3.200" add default 172.16.3.200
  _solaris 0 "add host 10.1.1.1: gateway 172.16.3.200" add 10.1.1.1 172.16.3.200
  _solaris 0 "add net 10.0.0.0: gateway 172.16.3.200" add 10.0.0.0 172.16.3.200
  assert_match "$(_route_json 10.0.0.0/8)" '"gateway":"172.16.3.200"' "classful network"
  _solaris 0 "delete net 10.9.0.0/16: gateway 172.16.3.200" delete -net 10.9.0.0/16 172.16.3.200
  [ -z "$(_route_json 10.9.0.0/16)" ] || fail "route not deleted"
  _solaris 3 "delete net 10.9.0.0/16: gateway 172.16.3.200: not in table" delete -net 10.9.0.0/16 172.16.3.200
  _solaris 0 "" -q add -net 10.9.0.0 172.16.3.200 -netmask 255.255.0.0
  _solaris 17 "add net 10.9.0.0: gateway 172.16.3.200: entry exists" -q add -net 10.9.0.0 172.16.3.200 -netmask 255.255.0.0
  # The kernel's extended acknowledgement follows its errno text.
  _solaris 101 "add net 10.30.0.0/16: gateway 10.99.0.1: Network is unreachable: Nexthop has invalid gateway" \
    add 10.30.0.0/16 10.99.0.1
  _solaris 0 "add net 10.31.0.0/16: gateway 172.16.3.200" -n add 10.31.0.0/16 172.16.3.200
}

t_modifiers_reach_the_kernel() {
  _setup
  $ROUTE -q add 10.40.0.0/16 172.16.3.200 -ifp eth0:0 || fail "-ifp eth0:0"
  assert_eq "$(_route_json 10.40.0.0/16 | jq -c '[.dev, .prefsrc]')" '["eth0","172.16.3.10"]'
  $ROUTE -q add 10.41.0.0/16 172.16.3.200 -setsrc 172.16.3.100 || fail "-setsrc"
  assert_eq "$(_route_json 10.41.0.0/16 | jq -c '.prefsrc')" '"172.16.3.100"'
  $ROUTE -q add 10.42.0.0/16 172.16.3.100 -interface || fail "-interface"
  assert_eq "$(_route_json 10.42.0.0/16 | jq -c '[.gateway, .dev, .prefsrc, .scope, .protocol]')" \
    '[null,"eth0","172.16.3.100","link","boot"]'
  $ROUTE -q add 10.43.0.0/16 127.0.0.1 -reject || fail "-reject"
  assert_eq "$(_route_json 10.43.0.0/16 | jq -c '[.type, .dev]')" '["unreachable",null]'
  $ROUTE -q add 10.44.0.0/16 127.0.0.1 -blackhole || fail "-blackhole"
  assert_eq "$(_route_json 10.44.0.0/16 | jq -c '.type')" '"blackhole"'
  $ROUTE -q add 10.45.0.0/16 172.16.3.200 -mtu 1400 -lock -hopcount 5 || fail "-mtu -hopcount"
  assert_match "$(ip -d route show 10.45.0.0/16)" ' mtu 1400 hoplimit lock 5 ' "metrics and lock"
  $ROUTE -q add 10.46.0.0/16 172.16.3.200 -ifa 172.16.3.10 || fail "-ifa"
  assert_eq "$(_route_json 10.46.0.0/16 | jq -c '[.dev, .prefsrc]')" '["eth0","172.16.3.10"]'
  $ROUTE -q add -net 10.47.0.0 172.16.3.200 -netmask 0xffffff00 -nostatic || fail "-netmask -nostatic"
  assert_eq "$(_route_json 10.47.0.0/24 | jq -c '.protocol')" '"boot"'
  # A network with bits beyond its class: the interface's mask (here /16,
  # which leaves host bits the kernel refuses, as route(1M) would send it).
  $ROUTE add -net 172.16.9.7 172.16.3.200 >/run/out
  assert_match "$(cat /run/out)" '^add net 172.16.9.7: gateway 172.16.3.200: Invalid argument' "subnet mask"
}

t_inet6() {
  _setup
  _solaris 0 "add net 2001:db8:1::/48: gateway 2001:db8::99" add -inet6 2001:db8:1::/48 2001:db8::99
  assert_eq "$(ip -j -6 route show 2001:db8:1::/48 | jq -c '.[0] | [.gateway, .protocol, .metric]')" \
    '["2001:db8::99","static",1024]'
  _solaris 0 "add host 2001:db8:2::5: gateway fe80::1" add 2001:db8:2::5 fe80::1 -ifp eth0
  assert_eq "$(ip -j -6 route show 2001:db8:2::5 | jq -c '.[0] | [.gateway, .dev]')" '["fe80::1","eth0"]'
  _solaris 17 "add net 2001:db8:1::/48: gateway 2001:db8::99: entry exists" add -inet6 2001:db8:1::/48 2001:db8::99
  # -f inet6: flush the IPv6 gateway routes first.
  _solaris 0 "2001:db8:1::         2001:db8::99         done
2001:db8:2::5        fe80::1              done
add net default: gateway 2001:db8::fe" -f inet6 add default 2001:db8::fe
  _solaris 0 "add net 2001:db8:1::/48: gateway 2001:db8::99" add -inet6 2001:db8:1::/48 2001:db8::99
  _solaris 0 "delete net 2001:db8:1::/48: gateway 2001:db8::99" delete -inet6 2001:db8:1::/48 2001:db8::99
}

t_change_keeps_the_metric() {
  _setup
  ip route add 10.9.0.0/16 via 172.16.3.200 metric 7
  _solaris 0 "change net 10.9.0.0/16: gateway 172.16.3.201" change 10.9.0.0/16 172.16.3.201
  assert_eq "$(_route_json 10.9.0.0/16 | jq -c '[.gateway, .metric]')" '["172.16.3.201",7]'
  _solaris 3 "change net 10.8.0.0/16: gateway 172.16.3.201: not in table" change 10.8.0.0/16 172.16.3.201
}

t_get() {
  _setup
  ip route add 10.9.0.0/16 via 172.16.3.200 mtu lock 1400
  ip route add 10.10.0.1 dev eth0 src 172.16.3.10 proto static
  _solaris 0 "   route to: 10.9.1.1
destination: 10.9.0.0
       mask: 255.255.0.0
    gateway: 172.16.3.200
  interface: eth0
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1400L        0 " -n get 10.9.1.1
  _solaris 0 "   route to: 10.10.0.1
destination: 10.10.0.1
       mask: 255.255.255.255
     setsrc: 172.16.3.10
  interface: eth0:0
      flags: <UP,HOST,DONE,STATIC,SETSRC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 " -n get 10.10.0.1
  _solaris 3 "10.99.0.1: not in table" get 10.99.0.1
  _solaris 3 "default: not in table" get default
  ip route add default via 172.16.3.200
  assert_match "$($ROUTE -n get default)" $'destination: default\n       mask: default\n    gateway: 172.16.3.200'
  assert_match "$($ROUTE -n get -inet6 2001:db8::7)" $'destination: 2001:db8::\n       mask: ffff:ffff:ffff:ffff::'
  echo "172.16.3.200 router" >>/etc/hosts
  assert_match "$($ROUTE get 10.9.1.1)" $'\n    gateway: router\n'
}

t_flush() {
  _setup
  ip route add 10.9.0.0/16 via 172.16.3.200
  ip route add default via 172.16.3.201
  ip route add 10.10.0.0/16 dev eth0
  ip route add unreachable 10.11.0.0/16
  ip route add 10.12.0.0/16 via 172.16.3.200 table 100
  ip -6 route add 2001:db8:1::/48 via 2001:db8::99
  _solaris 0 "default              172.16.3.201         done
10.9                 172.16.3.200         done" -n flush
  assert_eq "$(ip -j route show table main | jq -c '[.[].dst]')" '["10.10.0.0/16","10.11.0.0/16","172.16.0.0/16"]'
  [ -n "$(ip -j route show table 100)" ] || fail "flush went beyond the main table"
  [ -n "$(ip -j -6 route show 2001:db8:1::/48)" ] || fail "an IPv4 flush removed an IPv6 route"
  _solaris 0 "2001:db8:1::         2001:db8::99         done" -n flush -inet6
  ip route add 10.9.0.0/16 via 172.16.3.200
  _solaris 0 "" -f -q
  [ -z "$(_route_json 10.9.0.0/16)" ] || fail "-f did not flush"
  ip route add 10.9.0.0/16 via 172.16.3.200
  _solaris 0 "10.9                 172.16.3.200         done
add net 10.8.0.0/16: gateway 172.16.3.202" -nf add 10.8.0.0/16 172.16.3.202
  assert_eq "$(ip -j route show table main | jq -c '[.[] | select(.gateway) | .dst]')" '["10.8.0.0/16"]'
}

t_persistent_routes_and_boot() {
  _setup
  local file=/etc/inet/static_routes
  _solaris 0 "add net 10.9.0.0/16: gateway 172.16.3.200
add persistent net 10.9.0.0/16: gateway 172.16.3.200" -p add -net 10.9.0.0/16 172.16.3.200
  _solaris 0 "add net default: gateway 2001:db8::fe
add persistent net default: gateway 2001:db8::fe" -p -f inet6 add default 2001:db8::fe
  # Already in the kernel: still recorded, as illumos does.
  ip route add 10.10.0.0/16 via 172.16.3.201
  _solaris 0 "add net 10.10.0.0/16: gateway 172.16.3.201: entry exists
add persistent net 10.10.0.0/16: gateway 172.16.3.201" -p add 10.10.0.0/16 172.16.3.201
  assert_eq "$(cat $file)" "# File generated by route (solnet) - do not edit.
-net 10.9.0.0/16 172.16.3.200
-inet6 default 2001:db8::fe
10.10.0.0/16 172.16.3.201"
  $ROUTE -p add -net 10.9.0.0/16 172.16.3.200 >/run/out 2>/run/err && fail "a second -p add succeeded"
  assert_eq "$(cat /run/err)" "add persistent net 10.9.0.0/16: gateway 172.16.3.200: entry exists"
  _solaris 0 "persistent: route add -net 10.9.0.0/16 172.16.3.200
persistent: route add 10.10.0.0/16 172.16.3.201
persistent: route add -inet6 default 2001:db8::fe" -p show
  _solaris 0 "persistent: route add 10.10.0.0/16 172.16.3.201" -p -R / get 10.10.0.0/16
  # -R DIR (an existing directory): the file under DIR alone, the kernel
  # untouched.
  mkdir /run/altroot
  _solaris 0 "add persistent net 10.20.0.0/16: gateway 172.16.3.209" -p -R /run/altroot add 10.20.0.0/16 172.16.3.209
  [ -z "$(_route_json 10.20.0.0/16)" ] || fail "-R changed the kernel"
  assert_eq "$(tail -n 1 /run/altroot/etc/inet/static_routes)" "10.20.0.0/16 172.16.3.209"

  # The boot script's command (README.md) puts every route back.
  $ROUTE -q flush
  $ROUTE -q flush -inet6
  sed -e '/^[[:space:]]*#/d' -e '/^[[:space:]]*$/d' /etc/inet/static_routes |
    while read -r words; do $ROUTE -q add $words; done
  assert_eq "$(_route_json 10.9.0.0/16 | jq -c '.gateway')" '"172.16.3.200"'
  assert_eq "$(_route_json 10.10.0.0/16 | jq -c '.gateway')" '"172.16.3.201"'
  assert_eq "$(ip -j -6 route show default | jq -c '.[0].gateway')" '"2001:db8::fe"'

  _solaris 0 "delete net 10.9.0.0/16: gateway 172.16.3.200
delete persistent net 10.9.0.0/16: gateway 172.16.3.200" -p delete -net 10.9.0.0/16 172.16.3.200
  _solaris 0 "10.10                172.16.3.201         done
delete persistent net 10.10.0.0/16: gateway 172.16.3.201" -n -p flush
  _solaris 0 "persistent: route add -inet6 default 2001:db8::fe" -p show
  expect_error '^route: change command not supported with -p$' $ROUTE -p change 10.9.0.0/16 172.16.3.200
}

t_monitor_prints_changes() {
  _setup
  $ROUTE -n monitor >/run/monitor.out 2>&1 &
  local pid=$!
  track_pid $pid
  # A new route each time until the monitor has joined its groups.
  _monitor_sees_a_new_route() {
    ip route add "10.76.0.$((++_tries))" via 172.16.3.200
    grep -q ' 10.76.0.' /run/monitor.out
  }
  _tries=0
  wait_until 30 "the monitor printed nothing" _monitor_sees_a_new_route
  ip route add 10.77.0.0/16 via 172.16.3.200
  ip -6 route add 2001:db8:77::/48 via 2001:db8::99
  $ROUTE -q delete 10.77.0.0/16 172.16.3.200
  ip addr add 172.16.3.50/16 dev eth0 label eth0:5
  wait_until 30 "the monitor did not print the last change" grep -q 'eth0:5' /run/monitor.out
  kill $pid
  local out
  out=$(cat /run/monitor.out)
  assert_match "$out" $'RTM_(ADD|CHANGE): [^\n]*flags:<UP,GATEWAY,DONE,STATIC>\nlocks:  inits: \nsockaddrs: <DST,GATEWAY,NETMASK,IFP>\n 10.77.0.0 172.16.3.200 255.255.0.0 eth0\n' "route added"
  assert_match "$out" $'RTM_ADD: Add Route: [^\n]*\n[^\n]*\nsockaddrs: <DST,GATEWAY,NETMASK,IFP>\n 2001:db8:77:: 2001:db8::99 ffff:ffff:ffff:: eth0\n' "IPv6 route"
  assert_match "$out" $'RTM_DELETE: Delete Route: len [0-9]+, pid: [0-9]+, seq [0-9]+, errno 0, flags:<UP,GATEWAY,DONE,STATIC>\n' "route deleted"
  assert_match "$out" $'RTM_NEWADDR: address being brought up on iface: [^\n]*\nsockaddrs: <NETMASK,IFP,IFA>\n 255.255.0.0 eth0:5 172.16.3.50\n' "address"
  assert_match "$out" 'got message of size [0-9]+' "sizes"
}
