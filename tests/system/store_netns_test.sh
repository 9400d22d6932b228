# One state store per network namespace: namespaces that share /run (ip
# netns exec, containers) never see nor change each other's logical
# interfaces, and a link's entry belongs to the link (index and name).
source "$SOLNET_TESTS/ifconfig_config_lib.sh"

# _lifs [NS]: "name addr" of every IPv4 logical interface ifconfig shows
# (in namespace NS), sorted.
_lifs() {
  local run=()
  [ $# -gt 0 ] && run=(ip netns exec "$1")
  "${run[@]}" $IFCONFIG -a4 --json | jq -r '.interfaces[] | "\(.name) \(.address // "-")"' | sort
}

# Here eth0 keeps a down eth0:1 in the store; in namespace b, sharing
# this /run, x0 has eth0's index.
_two_namespaces() {
  ip link add eth0 type veth peer name eth0p || fail "eth0"
  $IFCONFIG eth0 10.0.0.1/24 up || fail "eth0 up"
  $IFCONFIG eth0 addif 10.1.0.5/24 up >/dev/null || fail "addif"
  $IFCONFIG eth0:1 down || fail "eth0:1 down"
  ip netns add b || fail "netns b"
  ip -n b link set lo up
  ip -n b link add x0 type veth peer name x0p || fail "x0"
  assert_eq "$(ip -n b -j link show x0 | jq -r '.[0].ifindex')" "$(link_field eth0 ifindex)" "x0's index"
}

t_namespaces_sharing_run_keep_their_own_store() {
  _two_namespaces
  local mine
  mine=$(_lifs)
  assert_match "$mine" "eth0:1 10.1.0.5"
  ip netns exec b $IFCONFIG x0:2 plumb || fail "x0:2 plumb in b"
  assert_eq "$(_lifs)" "$mine" "this namespace after b's plumb"
  assert_eq "$(_lifs b)" "lo 127.0.0.1
x0 -
x0:2 -
x0p -" "b's own view"
  # two files, one per namespace
  assert_eq "$(ls /run/lif/*.json | wc -l)" 2 "store files"
  ip netns add c || fail "netns c"
  ip -n c link set lo up
  assert_eq "$(_lifs c)" "lo 127.0.0.1" "a fresh namespace"
  ip netns exec c $IFCONFIG -a4 2>&1 | grep -q 10.1.0.5 && fail "c sees this namespace's eth0:1"
  ip netns exec b $IFCONFIG x0:2 unplumb || fail "x0:2 unplumb in b"
  assert_eq "$(_lifs)" "$mine" "this namespace after b's unplumb"
}

# A link that takes a deleted link's index, or its name, inherits nothing.
t_a_new_link_inherits_nothing() {
  _two_namespaces
  local index
  index=$(link_field eth0 ifindex)
  ip link del eth0
  ip link add neth index "$index" type veth peer name nethp || fail "neth with index 2"
  assert_eq "$(_lifs)" "lo 127.0.0.1
neth -
nethp -" "with neth at eth0's index"
  $IFCONFIG neth:1 | grep -q 10.1.0.5 && fail "neth:1 inherited eth0:1: $($IFCONFIG neth:1)"
  ip link add eth0 type veth peer name eth0p || fail "eth0 again"
  assert_eq "$(_lifs | grep eth0)" "eth0 -
eth0p -" "eth0 again"
  # the next -a writer drops the dead link's entry
  $IFCONFIG -a4 up || fail "-a4 up"
  jq -e '[.links[] | select(.name == "eth0" and .index == '"$index"')] == []' $STORE >/dev/null ||
    fail "the dead eth0 is still stored: $(cat $STORE)"
}
