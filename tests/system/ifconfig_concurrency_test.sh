# Parallel ifconfig runs: the state store is changed under flock and
# replaced atomically, so every addif gets its own unit and the store stays
# whole.
source "$SOLNET_TESTS/ifconfig_config_lib.sh"

# _addifs WORKER: 25 addif, every other one up; the running one's pid is
# in /run/cur.WORKER.
_addifs() {
  local w=$1 i up pid
  for i in $(seq 1 25); do
    up=
    [ $((i % 2)) -eq 0 ] && up=up
    $IFCONFIG v0 addif "10.$w.$i.1/24" $up &
    pid=$!
    echo $pid >/run/cur.$w
    wait $pid || echo "FAILED $w $i"
  done
}

t_parallel_addif_gets_distinct_units() {
  veth v0 v1
  $IFCONFIG v0 10.0.0.1/24 up || fail "address"
  local pids=() w
  for w in 1 2 3 4; do
    _addifs $w >/run/out.$w 2>&1 &
    pids+=($!)
  done
  wait "${pids[@]}"
  cat /run/out.* >/run/all
  grep -q FAILED /run/all && fail "an addif failed: $(grep FAILED /run/all)"
  assert_eq "$(grep -c '^Created new logical interface v0:' /run/all)" 100
  assert_eq "$(sed -n 's/^Created new logical interface v0://p' /run/all | sort -n | uniq | wc -l)" 100 "distinct units"
  assert_eq "$(sed -n 's/^Created new logical interface v0://p' /run/all | sort -n | tail -1)" 100 "lowest free units"
  # the store parses and holds the 52 down ones (odd i); the kernel the 48 up
  jq -e . $STORE >/dev/null || fail "the store does not parse"
  assert_eq "$(store_units v0 | wc -l)" 52
  assert_eq "$(ip -j -4 addr show dev v0 | jq '[.[0].addr_info[] | select(.label | startswith("v0:"))] | length')" 48
  # every unit is shown once, up or down
  assert_eq "$($IFCONFIG -a4 | grep -c '^v0:[0-9]')" 100
  assert_eq "$($IFCONFIG -a4 | grep '^v0:[0-9]' | cut -d: -f2 | sort -n | uniq | wc -l)" 100
}

_store_holds() { [ "$(store_units v0 | wc -l)" -ge "$1" ]; }

t_killed_writers_leave_a_whole_store() {
  veth v0 v1
  $IFCONFIG v0 10.0.0.1/24 up || fail "address"
  local pids=() w
  for w in 1 2 3; do
    _addifs $w >/dev/null 2>&1 &
    pids+=($!)
  done
  # the workers under way: some of their down units are in the store
  wait_until 60 "the workers made no progress" _store_holds 3
  # kill -9 the workers, then the ifconfig each was running, mid-write or not
  kill -9 "${pids[@]}" 2>/dev/null
  wait "${pids[@]}" 2>/dev/null
  kill -9 $(cat /run/cur.*) 2>/dev/null
  for w in 1 2 3; do
    while kill -0 "$(cat /run/cur.$w)" 2>/dev/null; do sleep 0.05; done
  done
  jq -e '.version == 1' $STORE >/dev/null || fail "the store does not parse"
  # and it is still usable
  assert_match "$($IFCONFIG v0 addif 10.9.9.9/24)" "^Created new logical interface v0:[0-9]+$"
}
