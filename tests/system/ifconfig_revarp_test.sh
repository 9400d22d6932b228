# auto-revarp against rarpd: the address comes from RARP and the rest of
# the command applies to it; a silent network is one error and no change.
source "$SOLNET_TESTS/ifconfig_config_lib.sh"

# _revarp_net: v0 here (down), v1 in namespace srv as 192.168.77.1/24 (rarpd
# only answers on an interface with an address in the subnet); /etc/ethers
# and /etc/hosts (private to the test) give v0's MAC the name client.
_revarp_net() {
  ip netns add srv && ip -n srv link set lo up || fail "netns srv"
  ip link add v0 type veth peer name v1 netns srv || fail "veth"
  ip -n srv addr add 192.168.77.1/24 dev v1
  ip -n srv link set v1 up
  # Up once: the kernel gives a link its qdisc when it first comes up and
  # keeps it when it goes down, which no snapshot should hold against us.
  ip link set v0 up && ip link set v0 down
  echo "$(link_field v0 address) client" >>/etc/ethers
  echo "192.168.77.20 client" >>/etc/hosts
}

t_address_from_rarpd() {
  _revarp_net
  start_rarpd srv v1
  echo "192.168.0.0 255.255.255.0" >/etc/netmasks
  $IFCONFIG v0 auto-revarp netmask + broadcast + up || fail "auto-revarp: $(cat /run/rarpd.log)"
  assert_eq "$(v4_list v0)" "v0 192.168.77.20/24 192.168.77.255"
  link_flag v0 UP || fail "up"
  assert_match "$($IFCONFIG v0)" $'\n\tinet 192.168.77.20 netmask ffffff00 broadcast 192.168.77.255\n'
  # a logical interface gets its address the same way, with the classful mask
  $IFCONFIG v0 removeif 192.168.77.20 2>/dev/null
  $IFCONFIG v0 0 || fail "clear v0"
  $IFCONFIG v0:4 auto-revarp up || fail "auto-revarp on v0:4"
  assert_eq "$(v4_list v0)" "v0:4 192.168.77.20/24 192.168.77.255"
}

t_no_reply_changes_nothing() {
  _revarp_net
  mkdir -p /etc/inet
  printf 'RARP_RETRIES=1\nRARP_TIMEOUT=1\n' >/etc/inet/rarp
  # no rarpd: nobody answers; v0 is down and is put back down
  local before
  before=$(kernel_snapshot)
  expect_error '^ifconfig: v0: no RARP reply$' $IFCONFIG v0 auto-revarp netmask + broadcast + up
  assert_eq "$(kernel_snapshot)" "$before" "kernel after the failed auto-revarp"
  [ ! -e $STORE ] || [ "$(jq -c .links $STORE)" = "[]" ] || fail "store written: $(cat $STORE)"
  # rarpd that does not know the host does not answer either
  start_rarpd srv v1
  sed -i '/ client$/d' /etc/ethers
  expect_error '^ifconfig: v0: no RARP reply$' $IFCONFIG v0 auto-revarp up
  assert_eq "$(kernel_snapshot)" "$before" "kernel after an unknown host"
}

t_refusals() {
  _revarp_net
  expect_error '^ifconfig: auto-revarp: not supported for inet6$' $IFCONFIG v0 inet6 auto-revarp
  expect_error '^ifconfig: lo: auto-revarp needs an Ethernet interface$' $IFCONFIG lo auto-revarp
  expect_error '^ifconfig: v0: permission denied$' as_nobody $IFCONFIG v0 auto-revarp
  link_flag v0 UP && fail "v0 was left up"
  true
}

# -adD4 (illumos' net-physical without a node name): every down Ethernet
# interface asks on its own; one nobody answers for does not stop the rest.
t_every_down_interface() {
  _revarp_net
  start_rarpd srv v1
  ip link add v2 type veth peer name v3
  mkdir -p /etc/inet
  # v0's answer may take a while on a loaded machine; v2 and v3 wait it out
  printf 'RARP_RETRIES=3\nRARP_TIMEOUT=1\n' >/etc/inet/rarp
  expect_error '^ifconfig: v[23]: no RARP reply; v[23]: no RARP reply$' $IFCONFIG -adD4 auto-revarp netmask + broadcast + up
  assert_eq "$(v4_list v0)" "v0 192.168.77.20/24 192.168.77.255"
  link_flag v0 UP || fail "v0 not up"
  link_flag v2 UP && fail "v2 was left up"
  # v0 is up now: a second run asks only on the still-down ones
  expect_error '^ifconfig: v[23]: no RARP reply; v[23]: no RARP reply$' $IFCONFIG -adD4 auto-revarp up
  true
}
