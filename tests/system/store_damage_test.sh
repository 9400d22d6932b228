# A store that cannot be read is moved aside with one warning, never
# trusted, never silently overwritten; a store that cannot be written
# changes nothing; a link name that is not UTF-8 is stored losslessly.
source "$SOLNET_TESTS/hostile_lib.sh"

# _damage KIND: the store made unreadable in that way (from /run/good).
_damage() {
  case $1 in
  truncated) head -c 40 /run/good >$STORE ;;
  version-null) echo '{"version": null}' >$STORE ;;
  version-array) echo '{"version": [1], "links": []}' >$STORE ;;
  prefixlen) jq '(.links[0].lifs[0].prefixlen) = 99' /run/good >$STORE ;;
  unit) jq '(.links[0].lifs[0].unit) = 4294967295' /run/good >$STORE ;;
  index) jq '(.links[0].index) = "2"' /run/good >$STORE ;;
  esac
}
KINDS="truncated version-null version-array prefixlen unit index"

# Display works for nobody (warned, the file left where it is) and for
# root (warned once, the file moved aside with its contents); v0:1, held
# by the damaged store alone, is gone from the view, the kernel's
# interfaces are all there.
t_unreadable_store_is_moved_aside_with_one_warning() {
  store_setup
  cp $STORE /run/good
  local kind damaged
  for kind in $KINDS; do
    _damage $kind
    damaged=$(cat $STORE)
    ok_within "${NOBODY[@]}" $IFCONFIG -a4
    [ "$(wc -l </run/err)" -eq 1 ] || fail "$kind, nobody: not one warning: $(cat /run/err)"
    err_has warning "$STORE"
    grep -q '^v0: ' /run/out || fail "$kind, nobody: v0 not shown: $(cat /run/out)"
    ok_within "${NOBODY[@]}" $IFCONFIG -a --json
    jq -e '.interfaces | length > 1' /run/out >/dev/null || fail "$kind, nobody's JSON: $(cat /run/out)"
    assert_eq "$(cat $STORE)" "$damaged" "$kind after nobody's display"
    ok_within $IFCONFIG -a4
    [ "$(wc -l </run/err)" -eq 1 ] || fail "$kind, root: not one warning: $(cat /run/err)"
    err_has warning "$STORE" "moved aside"
    [ -e $STORE ] && fail "$kind: $STORE still there"
    assert_eq "$(cat $STORE.corrupt.*)" "$damaged" "$kind: the file moved aside"
    ok_within $IFCONFIG -a4
    [ -s /run/err ] && fail "$kind: warned again: $(cat /run/err)"
    ok_within $ROUTE -n
    rm -f $STORE.corrupt.*
  done
}

# A writer moves the damaged store aside too, and writes a new one.
t_writer_moves_an_unreadable_store_aside() {
  store_setup
  cp $STORE /run/good
  local kind
  for kind in $KINDS; do
    $IFCONFIG v0 removeif 10.0.0.3 >/dev/null 2>&1
    _damage $kind
    cp $STORE /run/damaged
    ok_within $IFCONFIG v0 addif 10.0.0.3/24
    err_has warning "moved aside"
    assert_eq "$(cat $STORE.corrupt.*)" "$(cat /run/damaged)" "$kind: the file moved aside"
    jq -e '.version == 1' $STORE >/dev/null || fail "$kind: no new store: $(cat $STORE)"
    rm -f $STORE.corrupt.*
  done
}

# A link named with the byte 0xff (the parser refuses such a name: it is
# reached through -a): -a4 unplumb removes its addresses, stores its name
# escaped, and the displays go on.
t_name_that_is_not_utf8() {
  local n=$'e\xff'
  ip link add "$n" type veth peer name p0 || fail "link $n"
  ip link set "$n" up
  ip addr add 10.0.0.1/24 dev "$n"
  ip addr add 10.0.0.2/24 dev "$n" label "$n:1"
  ok_within $IFCONFIG -a4 unplumb
  [ -z "$(ip -4 -o addr show dev "$n")" ] || fail "IPv4 left on $n: $(ip -4 -o addr show dev "$n")"
  jq -e '.links[] | select(.name == "e%FF") | .inet_unplumbed' $STORE >/dev/null || fail "store: $(cat $STORE)"
  ok_within $IFCONFIG -a
  ok_within $IFCONFIG -a --json
  jq -e . /run/out >/dev/null || fail "JSON: $(cat /run/out)"
}

# A full /run: a command that must change the store fails naming it, and
# the kernel is as it was (the new store is written aside before the
# kernel is changed); one that leaves the store alone works.
t_full_store_changes_nothing() {
  store_setup
  $IFCONFIG v0 addif 10.0.0.3/24 up >/dev/null || fail "addif 10.0.0.3"
  $IFCONFIG v0 inet6 plumb up || fail "inet6"
  cp -a $LIF /run/lif.saved
  mount -t tmpfs -o size=16k,mode=0755 tmpfs $LIF || fail "tmpfs"
  cp -a /run/lif.saved/. $LIF/
  dd if=/dev/zero of=$LIF/fill bs=1k count=64 2>/dev/null
  local cmd before
  # The last deletes and adds again: with no room for its journal, a kill
  # half-way could not be completed, so it does not start.
  for cmd in "v0:2 down" "v0 inet6 addif 2001:db8::5/64 up" "-a4 unplumb" "v0 10.0.0.7 netmask + broadcast +"; do
    before=$(kernel_snapshot; cat $STORE)
    # shellcheck disable=SC2086
    refused_within $IFCONFIG $cmd
    err_has "$STORE" "no space"
    assert_eq "$(kernel_snapshot; cat $STORE)" "$before" "after ifconfig $cmd on a full /run"
  done
  before=$(cat $STORE)
  # One kernel change, the store as it is: nothing to record.
  ok_within $IFCONFIG v0 mtu 1400
  assert_eq "$(ip -j link show dev v0 | jq '.[0].mtu')" 1400 "v0's MTU"
  assert_eq "$(cat $STORE)" "$before" "the store"
  rm $LIF/fill
  ok_within $IFCONFIG v0:2 down
  assert_eq "$(v4_field v0 10.0.0.3 local)" "" "v0:2 in the kernel once /run has room"
}

# What a writer killed between its temp file and its rename left is removed
# by the next writer; nothing else in the directory is.
t_killed_writers_temp_file_goes() {
  store_setup
  local left="$LIF/.${STORE##*/}.tmp.0123456789abcdef"
  echo half >"$left"
  echo other >$LIF/other
  ok_within $IFCONFIG v0 addif 10.0.0.3/24
  [ -e "$left" ] && fail "$left is still there"
  assert_eq "$(cat $LIF/other)" other "another file"
}
