# ifconfig display: text and JSON against the kernel as `ip -j` reads it.

# v0 (fixed MAC) with a primary, two labelled aliases, one unlabelled
# address and an IPv6 address; br9 down.
_aliases() {
  veth v0 v1
  ip link set v0 address 02:00:00:00:00:01
  ip link add br9 type bridge
  ip addr add 10.0.0.1/24 brd + dev v0
  ip addr add 10.0.0.2/24 brd + label v0:1 dev v0
  ip addr add 10.0.0.10/24 brd + label v0:10 dev v0
  ip addr add 10.0.0.3/24 dev v0
  ip addr add 2001:db8::1/64 dev v0 nodad
  settle  # the link-local addresses come after the links are up
}

t_text_stanzas() {
  _aliases
  local idx
  idx=$(ip -j link show v0 | jq '.[0].ifindex')
  assert_eq "$($IFCONFIG v0 inet)" "v0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index $idx
	inet 10.0.0.1 netmask ffffff00 broadcast 10.0.0.255
	ether 2:0:0:0:0:1"
  assert_eq "$($IFCONFIG v0:1 inet)" "v0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index $idx
	inet 10.0.0.2 netmask ffffff00 broadcast 10.0.0.255"
  # the unlabelled address takes the lowest free unit
  assert_eq "$($IFCONFIG v0:2 inet)" "v0:2: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index $idx
	inet 10.0.0.3 netmask ffffff00"
  # IPv4 and IPv6 logical units are numbered apart, as on Solaris; the
  # link-local address is the physical interface's own
  assert_eq "$($IFCONFIG v0:1 inet6 | sed -n 2p)" "	inet6 2001:db8::1/64"
  assert_match "$($IFCONFIG v0 inet6 | sed -n 2p)" $'^\tinet6 fe80::[0-9a-f:]+/64$'
  # SunOS ifconfig(1M): "If no address family is specified, inet is
  # assumed": a name alone shows its IPv4 stanza only
  assert_eq "$($IFCONFIG v0:1 | grep -c flags=)" 1 "IF:N shows IPv4 only"
  assert_eq "$($IFCONFIG v0:1)" "$($IFCONFIG v0:1 inet)" "IF:N is IF:N inet"
}

t_all_sorted_by_index_then_unit() {
  _aliases
  local names
  names=$($IFCONFIG -a4 | grep -v '^\s' | sed 's/: flags=.*//' | tr '\n' ' ')
  assert_eq "$names" "lo v1 v0 v0:1 v0:2 v0:10 br9 "
  # IPv4 stanzas come before IPv6 ones
  local fams
  fams=$($IFCONFIG -a | grep -o 'IPv[46]>' | uniq | tr '\n' ' ')
  assert_eq "$fams" "IPv4> IPv6> "
}

t_every_address_matches_ip() {
  _aliases
  ip link add br0 type bridge
  ip addr add 192.168.7.1/24 dev br0
  ip tuntap add tap0 mode tap
  ip addr add 172.16.9.1/16 brd 172.16.255.255 label tap0:3 dev tap0
  local ours theirs
  ours=$($IFCONFIG -a4 --json | jq -c '[.interfaces[] | select(.address != null) | [.index, .address, .prefix_length, .broadcast, .label]] | sort')
  theirs=$(ip -j -4 addr | jq -c '[.[] | .ifindex as $i | .addr_info[] | [$i, .local, .prefixlen, .broadcast, .label]] | sort')
  assert_eq "$ours" "$theirs" "IPv4 addresses"
  ours=$($IFCONFIG -a6 --json | jq -c '[.interfaces[] | select(.address != null) | [.index, .address, .prefix_length]] | sort')
  theirs=$(ip -j -6 addr | jq -c '[.[] | .ifindex as $i | .addr_info[] | [$i, .local, .prefixlen]] | sort')
  assert_eq "$ours" "$theirs" "IPv6 addresses"
  # link facts: mtu, up, ether of every physical interface
  ours=$($IFCONFIG -a4 --json | jq -c '[.interfaces[] | select(.unit == null) | [.physical, .index, .mtu, .up, .ether]] | sort')
  theirs=$(ip -j link | jq -c '[.[] | [.ifname, .ifindex, .mtu, (.flags | index("UP") != null), (if .link_type == "ether" then .address else null end)]] | sort')
  assert_eq "$ours" "$theirs" "links"
}

t_json_matches_schema() {
  _aliases
  $IFCONFIG -a --json >/run/all.json || fail "ifconfig -a --json"
  validate_schema "$IFCONFIG_SCHEMA" /run/all.json || fail "schema"
  $IFCONFIG v0:1 -j >/run/one.json
  validate_schema "$IFCONFIG_SCHEMA" /run/one.json || fail "schema (one)"
  assert_eq "$(jq -c '.interfaces[0] | [.name, .unit, .labelled, .label]' /run/one.json)" '["v0:1",1,true,"v0:1"]'
  assert_eq "$($IFCONFIG v0:2 --json | jq -c '.interfaces[0] | [.name, .labelled, .label]')" '["v0:2",false,"v0"]'
}

t_selectors() {
  _aliases
  assert_eq "$($IFCONFIG -ad4 | grep -v '^\s' | cut -d: -f1)" "br9"
  assert_eq "$($IFCONFIG -au4 --json | jq -r '[.interfaces[].name] | join(" ")')" "lo v1 v0 v0:1 v0:2 v0:10"
  assert_eq "$($IFCONFIG -a inet6 --json | jq -r '[.interfaces[].family] | unique | join(" ")')" "inet6"
  assert_eq "$($IFCONFIG | md5sum)" "$($IFCONFIG -a | md5sum)" "no arguments is -a"
}

t_unknown_interface() {
  expect_error '^ifconfig: eth9: no such interface$' $IFCONFIG eth9
  # (as root, naming a missing logical interface allocates it)
  expect_error '^ifconfig: lo:4: no such interface$' setpriv --reuid=65534 --regid=65534 --clear-groups $IFCONFIG lo:4
  expect_error '^ifconfig: lo:x: bad logical unit$' $IFCONFIG lo:x
  expect_error '^ifconfig: abcdefghijklmnopq: interface name too long$' $IFCONFIG abcdefghijklmnopq
  expect_error '^ifconfig: -x: unknown option$' $IFCONFIG -x
}

t_long_names_print_whole() {
  veth abcdefghijklmno peer0
  ip addr add 10.3.0.1/24 dev abcdefghijklmno
  ip addr add 10.3.0.2/24 dev abcdefghijklmno
  local out
  out=$($IFCONFIG -a4 | grep '^abcdefghijklmno')
  assert_match "$out" $'^abcdefghijklmno: flags=[^\n]*\nabcdefghijklmno:1: flags=' "stanza names"
}

t_odd_names_stay_valid_json() {
  ip link add 'we"i\rd' type veth peer name 'p$x'
  $IFCONFIG -a --json | jq -e '.interfaces | map(.name) | index("we\"i\\rd") != null' >/dev/null ||
    fail "name with quote and backslash"
}

t_display_needs_no_privilege() {
  _aliases
  local as_root as_nobody
  as_root=$($IFCONFIG -a)
  as_nobody=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$IFCONFIG" -a) || fail "non-root display"
  assert_eq "$as_nobody" "$as_root"
}
