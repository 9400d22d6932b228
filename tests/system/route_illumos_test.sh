# The route(8) forms of the illumos manual page beyond the common ones:
# each reaches the kernel as the page says (checked with ip -j), or is
# refused with "not supported on this system (why)", changing nothing.
source "$SOLNET_TESTS/route_lib.sh"

_setup() {
  _route_files_only
  _route_links ""
}

_route_json() { ip -j -d "${2:--4}" route show table main | jq -c --arg d "$1" '.[] | select(.dst == $d)'; }

# _refused WORD ARGS...: route ARGS fails with WORD's refusal, exit 1, and
# the kernel's routes are as they were.
_refused() {
  local word=$1 before
  shift
  before=$(_route_state "")
  expect_error "^route: $word: not supported on this system \(.+\)$" "$ROUTE" "$@"
  local rc=0
  "$ROUTE" "$@" >/dev/null 2>&1 || rc=$?
  assert_eq "$rc" 1 "exit status of route $*"
  assert_eq "$(_route_state "")" "$before" "route $* changed the kernel"
}

# route(8): "Specify the table to flush by placing the inet or inet6
# modifier immediately after the -f option."
t_flush_table_after_f() {
  _setup
  ip route add 10.9.0.0/16 via 172.16.3.200
  ip -6 route add 2001:db8:1::/48 via 2001:db8::99
  assert_eq "$($ROUTE -n -f -inet6)" "2001:db8:1::         2001:db8::99         done"
  [ -z "$(_route_json 2001:db8:1::/48 -6)" ] || fail "-f -inet6 left the IPv6 gateway route"
  [ -n "$(_route_json 10.9.0.0/16)" ] || fail "-f -inet6 flushed IPv4"
  ip -6 route add 2001:db8:1::/48 via 2001:db8::99
  assert_eq "$($ROUTE -n -f -inet add 10.8.0.0/16 172.16.3.202)" "10.9                 172.16.3.200         done
add net 10.8.0.0/16: gateway 172.16.3.202"
  [ -n "$(_route_json 2001:db8:1::/48 -6)" ] || fail "-f -inet flushed IPv6"
  assert_eq "$(_route_json 10.8.0.0/16 | jq -c '[.gateway, .protocol]')" '["172.16.3.202","static"]'
}

# route(8)'s table: "-net 128.32" is 128.32.0.0, "128.32" the host
# 128.0.0.32; "If a subnet mask is not specified ... the classful network
# mask for the destination address is used."
t_short_network_numbers() {
  _setup
  assert_eq "$($ROUTE add -net 128.32 172.16.3.200)" "add net 128.32: gateway 172.16.3.200"
  assert_eq "$(_route_json 128.32.0.0/16 | jq -c '[.gateway, .protocol]')" '["172.16.3.200","static"]'
  assert_eq "$($ROUTE add -net 10 172.16.3.200)" "add net 10: gateway 172.16.3.200"
  [ -n "$(_route_json 10.0.0.0/8)" ] || fail "-net 10 is 10.0.0.0/8"
  assert_eq "$($ROUTE add -net 128.32.130 172.16.3.200)" "add net 128.32.130: gateway 172.16.3.200"
  [ -n "$(_route_json 128.32.130.0/24)" ] || fail "-net 128.32.130 is 128.32.130.0/24"
  assert_eq "$($ROUTE add 128.32 172.16.3.200)" "add host 128.32: gateway 172.16.3.200"
  [ -n "$(_route_json 128.0.0.32)" ] || fail "128.32 is the host 128.0.0.32"
  assert_eq "$($ROUTE delete -net 128.32 172.16.3.200)" "delete net 128.32: gateway 172.16.3.200"
  [ -z "$(_route_json 128.32.0.0/16)" ] || fail "delete -net 128.32"
  local before
  before=$(_route_state "")
  expect_error '^route: 128\.32\.x: bad value$' "$ROUTE" add -net 128.32.x 172.16.3.200
  assert_eq "$(_route_state "")" "$before" "a bad network changed the kernel"
}

# route(8): "-cloning RTF_CLONING", "-xresolve": illumos takes them for
# compatibility; Linux routes need neither.
t_compat_flags_have_no_effect() {
  _setup
  $ROUTE -q add 10.9.0.0/16 172.16.3.200 -cloning -xresolve || fail "-cloning -xresolve"
  $ROUTE -q add 10.10.0.0/16 172.16.3.200 || fail "plain"
  assert_eq "$(_route_json 10.9.0.0/16 | jq -c 'del(.dst)')" "$(_route_json 10.10.0.0/16 | jq -c 'del(.dst)')"
}

# route(8): "The optional modifiers -rtt, -rttvar, -sendpipe, -recvpipe,
# -mtu, -hopcount, -expire, and -ssthresh provide initial values to
# quantities maintained in the routing entry by transport level protocols".
t_transport_metrics() {
  _setup
  $ROUTE -q add 10.9.0.0/16 172.16.3.200 -rtt 100000 -rttvar 50000 -ssthresh 14600 -recvpipe 65535 ||
    fail "metrics"
  # ip -j shows rtt and rttvar in ms, ssthresh in segments (14600 bytes of 1460)
  assert_eq "$(_route_json 10.9.0.0/16 | jq -c '.metrics[0] | [.rtt, .rttvar, .ssthresh, .window]')" '[100,50,10,65535]'
  $ROUTE -q add 10.10.0.0/16 172.16.3.200 -mtu 9000 -ssthresh 89600 -lock -rtt 8000 || fail "locked rtt"
  assert_eq "$(_route_json 10.10.0.0/16 | jq -c '.metrics[0] | [.mtu, .ssthresh]')" '[9000,10]'
  assert_match "$(ip -d route show 10.10.0.0/16)" ' rtt lock 8ms ' "-lock -rtt"
  $ROUTE -q add -inet6 2001:db8:7::/48 2001:db8::99 -ssthresh 14400 -rtt 1000 || fail "IPv6 metrics"
  assert_eq "$(_route_json 2001:db8:7::/48 -6 | jq -c '.metrics[0] | [.ssthresh, .rtt]')" '[10,1]'
  local before
  before=$(_route_state "")
  expect_error '^route: 1ms: bad value$' "$ROUTE" add 10.11.0.0/16 172.16.3.200 -rtt 1ms
  expect_error '^route: argument required following keyword -ssthresh$' "$ROUTE" add 10.11.0.0/16 172.16.3.200 -ssthresh
  expect_error '^route: -5: bad value$' "$ROUTE" add 10.11.0.0/16 172.16.3.200 -recvpipe -5
  assert_eq "$(_route_state "")" "$before" "bad metrics changed the kernel"
}

# route(8): "-expire Lifetime for the entry." Linux counts down IPv6
# routes (RTA_EXPIRES) only.
t_expire() {
  _setup
  # first, while no route counts down (the snapshot would move)
  _refused -expire add 10.9.0.0/16 172.16.3.200 -expire 300
  $ROUTE -q add -inet6 2001:db8:5::/48 2001:db8::99 -expire 300 || fail "-expire"
  local left
  left=$(_route_json 2001:db8:5::/48 -6 | jq '.expires')
  [ "$left" -gt 200 ] && [ "$left" -le 300 ] || fail "expires is $left"
  # Expired: the kernel no longer uses it (its garbage collector deletes it
  # later, on its own schedule).
  $ROUTE -q add -inet6 2001:db8:6::/48 2001:db8::99 -expire 1 || fail "-expire 1"
  wait_until 30 "the route did not expire" \
    bash -c 'ip -j -6 route show 2001:db8:6::/48 | jq -e "length == 0 or .[0].expires <= 0"'
  expect_error '^route: soon: bad value$' "$ROUTE" add -inet6 2001:db8:8::/48 2001:db8::99 -expire soon
}

# route(8): "You can distinguish a destination by preceding it with the
# -dst modifier."
t_dst() {
  _setup
  printf '10.1.1.1 net\n' >>/etc/hosts
  assert_eq "$($ROUTE add -dst net 172.16.3.200)" "add host net: gateway 172.16.3.200"
  assert_eq "$(_route_json 10.1.1.1 | jq -r .gateway)" "172.16.3.200" "-dst net is the host named net"
  assert_eq "$($ROUTE add 172.16.3.200 -dst 10.9.0.0/16)" "add net 10.9.0.0/16: gateway 172.16.3.200"
  assert_eq "$(_route_json 10.9.0.0/16 | jq -r .gateway)" "172.16.3.200"
  expect_error '^route: argument required following keyword -dst$' "$ROUTE" add 172.16.3.200 -dst
}

t_refused_modifiers() {
  _setup
  _refused -sendpipe add 10.9.0.0/16 172.16.3.200 -sendpipe 65535
  _refused -private add 10.9.0.0/16 172.16.3.200 -private
  _refused -multirt add 10.9.0.0/16 172.16.3.200 -multirt
  _refused -proto1 add 10.9.0.0/16 172.16.3.200 -proto1
  _refused -proto2 add 10.9.0.0/16 172.16.3.200 -proto2
  _refused -secattr add 10.9.0.0/16 172.16.3.200 -secattr sl=0x0,doi=1
  _refused -z -z global add 10.9.0.0/16 172.16.3.200
  _refused -z -z global flush
}
