# ifconfig inet6: plumbing, addresses on physical and logical interfaces,
# stable units, down logical interfaces, deprecated, token, MTU; checked
# against `ip -j -6`, `ip token` and /proc/sys/net of the test's namespace.
source "$SOLNET_TESTS/ifconfig_inet6_lib.sh"

t_plumb_unplumb_is_disable_ipv6() {
  veth6 v0 v1
  $IFCONFIG v0 inet6 addif 2001:db8::5/64 up >/dev/null || fail "addif"
  $IFCONFIG v0 inet6 unplumb || fail "unplumb"
  assert_eq "$(conf6 v0 disable_ipv6)" 1
  assert_eq "$(v6_list v0)" ""
  expect_error '^ifconfig: v0: no such interface$' $IFCONFIG v0 inet6
  expect_error '^ifconfig: v0: no such interface$' $IFCONFIG v0 inet6 2001:db8::1/64
  [[ $($IFCONFIG -a6) == *"v0:"* ]] && fail "v0 still shown for IPv6"
  # IPv4 is left alone, and the other way round
  $IFCONFIG v0 10.0.0.1/24 up || fail "IPv4 on an IPv6-unplumbed link"
  $IFCONFIG v0 inet6 plumb || fail "plumb"
  assert_eq "$(conf6 v0 disable_ipv6)" 0
  assert_match "$($IFCONFIG v0 inet6)" $'\tinet6 fe80::[0-9a-f:]+/64\n'
  $IFCONFIG v0 inet6 plumb || fail "plumb twice is harmless"
  assert_eq "$(v4_field v0 10.0.0.1 prefixlen)" 24
}

t_display() {
  sysctl -qw net.ipv6.conf.default.accept_dad=0
  ip link add v0 address 02:00:00:00:00:01 type veth peer name v1
  ip link set v0 up
  ip link set v1 up
  wait_running v0
  ip -6 addr add 2001:db8::1/64 dev v0
  ip -6 addr add 2001:db8::9 peer 2001:db8::a dev v0
  settle  # v0's link-local address
  local idx out
  idx=$(link_field v0 ifindex)
  out=$($IFCONFIG v0 inet6)
  assert_eq "$out" "v0: flags=2000841<UP,RUNNING,MULTICAST,IPv6> mtu 1500 index $idx
	inet6 fe80::ff:fe00:1/64
	ether 2:0:0:0:0:1"
  assert_eq "$($IFCONFIG v0:1 inet6)" "v0:1: flags=2000841<UP,RUNNING,MULTICAST,IPv6> mtu 1500 index $idx
	inet6 2001:db8::1/64"
  assert_eq "$($IFCONFIG v0:2 inet6)" "v0:2: flags=2000851<UP,POINTOPOINT,RUNNING,MULTICAST,IPv6> mtu 1500 index $idx
	inet6 2001:db8::9/128 --> 2001:db8::a"
  # -a6: every IPv6 address of the namespace, and only IPv6
  local ours theirs
  ours=$($IFCONFIG -a6 --json | jq -c '[.interfaces[] | [.index, .address, .prefix_length, .destination, .family]] | sort')
  theirs=$(ip -j -6 addr | jq -c '[.[] | .ifindex as $i | .addr_info[] |
    [$i, .local, .prefixlen, (.address // null), "inet6"]] | sort')
  assert_eq "$ours" "$theirs" "-a6 against ip"
  $IFCONFIG -a6 --json >/run/a6.json
  validate_schema "$IFCONFIG_SCHEMA" /run/a6.json || fail "schema"
  assert_eq "$(jq -c '.interfaces[] | select(.name == "v0:1") | [.family, .netmask, .broadcast, .label, .labelled]' \
    /run/a6.json)" '["inet6","ffff:ffff:ffff:ffff::",null,null,false]'
}

t_addresses_on_physical_and_logical_interfaces() {
  veth6 v0 v1
  $IFCONFIG v0:2 inet6 2001:db8::2/64 up || fail "v0:2"
  assert_eq "$(v6 v0 2001:db8::2 | jq -r .prefixlen)" 64
  assert_eq "$($IFCONFIG v0 inet6 addif 2001:db8::3/64 up)" "Created new logical interface v0:1"
  assert_eq "$($IFCONFIG v0 inet6 addif 2001:db8::4)" "Created new logical interface v0:3"
  # addif without up: kept down in the store, not in the kernel
  assert_eq "$(v6 v0 2001:db8::4)" ""
  assert_eq "$(units6 v0 | tail -1)" "3 2001:db8::4/64 down"
  $IFCONFIG v0:3 inet6 up || fail "up"
  assert_eq "$(v6 v0 2001:db8::4 | jq -r .prefixlen)" 64
  $IFCONFIG v0 inet6 removeif 2001:db8::3 || fail "removeif"
  assert_eq "$(v6 v0 2001:db8::3)" ""
  expect_error '^ifconfig: removeif 2001:db8::99: no such address on v0$' $IFCONFIG v0 inet6 removeif 2001:db8::99
  # the physical interface's address replaces the link-local, as on Solaris
  $IFCONFIG v0 inet6 fe80::1/64 || fail "physical"
  assert_eq "$(v6_list v0)" "2001:db8::2/64
2001:db8::4/64
fe80::1/64"
  assert_match "$($IFCONFIG v0 inet6)" $'\tinet6 fe80::1/64\n'
  # a point-to-point destination, then none
  $IFCONFIG v0:2 inet6 destination 2001:db8::99 || fail "destination"
  assert_eq "$(v6 v0 2001:db8::2 | jq -r .address)" 2001:db8::99
  $IFCONFIG v0:2 inet6 -pointopoint || fail "-pointopoint"
  assert_eq "$(v6 v0 2001:db8::2 | jq -r '.address // "none"')" none
  # set: an address without up
  $IFCONFIG v0:7 inet6 set 2001:db8::7/80 || fail "set"
  assert_eq "$(v6 v0 2001:db8::7)" ""
  assert_eq "$(units6 v0 | grep '^7 ')" "7 2001:db8::7/80 down"
  # subnet: the prefix length of a subnet that holds the address
  $IFCONFIG v0:2 inet6 subnet 2001:db8::/48 || fail "subnet"
  assert_eq "$(v6 v0 2001:db8::2 | jq -r .prefixlen)" 48
  expect_error '^ifconfig: subnet 2001:db9::/48: does not hold 2001:db8::2$' $IFCONFIG v0:2 inet6 subnet 2001:db9::/48
}

t_net_tools_forms() {
  veth6 v0 v1
  $IFCONFIG v0 inet6 add 2001:db8::1/64 || fail "inet6 add"
  $IFCONFIG v0 add 2001:db8::2 || fail "add without inet6, as net-tools takes it"
  assert_eq "$(v6_list v0 | grep 2001)" "2001:db8::1/64
2001:db8::2/128"
  $IFCONFIG v0 inet6 del 2001:db8::1/64 || fail "del"
  $IFCONFIG v0 del 2001:db8::2 || fail "del without inet6"
  assert_eq "$(v6_list v0 | grep -c 2001)" 0
}

t_units_stay_across_runs() {
  veth6 v0 v1
  ip -6 addr add 2001:db8::a/64 dev v0
  ip -6 addr add 2001:db8::b/64 dev v0
  # ip lists the newest first; units follow the order of creation
  assert_eq "$(units6 v0)" "- $(v6_list v0 | grep fe80)
1 2001:db8::a/64
2 2001:db8::b/64"
  # the first change pins them
  $IFCONFIG v0 inet6 addif 2001:db8::c/64 up >/dev/null || fail "addif"
  ip -6 addr del 2001:db8::a/64 dev v0
  ip -6 addr add 2001:db8::d/64 dev v0
  assert_eq "$(units6 v0 | tail -n +2)" "1 2001:db8::d/64
2 2001:db8::b/64
3 2001:db8::c/64"
  # and the next keeps the newcomer's
  $IFCONFIG v0:2 inet6 metric 7 || fail "metric"
  ip -6 addr del 2001:db8::b/64 dev v0
  ip -6 addr add 2001:db8::e/64 dev v0
  assert_eq "$(units6 v0 | tail -n +2)" "1 2001:db8::d/64
2 2001:db8::e/64
3 2001:db8::c/64"
  # anyone sees the same units
  assert_eq "$(as_nobody $IFCONFIG -a6)" "$($IFCONFIG -a6)"
  jq -e '.links[] | select(.name == "v0") | .lifs | map(select(.family == "inet6")) | length == 3' $STORE >/dev/null ||
    fail "store: $(cat $STORE)"
}

t_down_logical_interfaces_are_kept() {
  veth6 v0 v1
  $IFCONFIG v0:4 inet6 2001:db8::4/64 metric 9 up || fail "v0:4"
  $IFCONFIG v0:4 inet6 deprecated down || fail "down"
  assert_eq "$(v6 v0 2001:db8::4)" ""
  assert_eq "$($IFCONFIG v0:4 inet6 --json | jq -c '.interfaces[0] | [.address, .prefix_length, .up, .in_kernel,
    .metric, (.flags.names | index("DEPRECATED") != null)]')" '["2001:db8::4",64,false,false,9,true]'
  $IFCONFIG v0:4 inet6 up || fail "up"
  assert_eq "$(v6 v0 2001:db8::4 | jq -c '[.prefixlen, .metric, .deprecated, .preferred_life_time]')" '[64,9,true,0]'
  # 0 down deletes it for good
  $IFCONFIG v0:4 inet6 0 down || fail "0 down"
  assert_eq "$(v6 v0 2001:db8::4)" ""
  expect_error '^ifconfig: v0:4: no such interface$' $IFCONFIG v0:4 inet6
}

t_deprecated() {
  veth6 v0 v1
  ip -6 addr add 2001:db8::1/64 dev v0
  $IFCONFIG v0:1 inet6 deprecated || fail "deprecated"
  assert_eq "$(v6 v0 2001:db8::1 | jq -c '[.deprecated, .preferred_life_time, .valid_life_time]')" '[true,0,4294967295]'
  assert_match "$($IFCONFIG v0:1 inet6)" "<UP,RUNNING,MULTICAST,DEPRECATED,IPv6>"
  $IFCONFIG v0:1 inet6 -deprecated || fail "-deprecated"
  assert_eq "$(v6 v0 2001:db8::1 | jq -c '[.deprecated // false, .preferred_life_time]')" '[false,4294967295]'
  # an address with lifetimes keeps its valid one
  ip -6 addr add 2001:db8::2/64 dev v0 valid_lft 3600 preferred_lft 1800
  $IFCONFIG v0:2 inet6 deprecated || fail "deprecated with lifetimes"
  v6 v0 2001:db8::2 | jq -e '.preferred_life_time == 0 and .valid_life_time > 3500' >/dev/null ||
    fail "lifetimes: $(v6 v0 2001:db8::2)"
  expect_error '^ifconfig: deprecated: not supported for inet$' $IFCONFIG v0 deprecated
}

t_token() {
  veth6 v0 v1
  $IFCONFIG v0 inet6 token ::1:2:3:4/64 || fail "token"
  assert_eq "$(ip token get dev v0)" "token ::1:2:3:4 dev v0"
  assert_match "$($IFCONFIG v0 inet6 configinfo)" " token ::1:2:3:4/64 "
  $IFCONFIG v0 inet6 token ::/64 || fail "clear"
  assert_eq "$(ip token get dev v0)" "token :: dev v0"
  # what Linux requires, said by the kernel
  expect_error '^ifconfig: lo: cannot set token ::5/64: Invalid argument: ipv6: Device is loopback$' \
    $IFCONFIG lo inet6 token ::5/64
  sysctl -qw net.ipv6.conf.v0.accept_ra=0
  expect_error '^ifconfig: v0: cannot set token ::5/64: Invalid argument: ipv6: Router advertisement is disabled on device$' \
    $IFCONFIG v0 inet6 token ::5/64
  sysctl -qw net.ipv6.conf.v0.accept_ra=1
  sysctl -qw net.ipv6.conf.v0.forwarding=1
  expect_error 'Router advertisement is disabled on device$' $IFCONFIG v0 inet6 token ::5/64
  # so ifconfig turns forwarding off before it sets a token, on after
  $IFCONFIG v0 inet6 token ::5/64 -router || fail "-router then token"
  $IFCONFIG v0 inet6 -router token ::6/64 || fail "token"
  $IFCONFIG v0 inet6 token ::7/64 router || fail "token then router"
  assert_eq "$(ip token get dev v0) $(conf6 v0 forwarding)" "token ::7 dev v0 1"
  expect_error '^ifconfig: v0:1: token applies to physical interfaces only$' $IFCONFIG v0:1 inet6 token ::5/64
}

t_mtu() {
  veth6 v0 v1
  $IFCONFIG v0 inet6 mtu 1280 || fail "mtu 1280"
  assert_eq "$(conf6 v0 mtu)" 1280
  assert_eq "$(link_field v0 mtu)" 1500
  assert_match "$($IFCONFIG v0 inet6)" " mtu 1280 "
  assert_match "$($IFCONFIG v0 inet)" " mtu 1500 "
  expect_error '^ifconfig: mtu 1279: must be at least 1280$' $IFCONFIG v0 inet6 mtu 1279
  expect_error "^ifconfig: v0: inet6 mtu 1600: more than the link's mtu 1500$" $IFCONFIG v0 inet6 mtu 1600
  assert_eq "$(conf6 v0 mtu)" 1280
}

t_down_keeps_ipv6_addresses() {
  veth6 v0 v1
  $IFCONFIG v0:1 inet6 2001:db8::1/64 up || fail "address"
  $IFCONFIG v0 inet6 down || fail "down"
  assert_eq "$(conf6 v0 keep_addr_on_down)" 1
  assert_eq "$(v6 v0 2001:db8::1 | jq -r .prefixlen)" 64
  $IFCONFIG v0 inet6 up || fail "up"
  # an inet down keeps them too
  $IFCONFIG v0 down || fail "inet down"
  $IFCONFIG v0 up || fail "inet up"
  assert_eq "$(v6 v0 2001:db8::1 | jq -r .prefixlen)" 64
  assert_eq "$(units6 v0 | tail -1)" "1 2001:db8::1/64"
  # net-tools, the reference, loses them
  ip -6 addr add 2001:db8::2/64 dev v1
  sysctl -qw net.ipv6.conf.v1.keep_addr_on_down=0
  $NT_IFCONFIG v1 down || fail "net-tools down"
  assert_eq "$(v6 v1 2001:db8::2)" ""
}
