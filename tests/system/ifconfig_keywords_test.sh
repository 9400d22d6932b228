# ifconfig configuration, keyword by keyword, checked against `ip -j`.
source "$SOLNET_TESTS/ifconfig_config_lib.sh"

_link() {
  ip link add v0 type veth peer name v1 || fail "veth"
  ip link set v1 up
}

t_address_brings_the_interface_up() {
  _link
  link_flag v0 UP && fail "v0 starts down"
  $IFCONFIG v0 192.168.4.5 netmask 255.255.255.0 || fail "set address"
  link_flag v0 UP || fail "setting an address brings the link up"
  assert_eq "$(v4_list v0)" "v0 192.168.4.5/24 192.168.4.255"
  # no netmask: the classful one, and its broadcast (SunOS and net-tools)
  $IFCONFIG v0 172.20.1.1 || fail "classful"
  assert_eq "$(v4_list v0)" "v0 172.20.1.1/16 172.20.255.255"
  $IFCONFIG v0 10.1.2.3/27 || fail "ADDR/LEN"
  assert_eq "$(v4_list v0)" "v0 10.1.2.3/27 10.1.2.31"
  # left to right: down after the address wins
  $IFCONFIG v0 10.1.2.3/27 down || fail "address down"
  link_flag v0 UP && fail "down after the address"
  assert_eq "$(v4_list v0)" "v0 10.1.2.3/27 10.1.2.31"
}

t_host_names_and_netmasks_database() {
  _link
  echo "10.77.3.4 boxname" >>/etc/hosts
  printf '# netmasks\n10.77.0.0\t255.255.0.0\n' >/etc/netmasks
  printf 'halfmask\t255.255.255.128\n' >>/etc/networks
  # the classic boot script line
  $IFCONFIG v0 "$(echo boxname)" netmask + broadcast + up || fail "boot script line"
  assert_eq "$(v4_list v0)" "v0 10.77.3.4/16 10.77.255.255"
  $IFCONFIG v0 netmask halfmask broadcast + || fail "networks(5) name"
  assert_eq "$(v4_list v0)" "v0 10.77.3.4/25 10.77.3.127"
  # no entry: the classful mask
  $IFCONFIG v0 192.168.9.9 netmask + || fail "classful netmask +"
  assert_eq "$(v4_list v0)" "v0 192.168.9.9/24 192.168.9.255"
}

t_netmask_forms_and_order() {
  _link
  $IFCONFIG v0 10.20.30.40 netmask 0xffffff00 || fail "hex"
  assert_eq "$(v4_field v0 10.20.30.40 prefixlen)" 24
  $IFCONFIG v0 10.20.30.40 netmask /20 || fail "/len"
  assert_eq "$(v4_field v0 10.20.30.40 prefixlen)" 20
  echo "10.20.0.0 255.255.0.0" >/etc/netmasks
  # an address in the command: the netmask applies when it is set
  $IFCONFIG v0 10.20.30.50 broadcast + netmask + || fail "address broadcast + netmask +"
  assert_eq "$(v4_list v0)" "v0 10.20.30.50/16 10.20.255.255"
  # no address: strictly left to right, as the man page warns
  $IFCONFIG v0 netmask 255.255.255.0 broadcast + || fail "reset"
  $IFCONFIG v0 broadcast + netmask + || fail "broadcast + netmask +"
  assert_eq "$(v4_list v0)" "v0 10.20.30.50/16 10.20.30.255"
  $IFCONFIG v0 netmask 255.255.255.0 || fail "reset"
  $IFCONFIG v0 netmask + broadcast + || fail "netmask + broadcast +"
  assert_eq "$(v4_list v0)" "v0 10.20.30.50/16 10.20.255.255"
}

t_broadcast() {
  _link
  $IFCONFIG v0 10.3.3.3/24 broadcast 10.3.3.128 || fail "broadcast ADDR"
  assert_eq "$(v4_field v0 10.3.3.3 broadcast)" 10.3.3.128
  $IFCONFIG v0 broadcast + || fail "broadcast +"
  assert_eq "$(v4_field v0 10.3.3.3 broadcast)" 10.3.3.255
  $IFCONFIG v0 -broadcast || fail "-broadcast"
  assert_eq "$(v4_field v0 10.3.3.3 broadcast)" ""
  assert_eq "$(v4_field v0 10.3.3.3 prefixlen)" 24
}

t_destination_and_pointopoint() {
  _link
  $IFCONFIG v0 10.9.0.1 10.9.0.2 netmask 255.255.255.255 || fail "dest address"
  assert_eq "$(v4 v0 10.9.0.1 | jq -r '.address')" 10.9.0.2
  assert_match "$($IFCONFIG v0 inet)" $'inet 10.9.0.1 --> 10.9.0.2 netmask ffffffff\n'
  $IFCONFIG v0 pointopoint 10.9.0.3 || fail "pointopoint"
  assert_eq "$(v4 v0 10.9.0.1 | jq -r '.address')" 10.9.0.3
  $IFCONFIG v0 -pointopoint || fail "-pointopoint"
  assert_eq "$(v4 v0 10.9.0.1 | jq -r '.address // "none"')" none
}

t_up_down() {
  _link
  $IFCONFIG v0 up || fail "up"
  link_flag v0 UP || fail "not up"
  $IFCONFIG v0 down || fail "down"
  link_flag v0 UP && fail "not down"
  return 0
}

t_metric() {
  _link
  $IFCONFIG v0 10.4.0.1/24 metric 7 || fail "metric"
  assert_eq "$(v4_field v0 10.4.0.1 metric)" 7
  assert_eq "$(ip -j route show dev v0 10.4.0.0/24 | jq -r '.[0].metric')" 7 "prefix route metric"
  assert_match "$($IFCONFIG v0 inet)" "metric 7 mtu"
  $IFCONFIG v0 metric 0 || fail "metric 0"
  assert_eq "$(v4_field v0 10.4.0.1 metric)" ""
}

t_mtu_txqueuelen() {
  _link
  $IFCONFIG v0 mtu 1280 txqueuelen 77 || fail "mtu txqueuelen"
  assert_eq "$(link_field v0 mtu)" 1280
  assert_eq "$(link_field v0 txqlen)" 77
  $IFCONFIG v0 mtu 68 || fail "mtu 68"
  assert_eq "$(link_field v0 mtu)" 68
}

t_link_flags() {
  _link
  $IFCONFIG v0 -arp -trailers promisc allmulti -multicast || fail "flags on"
  for f in NOARP NOTRAILERS PROMISC ALLMULTI; do link_flag v0 $f || fail "$f not set"; done
  link_flag v0 MULTICAST && fail "MULTICAST still set"
  $IFCONFIG v0 arp trailers -promisc -allmulti multicast || fail "flags off"
  for f in NOARP NOTRAILERS PROMISC ALLMULTI; do link_flag v0 $f && fail "$f still set"; done
  link_flag v0 MULTICAST || fail "MULTICAST not set"
}

t_private_is_kept_in_the_store() {
  _link
  $IFCONFIG v0 10.5.0.1/24 private || fail "private"
  assert_match "$($IFCONFIG v0 inet)" "PRIVATE"
  jq -e '.links[] | select(.name == "v0") | .flags4 == 32768' $STORE >/dev/null || fail "store flags"
  $IFCONFIG v0 addif 10.5.0.2/24 private up >/dev/null || fail "addif private"
  assert_match "$($IFCONFIG v0:1 inet)" "PRIVATE"
  $IFCONFIG v0 -private || fail "-private"
  [[ $($IFCONFIG v0 inet) == *PRIVATE* ]] && fail "still private"
  assert_match "$($IFCONFIG v0:1 inet)" "PRIVATE"
}

t_ether_and_hw_ether() {
  veth v0 v1
  local idx
  idx=$(link_field v0 ifindex)
  $IFCONFIG v0 ether aa:1:2:3:4:5 || fail "ether"
  assert_eq "$(link_field v0 address)" aa:01:02:03:04:05
  $IFCONFIG v0 hw ether 02:00:00:00:00:09 || fail "hw ether"
  assert_eq "$(link_field v0 address)" 02:00:00:00:00:09
  assert_eq "$($IFCONFIG v0 ether)" "v0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index $idx
	ether 2:0:0:0:0:9"
  assert_eq "$($IFCONFIG v0 ether --json | jq -r '.interfaces[0].ether')" 02:00:00:00:00:09
}

t_plumb_unplumb() {
  _link
  $IFCONFIG v0 10.6.0.1/24 up || fail "address"
  $IFCONFIG v0 addif 10.6.0.2/24 up >/dev/null || fail "addif"
  $IFCONFIG v0 addif 10.6.0.3/24 >/dev/null || fail "addif down"
  $IFCONFIG v0 unplumb || fail "unplumb"
  assert_eq "$(v4_list v0)" ""
  [[ $($IFCONFIG -a4) == *"v0:"* ]] && fail "v0 still shown for IPv4"
  link_flag v0 UP || fail "unplumb inet leaves the link (IPv6) alone"
  expect_error '^ifconfig: v0: no such interface$' $IFCONFIG v0 10.6.0.1
  $IFCONFIG v0 plumb || fail "plumb"
  assert_match "$($IFCONFIG v0 inet)" $'inet 0.0.0.0 netmask 0\n'
  # plumb twice is harmless
  $IFCONFIG v0 plumb 10.6.0.1/24 up || fail "plumb again"
  assert_eq "$(v4_list v0)" "v0 10.6.0.1/24 10.6.0.255"
}

t_addif_removeif() {
  _link
  $IFCONFIG v0 10.8.0.1/24 up || fail "address"
  assert_eq "$($IFCONFIG v0 addif 10.8.0.2/24 up)" "Created new logical interface v0:1"
  assert_eq "$($IFCONFIG v0 addif 10.8.0.3 netmask 255.255.255.0)" "Created new logical interface v0:2"
  assert_eq "$(v4_list v0)" "v0 10.8.0.1/24 10.8.0.255
v0:1 10.8.0.2/24 10.8.0.255 secondary"
  # addif without up: kept down, shown without UP
  assert_eq "$(lif_json v0:2 | jq -c '[.address, .prefix_length, .up, .in_kernel]')" '["10.8.0.3",24,false,false]'
  $IFCONFIG v0:2 up || fail "up"
  assert_eq "$(v4_field v0 10.8.0.3 label)" v0:2
  $IFCONFIG v0 removeif 10.8.0.2 || fail "removeif"
  assert_eq "$(v4_field v0 10.8.0.2 label)" ""
  $IFCONFIG v0:2 down || fail "down"
  assert_eq "$(v4_field v0 10.8.0.3 label)" ""
  $IFCONFIG v0 removeif 10.8.0.3 || fail "removeif a down one"
  # (as root, naming it would allocate it again)
  expect_error '^ifconfig: v0:2: no such interface$' as_nobody $IFCONFIG v0:2 inet
  assert_eq "$(store_units v0)" ""
}

t_logical_zero_down_deletes() {
  _link
  $IFCONFIG v0 10.8.0.1/24 up || fail "address"
  $IFCONFIG v0:5 10.8.0.5 netmask 255.255.255.0 up || fail "v0:5"
  assert_eq "$(v4_field v0 10.8.0.5 label)" v0:5
  $IFCONFIG v0:5 0 down || fail "0 down"
  assert_eq "$(v4_field v0 10.8.0.5 label)" ""
  expect_error '^ifconfig: v0:5: no such interface$' as_nobody $IFCONFIG v0:5 inet
}

t_root_naming_a_logical_interface_allocates_it() {
  veth v0 v1
  local out
  out=$($IFCONFIG v0:3) || fail "allocate"
  assert_match "$out" "^v0:3: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index [0-9]+
	inet 0.0.0.0 netmask 0$"
  assert_eq "$(store_units v0)" 3
  assert_eq "$($IFCONFIG -a4 | grep -c '^v0:3:')" 1 "shown by -a"
}

t_net_tools_forms() {
  _link
  $IFCONFIG v0 10.11.0.1 netmask 255.255.255.0 up || fail "address"
  # the IP-alias HOWTO: eth0:0 is a logical interface of its own
  $IFCONFIG v0:0 10.11.0.10 || fail "v0:0 ADDR"
  assert_eq "$(v4_field v0 10.11.0.10 label)" v0:0
  $IFCONFIG v0 add 10.11.0.20 || fail "add"
  assert_eq "$(v4 v0 10.11.0.20 | jq -c '[.label, .prefixlen, .broadcast]')" '["v0:1",24,"10.11.0.255"]'
  $IFCONFIG v0 add 10.12.0.1/16 || fail "add /len"
  assert_eq "$(v4 v0 10.12.0.1 | jq -c '[.label, .prefixlen]')" '["v0:2",16]'
  $IFCONFIG v0 del 10.11.0.20 || fail "del"
  assert_eq "$(v4 v0 10.11.0.20)" ""
  $IFCONFIG v0 del 10.12.0.1/16 || fail "del /len"
  assert_eq "$(v4 v0 10.12.0.1)" ""
}

t_all_interfaces_with_keywords() {
  ip link add v0 type veth peer name v1
  ip link add br0 type bridge
  $IFCONFIG v0 10.30.1.1/24 up || fail "v0"
  $IFCONFIG v0 addif 10.30.2.1/24 up >/dev/null || fail "v0:1"
  $IFCONFIG br0 10.40.1.1/24 up || fail "br0"
  printf '10.30.0.0 255.255.0.0\n10.40.0.0 255.255.240.0\n' >/etc/netmasks
  $IFCONFIG -a netmask + broadcast + || fail "-a netmask + broadcast +"
  assert_eq "$(v4_list v0)" "v0 10.30.1.1/16 10.30.255.255
v0:1 10.30.2.1/16 10.30.255.255 secondary"
  assert_eq "$(v4_list br0)" "br0 10.40.1.1/20 10.40.15.255"
  assert_eq "$(v4_list lo)" "lo 127.0.0.1/8 -"
  # interfaces without an address (v1) are passed over, not an error
  $IFCONFIG -a metric 3 || fail "-a metric"
  assert_eq "$(v4_field v0 10.30.2.1 metric)" 3
  # -ad: only the down ones
  $IFCONFIG br0 down || fail "br0 down"
  $IFCONFIG -ad mtu 1400 || fail "-ad mtu"
  assert_eq "$(link_field br0 mtu)" 1400
  assert_eq "$(link_field v0 mtu)" 1500
}

t_long_names_keep_their_units() {
  ip link add abcdefghijklmno type veth peer name p0
  $IFCONFIG abcdefghijklmno 10.50.0.1/24 up || fail "address"
  $IFCONFIG abcdefghijklmno:12 10.50.0.12/24 up || fail "logical on a long name"
  # the label cannot say the unit: the kernel has the physical's name,
  # the store the unit
  assert_eq "$(v4_field abcdefghijklmno 10.50.0.12 label)" abcdefghijklmno
  assert_eq "$(store_units abcdefghijklmno)" 12
  assert_match "$($IFCONFIG abcdefghijklmno:12 inet)" $'^abcdefghijklmno:12: flags=[^\n]*\n\tinet 10.50.0.12 '
  $IFCONFIG abcdefghijklmno:12 down || fail "down"
  assert_eq "$(v4 abcdefghijklmno 10.50.0.12)" ""
  $IFCONFIG abcdefghijklmno:12 up || fail "up"
  assert_eq "$($IFCONFIG -a4 | grep -c '^abcdefghijklmno:12:')" 1
}

t_stale_store_entries_are_dropped() {
  _link
  $IFCONFIG v0 10.60.0.1/24 up || fail "address"
  $IFCONFIG v0 addif 10.60.0.2/24 private up >/dev/null || fail "addif"
  assert_eq "$(store_units v0)" 1
  ip addr del 10.60.0.2/24 dev v0
  $IFCONFIG v0 mtu 1400 || fail "any change"
  assert_eq "$(store_units v0)" ""
}
