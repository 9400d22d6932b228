# Issue 18, item 3: a link named with an escape sequence (any user can make
# one in a user namespace) reaches no terminal raw: text output writes the
# byte as \x1b in every display form, route monitor included; JSON stays
# JSON. (ip -j prints such names raw, so these tests read no ip -j.)
source "$SOLNET_TESTS/hostile_lib.sh"

EVIL=$'e\x1b[31m'
ESCAPED='e\x1b[31m'

# The link, with IPv4 and IPv6 addresses, a route through a gateway and a
# neighbour, so that every table has a line naming it.
_evil_link() {
  ip link add "$EVIL" type veth peer name p1 || fail "cannot create the link"
  ip addr add 10.7.0.1/24 dev "$EVIL"
  ip -6 addr add 2001:db8:7::1/64 dev "$EVIL" nodad
  ip link set "$EVIL" up
  ip link set p1 up
  ip neigh add 10.7.0.2 lladdr 02:00:00:00:00:02 dev "$EVIL" nud permanent
  ip route add 10.8.0.0/16 via 10.7.0.2 dev "$EVIL"
}

# unescaped FILE WHAT: nothing when FILE names the link escaped and has no
# ESC byte, else why not.
unescaped() {
  if grep -q $'\x1b' "$1"; then
    echo "$2 printed the ESC byte raw: $(grep $'\x1b' "$1" | head -n 1 | cat -v)"
  elif ! grep -qF -- "$ESCAPED" "$1"; then
    echo "$2 does not name the link as $ESCAPED: $(head -n 5 "$1" | cat -v)"
  fi
}

escaped() {
  local why
  why=$(unescaped "$@")
  [ -z "$why" ] || fail "$why"
}

t_displays_escape_link_names() {
  _evil_link
  local cmd
  local displays=(
    "$IFCONFIG -a" "$IFCONFIG -a4" "$IFCONFIG -a6" "$IFCONFIG -au" "$IFCONFIG -a configinfo"
    "$ROUTE -n" "$ROUTE -ne" "$ROUTE -nee" "$ROUTE -A inet6" "$ROUTE -n -A inet6"
    "$ROUTE get 10.8.0.1" "$ROUTE -n get 10.8.0.1" "$ROUTE -n get -inet6 2001:db8:7::2"
    "$ARP -a" "$ARP -an" "$ARP -e" "$ARP -n" "$ARP -v"
  )
  local failures=()
  for cmd in "${displays[@]}"; do
    # shellcheck disable=SC2086
    ok_within $cmd
    failures+=("$(unescaped /run/out "${cmd##*/}")")
    # shellcheck disable=SC2086
    ok_within "${NOBODY[@]}" $cmd
    failures+=("$(unescaped /run/out "${cmd##*/} as nobody")")
  done
  # The name given on the command line comes back the same way.
  ok_within $ARP -i "$EVIL"
  failures+=("$(unescaped /run/out "arp -i NAME")")
  local report
  report=$(printf '%s\n' "${failures[@]}" | grep .) && fail "$(echo; echo "$report")"
  return 0
}

# route monitor, killed by its pid once it has printed a change of the link.
t_route_monitor_escapes_link_names() {
  _evil_link
  $ROUTE -n monitor >/run/monitor.out 2>&1 &
  local pid=$! i
  track_pid $pid
  # a new route each time until the monitor has joined its groups
  for i in $(seq 50); do
    ip route add "10.76.0.$i" dev "$EVIL"
    grep -q ' 10\.76\.0\.' /run/monitor.out && break
    sleep 0.1
  done
  ip addr add 10.7.0.9/24 dev "$EVIL"
  for _ in $(seq 50); do grep -q '10\.7\.0\.9' /run/monitor.out && break; sleep 0.1; done
  kill $pid
  wait $pid 2>/dev/null
  grep -q '10\.7\.0\.9' /run/monitor.out || fail "the monitor missed the address: $(cat -v /run/monitor.out)"
  escaped /run/monitor.out "route monitor"
}

# JSON is left as it is: the name, escaped as JSON escapes it.
t_json_keeps_the_name() {
  _evil_link
  ok_within $IFCONFIG -a --json
  assert_eq "$(jq -r --arg n "$EVIL" '[.interfaces[] | select(.name == $n)] | length > 0' /run/out)" true "ifconfig -a --json"
  grep -qF '\u001b' /run/out || fail "ifconfig --json: no \\u001b: $(cat -v /run/out)"
}
