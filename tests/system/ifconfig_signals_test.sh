# A netmask change on the primary deletes and re-adds every alias of its
# subnet. Ctrl-C, kill, a dropped session (SIGHUP) or a closed pipe at any
# moment of it must leave every address and label: those signals are held
# off until the kernel and the store agree again, then take effect.
# SIGKILL cannot be held off: a change killed half-way leaves its journal
# beside the store, and the next ifconfig run by root (a display too)
# completes it (src/ifconfig/journal_replay.h).
source "$SOLNET_TESTS/ifconfig_config_lib.sh"

# v0: 10.0.0.1 and the aliases v0:1..v0:50 in its subnet.
_fifty_aliases() {
  veth v0 v1
  $IFCONFIG v0 10.0.0.1/24 up || fail "address"
  local i
  for i in $(seq 1 50); do echo "addr add 10.0.0.$((i + 1))/24 dev v0 label v0:$i"; done >/run/batch
  ip -batch /run/batch || fail "aliases"
}

# "LABEL ADDRESS/PREFIX" per IPv4 address of v0, sorted.
_v0_addresses() {
  ip -j -4 addr show dev v0 | jq -r '.[0].addr_info[] | "\(.label) \(.local)"' | sort
}

# The same with each address's prefix.
_v0_prefixes() {
  ip -j -4 addr show dev v0 | jq -r '.[0].addr_info[] | "\(.label) \(.local)/\(.prefixlen)"' | sort
}

t_signals_during_a_netmask_change_lose_nothing() {
  _fifty_aliases
  _v0_addresses >/run/want
  local i sig mask pid rc
  local sigs=(TERM INT HUP PIPE QUIT)
  for i in $(seq 1 40); do
    sig=${sigs[$((i % ${#sigs[@]}))]}
    mask=255.255.0.0
    [ $((i % 2)) -eq 0 ] && mask=255.255.255.0
    $IFCONFIG v0 netmask $mask 2>/run/err &
    pid=$!
    sleep "0.00$((RANDOM % 10))"
    kill -s "$sig" $pid 2>/dev/null
    wait $pid
    rc=$?
    _v0_addresses >/run/have
    diff /run/want /run/have >/run/diff ||
      fail "SIG$sig at round $i (exit $rc) changed v0's addresses: $(cat /run/diff)"
  done
}

_journal() { ls /run/lif/*.journal 2>/dev/null; }

t_sigkill_during_a_netmask_change_is_completed_by_the_next_run() {
  _fifty_aliases
  local i mask prefix pid completed=0
  for i in $(seq 1 30); do
    mask=255.255.0.0 prefix=16
    [ $((i % 2)) -eq 0 ] && mask=255.255.255.0 prefix=24
    _v0_prefixes >/run/before
    # the aliases keep their own prefix
    sed "/^v0 /s|/.*|/$prefix|" /run/before >/run/want
    $IFCONFIG v0 netmask $mask 2>/dev/null &
    pid=$!
    sleep "0.00$((RANDOM % 8))"
    kill -KILL $pid 2>/dev/null
    wait $pid
    [ -n "$(_journal)" ] && completed=$((completed + 1))
    $IFCONFIG -a >/dev/null 2>/run/err || fail "ifconfig -a after the kill: $(cat /run/err)"
    [ -z "$(_journal)" ] || fail "round $i: the journal is still there: $(_journal)"
    _v0_prefixes >/run/have
    # killed before it started: nothing changed
    cmp -s /run/before /run/have && continue
    diff /run/want /run/have >/run/diff || fail "round $i: v0's addresses are neither before nor after: $(cat /run/diff)"
  done
  echo "$completed of 30 kills left a change to complete"
}

t_a_stopped_writer_keeps_its_journal_and_nobody_only_reads() {
  _fifty_aliases
  _v0_prefixes | sed "/^v0 /s|/.*|/16|" >/run/want
  local pid tries=0
  while :; do
    tries=$((tries + 1))
    [ $tries -le 50 ] || fail "no run stopped half-way in 50 tries"
    $IFCONFIG v0 netmask 255.255.0.0 &
    pid=$!
    sleep "0.00$((RANDOM % 6))"
    kill -STOP $pid 2>/dev/null
    [ -n "$(_journal)" ] && break
    kill -KILL $pid 2>/dev/null
    wait $pid
    $IFCONFIG v0 netmask 255.255.255.0 || fail "back to /24"
  done
  local journal=$(_journal)
  cp "$journal" /run/journal.copy
  # Another user shows what is and writes nothing.
  setpriv --reuid=65534 --regid=65534 --clear-groups -- $IFCONFIG -a >/dev/null 2>/run/err || fail "nobody: $(cat /run/err)"
  cmp -s "$journal" /run/journal.copy || fail "nobody changed the journal"
  # The writer is alive (it holds the lock): root waits, and leaves it be.
  $IFCONFIG -a >/dev/null 2>/run/err
  grep -q "held by process $pid" /run/err || fail "root display beside a live writer: $(cat /run/err)"
  [ -e "$journal" ] || fail "the live writer's journal was taken"
  kill -KILL $pid
  wait $pid
  $IFCONFIG -a >/dev/null 2>/run/err || fail "after the kill: $(cat /run/err)"
  grep -q "a change interrupted by a signal was completed" /run/err || fail "no word of the completion: $(cat /run/err)"
  [ -z "$(_journal)" ] || fail "the journal is still there"
  _v0_prefixes >/run/have
  diff /run/want /run/have >/run/diff || fail "v0's addresses: $(cat /run/diff)"
}
