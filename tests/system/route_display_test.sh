# route's tables byte for byte against net-tools' on the same kernel state.
source "$SOLNET_TESTS/route_lib.sh"

# Every kind of row /proc/net/route and /proc/net/ipv6_route can hold.
_varied_state() {
  _route_files_only
  _route_links ""
  ip route add 10.9.0.0/16 via 172.16.3.200
  ip route add 10.10.0.0/16 via 172.16.3.200 metric 5
  ip route add 10.11.0.0/16 via 172.16.3.200 metric 4294941760
  ip route add 10.12.0.0/16 dev eth0 advmss 1360 window 4096 rtt 30ms
  ip route add 10.13.0.0/16 dev eth0 mtu 1400 hoplimit 5
  ip route add unreachable 10.14.0.0/16
  ip route add prohibit 10.15.0.0/16
  ip route add blackhole 10.16.0.0/16
  ip route add throw 10.17.0.0/16
  ip route add local 10.18.0.1 dev eth0 table main
  ip route add broadcast 10.19.0.0/16 dev eth0 table main
  ip route add multicast 224.1.0.0/16 dev eth0 table main
  ip route add 10.20.0.0/16 nexthop via 172.16.3.201 nexthop via 172.16.3.202
  ip nexthop add id 7 via 172.16.3.203 dev eth0
  ip route add 10.21.0.0/16 nhid 7
  ip route add 10.22.0.1 dev eth0 src 172.16.3.10
  ip route add 10.23.0.0/16 dev eth0 table 100
  ip route add 0.0.0.0/1 via 172.16.3.204
  ip route add 169.254.0.0/16 dev eth0
  ip route add default via 172.16.3.200
  ip link set eth1 up
  ip addr add 192.168.50.1/24 dev eth1
  ip route add 192.168.60.0/24 dev eth1 metric 9
  ip link set eth1 down
  ip -6 route add 2001:db8:1::/64 via 2001:db8::99
  ip -6 route add 2001:db8:2::/64 dev eth0 metric 7 table 100
  ip -6 route add blackhole 2001:db8:3::/64
  ip -6 route add prohibit 2001:db8:4::/64
  ip -6 route add 2001:db8:5::/64 nexthop via fe80::1 dev eth0 nexthop via fe80::2 dev eth0
  ip -6 route add ::ffff:10.1.2.0/120 dev eth0
  $NT_ROUTE -A inet6 add 2001:db8:6::1/128 dev eth0 mod dyn
  cat >>/etc/hosts <<'HOSTS'
172.16.3.200 router.example
172.16.3.201 a-very-long-host-name.example
10.22.0.1 pinned
2001:db8::99 router6
HOSTS
  cat >>/etc/networks <<'NETS'
nine 10.9.0.0
lab-network-name 10.12.0.0
NETS
  settle  # both commands of a comparison read the same table
}

_compare() {
  local ours theirs
  ours=$($ROUTE "$@") || fail "route $* failed"
  theirs=$($NT_ROUTE "$@") || fail "net-tools route $* failed"
  [ "$ours" = "$theirs" ] || fail "route $* differs from net-tools:
$(diff <(echo "$theirs") <(echo "$ours"))"
}

t_tables_match_net_tools() {
  _varied_state
  local args
  for args in "" "-n" "-e" "-ee" "-n -e" "-n -ee" "-eee" "-eeee -n" "-N" "-F" "-v -n" "-A inet" "-4 -n" \
              "-A inet6" "-A inet6 -n" "-6" "--inet6 -n" "-A inet6 -e -n" "-A inet,inet6 -n" "-A inet6,inet"; do
    # shellcheck disable=SC2086
    _compare $args
  done
}

t_tables_match_on_a_fresh_namespace() {
  _route_files_only
  _compare -n
  _compare
  _compare -A inet6
}

t_display_needs_no_privilege() {
  _varied_state
  local as_root as_nobody
  as_root=$($ROUTE -n -ee)
  as_nobody=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$ROUTE" -n -ee) || fail "non-root display"
  assert_eq "$as_nobody" "$as_root"
  setpriv --reuid=65534 --regid=65534 --clear-groups "$ROUTE" --json >/dev/null || fail "non-root JSON"
}

t_json_matches_schema_and_ip() {
  _varied_state
  $ROUTE --json >/run/v4.json || fail "route --json"
  validate_schema "$ROUTE_SCHEMA" /run/v4.json || fail "schema (inet)"
  $ROUTE -A inet6 -j >/run/v6.json || fail "route -A inet6 -j"
  validate_schema "$ROUTE_SCHEMA" /run/v6.json || fail "schema (inet6)"
  $ROUTE get 10.22.0.1 --json >/run/get.json || fail "route get --json"
  validate_schema "$ROUTE_SCHEMA" /run/get.json || fail "schema (get)"
  # The IPv4 rows are the main table's, without broadcast and multicast.
  local ours theirs
  ours=$(jq -c '[.routes[] | [.destination, .prefix_length, .gateway, .interface, .metric, .type, .protocol]]' /run/v4.json)
  theirs=$(ip -j route show table main | jq -c '[.[] | select(.type != "broadcast" and .type != "multicast")
            | [(if .dst == "default" then "0.0.0.0" else (.dst | split("/")[0]) end),
               (if .dst == "default" then 0 elif (.dst | contains("/")) then (.dst | split("/")[1] | tonumber) else 32 end),
               (.gateway // .nexthops[0].gateway // null), (.dev // .nexthops[0].dev // null), (.metric // 0),
               (.type // "unicast"), (.protocol // "boot")]]')
  assert_eq "$ours" "$theirs" "IPv4 routes"
  ours=$(jq -c '[.routes[] | [.destination, .prefix_length, .table, .type]]' /run/v6.json)
  theirs=$(ip -j -6 route show table all | jq -c '[.[] | [(if .dst == "default" then "::" else (.dst | split("/")[0]) end),
            (if .dst == "default" then 0 elif (.dst | contains("/")) then (.dst | split("/")[1] | tonumber) else 128 end),
            ({"main": 254, "local": 255}[.table // "main"] // (.table | tonumber)), (.type // "unicast")]]')
  assert_eq "$ours" "$theirs" "IPv6 routes"
  # A source that is a labelled address names its logical interface.
  assert_eq "$(jq -c '.routes[] | select(.destination == "10.22.0.1") | [.preferred_source, .logical_interface]' /run/v4.json)" \
    '["172.16.3.10","eth0:0"]'
  assert_eq "$(jq -c '.routes[] | select(.destination == "10.20.0.0") | .nexthops | map(.gateway)' /run/v4.json)" \
    '["172.16.3.201","172.16.3.202"]'
}
