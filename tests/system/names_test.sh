# Host words as arp and ifconfig look them up, against net-tools on the same
# /etc/hosts: an IPv4 number in any inet_aton form, else the first address
# the hosts database gives, in its own order.

source "$SOLNET_TESTS/arp_lib.sh"

# A name with two addresses. getaddrinfo would sort 10.0.0.3 first (RFC 6724:
# it shares a longer prefix with v0's 10.0.0.1); gethostbyname, which
# net-tools asks, keeps the file's order.
_twice() {
  printf '10.0.0.77 twice\n10.0.0.3 twice\n' >>/etc/hosts
}

t_arp_host_words_as_nettools() {
  arp_table
  _twice
  local w ours theirs
  for w in twice 10.3 0xa.3 012.0.0.3 0x0a000003 peer; do
    ours=$($ARP --net-tools -a "$w" 2>&1; echo "rc=$?")
    theirs=$($NT_ARP -a "$w" 2>&1; echo "rc=$?")
    assert_eq "$ours" "$theirs" "arp -a $w"
  done
  assert_eq "$($ARP twice)" "twice (10.0.0.77) at (incomplete) temp"
  # -s sets the first address, as net-tools does
  $ARP --net-tools -s twice 02:00:00:00:00:98 || fail "ours: -s twice"
  $NT_ARP -s twice 02:00:00:00:00:99 || fail "net-tools: -s twice"
  assert_eq "$(ip -j neigh show dev v0 | jq -c '[.[] | select(.lladdr == "02:00:00:00:00:99") | .dst]')" '["10.0.0.77"]'
  assert_eq "$(ip -j neigh show 10.0.0.3 | jq -r '.[0].lladdr')" 02:00:00:00:00:03 "10.0.0.3 untouched"
}

t_ifconfig_host_words_as_nettools() {
  # w0 on 10.0.0.0/24 is what would make getaddrinfo prefer 10.0.0.3
  veth w0 w1
  ip addr add 10.0.0.1/24 dev w0
  ip link add v0 type veth peer name v1 || fail "veth"
  _twice
  local w
  for w in twice 0xa.9; do
    $IFCONFIG v0 "$w" || fail "ours: $w"
    $NT_IFCONFIG v1 "$w" || fail "net-tools: $w"
    assert_eq "$(ip -j -4 addr show dev v0 | jq -r '.[0].addr_info[0].local')" \
      "$(ip -j -4 addr show dev v1 | jq -r '.[0].addr_info[0].local')" "ifconfig $w"
  done
  assert_eq "$(ip -j -4 addr show dev v0 | jq -r '.[0].addr_info[0].local')" 10.0.0.9
}
